//! Property tests of every parser of outside input: saved data, the JSON reader, links and
//! page paths, message files, the partner file, the messages from an embedding host, the workshop's saved sessions, offline use's reports and read-aloud's audio manifests. Each property runs `PROPTEST_CASES` cases (2,000 by default
//! here; `scripts/fuzz` runs 100,000).
#![cfg(not(target_arch = "wasm32"))]

use anxin::content::quiz::Outcome;
use anxin::content::signs::CALL_CHOICES;
use anxin::content::workshop::PLANS;
use anxin::i18n::LocaleBundle;
use anxin::model::check::{check, Verdict};
use anxin::model::contrast::contrast_ratio;
use anxin::model::embed::{Command, Dropped, Event, COMMAND_TYPES, EVENT_TYPES, SOURCE, VERSION};
use anxin::model::json::{Json, MAX_DEPTH};
use anxin::model::link::{
    format_query, page_path, parse_page_path, parse_query, url_pairs, LinkRequest, Practice,
};
use anxin::model::locale::Locale;
use anxin::model::offline::{every_group, OfflineReport, WorkerStatus};
use anxin::model::partner::{is_origin, Partner, Severity, FIELDS};
use anxin::model::progress::{DailyRecord, Day, NotebookEntry, Progress, DAYS_TO_LEARN};
use anxin::model::saved::{decode, encode, DecodeProblem, SavedState};
use anxin::model::session::{csv_field, Session, Sessions, Stored, MAX_PLACE_CHARS, PAST_KEPT};
use anxin::model::settings::Settings;
use anxin::model::speech::{
    spoken, text_hash, utterances, Clip, Manifest, MAX_CLIP_MILLISECONDS, MAX_UTTERANCE_CHARS,
};
use anxin::model::view::{View, ROUTES};
use anxin::model::wrap::{part, sentences};
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

/// Every screen there is: each route's, each item's.
fn existing_views() -> Vec<View> {
    ROUTES.iter().flat_map(|route| route.views()).collect()
}

/// A screen there is, or one of any stable id (mostly no item there is).
fn view_or_existing() -> impl Strategy<Value = View> {
    prop_oneof![prop::sample::select(existing_views()), view()]
}

/// Whether a host may name `view` (data-view, navigate): a consumer's screen, and one there is.
fn named_by_hosts(view: &View) -> bool {
    view.entry().hosts_may_open() && existing_views().contains(view)
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
    fn a_round_value_of_any_text_is_read_only_when_it_names_a_topic_or_a_case(
        kind in prop_oneof![Just("topic".to_owned()), Just("case".to_owned()), any::<String>()],
        id in prop_oneof![
            prop::sample::select(anxin::content::cases::ids()).prop_map(str::to_owned),
            any::<String>(),
        ],
    ) {
        let value = format!("{kind}:{id}");
        match Practice::parse(&value) {
            Some(practice) => {
                prop_assert_eq!(practice.to_param(), value.clone());
                let known = match practice {
                    Practice::Topic(topic) => anxin::content::quiz::find_topic(topic).is_some(),
                    Practice::Case(case) => anxin::content::cases::ids().contains(&case),
                };
                prop_assert!(known);
            }
            None => prop_assert!(
                !(kind == "case" && anxin::content::cases::ids().contains(&id.as_str())),
                "{} names a case",
                value
            ),
        }
    }

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

// The partner file and the embed messages.

/// Strings a partner file or a message might hold: the values the rules look for, near
/// misses, and anything at all.
fn partner_string() -> impl Strategy<Value = String> {
    let mut known: Vec<String> = [
        "https://m.example-insurer.cn",
        "https://m.example-insurer.cn/",
        "http://localhost:8080",
        "http://evil.example",
        "*",
        "javascript:alert(1)",
        "#0a5c36",
        "#ffffff",
        "#a0c4ff",
        "logo.svg",
        "../logo.svg",
        "4000000000",
        "1",
        "zh-CN",
        "case:agent-surrender",
        "\u{202e}",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    known.extend(Locale::ALL.iter().map(|l| l.tag().to_owned()));
    known.extend(ROUTES.iter().map(|route| route.kind.to_owned()));
    known.extend(anxin::content::cases::ids().into_iter().map(str::to_owned));
    prop_oneof![prop::sample::select(known), any::<String>()]
}

/// Any JSON value, its object keys mostly those of a partner file or a message.
fn partner_json() -> impl Strategy<Value = Json> {
    let mut keys: Vec<String> = FIELDS.iter().map(|f| (*f).to_owned()).collect();
    keys.extend(
        [
            "brand", "on-brand", "cases", "topics", "source", "v", "type", "data", "lang", "on",
            "view", "zh-Hans", "bo",
        ]
        .iter()
        .map(|s| (*s).to_owned()),
    );
    let key = prop_oneof![4 => prop::sample::select(keys), 1 => any::<String>()];
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(|n| Json::Number(n.to_string())),
        Just(Json::Number("1.5e3".to_owned())),
        partner_string().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(Json::Object),
        ]
    })
}

/// An origin a partner file may list.
fn origin() -> impl Strategy<Value = String> {
    let label = "[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?";
    let port = prop::option::of(1u32..=65535);
    prop_oneof![
        (prop::collection::vec(label, 1..4), port.clone()).prop_map(|(labels, port)| {
            let port = port
                .filter(|p| *p != 443)
                .map(|p| format!(":{p}"))
                .unwrap_or_default();
            format!("https://{}.cn{port}", labels.join("."))
        }),
        (prop::sample::select(vec!["localhost", "127.0.0.1"]), port).prop_map(|(host, port)| {
            let port = port
                .filter(|p| *p != 80)
                .map(|p| format!(":{p}"))
                .unwrap_or_default();
            format!("http://{host}{port}")
        }),
    ]
}

/// A colour `#rrggbb`.
fn colour() -> impl Strategy<Value = String> {
    any::<[u8; 3]>().prop_map(|[r, g, b]| format!("#{r:02x}{g:02x}{b:02x}"))
}

/// A valid partner file, as serde_json writes it, with the hotline, hosts and languages in it.
fn valid_partner() -> impl Strategy<Value = (String, String, Vec<String>, Vec<Locale>)> {
    let name = "[a-zA-Z0-9\u{4e00}-\u{9fa5} ]{0,30}[\u{4e00}-\u{9fa5}]";
    let names = prop::collection::vec((locale(), name), 0..4);
    let hosts = prop::collection::vec(origin(), 0..=20).prop_map(|mut hosts| {
        let mut seen = Vec::new();
        hosts.retain(|h| {
            !seen.contains(h) && {
                seen.push(h.clone());
                true
            }
        });
        hosts
    });
    let languages = Just(LOCALES.to_vec())
        .prop_shuffle()
        .prop_flat_map(|all| (1..=all.len()).prop_map(move |n| all[..n].to_vec()));
    let website = prop::option::of((
        "[a-z0-9]{1,10}",
        "(/[A-Za-z0-9._~%-]{0,12}){0,3}(\\?[a-z=&]{0,10})?",
    ));
    let logo = prop::option::of("[A-Za-z0-9_-]{1,8}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,7}){0,2}\\.svg");
    let featured = (
        prop::sample::subsequence(anxin::content::cases::ids(), 0..=10),
        prop::sample::subsequence(
            anxin::content::quiz::TOPICS
                .iter()
                .map(|t| t.id)
                .collect::<Vec<_>>(),
            0..=20,
        ),
    );
    (
        (name, names, "[0-9]{3,15}", hosts),
        (
            prop::option::of(colour()),
            languages,
            website,
            logo,
            featured,
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (zh, names, hotline, hosts),
                (brand, languages, website, logo, (cases, topics), share),
            )| {
                let mut name = serde_json::Map::new();
                for (locale, text) in names {
                    name.insert(locale.tag().to_owned(), text.into());
                }
                name.insert("zh-Hans".to_owned(), zh.into());
                let tags: Vec<&str> = languages.iter().map(|l| l.tag()).collect();
                let mut file = serde_json::json!({
                    "$schema": "./embed/partner.schema.json",
                    "version": 1,
                    "name": name,
                    "hotline": hotline,
                    "hosts": hosts,
                    "featured": { "cases": cases, "topics": topics },
                    "languages": tags,
                    "share-score": share,
                });
                if let Some(brand) = brand {
                    // Black or white text: one of them always has at least 4.5:1 on any colour.
                    let on_brand = ["#000000", "#ffffff"]
                        .into_iter()
                        .max_by(|a, b| {
                            contrast_ratio(a, &brand)
                                .partial_cmp(&contrast_ratio(b, &brand))
                                .unwrap()
                        })
                        .unwrap();
                    file["colors"] = serde_json::json!({ "brand": brand, "on-brand": on_brand });
                }
                if let Some((host, path)) = website {
                    file["website"] = format!("https://www.{host}.cn{path}").into();
                }
                if let Some(logo) = logo {
                    file["logo"] = logo.into();
                }
                (file.to_string(), hotline, hosts, languages)
            },
        )
}

/// Any event the frame can send.
fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        Just(Event::Ready),
        any::<u32>().prop_map(|height| Event::Resize { height }),
        (view(), locale()).prop_map(|(view, lang)| Event::View { view, lang }),
        (any::<String>(), any::<u32>(), any::<u32>()).prop_map(|(topic, right, total)| {
            Event::QuizFinished {
                topic,
                right,
                total,
            }
        }),
        any::<String>().prop_map(|case| Event::CaseChecked { case }),
        any::<String>().prop_map(|number| Event::Hotline { number }),
        Just(Event::Close),
    ]
}

/// The command a message should give, worked out from the envelope's parts independently of
/// `Command::parse`.
fn expected_command(kind: &str, data: Option<&Json>) -> Option<Command> {
    let field = |name: &str| data?.get(name);
    match (kind, data) {
        (_, Some(data)) if !matches!(data, Json::Object(_)) => None,
        ("close", _) => Some(Command::Close),
        ("set-locale", _) => field("lang")?
            .as_str()
            .and_then(Locale::from_tag)
            .map(Command::SetLocale),
        ("set-elder", _) => field("on")?.as_bool().map(Command::SetElder),
        ("navigate", _) => field("view")?
            .as_str()
            .and_then(View::parse)
            .filter(named_by_hosts)
            .map(Command::Navigate),
        _ => None,
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_partner_file_of_any_text_never_panics(text in any::<String>(), json in json_document()) {
        Partner::check(&text);
        let checked = Partner::check(&json.to_string());
        prop_assert!(checked.partner.is_none(), "a document with no partner's fields is refused");
    }

    #[test]
    fn a_partner_file_of_any_json_never_panics_and_refuses_exactly_when_it_errs(value in partner_json()) {
        let checked = Partner::check(&value.to_text());
        let errs = checked.notes.iter().any(|note| note.severity == Severity::Error);
        prop_assert_eq!(checked.partner.is_some(), !errs);
        for note in &checked.notes {
            prop_assert!(!note.message.chars().any(char::is_control), "{:?}", note.message);
        }
    }

    #[test]
    fn a_valid_partner_file_passes_and_keeps_its_hotline_and_hosts((text, hotline, hosts, languages) in valid_partner()) {
        let checked = Partner::check(&text);
        let errs: Vec<_> = checked.notes.iter().filter(|note| note.severity == Severity::Error).collect();
        prop_assert!(errs.is_empty(), "{:#?}\n{}", errs, text);
        let partner = checked.partner.expect("valid");
        prop_assert_eq!(&partner.hotline, &hotline);
        prop_assert_eq!(&partner.hosts, &hosts);
        prop_assert_eq!(&partner.languages, &languages);
        for host in &hosts {
            prop_assert!(partner.allows_host(host) && is_origin(host), "{}", host);
        }
    }

    #[test]
    fn a_command_of_any_json_never_panics(doc in json_document(), value in partner_json()) {
        Command::parse(&doc.to_string()).ok();
        Command::parse(&value.to_text()).ok();
    }

    #[test]
    fn only_the_four_commands_with_valid_data_are_read(
        kind in prop_oneof![
            prop::sample::select(COMMAND_TYPES.to_vec()).prop_map(str::to_owned),
            prop::sample::select(EVENT_TYPES.to_vec()).prop_map(str::to_owned),
            any::<String>(),
        ],
        data in prop::option::of(partner_json()),
        lang in partner_string(),
        on in any::<bool>(),
        view in view_or_existing(),
        well_formed in any::<bool>(),
    ) {
        let data = if well_formed {
            Some(Json::Object(vec![
                ("lang".to_owned(), Json::String(lang)),
                ("on".to_owned(), Json::Bool(on)),
                ("view".to_owned(), Json::String(view.to_param())),
            ]))
        } else {
            data
        };
        let mut fields = vec![
            ("source".to_owned(), Json::String(SOURCE.to_owned())),
            ("v".to_owned(), Json::Number(VERSION.to_string())),
            ("type".to_owned(), Json::String(kind.clone())),
        ];
        fields.extend(data.clone().map(|data| ("data".to_owned(), data)));
        let read = Command::parse(&Json::Object(fields).to_text());
        if !COMMAND_TYPES.contains(&kind.as_str()) {
            prop_assert_eq!(read, Err(Dropped::UnknownType));
        } else {
            // Well-formed data with a valid value is always read (a language tag may be any).
            if well_formed && kind != "set-locale" && (kind != "navigate" || named_by_hosts(&view)) {
                prop_assert!(read.is_ok(), "{:?}", read);
            }
            prop_assert_eq!(read.ok(), expected_command(&kind, data.as_ref()));
        }
    }

    #[test]
    fn every_event_is_an_envelope_that_reads_back(event in event()) {
        let text = event.to_json();
        let message = Json::parse(&text).expect("an event is JSON");
        prop_assert_eq!(message.get("source").and_then(Json::as_str), Some(SOURCE));
        prop_assert_eq!(message.get("v").and_then(Json::as_u64), Some(VERSION));
        prop_assert_eq!(message.get("type").and_then(Json::as_str), Some(event.kind()));
        prop_assert!(matches!(message.get("data"), Some(Json::Object(_))));
        let theirs: serde_json::Value = serde_json::from_str(&text).expect("serde_json reads it too");
        match &event {
            Event::QuizFinished { topic, .. } => prop_assert_eq!(theirs["data"]["topic"].as_str(), Some(topic.as_str())),
            Event::Hotline { number } => prop_assert_eq!(theirs["data"]["number"].as_str(), Some(number.as_str())),
            Event::View { view, .. } => {
                // Named as the host names it: a card by the screen it briefs.
                let named = view.host_param();
                prop_assert_eq!(theirs["data"]["view"].as_str(), Some(named.as_str()));
            }
            _ => {}
        }
    }
}

/// A workshop session built from random moves: plan, steps, hands, marks and reveals.
fn workshop_session() -> impl Strategy<Value = Session> {
    (
        0..PLANS.len(),
        any::<u16>(),
        prop::collection::vec((any::<u8>(), any::<u8>(), any::<bool>()), 0..40),
        "[^\u{0}]{0,20}",
        prop::option::of(0u32..1000),
        any::<bool>(),
        prop::option::of(0..Locale::ALL.len()),
    )
        .prop_map(|(plan, step, moves, place, headcount, finished, beside)| {
            let mut session = Session::new(
                &PLANS[plan],
                Day(20_000),
                place.chars().take(MAX_PLACE_CHARS).collect(),
            );
            session.step = usize::from(step) % (session.step_count() + 1);
            if step % 3 == 0 {
                session.close();
            }
            session.headcount = headcount;
            session.finished = finished;
            session.beside = beside.map(|index| Locale::ALL[index]);
            for (which, what, reveal) in moves {
                if !session.tallies.is_empty() {
                    let index = usize::from(which) % session.tallies.len();
                    let tally = &mut session.tallies[index];
                    let keys: Vec<&str> = tally.counts().iter().map(|(key, _)| *key).collect();
                    let key = keys[usize::from(what) % keys.len()];
                    if what % 5 == 0 {
                        tally.set(key, u32::from(which));
                    } else {
                        tally.add(key);
                    }
                    if reveal && what % 7 == 0 {
                        tally.reveal();
                    }
                }
                if !session.marks.is_empty() {
                    let index = usize::from(what) % session.marks.len();
                    let marks = &mut session.marks[index];
                    marks.toggle(usize::from(which) % marks.case.conversation.len());
                    if reveal && which % 11 == 0 {
                        marks.shown = true;
                    }
                }
            }
            session
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_passage_split_into_parts_joins_back_to_it(text in "\\PC{0,200}", count in 1usize..6) {
        let parts: Vec<&str> = (0..count).map(|index| part(&text, index, count)).collect();
        prop_assert_eq!(parts.concat(), text.clone());
        prop_assert_eq!(part(&text, count, count), "");
        if !text.is_empty() && count <= sentences(&text) {
            prop_assert!(parts.iter().all(|part| !part.is_empty()), "{:?}", parts);
        }
    }

    #[test]
    fn saved_workshop_sessions_of_any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let sessions = Sessions::decode(&text);
        prop_assert!(sessions.past.len() <= PAST_KEPT);
    }

    #[test]
    fn saved_workshop_sessions_of_any_json_never_panic(current in json_document(), past in json_document()) {
        let raw = serde_json::json!({ "version": 1, "current": current, "past": [past] }).to_string();
        let sessions = Sessions::decode(&raw);
        if let Some(session) = sessions.current {
            prop_assert!(session.step <= session.step_count());
        }
    }

    #[test]
    fn workshop_sessions_round_trip(current in prop::option::of(workshop_session()), past in prop::collection::vec(workshop_session(), 0..3)) {
        let sessions = Sessions { current, past };
        prop_assert_eq!(Sessions::decode(&sessions.encode()), sessions);
    }

    #[test]
    fn any_stored_text_is_sorted_as_the_decoder_reads_it(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        match Stored::read(Some(&text)) {
            Stored::Readable(sessions) => prop_assert_eq!(sessions, Sessions::decode(&text)),
            Stored::Nothing => prop_assert!(false, "some text is never nothing"),
            Stored::Newer | Stored::Unreadable => prop_assert_eq!(Sessions::decode(&text), Sessions::default()),
        }
    }

    #[test]
    fn two_tabs_never_lose_each_others_finished_sessions(
        base in prop::collection::vec(workshop_session(), 0..3),
        mine in prop::collection::vec(workshop_session(), 0..3),
        theirs in prop::collection::vec(workshop_session(), 0..3),
        current in prop::option::of(workshop_session()),
    ) {
        let base = Sessions { current: current.clone(), past: base };
        let mine = Sessions { current: current.clone(), past: [mine, base.past.clone()].concat() };
        let theirs = Sessions { current, past: [theirs, base.past.clone()].concat() };
        let merged = Sessions::merge(&base, &mine, &theirs).expect("the session in progress is the same");
        for session in mine.past.iter().chain(&theirs.past) {
            prop_assert!(merged.past.contains(session));
        }
        // With no change in this tab, what the other tab saved is what stays.
        prop_assert_eq!(Sessions::merge(&base, &base, &theirs), Ok(theirs.clone()));
    }

    #[test]
    fn a_csv_field_never_starts_a_formula_and_reads_back(text in "\\PC{0,30}") {
        let field = csv_field(&text);
        let inner = field.strip_prefix('"').and_then(|f| f.strip_suffix('"')).map_or(field.clone(), |f| f.replace("\"\"", "\""));
        prop_assert!(!inner.starts_with(['=', '+', '-', '@']));
        let guarded = format!("'{text}");
        prop_assert!(inner == text || inner == guarded);
    }
}

/// A status the service worker could send, as the app would read it.
fn worker_status() -> impl Strategy<Value = WorkerStatus> {
    let group = prop::sample::select(every_group());
    (
        "[0-9a-f. ()]{1,40}",
        prop::collection::vec((group, 0u64..10_000_000), 0..13),
        prop::collection::vec(locale(), 0..4),
        "(20[0-9]{2}-[01][0-9]-[0-3][0-9])?",
        prop::collection::vec(locale(), 0..4),
    )
        .prop_map(|(version, sizes, ready, date, missed)| {
            let unique = |mut list: Vec<Locale>| {
                list.dedup();
                list
            };
            WorkerStatus {
                version,
                sizes,
                ready: unique(ready),
                date,
                missed: unique(missed),
            }
        })
}

/// `status` as the worker writes it (`src/platform/sw.js`'s `status()`).
fn status_json(status: &WorkerStatus) -> Json {
    let tags = |list: &[Locale]| {
        Json::Array(
            list.iter()
                .map(|l| Json::String(l.tag().to_owned()))
                .collect(),
        )
    };
    let mut sizes: Vec<(String, Json)> = Vec::new();
    for (group, bytes) in &status.sizes {
        sizes.retain(|(name, _)| *name != group.name());
        sizes.push((group.name(), Json::Number(bytes.to_string())));
    }
    Json::Object(vec![
        ("kind".into(), Json::String("status".into())),
        ("version".into(), Json::String(status.version.clone())),
        ("sizes".into(), Json::Object(sizes)),
        ("ready".into(), tags(&status.ready)),
        ("date".into(), Json::String(status.date.clone())),
        ("missed".into(), tags(&status.missed)),
    ])
}

proptest! {
    #![proptest_config(config())]

    /// Whatever the page's side of offline use or the worker sends (it passes the worker's
    /// messages on as they come), reading it never panics.
    #[test]
    fn an_offline_report_of_any_json_never_panics(doc in json_document(), text in any::<String>()) {
        if let Some(json) = Json::parse(&doc.to_string()) {
            let _ = OfflineReport::read(&json);
        }
        if let Some(json) = Json::parse(&text) {
            let _ = OfflineReport::read(&json);
        }
    }

    /// Every status the worker can send reads back as it was sent (each group's size once).
    #[test]
    fn a_workers_status_reads_back(status in worker_status()) {
        let read = OfflineReport::read(&status_json(&status));
        let Some(OfflineReport::Status(read)) = read else {
            panic!("not read: {read:?}");
        };
        prop_assert_eq!(&read.version, &status.version);
        prop_assert_eq!(&read.ready, &status.ready);
        prop_assert_eq!(&read.missed, &status.missed);
        prop_assert_eq!(&read.date, &status.date);
        for group in every_group() {
            let last = status.sizes.iter().rev().find(|(g, _)| *g == group).map(|(_, b)| *b);
            prop_assert_eq!(read.size_of(group), last);
        }
    }
}

/// An audio pack's clip as a manifest may hold it: a safe file, a length, a hash.
fn audio_clip() -> impl Strategy<Value = (String, Clip)> {
    (
        "[a-z][a-z0-9-]{0,30}",
        "[a-z0-9_-]{1,20}",
        1u32..600_000,
        "\\PC{0,40}",
    )
        .prop_map(|(id, file, millis, text)| {
            let clip = Clip {
                file: format!("{file}.mp3"),
                milliseconds: millis,
                text_hash: text_hash(&text),
            };
            (id, clip)
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn an_audio_manifest_of_any_text_never_panics(text in any::<String>(), doc in json_document()) {
        let _ = Manifest::parse(&text);
        let raw = serde_json::json!({ "version": 1, "clips": { "a": doc.clone(), "b": { "file": doc } } }).to_string();
        if let Ok(manifest) = Manifest::parse(&raw) {
            for (_, clip) in &manifest.clips {
                prop_assert!(clip.file.ends_with(".mp3") && !clip.file.contains('/'));
                prop_assert!(clip.milliseconds > 0 && u64::from(clip.milliseconds) <= MAX_CLIP_MILLISECONDS);
            }
        }
    }

    #[test]
    fn an_audio_manifest_reads_back_what_it_wrote(synthetic in any::<bool>(), clips in prop::collection::btree_map("[a-z][a-z0-9-]{0,30}", audio_clip(), 0..6)) {
        // Ids from the map's keys: one clip per message, as a manifest holds them.
        let clips = clips.into_iter().map(|(id, (_, clip))| (id, clip)).collect();
        let manifest = Manifest { synthetic, clips };
        prop_assert_eq!(Manifest::parse(&manifest.encode()), Ok(manifest));
    }

    #[test]
    fn what_is_spoken_has_no_marks_and_its_pieces_are_short(text in "\\PC{0,300}", locale in locale()) {
        let said = spoken(&text, locale);
        let marked = said.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'));
        prop_assert!(!marked, "{:?}", said);
        let pieces = utterances(&said);
        prop_assert!(pieces.iter().all(|piece| !piece.is_empty() && piece.chars().count() <= MAX_UTTERANCE_CHARS));
        let joined: String = pieces.concat().chars().filter(|c| !c.is_whitespace()).collect();
        let whole: String = said.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert_eq!(joined, whole);
    }
}

/// Text that looks like messages: the characters the sign patterns are made of, digits,
/// letters and dots, spaces, sentence ends, direction marks, Tibetan and Uyghur letters, and
/// anything else.
fn message_text(max_chars: usize) -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        4 => prop::sample::select(vec![
            "验证码", "念给我", "请勿", "转到", "安全账户", "保本", "日息", "2.5%", "别", "告诉",
            "家人", "唔好", "畀", "驗證碼", "全額退返", "www.", "t.cn/", "13812345678", "-",
            "400", "96110", "。", "，", "？", " ", "\u{200F}", "\u{2068}", "\u{2069}", "ཁྱེད་",
            "ئۇلىنىش", "…", "#", "|", "ｗｗｗ．", "¥", "元",
        ])
        .prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(pieces, 0..max_chars).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(config())]

    /// Whatever someone pastes, the check never panics, never answers "safe" (its only
    /// answers are signs found or none of the known signs), and its pieces are the message
    /// cut at character edges, in order, every sign found marking some of it.
    #[test]
    fn a_check_of_any_text_never_panics_and_never_calls_it_safe(
        text in prop_oneof![message_text(200), any::<String>()],
        said in prop::collection::vec(prop_oneof![
            prop::sample::select(CALL_CHOICES.to_vec()).prop_map(str::to_owned),
            any::<String>(),
        ], 0..3),
    ) {
        let said: Vec<&str> = said.iter().map(String::as_str).collect();
        let findings = check(&text, &said, &["400-800-1234"]);
        match findings.verdict() {
            Verdict::SignsFound(count) => prop_assert_eq!(count, findings.found.len()),
            Verdict::NoneOfTheKnownSigns => prop_assert!(findings.found.is_empty()),
        }
        let pieces = findings.pieces(&text);
        let mut at = 0;
        for (range, _) in &pieces {
            prop_assert_eq!(range.start, at);
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            at = range.end;
        }
        prop_assert_eq!(at, text.len());
        for found in &findings.found {
            let marked = pieces.iter().any(|(_, ids)| ids.contains(&found.sign.id));
            prop_assert_eq!(marked, !found.spans.is_empty(), "{}", found.sign.id);
        }
    }
}

/// The longest message is checked in bounded time: 100,000 characters made of the patterns'
/// own pieces (the most work per character), in under 5 s natively in a debug build (the
/// release build's bench measures the screen's figure).
#[test]
fn a_check_of_the_longest_message_takes_bounded_time() {
    let piece = "验证码请勿别告诉家人转到安全账户保本日息2.5%唔好畀全額退返www.t.cn/13812345678，";
    let text: String = piece.chars().cycle().take(100_000).collect();
    let started = std::time::Instant::now();
    let findings = check(&text, &[], &[]);
    let took = started.elapsed();
    assert!(!findings.found.is_empty() && !findings.cut);
    assert!(took.as_secs_f64() < 5.0, "{took:?}");
    println!("100,000 characters checked in {took:?}");
}
