//! Property tests of every parser of outside input: saved data, the JSON reader, links and
//! page paths, and message files. Each property runs `PROPTEST_CASES` cases (2,000 by default
//! here; `scripts/fuzz` runs 100,000).
#![cfg(not(target_arch = "wasm32"))]

use anxin::i18n::LocaleBundle;
use anxin::model::json::{Json, MAX_DEPTH};
use anxin::model::link::{
    format_query, page_path, parse_page_path, parse_query, url_pairs, LinkRequest,
};
use anxin::model::locale::Locale;
use anxin::model::progress::{DailyRecord, Day, NotebookEntry, Outcome, Progress, DAYS_TO_LEARN};
use anxin::model::saved::{decode, encode, DecodeProblem, SavedState};
use anxin::model::settings::Settings;
use anxin::model::view::{View, ROUTES};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// The number of cases per property: `PROPTEST_CASES`, else 2,000.
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

const LOCALES: [Locale; 4] = [Locale::ZhHans, Locale::Bo, Locale::Ug, Locale::Yue];

fn locale() -> impl Strategy<Value = Locale> {
    prop::sample::select(LOCALES.to_vec())
}

/// Stable ids as the app writes them: lower-case kebab-case.
fn stable_id() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"
}

/// Any screen of the route table, with any stable id for a screen of one item.
fn view() -> impl Strategy<Value = View> {
    (0..ROUTES.len(), stable_id()).prop_map(|(row, id)| {
        let route = &ROUTES[row];
        let id = route.items.map(|_| id.as_str());
        route.view(id).expect("a stable id makes a screen")
    })
}

/// Any JSON document within the reader's nesting limit, as serde_json sees it.
fn json_document() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::json!(f)),
        any::<String>().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|pairs| serde_json::Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// A state this build could have saved.
fn saved_state() -> impl Strategy<Value = SavedState> {
    let settings = (prop::option::of(locale()), any::<bool>(), any::<bool>()).prop_map(
        |(locale, elder, plain)| Settings {
            locale,
            elder,
            plain,
        },
    );
    let day = (0i64..200_000).prop_map(Day);
    let entry = (stable_id(), 0..DAYS_TO_LEARN, prop::option::of(day.clone())).prop_map(
        |(id, right_days, last_right)| NotebookEntry {
            id,
            right_days,
            last_right,
        },
    );
    let outcome = prop::sample::select(vec![Outcome::Right, Outcome::Wrong, Outcome::NotSure]);
    let daily =
        prop::option::of((day, outcome).prop_map(|(day, outcome)| DailyRecord { day, outcome }));
    let progress = (
        prop::collection::vec(entry, 0..20),
        prop::collection::vec(stable_id(), 0..10),
        daily,
    )
        .prop_map(|(mut notebook, mut topics_done, daily)| {
            let mut seen = Vec::new();
            notebook.retain(|e| {
                !seen.contains(&e.id) && {
                    seen.push(e.id.clone());
                    true
                }
            });
            topics_done.dedup();
            let mut unique = Vec::new();
            topics_done.retain(|t| {
                !unique.contains(t) && {
                    unique.push(t.clone());
                    true
                }
            });
            Progress {
                notebook,
                topics_done,
                daily,
            }
        });
    let unknown =
        prop::collection::vec(("x-[a-z]{1,6}", json_document()), 0..3).prop_map(|fields| {
            let mut seen: Vec<String> = Vec::new();
            fields
                .into_iter()
                .filter(|(key, _)| {
                    !seen.contains(key) && {
                        seen.push(key.clone());
                        true
                    }
                })
                .map(|(key, value)| {
                    (
                        key,
                        Json::parse(&value.to_string()).expect("serde_json wrote valid JSON"),
                    )
                })
                .collect()
        });
    (settings, progress, unknown).prop_map(|(settings, progress, unknown_fields)| SavedState {
        settings,
        progress,
        unknown_fields,
    })
}

/// `text` with one byte range replaced, to make near-valid documents.
fn mutated(text: &str, at: usize, cut: usize, insert: &str) -> String {
    let bytes = text.as_bytes();
    let at = at % (bytes.len() + 1);
    let end = (at + cut).min(bytes.len());
    let mut out = bytes[..at].to_vec();
    out.extend_from_slice(insert.as_bytes());
    out.extend_from_slice(&bytes[end..]);
    String::from_utf8_lossy(&out).into_owned()
}

/// Nesting depth of a serde_json value (a scalar is 0).
fn depth(value: &serde_json::Value) -> usize {
    match value {
        serde_json::Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        serde_json::Value::Object(fields) => 1 + fields.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn saved_data_of_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let decoded = decode(Some(&text));
        if decoded.problem.is_some() {
            prop_assert_eq!(decoded.state, SavedState::default());
        }
    }

    #[test]
    fn saved_data_of_any_json_and_any_version_never_panics(doc in json_document(), version in any::<i64>(), settings in json_document(), quiz in json_document()) {
        decode(Some(&doc.to_string()));
        let raw = serde_json::json!({ "version": version, "settings": settings, "quiz": quiz }).to_string();
        let decoded = decode(Some(&raw));
        if version != 1 {
            prop_assert_eq!(decoded.problem, Some(DecodeProblem::UnknownVersion));
        } else {
            prop_assert_eq!(decoded.problem, None);
        }
    }

    #[test]
    fn saved_state_round_trips(state in saved_state()) {
        let decoded = decode(Some(&encode(&state)));
        prop_assert_eq!(decoded.problem, None);
        prop_assert_eq!(decoded.state, state);
    }

    #[test]
    fn merging_with_no_change_here_keeps_what_is_stored(base in saved_state(), theirs in saved_state()) {
        prop_assert_eq!(SavedState::merge(&base, &base, &theirs), theirs);
    }

    #[test]
    fn json_reader_agrees_with_serde_json_on_documents(doc in json_document()) {
        let text = doc.to_string();
        let ours = Json::parse(&text);
        if depth(&doc) > MAX_DEPTH {
            prop_assert!(ours.is_none(), "deeper than the limit is refused");
        } else {
            let ours = ours.expect("a valid document is read");
            // Compared as serde_json reads both texts: its default float parsing is not exact,
            // and ours keeps each number's literal as written.
            let back: serde_json::Value = serde_json::from_str(&ours.to_text()).expect("what we write is JSON");
            let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(back, theirs);
        }
    }

    #[test]
    fn json_reader_accepts_and_rejects_as_serde_json(doc in json_document(), at in any::<usize>(), cut in 0usize..4, insert in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,3}") {
        let text = mutated(&doc.to_string(), at, cut, &insert);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        let ours = Json::parse(&text);
        match (&ours, &theirs) {
            (Some(ours), Ok(theirs)) => {
                let back: serde_json::Value = serde_json::from_str(&ours.to_text()).expect("what we write is JSON");
                prop_assert_eq!(&back, theirs, "{}", text);
            }
            (None, Err(_)) => {}
            (None, Ok(theirs)) => prop_assert!(depth(theirs) > MAX_DEPTH, "refused a valid document: {}", text),
            // The one intended difference: a number too large for an f64 is valid JSON, which
            // serde_json refuses and this reader keeps as its literal.
            (Some(_), Err(error)) if error.to_string().starts_with("number out of range") => {}
            (Some(_), Err(error)) => prop_assert!(false, "accepted what serde_json refuses ({}): {}", error, text),
        }
    }

    #[test]
    fn json_reader_never_panics_on_any_text(text in any::<String>()) {
        Json::parse(&text);
    }

    #[test]
    fn any_query_string_and_path_read_without_panic(query in any::<String>(), path in any::<String>()) {
        let pairs = url_pairs(&path, &query);
        LinkRequest::from_pairs(&pairs);
        parse_page_path(&path);
        parse_query(&format!("?{query}"));
    }

    #[test]
    fn every_view_survives_its_link_and_its_page_path(view in view(), locale in locale()) {
        prop_assert_eq!(View::parse(&view.to_param()), Some(view.clone()));
        prop_assert_eq!(parse_page_path(&format!("/deploy/{}", page_path(locale, &view))), Some((locale, view.clone())));
        let pairs = vec![("view".to_owned(), view.to_param()), ("lang".to_owned(), locale.tag().to_owned())];
        let request = LinkRequest::from_pairs(&parse_query(&format_query(&pairs)));
        prop_assert_eq!(request.view, Some(view));
        prop_assert_eq!(request.lang, Some(locale));
    }

    #[test]
    fn any_pairs_survive_a_query_string(pairs in prop::collection::vec((".{1,12}", ".{0,12}"), 0..8)) {
        prop_assert_eq!(parse_query(&format_query(&pairs)), pairs);
    }

    #[test]
    fn any_message_file_loads_without_panic_and_reports_its_problems(text in any::<String>(), valid in "[a-z]{1,8} = [^{}\\n]{1,20}\n") {
        let source = format!("{valid}{text}");
        let (bundle, problems) = LocaleBundle::parse(Locale::Bo, &[&source]);
        let parsed = fluent_bundle::FluentResource::try_new(source.clone());
        if let Err((_, errors)) = parsed {
            prop_assert!(problems.len() >= errors.len(), "{} syntax errors, {} reported", errors.len(), problems.len());
        }
        let id = valid.split(' ').next().unwrap();
        prop_assert!(bundle.fluent().has_message(id) || !problems.is_empty());
    }
}
