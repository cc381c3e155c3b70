//! The partner file: the fixtures in `tests/fixtures/partner/` (good, minimal, each kind of bad,
//! hostile), the schemas in `schemas/` against the code and the content they mirror, and the
//! `check-partner` command.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use anxin::content::{cases, quiz};
use anxin::model::contrast::{ELDER_CONTRAST, STANDARD_CONTRAST};
use anxin::model::embed::{Event, COMMAND_TYPES, EVENT_TYPES};
use anxin::model::json::Json;
use anxin::model::locale::Locale;
use anxin::model::partner::{Checked, Partner, Severity, FIELDS, MAX_FILE_BYTES};
use anxin::model::view::View;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_path(name: &str) -> PathBuf {
    root().join("tests/fixtures/partner").join(name)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap()
}

fn schema(name: &str) -> Json {
    Json::parse(&std::fs::read_to_string(root().join("schemas").join(name)).unwrap()).unwrap()
}

/// The fields that have an error, in order.
fn errors(checked: &Checked) -> Vec<&str> {
    checked
        .notes
        .iter()
        .filter(|note| note.severity == Severity::Error)
        .map(|note| note.field.as_str())
        .collect()
}

/// The minimal file with `field` set to the JSON text `value` (or removed, for `None`).
fn minimal_with(field: &str, value: Option<&str>) -> String {
    let Json::Object(mut fields) = Json::parse(&fixture("minimal.json")).unwrap() else {
        unreachable!()
    };
    fields.retain(|(key, _)| key != field);
    if let Some(value) = value {
        fields.push((field.to_owned(), Json::parse(value).expect(value)));
    }
    Json::Object(fields).to_text()
}

/// `(field, JSON value or None to remove it, the field with the error, words the message must
/// have)`.
type Case<'a> = (&'a str, Option<&'a str>, &'a str, &'a str);

#[test]
fn the_good_file_gives_every_field() {
    let checked = Partner::check(&fixture("good.json"));
    assert_eq!(checked.notes, vec![]);
    let partner = checked.partner.expect("valid");
    assert_eq!(partner.name(Locale::ZhHans), "示例保险");
    assert_eq!(partner.name(Locale::Ug), "مىسال سۇغۇرتا");
    assert_eq!(partner.names.len(), 4);
    assert_eq!(partner.hotline, "4000000000");
    assert_eq!(
        partner.website.as_deref(),
        Some("https://www.example-insurer.cn/consumer-protection")
    );
    assert!(partner.allows_host("https://m.example-insurer.cn"));
    assert!(partner.allows_host("http://localhost:8080"));
    assert!(!partner.allows_host("https://m.example-insurer.cn/"));
    assert!(!partner.allows_host("https://example-insurer.cn"));
    let colors = partner.colors.expect("colours");
    assert_eq!(
        (colors.brand.as_str(), colors.on_brand.as_str()),
        ("#0a5c36", "#ffffff")
    );
    assert!(colors.ratio > 8.0 && colors.in_elder);
    assert_eq!(partner.logo.as_deref(), Some("logo.svg"));
    assert_eq!(
        partner.featured_cases,
        ["agent-surrender", "elderly-scheme"]
    );
    assert_eq!(
        partner.featured_topics,
        ["insurance-basics", "agent-surrender"]
    );
    assert_eq!(
        partner.languages,
        [Locale::ZhHans, Locale::Yue, Locale::Bo, Locale::Ug]
    );
    assert!(partner.share_score);
}

#[test]
fn the_minimal_file_gives_the_defaults() {
    let checked = Partner::check(&fixture("minimal.json"));
    assert_eq!(checked.notes, vec![]);
    let partner = checked.partner.expect("valid");
    // Every language falls back to the Mandarin name.
    for locale in Locale::ALL {
        assert_eq!(partner.name(locale), "示例保险");
        assert!(partner.offers(locale));
    }
    assert_eq!(partner.hosts, Vec::<String>::new());
    assert!(!partner.allows_host("https://m.example-insurer.cn"));
    assert_eq!(
        (partner.website, partner.colors, partner.logo),
        (None, None, None)
    );
    assert!(!partner.share_score);
    // A byte-order mark, which browsers skip, is skipped here too.
    let with_mark = format!("\u{feff}{}", fixture("minimal.json"));
    assert!(Partner::check(&with_mark).partner.is_some());
}

#[test]
fn low_contrast_is_refused_with_the_measured_ratio() {
    let checked = Partner::check(&fixture("low-contrast.json"));
    assert_eq!(checked.partner, None);
    assert_eq!(errors(&checked), ["colors"]);
    assert_eq!(
        checked.notes[0].message,
        "brand #a0c4ff behind on-brand #ffffff: contrast 1.7:1, needs at least 4.5:1"
    );
}

#[test]
fn contrast_under_seven_keeps_the_colours_out_of_elder_mode_only() {
    let checked = Partner::check(&fixture("elder-warning.json"));
    let partner = checked.partner.expect("a warning keeps the file");
    let colors = partner.colors.expect("colours kept");
    assert_eq!(
        (colors.brand.as_str(), colors.on_brand.as_str()),
        ("#00796b", "#ffffff")
    );
    assert!(!colors.in_elder);
    assert!((colors.ratio - 5.32).abs() < 0.01, "{}", colors.ratio);
    assert_eq!(checked.notes.len(), 1);
    let note = &checked.notes[0];
    assert_eq!(
        (note.field.as_str(), note.severity),
        ("colors", Severity::Warning)
    );
    assert!(note.message.contains("5.3:1"), "{}", note.message);
    assert!(
        note.message.contains("长辈版 keeps Anxin's own colours"),
        "{}",
        note.message
    );
}

#[test]
fn each_kind_of_bad_is_an_error_on_its_field_in_plain_words() {
    let long_name = format!(r#"{{"zh-Hans":"{}"}}"#, "安".repeat(81));
    let long_site = format!(r#""https://example.cn/{}""#, "a".repeat(200));
    let many_hosts = format!(
        "[{}]",
        (0..21)
            .map(|n| format!(r#""https://h{n}.example.cn""#))
            .collect::<Vec<_>>()
            .join(",")
    );
    // A table: one problem a line.
    #[rustfmt::skip]
    let cases: Vec<Case> = vec![
        ("version", None, "version", "is missing"),
        ("version", Some(r#""1""#), "version", "not the string \"1\""),
        ("version", Some("2"), "version", "reads version 1"),
        ("name", None, "name", "is missing"),
        ("name", Some(r#""示例保险""#), "name", "must be an object"),
        ("name", Some(r#"{"zh-CN":"示例保险"}"#), "name.zh-CN", "write \"zh-Hans\""),
        ("name", Some(r#"{"bo":"x"}"#), "name", "no Mandarin name"),
        ("name", Some(r#"{"zh-Hans":" "}"#), "name.zh-Hans", "is empty"),
        ("name", Some(&long_name), "name.zh-Hans", "81 characters long; at most 80"),
        ("name", Some(r#"{"zh-Hans":"a\u0007b"}"#), "name.zh-Hans", "control character U+0007"),
        ("name", Some(r#"{"zh-Hans":"a\u0085b"}"#), "name.zh-Hans", "control character U+0085"),
        ("name", Some(r#"{"zh-Hans":"a\u202eb"}"#), "name.zh-Hans", "direction control U+202E"),
        ("name", Some(r#"{"zh-Hans":"a\u200fb"}"#), "name.zh-Hans", "direction control U+200F"),
        ("name", Some(r#"{"zh-Hans":"a\u2067b"}"#), "name.zh-Hans", "direction control U+2067"),
        ("hotline", None, "hotline", "is missing"),
        ("hotline", Some("4000000000"), "hotline", "write it as a string of digits"),
        ("hotline", Some(r#""400-000-0000""#), "hotline", "digits only"),
        ("hotline", Some(r#""12""#), "hotline", "3 to 15 digits"),
        ("hotline", Some(r#""1234567890123456""#), "hotline", "3 to 15 digits"),
        ("hotline", Some(r#""４００""#), "hotline", "3 to 15 digits"),
        ("website", Some(r#""javascript:alert(1)""#), "website", "must be an https:// address"),
        ("website", Some(r#""data:text/html,<script>""#), "website", "must be an https:// address"),
        ("website", Some(r#""http://www.example.cn""#), "website", "must use https://"),
        ("website", Some(r#""https://user:pw@example.cn/""#), "website", "user name"),
        ("website", Some(r#""https://""#), "website", "no valid host name"),
        ("website", Some(r#""https://example.cn/a b""#), "website", "must not contain spaces"),
        ("website", Some(&long_site), "website", "at most 200"),
        ("website", Some("true"), "website", "must be a string, not true"),
        ("hosts", Some(r#"["*"]"#), "hosts[0]", "list each origin exactly"),
        ("hosts", Some(r#"["https://m.example.cn/"]"#), "hosts[0]", "has a path"),
        ("hosts", Some(r#"["https://M.example.cn"]"#), "hosts[0]", "lower case"),
        ("hosts", Some(r#"["http://m.example.cn"]"#), "hosts[0]", "must use https://"),
        ("hosts", Some(r#"["https://m.example.cn:443"]"#), "hosts[0]", "default port"),
        ("hosts", Some(r#"["m.example.cn"]"#), "hosts[0]", "not an origin"),
        ("hosts", Some(r#"["https://a.cn","https://a.cn"]"#), "hosts[1]", "repeats"),
        ("hosts", Some(r#"["https://a.cn",7]"#), "hosts[1]", "must be a string, not a number"),
        ("hosts", Some(&many_hosts), "hosts", "21 entries; it may have at most 20"),
        ("hosts", Some(r#""https://a.cn""#), "hosts", "must be a list"),
        ("colors", Some(r##""#0a5c36""##), "colors", "must be an object"),
        ("colors", Some(r##"{"brand":"#0a5c36"}"##), "colors.on-brand", "is missing"),
        ("colors", Some(r##"{"brand":"green","on-brand":"#ffffff"}"##), "colors.brand", "#rrggbb"),
        ("colors", Some(r##"{"brand":"#0a5c3","on-brand":"#ffffff"}"##), "colors.brand", "#rrggbb"),
        ("colors", Some(r##"{"brand":"#0a5c36","on-brand":"#ffffff","text":"#000000"}"##), "colors.text", "not a field here"),
        ("logo", Some(r#""javascript:alert(1)""#), "logo", "may use only letters"),
        ("logo", Some(r#""/logo.svg""#), "logo", "relative to partner.json"),
        ("logo", Some(r#""https://cdn.example.cn/logo.svg""#), "logo", "may use only letters"),
        ("logo", Some(r#""brand//logo.svg""#), "logo", "relative to partner.json"),
        ("logo", Some(r#""../logo.svg""#), "logo", "must not leave"),
        ("logo", Some(r#""brand/../../logo.svg""#), "logo", "must not leave"),
        ("logo", Some(r#""logo.png""#), "logo", "ends in .svg"),
        ("logo", Some(r#""brand/.svg""#), "logo", "ends in .svg"),
        ("featured", Some("[]"), "featured", "must be an object"),
        ("featured", Some(r#"{"cases":["no-such-case"]}"#), "featured.cases[0]", "no case has the id \"no-such-case\""),
        ("featured", Some(r#"{"topics":["no-such-topic"]}"#), "featured.topics[0]", "no quiz topic has the id"),
        ("featured", Some(r#"{"case":["agent-surrender"]}"#), "featured.case", "did you mean \"cases\"?"),
        ("featured", Some(r#"{"cases":"agent-surrender"}"#), "featured.cases", "must be a list"),
        ("languages", Some("[]"), "languages", "is empty"),
        ("languages", Some(r#"["en"]"#), "languages[0]", "not one of Anxin's language tags"),
        ("languages", Some(r#"["bo","bo"]"#), "languages[1]", "repeats \"bo\""),
        ("languages", Some(r#""bo""#), "languages", "must be a list"),
        ("share-score", Some(r#""true""#), "share-score", "must be true or false, not a string"),
        ("colour", Some("{}"), "colour", "did you mean \"colors\"?"),
        ("$schema", Some("1"), "$schema", "must be a string"),
    ];
    for (field, value, at, words) in cases {
        let text = minimal_with(field, value);
        let checked = Partner::check(&text);
        assert_eq!(checked.partner, None, "{text}");
        let note = checked
            .notes
            .iter()
            .find(|note| note.field == at && note.severity == Severity::Error)
            .unwrap_or_else(|| panic!("no error at {at} for {text}: {:#?}", checked.notes));
        assert!(note.message.contains(words), "{at}: {}", note.message);
    }
}

#[test]
fn the_file_as_a_whole_must_be_one_small_json_object() {
    for (text, words) in [
        ("", "not valid JSON"),
        ("{", "not valid JSON"),
        ("{\"version\": 1,}", "not valid JSON"),
        ("[]", "one JSON object, { … }, not a list"),
        ("\"partner\"", "one JSON object"),
        ("null", "one JSON object"),
    ] {
        let checked = Partner::check(text);
        assert_eq!(errors(&checked), [""], "{text}");
        assert!(
            checked.notes[0].message.contains(words),
            "{}",
            checked.notes[0].message
        );
    }
    // Over the limit, the file is refused before it is read, whatever it holds.
    let name = "安".repeat(MAX_FILE_BYTES / 3);
    let huge = minimal_with("name", Some(&format!(r#"{{"zh-Hans":"{name}"}}"#)));
    assert!(huge.len() > MAX_FILE_BYTES);
    let checked = Partner::check(&huge);
    assert_eq!(errors(&checked), [""]);
    assert!(
        checked.notes[0].message.contains("at most 65536 bytes"),
        "{}",
        checked.notes[0].message
    );
}

#[test]
fn the_hostile_file_is_refused_and_every_note_names_its_field_safely() {
    let checked = Partner::check(&fixture("hostile.json"));
    assert_eq!(checked.partner, None);
    assert_eq!(errors(&checked), HOSTILE_FIELDS);
    for note in &checked.notes {
        // A hostile value is quoted short and escaped, never copied whole into the message.
        assert!(note.message.chars().count() < 300, "{}", note.message);
        assert!(
            !note
                .message
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{:?}",
            note.message
        );
    }
}

/// The fields of `hostile.json` that have errors, in order.
const HOSTILE_FIELDS: [&str; 18] = [
    "onload",
    "version",
    "name.zh-Hans",
    "name.en",
    "name.bo",
    "name.\"\\u{202E}zh\"",
    "hotline",
    "website",
    "hosts[0]",
    "hosts[1]",
    "hosts[2]",
    "colors",
    "logo",
    "featured.extra",
    "featured.cases[0]",
    "featured.topics",
    "languages",
    "share-score",
];

#[test]
fn the_partner_schema_mirrors_the_rules_and_the_content() {
    let schema = schema("partner.schema.json");
    let keys = |value: &Json| -> Vec<String> {
        match value {
            Json::Object(fields) => fields.iter().map(|(key, _)| key.clone()).collect(),
            _ => panic!("not an object"),
        }
    };
    let strings = |value: &Json| -> Vec<String> {
        match value {
            Json::Array(items) => items
                .iter()
                .map(|item| item.as_str().unwrap().to_owned())
                .collect(),
            _ => panic!("not an array"),
        }
    };
    let properties = schema.get("properties").unwrap();
    assert_eq!(keys(properties), FIELDS);
    assert_eq!(schema.get("additionalProperties"), Some(&Json::Bool(false)));
    let defs = schema.get("$defs").unwrap();
    let tags: Vec<&str> = Locale::ALL.iter().map(|locale| locale.tag()).collect();
    assert_eq!(strings(defs.get("tag").unwrap().get("enum").unwrap()), tags);
    assert_eq!(
        keys(properties.get("name").unwrap().get("properties").unwrap()),
        tags
    );
    assert_eq!(
        strings(defs.get("case").unwrap().get("enum").unwrap()),
        cases::ids()
    );
    let topics: Vec<&str> = quiz::TOPICS.iter().map(|topic| topic.id).collect();
    assert_eq!(
        strings(defs.get("topic").unwrap().get("enum").unwrap()),
        topics
    );
    // A schema cannot compute a contrast, so its words name the thresholds: the ones the check
    // applies.
    let colours = properties
        .get("colors")
        .unwrap()
        .get("description")
        .unwrap();
    let words = colours.as_str().unwrap();
    for ratio in [STANDARD_CONTRAST, ELDER_CONTRAST] {
        assert!(words.contains(&format!("{ratio}:1")), "{ratio}: {words}");
    }
}

#[test]
fn the_messages_schema_has_one_schema_per_event_and_command_type() {
    let schema = schema("messages.schema.json");
    let Some(Json::Object(defs)) = schema.get("$defs") else {
        panic!("no $defs")
    };
    let of = |prefix: &str| -> Vec<&str> {
        defs.iter()
            .filter_map(|(name, def)| {
                let kind = name.strip_prefix(prefix)?;
                let properties = def.get("properties").unwrap();
                assert_eq!(
                    properties
                        .get("type")
                        .unwrap()
                        .get("const")
                        .and_then(Json::as_str),
                    Some(kind),
                    "{name}"
                );
                assert_eq!(
                    properties
                        .get("source")
                        .unwrap()
                        .get("const")
                        .and_then(Json::as_str),
                    Some("anxin")
                );
                assert_eq!(
                    properties
                        .get("v")
                        .unwrap()
                        .get("const")
                        .and_then(Json::as_u64),
                    Some(1)
                );
                Some(kind)
            })
            .collect()
    };
    assert_eq!(of("event-"), EVENT_TYPES);
    assert_eq!(of("command-"), COMMAND_TYPES);
    // Each event's data has exactly the fields its schema requires.
    let events = [
        Event::Ready,
        Event::Resize { height: 640 },
        Event::View {
            view: View::Home,
            lang: Locale::Bo,
        },
        Event::QuizFinished {
            topic: "high-yield".to_owned(),
            right: 3,
            total: 5,
        },
        Event::CaseChecked {
            case: "agent-surrender".to_owned(),
        },
        Event::CheckDone { signs: 2 },
        Event::Hotline {
            number: "12378".to_owned(),
        },
        Event::Close,
    ];
    for event in events {
        let message = Json::parse(&event.to_json()).unwrap();
        let Some(Json::Object(data)) = message.get("data") else {
            panic!("no data")
        };
        let sent: Vec<&str> = data.iter().map(|(key, _)| key.as_str()).collect();
        let def = schema
            .get("$defs")
            .unwrap()
            .get(&format!("event-{}", event.kind()))
            .unwrap();
        let data_schema = def.get("properties").unwrap().get("data").unwrap();
        let required: Vec<&str> = match data_schema.get("required") {
            Some(Json::Array(items)) => items.iter().map(|item| item.as_str().unwrap()).collect(),
            _ => vec![],
        };
        assert_eq!(sent, required, "{}", event.kind());
    }
}

fn check_partner(file: &Path) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_check-partner"))
        .arg(file)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap(), text)
}

#[test]
fn check_partner_names_every_problem_and_says_how_to_allow_the_hosts() {
    let (code, out) = check_partner(&fixture_path("good.json"));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("good.json is valid"), "{out}");
    assert!(out.contains("frame-ancestors 'self' https://m.example-insurer.cn https://www.example-insurer.cn http://localhost:8080\""), "{out}");

    let (code, out) = check_partner(&fixture_path("elder-warning.json"));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("warning: colors: brand #00796b"), "{out}");

    let (code, out) = check_partner(&fixture_path("hostile.json"));
    assert_eq!(code, 1, "{out}");
    for field in HOSTILE_FIELDS {
        assert!(
            out.contains(&format!("error: {field}: ")),
            "{field} not named:\n{out}"
        );
    }
    assert!(!out.contains("is valid"), "{out}");

    let (code, out) = check_partner(&fixture_path("no-such-file.json"));
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("cannot read"), "{out}");
}

#[test]
fn check_partner_wants_an_svg_logo_beside_the_file() {
    let folder = std::env::temp_dir().join(format!("anxin-check-partner-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("partner.json");
    std::fs::write(&file, minimal_with("logo", Some(r#""brand/logo.svg""#))).unwrap();
    let (code, out) = check_partner(&file);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error: logo: there is no readable file brand/logo.svg"),
        "{out}"
    );

    std::fs::create_dir_all(folder.join("brand")).unwrap();
    std::fs::write(
        folder.join("brand/logo.svg"),
        "<html><script>alert(1)</script></html>",
    )
    .unwrap();
    let (code, out) = check_partner(&file);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("does not look like an SVG"), "{out}");

    std::fs::write(
        folder.join("brand/logo.svg"),
        "<svg><script>alert(1)</script></svg>",
    )
    .unwrap();
    let (code, out) = check_partner(&file);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("contains a script"), "{out}");

    std::fs::copy(fixture_path("logo.svg"), folder.join("brand/logo.svg")).unwrap();
    let (code, out) = check_partner(&file);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("partner.json is valid"), "{out}");
    assert!(out.contains("frame-ancestors 'self'\""), "{out}");
    std::fs::remove_dir_all(&folder).unwrap();
}
