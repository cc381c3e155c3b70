//! A workshop session as the device keeps it: the plan, where the volunteer is, the hands
//! counted, the red flags the room called out, and the summary's few facts (date, place,
//! headcount, leaflets). Saved as JSON under [`SESSIONS_KEY`], apart from the person's own data,
//! and exported as CSV. Nothing here is ever sent anywhere.
//!
//! Invariants (tested here and in `tests/properties.rs`): decoding any text never panics and
//! keeps only what names content that exists; what is encoded decodes to the same sessions;
//! CSV fields are quoted where needed and never start a spreadsheet formula.

use super::json::Json;
use super::link::percent_encode;
use super::locale::Locale;
use super::progress::Day;
use super::tally::Tally;
use anxin_content::cases::{Case, Spotting};
use anxin_content::workshop::{self, Plan, Step};

/// The localStorage key of the workshop's sessions (the running one and the finished ones).
pub const SESSIONS_KEY: &str = "anxin-workshop";

/// Where saved sessions this build cannot read (broken, or of another version) are copied before
/// they are replaced, so nothing is lost.
pub const SESSIONS_BACKUP_KEY: &str = "anxin-workshop.unreadable";

/// The version of the saved format.
const VERSION: u64 = 1;

/// How many finished sessions the device keeps, newest first.
pub const PAST_KEPT: usize = 50;

/// The red-flag lines of one case's conversation that the room called out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marks {
    /// The case whose conversation it is.
    pub case: &'static Case,
    /// The indexes of the lines marked, in the order marked.
    pub lines: Vec<usize>,
    /// Whether the volunteer revealed found / missed / false alarms.
    pub shown: bool,
}

impl Marks {
    /// Marks `line`, or unmarks it if marked; nothing once revealed or for a line the
    /// conversation does not have.
    pub fn toggle(&mut self, line: usize) {
        if self.shown || line >= self.case.conversation.len() {
            return;
        }
        match self.lines.iter().position(|&l| l == line) {
            Some(at) => {
                self.lines.remove(at);
            }
            None => self.lines.push(line),
        }
    }

    /// Found, missed and false alarms: `None` until revealed.
    pub fn revealed(&self) -> Option<Spotting> {
        self.shown
            .then(|| Spotting::score(self.case.conversation, &self.lines))
    }
}

/// One session, running or finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// The plan run.
    pub plan: &'static Plan,
    /// The screen on show, an index into the plan's steps (one past the last: the closing
    /// screen, with the headcount and leaflets).
    pub step: usize,
    /// The day it was held.
    pub date: Day,
    /// Where, if the volunteer wrote it.
    pub place: String,
    /// How many people came, if counted.
    pub headcount: Option<u32>,
    /// How many leaflets were handed out, if counted.
    pub leaflets: Option<u32>,
    /// One tally per question of the plan, in order.
    pub tallies: Vec<Tally>,
    /// One set of marks per red-flag conversation of the plan, in order.
    pub marks: Vec<Marks>,
    /// Whether the volunteer has finished it.
    pub finished: bool,
    /// A second language shown beside the app's, block by block, if the volunteer chose one.
    pub beside: Option<Locale>,
    /// Where the session was when the volunteer ended it early: Back from the closing screen
    /// returns there.
    pub resume: Option<usize>,
}

impl Session {
    /// A new session of `plan`, on its first screen.
    pub fn new(plan: &'static Plan, date: Day, place: String) -> Session {
        let mut tallies = Vec::new();
        let mut marks = Vec::new();
        for (_, step) in plan.steps() {
            match step {
                Step::Question(question) => tallies.push(Tally::new(question)),
                Step::RedFlags(case) => marks.push(Marks {
                    case,
                    lines: Vec::new(),
                    shown: false,
                }),
                _ => {}
            }
        }
        Session {
            plan,
            step: 0,
            date,
            place,
            headcount: None,
            leaflets: None,
            tallies,
            marks,
            finished: false,
            beside: None,
            resume: None,
        }
    }

    /// Ends the session early: the closing screen, remembering where it was.
    pub fn close(&mut self) {
        if self.step < self.step_count() {
            self.resume = Some(self.step);
            self.step = self.step_count();
        }
    }

    /// The screen before: from a closing screen reached early, the screen the session was
    /// ended from.
    pub fn back(&mut self) {
        self.step = match self.resume.take() {
            Some(step) if self.step == self.step_count() => step,
            _ => self.step.saturating_sub(1),
        };
    }

    /// The next screen (past the last: the closing screen, where it stays, still remembering
    /// where the session was ended from).
    pub fn next(&mut self) {
        if self.step < self.step_count() {
            self.resume = None;
            self.step += 1;
        }
    }

    /// How many screens the session has.
    pub fn step_count(&self) -> usize {
        self.plan.steps().len()
    }

    /// The screen on show.
    pub fn current(&self) -> Option<Step> {
        self.plan.steps().get(self.step).map(|(_, step)| *step)
    }

    /// The tally of `question`, if the plan asks it.
    pub fn tally_mut(&mut self, question: &str) -> Option<&mut Tally> {
        self.tallies.iter_mut().find(|t| t.question.id == question)
    }

    /// The tally of `question`, if the plan asks it.
    pub fn tally(&self, question: &str) -> Option<&Tally> {
        self.tallies.iter().find(|t| t.question.id == question)
    }

    /// The marks of `case`'s conversation, if the plan has it.
    pub fn marks_mut(&mut self, case: &str) -> Option<&mut Marks> {
        self.marks.iter_mut().find(|m| m.case.id == case)
    }

    /// The marks of `case`'s conversation, if the plan has it.
    pub fn marks(&self, case: &str) -> Option<&Marks> {
        self.marks.iter().find(|m| m.case.id == case)
    }

    fn to_json(&self) -> Json {
        let number = |n: u64| Json::Number(n.to_string());
        let optional = |n: Option<u32>| n.map_or(Json::Null, |n| number(u64::from(n)));
        let tallies = self
            .tallies
            .iter()
            .map(|tally| {
                let counts = tally
                    .counts()
                    .iter()
                    .map(|(key, hands)| ((*key).to_owned(), number(u64::from(*hands))))
                    .collect();
                let typed = tally
                    .counts()
                    .iter()
                    .filter(|(key, _)| tally.is_typed(key))
                    .map(|(key, _)| Json::String((*key).into()))
                    .collect();
                Json::Object(vec![
                    ("question".into(), Json::String(tally.question.id.into())),
                    ("counts".into(), Json::Object(counts)),
                    ("typed".into(), Json::Array(typed)),
                    ("revealed".into(), Json::Bool(tally.is_revealed())),
                ])
            })
            .collect();
        let marks = self
            .marks
            .iter()
            .map(|marks| {
                Json::Object(vec![
                    ("case".into(), Json::String(marks.case.id.into())),
                    (
                        "lines".into(),
                        Json::Array(marks.lines.iter().map(|&l| number(l as u64)).collect()),
                    ),
                    ("revealed".into(), Json::Bool(marks.shown)),
                ])
            })
            .collect();
        Json::Object(vec![
            ("plan".into(), Json::String(self.plan.id.into())),
            ("step".into(), number(self.step as u64)),
            ("day".into(), Json::Number(self.date.0.to_string())),
            ("place".into(), Json::String(self.place.clone())),
            ("headcount".into(), optional(self.headcount)),
            ("leaflets".into(), optional(self.leaflets)),
            ("tallies".into(), Json::Array(tallies)),
            ("marks".into(), Json::Array(marks)),
            ("finished".into(), Json::Bool(self.finished)),
            (
                "beside".into(),
                self.beside
                    .map_or(Json::Null, |locale| Json::String(locale.tag().into())),
            ),
            (
                "resume".into(),
                self.resume.map_or(Json::Null, |step| number(step as u64)),
            ),
        ])
    }

    /// The session in `value`, if it names a plan that exists. Counts and marks for content
    /// the plan does not have are left out; a step past the end is the closing screen.
    fn from_json(value: &Json) -> Option<Session> {
        let plan = workshop::find(value.get("plan")?.as_str()?)?;
        let day = match value.get("day") {
            Some(Json::Number(n)) => Day(n.parse().ok()?),
            _ => return None,
        };
        let place = value
            .get("place")
            .and_then(Json::as_str)
            .unwrap_or("")
            .chars()
            .take(MAX_PLACE_CHARS)
            .collect();
        let mut session = Session::new(plan, day, place);
        let small = |key: &str| {
            value
                .get(key)
                .and_then(Json::as_u64)
                .and_then(|n| u32::try_from(n).ok())
        };
        session.headcount = small("headcount");
        session.leaflets = small("leaflets");
        session.finished = value.get("finished").and_then(Json::as_bool) == Some(true);
        session.beside = value
            .get("beside")
            .and_then(Json::as_str)
            .and_then(Locale::from_tag);
        // The step after the last is the closing screen.
        session.step = small("step").map_or(0, |n| (n as usize).min(session.step_count()));
        session.resume = small("resume")
            .map(|n| n as usize)
            .filter(|&step| step < session.step_count() && session.step == session.step_count());
        for saved in array(value.get("tallies")) {
            let Some(tally) = saved
                .get("question")
                .and_then(Json::as_str)
                .and_then(|id| session.tally_mut(id))
            else {
                continue;
            };
            if let Some(Json::Object(counts)) = saved.get("counts") {
                for (key, hands) in counts {
                    let hands = hands.as_u64().unwrap_or(0).min(u64::from(MAX_HANDS));
                    (0..hands).for_each(|_| tally.add(key));
                }
            }
            for key in array(saved.get("typed")).iter().filter_map(Json::as_str) {
                tally.set(key, tally.hands(key));
            }
            if saved.get("revealed").and_then(Json::as_bool) == Some(true) {
                tally.reveal();
            }
        }
        for saved in array(value.get("marks")) {
            let Some(marks) = saved
                .get("case")
                .and_then(Json::as_str)
                .and_then(|id| session.marks_mut(id))
            else {
                continue;
            };
            for line in array(saved.get("lines")).iter().filter_map(Json::as_u64) {
                let line = line as usize;
                if !marks.lines.contains(&line) {
                    marks.toggle(line);
                }
            }
            marks.shown = saved.get("revealed").and_then(Json::as_bool) == Some(true);
        }
        Some(session)
    }
}

/// Longest place name kept, in characters.
pub const MAX_PLACE_CHARS: usize = 60;

/// Most hands counted for one option (more than any room holds).
pub const MAX_HANDS: u32 = 999;

fn array(value: Option<&Json>) -> &[Json] {
    match value {
        Some(Json::Array(items)) => items,
        _ => &[],
    }
}

/// What the device keeps of the workshop.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sessions {
    /// The session in progress, if any.
    pub current: Option<Session>,
    /// Finished sessions, newest first.
    pub past: Vec<Session>,
}

impl Sessions {
    /// The saved form.
    pub fn encode(&self) -> String {
        Json::Object(vec![
            ("version".into(), Json::Number(VERSION.to_string())),
            (
                "current".into(),
                self.current.as_ref().map_or(Json::Null, Session::to_json),
            ),
            (
                "past".into(),
                Json::Array(self.past.iter().map(Session::to_json).collect()),
            ),
        ])
        .to_text()
    }

    /// What `text` holds; anything unreadable gives no sessions, and a session that names no
    /// plan is left out.
    pub fn decode(text: &str) -> Sessions {
        Sessions::read(text).unwrap_or_default()
    }

    /// This tab's change (from `base`, what it last read or wrote, to `mine`) merged into what
    /// the device holds now (`theirs`, which another tab may have saved since). Finished
    /// sessions are kept from both, newest first; the session in progress is as the tab that
    /// changed it left it. When both tabs changed it, each its own way, neither is written over
    /// the other: [`Conflict`].
    pub fn merge(
        base: &Sessions,
        mine: &Sessions,
        theirs: &Sessions,
    ) -> Result<Sessions, Conflict> {
        let current = if mine.current == base.current {
            theirs.current.clone()
        } else if theirs.current == base.current || theirs.current == mine.current {
            mine.current.clone()
        } else {
            return Err(Conflict);
        };
        let mut past: Vec<Session> = mine
            .past
            .iter()
            .filter(|session| !base.past.contains(session) && !theirs.past.contains(session))
            .cloned()
            .collect();
        past.extend(theirs.past.iter().cloned());
        past.sort_by_key(|session| std::cmp::Reverse(session.date));
        past.truncate(PAST_KEPT);
        Ok(Sessions { current, past })
    }

    fn read(text: &str) -> Option<Sessions> {
        let value = Json::parse(text)?;
        if value.get("version").and_then(Json::as_u64) != Some(VERSION) {
            return None;
        }
        Some(Sessions {
            current: value.get("current").and_then(Session::from_json),
            past: array(value.get("past"))
                .iter()
                .filter_map(Session::from_json)
                .take(PAST_KEPT)
                .collect(),
        })
    }
}

/// Two tabs each changed the session in progress their own way: neither change is written
/// over the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conflict;

/// What the device holds under [`SESSIONS_KEY`], as this build reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Nothing saved yet.
    Nothing,
    /// Sessions this build reads.
    Readable(Sessions),
    /// Saved by a newer build (a higher version): left alone, and never written over.
    Newer,
    /// Broken, or not a version this build knows: copied to [`SESSIONS_BACKUP_KEY`] before
    /// anything is saved over it.
    Unreadable,
}

impl Stored {
    /// Reads what the device holds (`None`: nothing under the key).
    pub fn read(text: Option<&str>) -> Stored {
        let Some(text) = text else {
            return Stored::Nothing;
        };
        if let Some(sessions) = Sessions::read(text) {
            return Stored::Readable(sessions);
        }
        let version = Json::parse(text).and_then(|value| value.get("version")?.as_u64());
        match version {
            Some(version) if version > VERSION => Stored::Newer,
            _ => Stored::Unreadable,
        }
    }

    /// The sessions this build can carry on from: the readable ones, else none.
    pub fn sessions(&self) -> Sessions {
        match self {
            Stored::Readable(sessions) => sessions.clone(),
            _ => Sessions::default(),
        }
    }
}

/// The date as `YYYY-MM-DD`.
pub fn iso_date(day: Day) -> String {
    let (year, month, date) = day.to_date();
    format!("{year:04}-{month:02}-{date:02}")
}

/// One CSV field: quoted when it holds a comma, a quote or a line break; a field a spreadsheet
/// would take for a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The languages the room read, each named in itself: `first` (the app's), and the one shown
/// beside it, if any ("中文 + བོད་ཡིག").
pub fn languages(session: &Session, first: Locale) -> String {
    match session.beside.filter(|beside| *beside != first) {
        Some(beside) => format!("{} + {}", first.autonym(), beside.autonym()),
        None => first.autonym().to_owned(),
    }
}

/// The session as CSV (with a byte-order mark, so spreadsheets read Chinese, Tibetan and
/// Uyghur right): the date, place, plan, languages, headcount and leaflets; then a row per
/// option of each question counted, with whether its count was counted hand by hand or typed;
/// then a row per red-flag conversation with what the room found, missed and took for a red
/// flag. `first` is the app's language; `text` gives a message's wording in it.
pub fn csv(session: &Session, first: Locale, text: &dyn Fn(&str) -> String) -> String {
    let count = |n: Option<u32>| n.map_or(String::new(), |n| n.to_string());
    let languages = languages(session, first);
    let mut rows: Vec<Vec<String>> = vec![
        vec![text("workshop-date"), iso_date(session.date)],
        vec![text("workshop-csv-place"), session.place.clone()],
        vec![
            text("workshop-csv-plan"),
            text(&session.plan.name_message()),
        ],
        vec![text("workshop-csv-languages"), languages],
        vec![text("workshop-headcount"), count(session.headcount)],
        vec![text("workshop-leaflets"), count(session.leaflets)],
        vec![
            text("workshop-csv-question"),
            text("workshop-csv-option"),
            text("workshop-csv-hands"),
            text("workshop-csv-correct"),
            text("workshop-csv-origin"),
        ],
    ];
    let yes_no = |yes: bool| {
        text(if yes {
            "workshop-csv-yes"
        } else {
            "workshop-csv-no"
        })
    };
    for tally in &session.tallies {
        let question = tally.question;
        for &(key, hands) in tally.counts() {
            let option = if key == super::tally::NOT_SURE {
                text("tally-not-sure")
            } else {
                text(&question.option_message(key))
            };
            let correct = question.options.iter().any(|c| c.key == key && c.correct);
            let origin = if tally.is_typed(key) {
                "workshop-csv-typed"
            } else {
                "workshop-csv-counted"
            };
            rows.push(vec![
                text(&question.message()),
                option,
                hands.to_string(),
                yes_no(correct),
                text(origin),
            ]);
        }
    }
    rows.push(vec![
        text("workshop-csv-case"),
        text("workshop-csv-found"),
        text("workshop-csv-missed"),
        text("workshop-csv-false-alarms"),
        text("workshop-csv-revealed"),
    ]);
    for marks in &session.marks {
        let spotting = Spotting::score(marks.case.conversation, &marks.lines);
        rows.push(vec![
            text(&marks.case.message("title")),
            spotting.found.len().to_string(),
            spotting.missed.len().to_string(),
            spotting.false_alarms.len().to_string(),
            yes_no(marks.shown),
        ]);
    }
    let mut out = String::from('\u{feff}');
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A `data:` URL of `text` as a CSV file, for a download link (nothing leaves the device).
pub fn csv_data_url(text: &str) -> String {
    format!("data:text/csv;charset=utf-8,{}", percent_encode(text, b""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        let plan = workshop::find("short").unwrap();
        let mut session = Session::new(plan, Day::from_date(2026, 12, 2), "村委会".into());
        let first = session.tallies[0].question.id;
        let tally = session.tally_mut(first).unwrap();
        tally.add("true");
        tally.add("true");
        tally.set(super::super::tally::NOT_SURE, 1);
        tally.reveal();
        session.marks[0].toggle(1);
        session.marks[0].toggle(0);
        session.close();
        session.headcount = Some(23);
        session.beside = Some(Locale::Bo);
        session
    }

    #[test]
    fn what_is_saved_comes_back() {
        let sessions = Sessions {
            current: Some(session()),
            past: vec![{
                let mut done = session();
                done.finished = true;
                done.leaflets = Some(20);
                done.beside = None;
                done
            }],
        };
        assert_eq!(Sessions::decode(&sessions.encode()), sessions);
    }

    /// A finished copy of [`session`] held on `day`.
    fn finished_on(day: i64) -> Session {
        let mut done = session();
        done.finished = true;
        done.date = Day(day);
        done
    }

    #[test]
    fn two_tabs_keep_each_others_finished_sessions_and_progress() {
        let base = Sessions {
            current: None,
            past: vec![finished_on(10)],
        };
        // This tab finished one; the other tab, meanwhile, finished another and started a third.
        let mine = Sessions {
            current: None,
            past: vec![finished_on(12), finished_on(10)],
        };
        let theirs = Sessions {
            current: Some(session()),
            past: vec![finished_on(11), finished_on(10)],
        };
        let merged = Sessions::merge(&base, &mine, &theirs).unwrap();
        assert_eq!(
            merged.current, theirs.current,
            "the other tab's session goes on"
        );
        let days: Vec<i64> = merged.past.iter().map(|s| s.date.0).collect();
        assert_eq!(
            days,
            [12, 11, 10],
            "both finished sessions kept, newest first"
        );
        // Nothing changed elsewhere: this tab's sessions are what is saved.
        assert_eq!(Sessions::merge(&base, &mine, &base), Ok(mine.clone()));
        // Nothing changed here: the other tab's are adopted.
        assert_eq!(Sessions::merge(&base, &base, &theirs), Ok(theirs.clone()));
    }

    #[test]
    fn two_tabs_changing_the_same_session_each_their_own_way_conflict() {
        let base = Sessions {
            current: Some(session()),
            past: vec![],
        };
        let mut mine = base.clone();
        mine.current.as_mut().unwrap().step += 1;
        let mut theirs = base.clone();
        theirs.current.as_mut().unwrap().headcount = Some(30);
        assert_eq!(Sessions::merge(&base, &mine, &theirs), Err(Conflict));
        // The same change in both tabs is no conflict.
        assert_eq!(Sessions::merge(&base, &mine, &mine), Ok(mine.clone()));
        // Finishing here while the other tab moved on is a conflict too: neither is lost.
        let finished = Sessions {
            current: None,
            past: vec![finished_on(12)],
        };
        assert_eq!(Sessions::merge(&base, &finished, &theirs), Err(Conflict));
    }

    #[test]
    fn unreadable_or_foreign_data_gives_no_sessions() {
        for text in [
            "",
            "null",
            "{",
            r#"{"version":2,"current":{}}"#,
            r#"{"version":1,"current":{"plan":"none","day":1}}"#,
        ] {
            assert_eq!(Sessions::decode(text), Sessions::default(), "{text}");
        }
        for text in ["", "null", "{", r#"{"version":0,"current":{}}"#, "[1]"] {
            assert_eq!(
                Stored::read(Some(text)),
                Stored::Unreadable,
                "{text} is set aside"
            );
        }
        for text in [r#"{"version":2,"current":{}}"#, r#"{"version":7}"#] {
            assert_eq!(
                Stored::read(Some(text)),
                Stored::Newer,
                "{text} is left alone"
            );
        }
        assert_eq!(Stored::read(None), Stored::Nothing);
        assert_eq!(
            Stored::read(Some(r#"{"version":1,"current":{"plan":"none","day":1}}"#)),
            Stored::Readable(Sessions::default())
        );
        let far = r#"{"version":1,"current":{"plan":"short","day":20000,"step":999,"tallies":[{"question":"nope","counts":{"a":3}}],"marks":[{"case":"impersonated-police","lines":[0,9999]}]}}"#;
        let current = Sessions::decode(far).current.unwrap();
        assert_eq!(current.step, current.step_count());
        assert_eq!(current.marks[0].lines, vec![0]);
        assert!(current.tallies.iter().all(|t| t.total() == 0));
    }

    #[test]
    fn back_from_a_closing_screen_reached_early_returns_where_the_session_was() {
        let mut session = session();
        assert_eq!(session.step, session.step_count());
        assert_eq!(session.resume, Some(0));
        let saved = Sessions {
            current: Some(session.clone()),
            past: vec![],
        };
        assert_eq!(
            Sessions::decode(&saved.encode()).current.unwrap().resume,
            Some(0)
        );
        session.back();
        assert_eq!((session.step, session.resume), (0, None));
        session.next();
        session.next();
        session.close();
        assert_eq!(session.resume, Some(2));
        session.next();
        assert_eq!(
            session.resume,
            Some(2),
            "a key pressed on the closing screen keeps it"
        );
        session.back();
        session.next();
        assert_eq!(session.resume, None, "going on forgets it");
        session.back();
        assert_eq!(session.step, 2);
    }

    #[test]
    fn marks_freeze_at_the_reveal() {
        let mut marks = session().marks[0].clone();
        assert!(marks.revealed().is_none());
        marks.shown = true;
        marks.toggle(2);
        assert_eq!(marks.lines, vec![1, 0]);
        let spotting = marks.revealed().unwrap();
        assert_eq!(spotting.found.len() + spotting.false_alarms.len(), 2);
    }

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("-1,2"), "\"'-1,2\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn the_csv_has_the_summary_then_a_row_per_option() {
        let session = session();
        let text = |id: &str| id.to_owned();
        let csv = csv(&session, Locale::ZhHans, &text);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "workshop-date,2026-12-02");
        assert_eq!(lines[1], "workshop-csv-place,村委会");
        assert_eq!(lines[2], "workshop-csv-plan,workshop-plan-short");
        assert_eq!(lines[3], "workshop-csv-languages,中文 + བོད་ཡིག");
        assert_eq!(lines[4], "workshop-headcount,23");
        let question = session.tallies[0].question;
        let right = question
            .options
            .iter()
            .any(|c| c.key == "true" && c.correct);
        let verdict = if right {
            "workshop-csv-yes"
        } else {
            "workshop-csv-no"
        };
        let row = format!(
            "q-{},quiz-true,2,{verdict},workshop-csv-counted",
            question.id
        );
        assert!(lines.contains(&row.as_str()), "{lines:#?}");
        assert!(lines.contains(
            &format!(
                "q-{},tally-not-sure,1,workshop-csv-no,workshop-csv-typed",
                question.id
            )
            .as_str()
        ));
        let case = session.marks[0].case;
        let spotting = Spotting::score(case.conversation, &[1, 0]);
        let flags = format!(
            "case-{}-title,{},{},{},workshop-csv-no",
            case.id,
            spotting.found.len(),
            spotting.missed.len(),
            spotting.false_alarms.len()
        );
        assert!(lines.contains(&flags.as_str()), "{lines:#?}");
        assert!(csv_data_url("a,b").ends_with("a%2Cb"));
    }
}
