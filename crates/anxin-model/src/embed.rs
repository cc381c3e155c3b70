//! Embedding: the modes a host page can embed the app in, and the messages between the frame
//! and its host. Every message is the envelope `{"source": "anxin", "v": 1, "type": …,
//! "data": {…}}` (`schemas/messages.schema.json` has a schema for each type). Events go out
//! only to the exact parent origin: `ready`, `resize` and `close` to any, the rest only to an
//! origin the partner file lists; commands are obeyed only from a listed origin whose window
//! is the frame's parent. [`Barred`] says why a message did not pass.

use super::json::Json;
use super::locale::Locale;
use super::partner::{is_origin, origin_problem, Http, Partner};
use super::view::View;

/// How a host page shows the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedMode {
    /// The whole app in the frame.
    Full,
    /// One item in a small card: the daily question, a right or a case in brief.
    Card,
    /// A card or the whole app over the host page, with a close control.
    Popup,
}

impl EmbedMode {
    /// Reads the `embed` parameter: `full`, `card` or `popup`; `None` for anything else.
    pub fn parse(value: &str) -> Option<EmbedMode> {
        [EmbedMode::Full, EmbedMode::Card, EmbedMode::Popup]
            .into_iter()
            .find(|mode| mode.as_str() == value)
    }

    /// The mode as the `embed` parameter writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            EmbedMode::Full => "full",
            EmbedMode::Card => "card",
            EmbedMode::Popup => "popup",
        }
    }
}

/// The `source` of every message.
pub const SOURCE: &str = "anxin";

/// The `v` of every message: the version of the message contract.
pub const VERSION: u64 = 1;

/// Every command type a host may send, as `type` writes it.
pub const COMMAND_TYPES: [&str; 4] = ["set-locale", "set-elder", "navigate", "close"];

/// Every event type the frame sends, as `type` writes it.
pub const EVENT_TYPES: [&str; 8] = [
    "ready",
    "resize",
    "view",
    "quiz-finished",
    "case-checked",
    "check-done",
    "hotline",
    "close",
];

/// What a host asks the frame to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// `set-locale` `{lang}`: show this language (the person's saved choice still comes first).
    SetLocale(Locale),
    /// `set-elder` `{on}`: turn 长辈版 on or off.
    SetElder(bool),
    /// `navigate` `{view}`: show this screen (a view value, such as `case:agent-surrender`).
    Navigate(View),
    /// `close` `{}`: close the popup.
    Close,
}

/// Why a message was not taken as a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dropped {
    /// Not an object with `source` `"anxin"`: not meant for us.
    NotAnxin,
    /// Ours, but not version [`VERSION`].
    Version,
    /// A `type` that is not one of [`COMMAND_TYPES`].
    UnknownType,
    /// A known command whose `data`, or a field of it, is missing or wrong.
    BadData {
        /// The field (`data` itself when it is not an object).
        field: &'static str,
        /// What it must be, in words for the host page's developer.
        expected: &'static str,
    },
}

impl Dropped {
    /// What a developer reads in the console about the dropped message.
    pub fn explain(self) -> String {
        match self {
            Dropped::NotAnxin => "it is not an Anxin message".to_owned(),
            Dropped::Version => "its v is not the version this frame speaks".to_owned(),
            Dropped::UnknownType => {
                let mut text = "its type is none of".to_owned();
                for (at, kind) in COMMAND_TYPES.iter().enumerate() {
                    text.push_str(if at == 0 { " " } else { ", " });
                    text.push_str(kind);
                }
                text
            }
            Dropped::BadData { field, expected } => {
                format!("its {field} must be {expected}")
            }
        }
    }
}

/// What `set-locale`'s `lang` must be.
const EXPECTED_LANG: &str = "a language tag of the app (zh-Hans, bo, ug or yue)";
/// What `set-elder`'s `on` must be.
const EXPECTED_ON: &str = "true or false";
/// What `navigate`'s `view` must be.
const EXPECTED_VIEW: &str =
    "a data-view value whose item exists (home, rights, right:<id>, cases, case:<id>, quiz, help, settings, check, daily)";

impl Command {
    /// Reads a message from the host, `text` being `JSON.stringify(event.data)`. Fields
    /// beyond the envelope's, and beyond a command's data, are ignored; a `close` may leave
    /// out its empty `data`.
    pub fn parse(text: &str) -> Result<Command, Dropped> {
        let message = Json::parse(text).ok_or(Dropped::NotAnxin)?;
        if message.get("source").and_then(Json::as_str) != Some(SOURCE) {
            return Err(Dropped::NotAnxin);
        }
        if message.get("v").and_then(Json::as_u64) != Some(VERSION) {
            return Err(Dropped::Version);
        }
        let kind = message.get("type").and_then(Json::as_str);
        let kind = kind
            .filter(|kind| COMMAND_TYPES.contains(kind))
            .ok_or(Dropped::UnknownType)?;
        let data = match message.get("data") {
            Some(data @ Json::Object(_)) => data,
            None if kind == "close" => return Ok(Command::Close),
            _ => {
                return Err(Dropped::BadData {
                    field: "data",
                    expected: "an object",
                })
            }
        };
        let field = |field: &'static str, expected: &'static str| {
            (data.get(field), Dropped::BadData { field, expected })
        };
        match kind {
            "set-locale" => {
                let (lang, bad) = field("lang", EXPECTED_LANG);
                let locale = lang.and_then(Json::as_str).and_then(Locale::from_tag);
                locale.map(Command::SetLocale).ok_or(bad)
            }
            "set-elder" => {
                let (on, bad) = field("on", EXPECTED_ON);
                on.and_then(Json::as_bool).map(Command::SetElder).ok_or(bad)
            }
            "navigate" => {
                let (view, bad) = field("view", EXPECTED_VIEW);
                let view = view.and_then(Json::as_str).and_then(View::parse_for_host);
                view.map(Command::Navigate).ok_or(bad)
            }
            _ => Ok(Command::Close),
        }
    }
}

/// What the frame tells its host.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// `ready`: the first screen is shown and commands are listened for.
    Ready,
    /// `resize`: the document's full content height, in CSS pixels.
    Resize {
        /// The height.
        height: u32,
    },
    /// `view`: the screen and language now shown.
    View {
        /// The screen.
        view: View,
        /// Its language.
        lang: Locale,
    },
    /// `quiz-finished`: a round's score, sent only after the person agreed to share it.
    QuizFinished {
        /// The topic's id.
        topic: String,
        /// How many answers were right.
        right: u32,
        /// How many questions there were.
        total: u32,
    },
    /// `case-checked`: the person finished a case's red-flag exercise.
    CaseChecked {
        /// The case's id.
        case: String,
    },
    /// `check-done`: how many warning signs the message checker found, sent only after the
    /// person agreed to share it; never the message or what they picked.
    CheckDone {
        /// How many signs were found.
        signs: u32,
    },
    /// `hotline`: a hotline was tapped.
    Hotline {
        /// Its digits.
        number: String,
    },
    /// `close`: the frame's own close control was pressed, or the host sent `close`.
    Close,
}

impl Event {
    /// The event's `type`, one of [`EVENT_TYPES`].
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Ready => "ready",
            Event::Resize { .. } => "resize",
            Event::View { .. } => "view",
            Event::QuizFinished { .. } => "quiz-finished",
            Event::CaseChecked { .. } => "case-checked",
            Event::CheckDone { .. } => "check-done",
            Event::Hotline { .. } => "hotline",
            Event::Close => "close",
        }
    }

    /// The whole message as JSON text: the envelope, with `data` `{}` for an event without
    /// data.
    pub fn to_json(&self) -> String {
        let text = |value: &str| Json::String(value.to_owned());
        let number = |value: u32| Json::Number(value.to_string());
        let data = match self {
            Event::Ready | Event::Close => vec![],
            Event::Resize { height } => vec![("height", number(*height))],
            Event::View { view, lang } => {
                vec![
                    ("view", text(&view.host_param())),
                    ("lang", text(lang.tag())),
                ]
            }
            Event::QuizFinished {
                topic,
                right,
                total,
            } => vec![
                ("topic", text(topic)),
                ("right", number(*right)),
                ("total", number(*total)),
            ],
            Event::CaseChecked { case } => vec![("case", text(case))],
            Event::CheckDone { signs } => vec![("signs", number(*signs))],
            Event::Hotline { number } => vec![("number", text(number))],
        };
        let data = data
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect();
        Json::Object(vec![
            ("source".to_owned(), text(SOURCE)),
            ("v".to_owned(), Json::Number(VERSION.to_string())),
            ("type".to_owned(), text(self.kind())),
            ("data".to_owned(), Json::Object(data)),
        ])
        .to_text()
    }

    /// Whether the event goes out without a partner file: `ready`, `resize` and `close`,
    /// which say nothing about the person.
    pub fn goes_without_partner(&self) -> bool {
        matches!(self, Event::Ready | Event::Resize { .. } | Event::Close)
    }
}

/// Why a message does not pass between the frame and its parent page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Barred {
    /// The parent's origin is none a browser writes (`null`, `*`, empty): nothing goes there.
    NoOrigin,
    /// A command that did not come from the frame's own parent window.
    NotParent,
    /// No valid partner file: only `ready`, `resize` and `close` go out, and no command is
    /// obeyed.
    NoPartner,
    /// The partner file's `hosts` does not list the parent's origin.
    NotListed,
}

impl Barred {
    /// What a developer reads in the console: the cause and the fix.
    pub fn explain(self) -> &'static str {
        match self {
            Barred::NoOrigin => {
                "the parent page has no origin to post to (a file:// page or a sandboxed frame)"
            }
            Barred::NotParent => "it did not come from the frame's own parent window",
            Barred::NoPartner => {
                "there is no valid partner.json, so only ready, resize and close go out and no \
                 command is obeyed; add a partner file whose hosts lists this origin"
            }
            Barred::NotListed => {
                "partner.json's hosts does not list this origin, so only ready, resize and \
                 close go out and no command is obeyed; add the origin to hosts (and to \
                 frame-ancestors)"
            }
        }
    }
}

/// The origin an event may be posted to: `parent_origin`, when the rules allow. `ready`,
/// `resize` and `close` say nothing about the person and go to any parent that has an origin
/// (`http(s)://host[:port]` as a browser writes it; never `null` or `*`), partner or not, so
/// the loader can size, show and close any frame. Every other event goes only to an origin a
/// valid partner file lists, or to the deployment's own (`own_origin`: its playground, which
/// could read the frame's page anyway).
pub fn event_target<'a>(
    event: &Event,
    partner: Option<&Partner>,
    parent_origin: &'a str,
    own_origin: &str,
) -> Result<&'a str, Barred> {
    if origin_problem(parent_origin, Http::Any).is_some() {
        return Err(Barred::NoOrigin);
    }
    if !event.goes_without_partner() {
        listed(partner, parent_origin, own_origin)?;
    }
    Ok(parent_origin)
}

/// Whether a command from `origin` is obeyed: it came from the parent window, and a valid
/// partner file lists its origin, or it is the deployment's own (`own_origin`).
pub fn accepts_command(
    partner: Option<&Partner>,
    origin: &str,
    own_origin: &str,
    from_parent: bool,
) -> Result<(), Barred> {
    if !from_parent {
        return Err(Barred::NotParent);
    }
    listed(partner, origin, own_origin)
}

/// Whether `origin` is heard: the deployment's own, or one a valid partner file lists
/// (listed hosts are origins; checked again so that no hand-made partner can name `*`).
fn listed(partner: Option<&Partner>, origin: &str, own_origin: &str) -> Result<(), Barred> {
    if origin == own_origin && is_origin(origin) {
        return Ok(());
    }
    let partner = partner.ok_or(Barred::NoPartner)?;
    if partner.allows_host(origin) && is_origin(origin) {
        Ok(())
    } else {
        Err(Barred::NotListed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partner(hosts: &[&str]) -> Partner {
        Partner {
            names: vec![(Locale::ZhHans, "示例保险".to_owned())],
            hotline: "4000000000".to_owned(),
            website: None,
            colors: None,
            logo: None,
            hosts: hosts.iter().map(|host| (*host).to_owned()).collect(),
            featured_cases: vec![],
            featured_topics: vec![],
            languages: Locale::ALL.to_vec(),
            share_score: false,
        }
    }

    #[test]
    fn modes_read_what_they_write() {
        for mode in [EmbedMode::Full, EmbedMode::Card, EmbedMode::Popup] {
            assert_eq!(EmbedMode::parse(mode.as_str()), Some(mode));
        }
        assert_eq!(EmbedMode::parse("Card"), None);
        assert_eq!(EmbedMode::parse(""), None);
    }

    #[test]
    fn commands_are_read_from_the_envelope() {
        let command = |kind: &str, data: &str| {
            Command::parse(&format!(
                r#"{{"source":"anxin","v":1,"type":"{kind}","data":{data},"extra":true}}"#
            ))
        };
        assert_eq!(
            command("set-locale", r#"{"lang":"bo"}"#),
            Ok(Command::SetLocale(Locale::Bo))
        );
        assert_eq!(
            command("set-locale", r#"{"lang":"zh-CN"}"#),
            Ok(Command::SetLocale(Locale::ZhHans))
        );
        assert_eq!(
            command("set-elder", r#"{"on":true}"#),
            Ok(Command::SetElder(true))
        );
        assert_eq!(
            command("navigate", r#"{"view":"case:agent-surrender"}"#),
            Ok(Command::Navigate(View::Case("agent-surrender".to_owned())))
        );
        assert_eq!(command("close", "{}"), Ok(Command::Close));
        assert_eq!(
            Command::parse(r#"{"source":"anxin","v":1,"type":"close"}"#),
            Ok(Command::Close)
        );
        let field = |err: Result<Command, Dropped>| match err {
            Err(Dropped::BadData { field, .. }) => Some(field),
            _ => None,
        };
        assert_eq!(
            field(command("set-locale", r#"{"lang":"fr"}"#)),
            Some("lang")
        );
        assert_eq!(field(command("set-elder", r#"{"on":"1"}"#)), Some("on"));
        assert_eq!(field(command("set-elder", "[]")), Some("data"));
        // navigate takes exactly what data-view takes: a screen of the app whose item exists.
        for bad in [
            "nowhere",
            "case:no-such-case",
            "right:no-such-right",
            "workshop",
            "case",
            "home:x",
        ] {
            let text = format!(r#"{{"view":"{bad}"}}"#);
            assert_eq!(field(command("navigate", &text)), Some("view"), "{bad}");
        }
        assert!(Dropped::BadData {
            field: "lang",
            expected: EXPECTED_LANG
        }
        .explain()
        .contains("lang must be"));
        assert_eq!(command("ready", "{}"), Err(Dropped::UnknownType));
        assert_eq!(
            Command::parse(r#"{"source":"anxin","v":2,"type":"close","data":{}}"#),
            Err(Dropped::Version)
        );
        assert_eq!(
            Command::parse(r#"{"source":"anxin","v":"1","type":"close","data":{}}"#),
            Err(Dropped::Version)
        );
        assert_eq!(
            Command::parse(r#"{"originator":"anxin","v":1,"type":"close","data":{}}"#),
            Err(Dropped::NotAnxin)
        );
        assert_eq!(Command::parse("\"anxin\""), Err(Dropped::NotAnxin));
        assert_eq!(Command::parse("not json"), Err(Dropped::NotAnxin));
    }

    #[test]
    fn events_write_the_envelope() {
        assert_eq!(
            Event::Ready.to_json(),
            r#"{"source":"anxin","v":1,"type":"ready","data":{}}"#
        );
        assert_eq!(
            Event::View {
                view: View::Case("agent-surrender".to_owned()),
                lang: Locale::Ug
            }
            .to_json(),
            r#"{"source":"anxin","v":1,"type":"view","data":{"view":"case:agent-surrender","lang":"ug"}}"#
        );
        assert_eq!(
            Event::View {
                view: View::DailyCard,
                lang: Locale::Bo
            }
            .to_json(),
            r#"{"source":"anxin","v":1,"type":"view","data":{"view":"daily","lang":"bo"}}"#,
            "a card is named as the host names it"
        );
        assert_eq!(
            Event::QuizFinished {
                topic: "high-yield".to_owned(),
                right: 4,
                total: 5
            }
            .to_json(),
            r#"{"source":"anxin","v":1,"type":"quiz-finished","data":{"topic":"high-yield","right":4,"total":5}}"#
        );
        assert_eq!(
            Event::CheckDone { signs: 3 }.to_json(),
            r#"{"source":"anxin","v":1,"type":"check-done","data":{"signs":3}}"#,
            "the count alone"
        );
        let all = [
            Event::Ready,
            Event::Resize { height: 1 },
            Event::View {
                view: View::Home,
                lang: Locale::Bo,
            },
            Event::QuizFinished {
                topic: String::new(),
                right: 0,
                total: 0,
            },
            Event::CaseChecked {
                case: String::new(),
            },
            Event::CheckDone { signs: 0 },
            Event::Hotline {
                number: String::new(),
            },
            Event::Close,
        ];
        let kinds: Vec<&str> = all.iter().map(Event::kind).collect();
        assert_eq!(kinds, EVENT_TYPES);
    }

    /// The deployment's own origin.
    const OWN: &str = "https://anxin.partner.cn";

    #[test]
    fn events_go_only_where_the_rules_allow() {
        let hotline = Event::Hotline {
            number: "12378".to_owned(),
        };
        let listed = partner(&["https://m.example-insurer.cn"]);
        let unlisted = "https://elsewhere.cn";
        // What says nothing about the person goes to any real origin, partner or not.
        for partner in [None, Some(&listed)] {
            for event in [Event::Ready, Event::Resize { height: 9 }, Event::Close] {
                assert_eq!(event_target(&event, partner, unlisted, OWN), Ok(unlisted));
                assert_eq!(
                    event_target(&event, partner, "null", OWN),
                    Err(Barred::NoOrigin)
                );
                assert_eq!(
                    event_target(&event, partner, "*", OWN),
                    Err(Barred::NoOrigin)
                );
            }
        }
        // The rest only to a host the partner lists.
        assert_eq!(
            event_target(&hotline, None, "https://m.example-insurer.cn", OWN),
            Err(Barred::NoPartner)
        );
        // The deployment's own pages (its playground) hear everything, partner or not.
        for partner in [None, Some(&listed)] {
            assert_eq!(event_target(&hotline, partner, OWN, OWN), Ok(OWN));
            assert_eq!(accepts_command(partner, OWN, OWN, true), Ok(()));
        }
        assert_eq!(
            event_target(&hotline, None, "null", "null"),
            Err(Barred::NoOrigin)
        );
        let to = |event: &Event, origin| event_target(event, Some(&listed), origin, OWN);
        assert_eq!(
            to(&hotline, "https://m.example-insurer.cn"),
            Ok("https://m.example-insurer.cn")
        );
        assert_eq!(to(&hotline, unlisted), Err(Barred::NotListed));
        assert_eq!(
            event_target(&hotline, Some(&partner(&["*"])), "*", OWN),
            Err(Barred::NoOrigin)
        );
    }

    #[test]
    fn commands_come_only_from_a_listed_parent() {
        let listed = partner(&["https://m.example-insurer.cn"]);
        let insurer = "https://m.example-insurer.cn";
        assert_eq!(accepts_command(Some(&listed), insurer, OWN, true), Ok(()));
        assert_eq!(
            accepts_command(Some(&listed), insurer, OWN, false),
            Err(Barred::NotParent)
        );
        assert_eq!(
            accepts_command(Some(&listed), "https://elsewhere.cn", OWN, true),
            Err(Barred::NotListed)
        );
        assert_eq!(
            accepts_command(None, insurer, OWN, true),
            Err(Barred::NoPartner)
        );
        assert_eq!(
            accepts_command(Some(&partner(&["*"])), "*", OWN, true),
            Err(Barred::NotListed)
        );
    }
}
