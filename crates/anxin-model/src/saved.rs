//! What the app keeps on the device, as versioned JSON under one storage key.
//!
//! Decoding never fails: data that is corrupt, hostile, too large or of an unknown version
//! gives the defaults plus a [`DecodeProblem`], so the caller can keep a copy of the raw text
//! and tell the person. Fields this version does not know are carried along untouched.

use super::json::Json;
use super::locale::Locale;
use super::progress::Progress;
use super::settings::Settings;

/// The one storage key everything is saved under.
pub const STORAGE_KEY: &str = "anxin";
/// Where unreadable saved data is copied before it is replaced, so nothing is lost.
pub const BACKUP_KEY: &str = "anxin.unreadable";
/// The version this build writes.
pub const CURRENT_VERSION: u64 = 1;
/// The field holding quiz progress.
const PROGRESS_FIELD: &str = "quiz";
/// Saved data larger than this is not ours.
const MAX_BYTES: usize = 256 * 1024;

/// Everything the app saves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedState {
    /// The person's settings.
    pub settings: Settings,
    /// Quiz progress: the 错题本, finished topics, the daily question.
    pub progress: Progress,
    /// Top-level fields this version does not know, written back as they were.
    pub unknown_fields: Vec<(String, Json)>,
}

impl SavedState {
    /// Brings the change this tab made since it last read or wrote storage (`base` to `mine`)
    /// into what storage holds now (`theirs`, perhaps written by another tab), field by field
    /// (see [`Settings::merge`] and [`Progress::merge`]). Fields this build does not know are
    /// kept as stored: this build never changes them.
    pub fn merge(base: &SavedState, mine: &SavedState, theirs: &SavedState) -> SavedState {
        SavedState {
            settings: Settings::merge(&base.settings, &mine.settings, &theirs.settings),
            progress: Progress::merge(&base.progress, &mine.progress, &theirs.progress),
            unknown_fields: theirs.unknown_fields.clone(),
        }
    }
}

/// Why saved data could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeProblem {
    /// Not JSON, not an object, too large, or without a version.
    Unreadable,
    /// Written by a version this build does not know.
    UnknownVersion,
}

/// The result of reading saved data.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decoded {
    /// The state to use: what could be read, defaults for the rest.
    pub state: SavedState,
    /// Set when the raw data had to be set aside.
    pub problem: Option<DecodeProblem>,
}

impl Decoded {
    fn problem(problem: DecodeProblem) -> Decoded {
        Decoded {
            state: SavedState::default(),
            problem: Some(problem),
        }
    }
}

/// Reads saved data; `None` (nothing saved) gives the defaults without a problem.
pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::default();
    };
    if raw.len() > MAX_BYTES {
        return Decoded::problem(DecodeProblem::Unreadable);
    }
    let Some(object @ Json::Object(_)) = Json::parse(raw) else {
        return Decoded::problem(DecodeProblem::Unreadable);
    };
    match object.get("version").map(|v| v.as_u64()) {
        Some(Some(CURRENT_VERSION)) => {}
        Some(_) => return Decoded::problem(DecodeProblem::UnknownVersion),
        None => return Decoded::problem(DecodeProblem::Unreadable),
    }
    let settings = object
        .get("settings")
        .map(decode_settings)
        .unwrap_or_default();
    let progress = object
        .get(PROGRESS_FIELD)
        .map(Progress::from_json)
        .unwrap_or_default();
    let Json::Object(fields) = object else {
        unreachable!("matched as an object above")
    };
    let mut unknown_fields: Vec<(String, Json)> = Vec::new();
    for (key, value) in fields {
        if !["version", "settings", PROGRESS_FIELD].contains(&key.as_str()) {
            unknown_fields.retain(|(k, _)| *k != key);
            unknown_fields.push((key, value));
        }
    }
    Decoded {
        state: SavedState {
            settings,
            progress,
            unknown_fields,
        },
        problem: None,
    }
}

/// Writes the state as JSON for storage.
pub fn encode(state: &SavedState) -> String {
    let mut settings = Vec::new();
    if let Some(locale) = state.settings.locale {
        settings.push(("lang".to_owned(), Json::String(locale.tag().to_owned())));
    }
    settings.push(("elder".to_owned(), Json::Bool(state.settings.elder)));
    settings.push(("plain".to_owned(), Json::Bool(state.settings.plain)));

    let mut object = vec![
        (
            "version".to_owned(),
            Json::Number(CURRENT_VERSION.to_string()),
        ),
        ("settings".to_owned(), Json::Object(settings)),
        (PROGRESS_FIELD.to_owned(), state.progress.to_json()),
    ];
    object.extend(state.unknown_fields.iter().cloned());
    Json::Object(object).to_text()
}

/// Reads each setting on its own, so one bad field costs only that field.
fn decode_settings(fields: &Json) -> Settings {
    let flag = |name: &str| fields.get(name).and_then(Json::as_bool).unwrap_or(false);
    Settings {
        locale: fields
            .get("lang")
            .and_then(Json::as_str)
            .and_then(Locale::from_tag),
        elder: flag("elder"),
        plain: flag("plain"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{DailyRecord, Day};
    use anxin_content::quiz::Outcome;

    fn settings(locale: Option<Locale>, elder: bool, plain: bool) -> Settings {
        Settings {
            locale,
            elder,
            plain,
        }
    }

    #[test]
    fn good_data_round_trips() {
        let mut state = SavedState {
            settings: settings(Some(Locale::Ug), true, true),
            ..SavedState::default()
        };
        state
            .progress
            .record("high-yield-promise", Outcome::Wrong, Day(20_000));
        state.progress.finish_topic("high-yield");
        let decoded = decode(Some(&encode(&state)));
        assert_eq!(decoded.problem, None);
        assert_eq!(decoded.state, state);
    }

    #[test]
    fn nothing_saved_is_no_problem() {
        assert_eq!(decode(None), Decoded::default());
    }

    #[test]
    fn older_records_missing_fields_keep_what_they_have() {
        let decoded = decode(Some(r#"{"version":1,"settings":{"lang":"bo"}}"#));
        assert_eq!(decoded.problem, None);
        assert_eq!(
            decoded.state.settings,
            settings(Some(Locale::Bo), false, false)
        );
    }

    #[test]
    fn data_saved_before_the_quiz_existed_still_reads() {
        let decoded = decode(Some(r#"{"version":1,"settings":{"elder":true}}"#));
        assert_eq!(decoded.problem, None);
        assert!(decoded.state.settings.elder);
        assert_eq!(decoded.state.progress, Progress::default());
    }

    #[test]
    fn corrupt_progress_keeps_the_settings() {
        let decoded = decode(Some(
            r#"{"version":1,"settings":{"elder":true},"quiz":"garbage"}"#,
        ));
        assert_eq!(decoded.problem, None);
        assert!(decoded.state.settings.elder);
        assert_eq!(decoded.state.progress, Progress::default());
    }

    #[test]
    fn a_bad_field_costs_only_itself() {
        let decoded = decode(Some(
            r#"{"version":1,"settings":{"lang":"klingon","elder":true,"plain":"yes"}}"#,
        ));
        assert_eq!(decoded.problem, None);
        assert_eq!(decoded.state.settings, settings(None, true, false));
    }

    #[test]
    fn fields_from_a_newer_build_are_kept() {
        let raw = r#"{"version":1,"settings":{"elder":true},"badges":{"gold":[1,2]}}"#;
        let decoded = decode(Some(raw));
        let written = Json::parse(&encode(&decoded.state)).unwrap();
        let badges = written.get("badges").and_then(|p| p.get("gold"));
        assert_eq!(badges.map(Json::to_text).as_deref(), Some("[1,2]"));
        let elder = written.get("settings").and_then(|s| s.get("elder"));
        assert_eq!(elder.and_then(Json::as_bool), Some(true));
    }

    #[test]
    fn corrupt_data_falls_back_to_defaults() {
        for raw in [
            "",
            "{",
            "null",
            "[]",
            "42",
            "\"anxin\"",
            "{\"settings\":{}}",
            "\u{feff}{}",
        ] {
            let decoded = decode(Some(raw));
            assert_eq!(decoded.problem, Some(DecodeProblem::Unreadable), "{raw:?}");
            assert_eq!(decoded.state, SavedState::default());
        }
    }

    #[test]
    fn unknown_versions_are_set_aside() {
        for raw in [
            r#"{"version":2,"settings":{"elder":true}}"#,
            r#"{"version":0}"#,
        ] {
            let decoded = decode(Some(raw));
            assert_eq!(
                decoded.problem,
                Some(DecodeProblem::UnknownVersion),
                "{raw}"
            );
            assert!(!decoded.state.settings.elder);
        }
    }

    /// The ids in the 错题本, in order.
    fn notebook_ids(state: &SavedState) -> Vec<&str> {
        state
            .progress
            .notebook
            .iter()
            .map(|e| e.id.as_str())
            .collect()
    }

    /// Two tabs that started from `base`: `theirs` saved first, then `mine` merges into it.
    fn two_tabs(
        base: &SavedState,
        mine: impl Fn(&mut SavedState),
        theirs: impl Fn(&mut SavedState),
    ) -> SavedState {
        let (mut a, mut b) = (base.clone(), base.clone());
        mine(&mut a);
        theirs(&mut b);
        // What the other tab wrote, as this tab reads it back.
        let stored = decode(Some(&encode(&b))).state;
        SavedState::merge(base, &a, &stored)
    }

    #[test]
    fn two_tabs_keep_both_misses_and_both_topics() {
        let merged = two_tabs(
            &SavedState::default(),
            |a| {
                a.progress.record("q-a", Outcome::Wrong, Day(1));
                a.progress.finish_topic("topic-a");
            },
            |b| {
                b.progress.record("q-b", Outcome::NotSure, Day(1));
                b.progress.finish_topic("topic-b");
            },
        );
        let ids = notebook_ids(&merged);
        assert_eq!(ids, ["q-b", "q-a"]);
        assert_eq!(merged.progress.topics_done, ["topic-b", "topic-a"]);
    }

    #[test]
    fn each_question_keeps_the_latest_change_and_a_removal_sticks() {
        let mut base = SavedState::default();
        for id in ["q1", "q2", "q3"] {
            base.progress.record(id, Outcome::Wrong, Day(1));
        }
        let merged = two_tabs(
            &base,
            |a| {
                // Learned q1 (right on two days), practised q2 once.
                a.progress.record("q1", Outcome::Right, Day(2));
                a.progress.record("q1", Outcome::Right, Day(3));
                a.progress.record("q2", Outcome::Right, Day(3));
            },
            |b| b.progress.record("q3", Outcome::Right, Day(3)),
        );
        let entries: Vec<_> = merged
            .progress
            .notebook
            .iter()
            .map(|e| (e.id.as_str(), e.right_days))
            .collect();
        assert_eq!(entries, [("q2", 1), ("q3", 1)]);

        let cleared = two_tabs(
            &base,
            |a| a.progress.notebook.clear(),
            |b| b.progress.record("q4", Outcome::Wrong, Day(2)),
        );
        let ids = notebook_ids(&cleared);
        assert_eq!(
            ids,
            ["q4"],
            "what this tab cleared stays cleared; the other tab's new miss stays"
        );
    }

    #[test]
    fn a_setting_takes_the_latest_choice_and_leaves_the_others() {
        let merged = two_tabs(
            &SavedState::default(),
            |a| a.settings.elder = true,
            |b| {
                b.settings.locale = Some(Locale::Bo);
                b.settings.plain = true;
                b.settings.elder = false;
            },
        );
        assert_eq!(merged.settings, settings(Some(Locale::Bo), true, true));
        let back = two_tabs(
            &merged,
            |a| a.settings.locale = Some(Locale::Ug),
            |b| b.settings.locale = Some(Locale::Yue),
        );
        assert_eq!(back.settings.locale, Some(Locale::Ug));
    }

    #[test]
    fn the_daily_question_keeps_the_first_answer_of_the_day() {
        let answer = |outcome| {
            move |s: &mut SavedState| {
                s.progress.daily = Some(DailyRecord {
                    day: Day(5),
                    outcome,
                })
            }
        };
        let merged = two_tabs(
            &SavedState::default(),
            answer(Outcome::Wrong),
            answer(Outcome::Right),
        );
        assert_eq!(
            merged.progress.daily.map(|d| d.outcome),
            Some(Outcome::Right),
            "the other tab answered first"
        );
        let yesterday = SavedState {
            progress: Progress {
                daily: Some(DailyRecord {
                    day: Day(4),
                    outcome: Outcome::Wrong,
                }),
                ..Progress::default()
            },
            ..SavedState::default()
        };
        let merged = two_tabs(&yesterday, answer(Outcome::NotSure), |_| {});
        assert_eq!(
            merged.progress.daily,
            Some(DailyRecord {
                day: Day(5),
                outcome: Outcome::NotSure
            })
        );
        let merged = two_tabs(&yesterday, |_| {}, answer(Outcome::Right));
        assert_eq!(merged.progress.daily.map(|d| d.day), Some(Day(5)));
    }

    #[test]
    fn merging_into_data_from_an_older_or_newer_build_keeps_its_fields() {
        let older = decode(Some(r#"{"version":1,"settings":{"elder":true}}"#)).state;
        let mut mine = SavedState::default();
        mine.progress.record("q1", Outcome::Wrong, Day(1));
        let merged = SavedState::merge(&SavedState::default(), &mine, &older);
        assert!(merged.settings.elder);
        assert_eq!(merged.progress.notebook.len(), 1);

        let newer = decode(Some(r#"{"version":1,"badges":[1],"settings":{}}"#)).state;
        let merged = SavedState::merge(&SavedState::default(), &mine, &newer);
        assert_eq!(merged.unknown_fields.len(), 1);
        assert_eq!(decode(Some(&encode(&merged))).state, merged);
    }

    #[test]
    fn with_no_change_in_this_tab_the_other_tabs_data_wins_whole() {
        let mut theirs = SavedState::default();
        theirs.progress.record("q9", Outcome::Wrong, Day(3));
        theirs.settings.plain = true;
        let base = SavedState::default();
        assert_eq!(SavedState::merge(&base, &base, &theirs), theirs);
    }

    #[test]
    fn hostile_data_is_refused_without_harm() {
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let huge = format!(
            r#"{{"version":1,"settings":{{"lang":"{}"}}}}"#,
            "x".repeat(MAX_BYTES)
        );
        let proto = r#"{"version":1,"__proto__":{"elder":true},"settings":{"lang":"<img src=x onerror=alert(1)>"}}"#;
        assert_eq!(decode(Some(&deep)).problem, Some(DecodeProblem::Unreadable));
        assert_eq!(decode(Some(&huge)).problem, Some(DecodeProblem::Unreadable));
        let decoded = decode(Some(proto));
        assert_eq!(decoded.state.settings, Settings::default());
    }
}
