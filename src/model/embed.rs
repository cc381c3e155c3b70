//! STUB until the helper's model lands (replaced at merge).

use super::json::Json;
use super::locale::Locale;
use super::partner::Partner;
use super::view::View;

/// Mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedMode {
    /// Full.
    Full,
    /// Card.
    Card,
    /// Popup.
    Popup,
}

impl EmbedMode {
    /// Parse.
    pub fn parse(value: &str) -> Option<EmbedMode> {
        match value {
            "full" => Some(EmbedMode::Full),
            "card" => Some(EmbedMode::Card),
            "popup" => Some(EmbedMode::Popup),
            _ => None,
        }
    }
    /// As str.
    pub fn as_str(self) -> &'static str {
        match self {
            EmbedMode::Full => "full",
            EmbedMode::Card => "card",
            EmbedMode::Popup => "popup",
        }
    }
}

/// Command.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Locale.
    SetLocale(Locale),
    /// Elder.
    SetElder(bool),
    /// Navigate.
    Navigate(View),
    /// Close.
    Close,
}

/// Dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dropped {
    /// Not ours.
    NotAnxin,
    /// Version.
    Version,
    /// Unknown.
    UnknownType,
    /// Bad.
    BadData,
}

impl Command {
    /// Parse.
    pub fn parse(text: &str) -> Result<Command, Dropped> {
        let json = Json::parse(text).ok_or(Dropped::NotAnxin)?;
        if json.get("source").and_then(Json::as_str) != Some("anxin") {
            return Err(Dropped::NotAnxin);
        }
        let data = json.get("data");
        let field = |k: &str| data.and_then(|d| d.get(k));
        match json.get("type").and_then(Json::as_str) {
            Some("set-locale") => field("lang")
                .and_then(Json::as_str)
                .and_then(Locale::from_tag)
                .map(Command::SetLocale)
                .ok_or(Dropped::BadData),
            Some("set-elder") => field("on")
                .and_then(Json::as_bool)
                .map(Command::SetElder)
                .ok_or(Dropped::BadData),
            Some("navigate") => field("view")
                .and_then(Json::as_str)
                .and_then(View::parse)
                .map(Command::Navigate)
                .ok_or(Dropped::BadData),
            Some("close") => Ok(Command::Close),
            _ => Err(Dropped::UnknownType),
        }
    }
}

/// Event.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// Ready.
    Ready,
    /// Resize.
    Resize {
        /// Height.
        height: u32,
    },
    /// View.
    View {
        /// View.
        view: View,
        /// Lang.
        lang: Locale,
    },
    /// Quiz.
    QuizFinished {
        /// Topic.
        topic: String,
        /// Right.
        right: u32,
        /// Total.
        total: u32,
    },
    /// Case.
    CaseChecked {
        /// Case.
        case: String,
    },
    /// Hotline.
    Hotline {
        /// Number.
        number: String,
    },
    /// Close.
    Close,
}

impl Event {
    /// Kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Ready => "ready",
            Event::Resize { .. } => "resize",
            Event::View { .. } => "view",
            Event::QuizFinished { .. } => "quiz-finished",
            Event::CaseChecked { .. } => "case-checked",
            Event::Hotline { .. } => "hotline",
            Event::Close => "close",
        }
    }
    /// Json.
    pub fn to_json(&self) -> String {
        let s = |v: &str| Json::String(v.to_owned());
        let n = |v: u32| Json::Number(v.to_string());
        let data = match self {
            Event::Ready | Event::Close => vec![],
            Event::Resize { height } => vec![("height".to_owned(), n(*height))],
            Event::View { view, lang } => vec![
                ("view".to_owned(), s(&view.to_param())),
                ("lang".to_owned(), s(lang.tag())),
            ],
            Event::QuizFinished {
                topic,
                right,
                total,
            } => vec![
                ("topic".to_owned(), s(topic)),
                ("right".to_owned(), n(*right)),
                ("total".to_owned(), n(*total)),
            ],
            Event::CaseChecked { case } => vec![("case".to_owned(), s(case))],
            Event::Hotline { number } => vec![("number".to_owned(), s(number))],
        };
        Json::Object(vec![
            ("source".to_owned(), s("anxin")),
            ("v".to_owned(), n(1)),
            ("type".to_owned(), s(self.kind())),
            ("data".to_owned(), Json::Object(data)),
        ])
        .to_text()
    }
    /// Without partner.
    pub fn goes_without_partner(&self) -> bool {
        matches!(self, Event::Ready | Event::Resize { .. } | Event::Close)
    }
}

/// Target.
pub fn event_target<'a>(
    event: &Event,
    partner: Option<&Partner>,
    parent_origin: &'a str,
) -> Option<&'a str> {
    match partner {
        Some(p) => p.allows_host(parent_origin).then_some(parent_origin),
        None => event.goes_without_partner().then_some(parent_origin),
    }
}

/// Accepts.
pub fn accepts_command(partner: Option<&Partner>, origin: &str, from_parent: bool) -> bool {
    from_parent && partner.is_some_and(|p| p.allows_host(origin))
}
