//! Simple line icons drawn inline, so nothing is fetched and they take the text colour.

use yew::prelude::*;

/// The picture of a right.
impl From<crate::content::rights::Symbol> for IconKind {
    fn from(symbol: crate::content::rights::Symbol) -> IconKind {
        use crate::content::rights::Symbol;
        match symbol {
            Symbol::Eye => IconKind::Eye,
            Symbol::Tick => IconKind::Tick,
            Symbol::Scales => IconKind::Scales,
            Symbol::Lock => IconKind::Lock,
            Symbol::Megaphone => IconKind::Megaphone,
            Symbol::Book => IconKind::Book,
            Symbol::Heart => IconKind::Heart,
            Symbol::Key => IconKind::Key,
        }
    }
}

/// Which icon to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconKind {
    /// A shield with a tick: rights.
    Shield,
    /// A speech bubble with a warning mark: scam cases.
    Warning,
    /// A question mark in a circle: quizzes.
    Question,
    /// A telephone handset: help lines.
    Phone,
    /// Two sliders: settings.
    Sliders,
    /// An arrow pointing back (mirrored in right-to-left layouts by the caller's style).
    Back,
    /// Two letters of different sizes: text size.
    TextSize,
    /// A globe: languages.
    Globe,
    /// An eye.
    Eye,
    /// A ticked box.
    Tick,
    /// A pair of scales.
    Scales,
    /// A padlock.
    Lock,
    /// A megaphone.
    Megaphone,
    /// An open book.
    Book,
    /// A heart.
    Heart,
    /// A key.
    Key,
    /// A loudspeaker with sound: reading aloud.
    Speaker,
    /// A square: stop.
    Stop,
}

impl IconKind {
    fn paths(self) -> &'static [&'static str] {
        match self {
            IconKind::Shield => &[
                "M12 2.5 19.5 5.5V11c0 4.8-3.2 8.7-7.5 10.5C7.7 19.7 4.5 15.8 4.5 11V5.5Z",
                "M8.5 12l2.5 2.5 4.5-5",
            ],
            IconKind::Warning => &["M4 4.5h16v11.5h-8.5L6.5 20v-4H4Z", "M12 7.5v4", "M12 13.6v.1"],
            IconKind::Question => &[
                "M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 1 0 0-19Z",
                "M9.3 9.3c0-3.3 5.4-3.3 5.4 0 0 2.2-2.7 2.2-2.7 4.6",
                "M12 17v.1",
            ],
            IconKind::Phone => &[
                "M5.5 3h3.5l2 5-2.5 1.5c1 2.3 3.7 5 6 6l1.5-2.5 5 2v3.5c0 1.1-.9 2-2 2C10.5 20 4 13.5 3.5 5c0-1.1.9-2 2-2Z",
            ],
            IconKind::Sliders => &[
                "M4 7h9",
                "M17 7h3",
                "M15 5a2 2 0 1 0 0 4 2 2 0 1 0 0-4Z",
                "M4 17h3",
                "M11 17h9",
                "M9 15a2 2 0 1 0 0 4 2 2 0 1 0 0-4Z",
            ],
            IconKind::Back => &["M15 5l-7 7 7 7"],
            IconKind::TextSize => &["M2.5 19 8 5l5.5 14", "M4.6 14h6.8", "M14 19l3.5-8 3.5 8", "M15.2 16.5h4.6"],
            IconKind::Globe => &[
                "M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 1 0 0-19Z",
                "M2.5 12h19",
                "M12 2.5c3 3 3 16 0 19-3-3-3-16 0-19Z",
            ],
            IconKind::Eye => &[
                "M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z",
                "M12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6Z",
            ],
            IconKind::Tick => &["M4 4h16v16H4Z", "M8 12l3 3 5-6"],
            IconKind::Scales => &["M12 3v17", "M7 20h10", "M5 7h14", "M5 7l-3 7h6Z", "M19 7l-3 7h6Z"],
            IconKind::Lock => &["M5 11h14v10H5Z", "M8 11V7a4 4 0 0 1 8 0v4", "M12 15v2"],
            IconKind::Megaphone => &["M3 10v4h4l6 4V6l-6 4Z", "M16 9a4 4 0 0 1 0 6", "M19 6a8 8 0 0 1 0 12"],
            IconKind::Book => &[
                "M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3Z",
                "M21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7Z",
            ],
            IconKind::Heart => &["M12 20s-7.5-4.5-7.5-10.5A4 4 0 0 1 12 7.2a4 4 0 0 1 7.5 2.3C19.5 15.5 12 20 12 20Z"],
            IconKind::Key => &["M8 10a4 4 0 1 0 0 8 4 4 0 1 0 0-8Z", "M11 11l8-8", "M16 6l3 3", "M14 8l2 2"],
            IconKind::Speaker => &["M3 9.5v5h4l5 4v-13l-5 4Z", "M15.5 9a4 4 0 0 1 0 6", "M18.5 6a8 8 0 0 1 0 12"],
            IconKind::Stop => &["M6 6h12v12H6Z"],
        }
    }
}

/// A decorative icon, hidden from screen readers: the text next to it carries the meaning.
/// A plain function rather than a component: it has no state, and each component costs
/// download size.
pub fn icon(kind: IconKind) -> Html {
    html! {
        <svg viewBox="0 0 24 24" width="24" height="24" fill="none"
            stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
            aria-hidden="true" focusable="false">
            { for kind.paths().iter().map(|d| html! { <path d={*d} /> }) }
        </svg>
    }
}
