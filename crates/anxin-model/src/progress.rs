//! Quiz progress kept on the device: the 错题本 (wrong-answer notebook), the topics finished
//! and today's daily question. Pure: the date comes in as a [`Day`], so tests set the clock.
//!
//! A missed question stays in the notebook until it has been answered right on two separate
//! days after the last miss.

use anxin_content::quiz::Outcome;

use super::json::Json;
use super::view::is_stable_id;

/// A calendar date on the device, as days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Day(pub i64);

impl Day {
    /// The day of a date in the proleptic Gregorian calendar (`month` 1–12).
    pub fn from_date(year: i64, month: u32, day: u32) -> Day {
        let year = if month <= 2 { year - 1 } else { year };
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Day(era * 146_097 + day_of_era - 719_468)
    }

    /// The date as (year, month, day).
    pub fn to_date(self) -> (i64, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }
}

/// Right answers on this many separate days take a question out of the notebook.
pub const DAYS_TO_LEARN: u8 = 2;
/// The notebook keeps at most this many questions (the oldest go first).
const MAX_NOTEBOOK: usize = 500;

/// A question in the 错题本.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotebookEntry {
    /// The question's id.
    pub id: String,
    /// Separate days it has been answered right since it was last missed.
    pub right_days: u8,
    /// The last day it was answered right.
    pub last_right: Option<Day>,
}

/// Today's daily question, once answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DailyRecord {
    /// The day it was answered.
    pub day: Day,
    /// How it went.
    pub outcome: Outcome,
}

/// Everything the quiz remembers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// The 错题本, oldest miss first.
    pub notebook: Vec<NotebookEntry>,
    /// Ids of the topics whose round has been finished at least once.
    pub topics_done: Vec<String>,
    /// The daily question's answer, if one was given.
    pub daily: Option<DailyRecord>,
}

impl Progress {
    /// Records an answer: a miss (or "not sure") puts the question in the notebook, or back to
    /// the start of learning it; a right answer on a new day counts towards taking it out.
    pub fn record(&mut self, id: &str, outcome: Outcome, today: Day) {
        let at = self.notebook.iter().position(|e| e.id == id);
        match (outcome, at) {
            (Outcome::Right, None) => {}
            (Outcome::Right, Some(at)) => {
                let entry = &mut self.notebook[at];
                if entry.last_right != Some(today) {
                    entry.right_days += 1;
                    entry.last_right = Some(today);
                }
                if entry.right_days >= DAYS_TO_LEARN {
                    self.notebook.remove(at);
                }
            }
            (_, Some(at)) => {
                self.notebook[at].right_days = 0;
                self.notebook[at].last_right = None;
            }
            (_, None) => {
                if self.notebook.len() >= MAX_NOTEBOOK {
                    self.notebook.remove(0);
                }
                self.notebook.push(NotebookEntry {
                    id: id.to_owned(),
                    right_days: 0,
                    last_right: None,
                });
            }
        }
    }

    /// The notebook's questions still to practise today (those not yet answered right today).
    pub fn due(&self, today: Day) -> Vec<&str> {
        self.notebook
            .iter()
            .filter(|e| e.last_right != Some(today))
            .map(|e| e.id.as_str())
            .collect()
    }

    /// Marks a topic's round as finished.
    pub fn finish_topic(&mut self, topic: &str) {
        if !self.topics_done.iter().any(|t| t == topic) {
            self.topics_done.push(topic.to_owned());
        }
    }

    /// Whether a topic's round has been finished.
    pub fn is_done(&self, topic: &str) -> bool {
        self.topics_done.iter().any(|t| t == topic)
    }

    /// The daily answer given today, if any.
    pub fn daily_on(&self, today: Day) -> Option<Outcome> {
        self.daily.filter(|d| d.day == today).map(|d| d.outcome)
    }

    /// Brings a change made in this tab (`base` to `mine`) into what another tab saved since
    /// (`theirs`), so that neither tab's progress is lost:
    /// - the 错题本: each question as this tab left it if this tab changed it (added, practised,
    ///   removed), else as the other tab has it; the other tab's order, this tab's new ones last;
    /// - topics finished: the other tab's, and those this tab finished since `base`;
    /// - the daily question: the first answer given on the day.
    pub fn merge(base: &Progress, mine: &Progress, theirs: &Progress) -> Progress {
        let entry =
            |progress: &Progress, id: &str| progress.notebook.iter().find(|e| e.id == id).cloned();
        let ids = theirs
            .notebook
            .iter()
            .chain(&mine.notebook)
            .chain(&base.notebook)
            .map(|e| e.id.as_str());
        let mut notebook: Vec<NotebookEntry> = Vec::new();
        for id in ids {
            if notebook.iter().any(|e| e.id == id) {
                continue;
            }
            let (before, now) = (entry(base, id), entry(mine, id));
            let kept = if before != now {
                now
            } else {
                entry(theirs, id)
            };
            notebook.extend(kept);
        }
        let excess = notebook.len().saturating_sub(MAX_NOTEBOOK);
        notebook.drain(..excess);

        let mut topics_done = theirs.topics_done.clone();
        for topic in &mine.topics_done {
            if !topics_done.contains(topic) && !base.topics_done.contains(topic) {
                topics_done.push(topic.clone());
            }
        }
        let daily = match (mine.daily, theirs.daily) {
            (Some(mine), Some(theirs)) if mine.day == theirs.day => Some(theirs),
            (mine_daily, _) if mine_daily != base.daily => mine_daily,
            (_, theirs_daily) => theirs_daily,
        };
        Progress {
            notebook,
            topics_done,
            daily,
        }
    }

    /// The progress as JSON for saving.
    pub fn to_json(&self) -> Json {
        let number = |n: i64| Json::Number(n.to_string());
        let notebook = self
            .notebook
            .iter()
            .map(|entry| {
                let mut fields = vec![
                    ("id".to_owned(), Json::String(entry.id.clone())),
                    ("days".to_owned(), number(i64::from(entry.right_days))),
                ];
                if let Some(day) = entry.last_right {
                    fields.push(("last".to_owned(), number(day.0)));
                }
                Json::Object(fields)
            })
            .collect();
        let mut fields = vec![
            ("notebook".to_owned(), Json::Array(notebook)),
            (
                "done".to_owned(),
                Json::Array(
                    self.topics_done
                        .iter()
                        .map(|t| Json::String(t.clone()))
                        .collect(),
                ),
            ),
        ];
        if let Some(daily) = self.daily {
            fields.push((
                "daily".to_owned(),
                Json::Object(vec![
                    ("day".to_owned(), number(daily.day.0)),
                    (
                        "outcome".to_owned(),
                        Json::String(daily.outcome.name().to_owned()),
                    ),
                ]),
            ));
        }
        Json::Object(fields)
    }

    /// Reads saved progress. Each part is read on its own: a bad entry costs only itself.
    pub fn from_json(json: &Json) -> Progress {
        let day = |value: Option<&Json>| value.and_then(Json::as_u64).map(|d| Day(d as i64));
        let stable = |value: Option<&Json>| {
            value
                .and_then(Json::as_str)
                .filter(|id| is_stable_id(id))
                .map(str::to_owned)
        };
        let items = |key: &str| match json.get(key) {
            Some(Json::Array(items)) => items.as_slice(),
            _ => &[],
        };
        let mut progress = Progress::default();
        for item in items("notebook") {
            let Some(id) = stable(item.get("id")) else {
                continue;
            };
            if progress.notebook.iter().any(|e| e.id == id) {
                continue;
            }
            let right_days = item
                .get("days")
                .and_then(Json::as_u64)
                .map_or(0, |d| d.min(u64::from(DAYS_TO_LEARN - 1)) as u8);
            progress.notebook.push(NotebookEntry {
                id,
                right_days,
                last_right: day(item.get("last")),
            });
        }
        progress.notebook.truncate(MAX_NOTEBOOK);
        for item in items("done") {
            if let Some(topic) = stable(Some(item)) {
                progress.finish_topic(&topic);
            }
        }
        progress.daily = json.get("daily").and_then(|daily| {
            Some(DailyRecord {
                day: day(daily.get("day"))?,
                outcome: Outcome::from_name(daily.get("outcome")?.as_str()?)?,
            })
        });
        progress
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONDAY: Day = Day(20_000);
    const TUESDAY: Day = Day(20_001);

    #[test]
    fn dates_convert_both_ways() {
        assert_eq!(Day::from_date(1970, 1, 1), Day(0));
        assert_eq!(Day::from_date(2026, 11, 23).to_date(), (2026, 11, 23));
        assert_eq!(Day::from_date(2024, 2, 29).to_date(), (2024, 2, 29));
        assert_eq!(
            Day::from_date(2024, 3, 1).0 - Day::from_date(2024, 2, 28).0,
            2
        );
        assert_eq!(Day(-1).to_date(), (1969, 12, 31));
    }

    #[test]
    fn a_miss_stays_until_right_on_two_separate_days() {
        let mut progress = Progress::default();
        progress.record("q1", Outcome::Wrong, MONDAY);
        assert_eq!(progress.due(MONDAY), vec!["q1"]);
        progress.record("q1", Outcome::Right, MONDAY);
        progress.record("q1", Outcome::Right, MONDAY);
        assert_eq!(progress.notebook.len(), 1, "twice on one day is one day");
        assert!(progress.due(MONDAY).is_empty(), "done for today");
        assert_eq!(progress.due(TUESDAY), vec!["q1"]);
        progress.record("q1", Outcome::Right, TUESDAY);
        assert!(progress.notebook.is_empty());
    }

    #[test]
    fn a_new_miss_starts_learning_again() {
        let mut progress = Progress::default();
        progress.record("q1", Outcome::NotSure, MONDAY);
        progress.record("q1", Outcome::Right, MONDAY);
        progress.record("q1", Outcome::Wrong, TUESDAY);
        progress.record("q1", Outcome::Right, Day(20_002));
        assert_eq!(progress.notebook.len(), 1);
        progress.record("q1", Outcome::Right, Day(20_003));
        assert!(progress.notebook.is_empty());
    }

    #[test]
    fn right_answers_to_questions_never_missed_leave_no_trace() {
        let mut progress = Progress::default();
        progress.record("q1", Outcome::Right, MONDAY);
        assert_eq!(progress, Progress::default());
    }

    #[test]
    fn progress_round_trips_through_json() {
        let mut progress = Progress::default();
        progress.record("q1", Outcome::Wrong, MONDAY);
        progress.record("q1", Outcome::Right, MONDAY);
        progress.record("q2", Outcome::NotSure, MONDAY);
        progress.finish_topic("high-yield");
        progress.daily = Some(DailyRecord {
            day: MONDAY,
            outcome: Outcome::NotSure,
        });
        let text = progress.to_json().to_text();
        assert_eq!(Progress::from_json(&Json::parse(&text).unwrap()), progress);
        assert_eq!(progress.daily_on(MONDAY), Some(Outcome::NotSure));
        assert_eq!(progress.daily_on(TUESDAY), None);
    }

    #[test]
    fn bad_entries_cost_only_themselves() {
        let json = Json::parse(
            r#"{"notebook":[{"id":"ok-1","days":9,"last":"x"},{"id":"<b>"},7,{"id":"ok-1"},{"days":1}],
                "done":["high-yield",3,"Bad Id","high-yield"],
                "daily":{"day":-4,"outcome":"right"}}"#,
        )
        .unwrap();
        let progress = Progress::from_json(&json);
        assert_eq!(
            progress.notebook,
            vec![NotebookEntry {
                id: "ok-1".into(),
                right_days: 1,
                last_right: None
            }]
        );
        assert_eq!(progress.topics_done, vec!["high-yield".to_owned()]);
        assert_eq!(progress.daily, None);
        assert_eq!(Progress::from_json(&Json::Null), Progress::default());
    }
}
