//! The bar at the top of every screen: the app's name or a way back, and settings.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::icon::{icon, IconKind};
use super::view_link::ViewLink;
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::state::use_app;

/// The top bar: it reads the screen shown from the app state, which its links need anyway.
#[styled_component]
pub fn TopBar() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let style = css!(
        r#"
        background: var(--ax-primary); color: var(--ax-on-primary);
        .inner {
            max-inline-size: var(--ax-max); margin: 0 auto; padding: var(--ax-sp-xs) var(--ax-sp-m);
            display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--ax-sp-s);
        }
        a {
            display: inline-flex; align-items: center; gap: var(--ax-sp-xs);
            min-height: var(--ax-target); min-width: var(--ax-target); padding: 0 var(--ax-sp-s);
            color: var(--ax-on-primary); text-decoration: none; font-weight: 700;
            border-radius: var(--ax-r-control);
        }
        a svg { inline-size: 1.4em; block-size: 1.4em; flex: none; }
        .back svg { transform: var(--ax-mirror); }
        .brand { font-size: var(--ax-fs-heading); letter-spacing: 0.05em; }
        :focus-visible { outline-color: var(--ax-on-primary); }
        "#
    );
    let start = if app.view == View::Home {
        html! {
            { ViewLink::to(View::Home).class("brand").testid("nav-home").render(&app, html! { i18n.text("app-name") }) }
        }
    } else {
        let parent = app.view.parent();
        let (label, testid) = if parent == View::Home {
            (i18n.text("nav-home"), "nav-home")
        } else {
            (i18n.text("nav-back"), "nav-back")
        };
        html! {
            { ViewLink::to(parent).class("back").testid(testid).render(&app, html! {
                <>{ icon(IconKind::Back) }{ label }</>
            }) }
        }
    };
    html! {
        <header class={style}>
            <nav class="inner">
                { start }
                if app.view != View::Settings {
                    { ViewLink::to(View::Settings).testid("nav-settings").render(&app, html! {
                        <>{ icon(IconKind::Sliders) }{ i18n.text("nav-settings") }</>
                    }) }
                }
            </nav>
        </header>
    }
}
