//! Simple line icons drawn inline, so nothing is fetched and they take the text colour.

use yew::prelude::*;

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
        }
    }
}

/// Properties of [`Icon`].
#[derive(Properties, PartialEq)]
pub struct IconProps {
    /// Which icon.
    pub kind: IconKind,
    /// Extra classes (size, mirroring).
    #[prop_or_default]
    pub class: Classes,
}

/// A decorative icon, hidden from screen readers: the text next to it carries the meaning.
#[function_component]
pub fn Icon(props: &IconProps) -> Html {
    html! {
        <svg class={props.class.clone()} viewBox="0 0 24 24" width="24" height="24" fill="none"
            stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
            aria-hidden="true" focusable="false">
            { for props.kind.paths().iter().map(|d| html! { <path d={*d} /> }) }
        </svg>
    }
}
