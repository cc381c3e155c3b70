//! An honest placeholder for a screen whose content is still being written.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::{page_title, view_title_id};
use crate::components::view_link::ViewLink;
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::state::use_app;

/// Properties of [`ComingSoon`].
#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    /// The screen that is not ready yet.
    pub view: View,
}

/// Says plainly that this part is coming, and leads back home.
#[styled_component]
pub fn ComingSoon(props: &ComingSoonProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let style = css!(
        r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m); align-items: flex-start;
        .status { font-size: var(--ax-fs-heading); font-weight: 700; }
        .home {
            display: inline-flex; align-items: center; justify-content: center;
            min-height: var(--ax-target); padding: 0 var(--ax-sp-l);
            background: var(--ax-primary); color: var(--ax-on-primary); border-radius: var(--ax-r-control);
            font-size: var(--ax-fs-button); font-weight: 700; text-decoration: none;
        }
        "#
    );
    html! {
        <div class={style}>
            { page_title(&i18n, &view_title_id(&props.view)) }
            <p class="status">{ i18n.text("coming-soon-title") }</p>
            <p>{ i18n.text("coming-soon-body") }</p>
            { ViewLink::to(View::Home).class("home").render(&app, html! { i18n.text("coming-soon-home") }) }
        </div>
    }
}
