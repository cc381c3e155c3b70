//! One module per screen; [`Page`] picks the one for the current view.

mod coming_soon;
mod home;
mod settings;

use stylist::yew::styled_component;
use yew::prelude::*;

pub use coming_soon::ComingSoon;
pub use home::Home;
pub use settings::Settings;

use crate::model::view::View;
use crate::platform::document::VIEW_TITLE_ID;

/// The message id of a screen's title.
pub fn view_title_id(view: &View) -> &'static str {
    match view {
        View::Home => "app-tagline",
        View::Rights | View::Right(_) => "home-rights-title",
        View::Cases | View::Case(_) => "home-cases-title",
        View::Quiz => "home-quiz-title",
        View::Help => "home-help-title",
        View::Settings => "settings-title",
    }
}

/// Properties of [`Page`].
#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The screen to show.
    pub view: View,
}

/// The screen for a view.
#[function_component]
pub fn Page(props: &PageProps) -> Html {
    match &props.view {
        View::Home => html! { <Home /> },
        View::Settings => html! { <Settings /> },
        other => html! { <ComingSoon view={other.clone()} /> },
    }
}

/// Properties of [`PageTitle`].
#[derive(Properties, PartialEq)]
pub struct PageTitleProps {
    /// The title text.
    pub text: AttrValue,
}

/// A screen's main heading; it receives focus after navigation.
#[styled_component]
pub fn PageTitle(props: &PageTitleProps) -> Html {
    let style =
        css!("font-size: var(--ax-fs-title); line-height: var(--ax-lh-heading); outline: none;");
    html! { <h1 id={VIEW_TITLE_ID} tabindex="-1" class={style}>{ props.text.clone() }</h1> }
}
