//! The bar at the top of every screen: the app's name or a way back, and settings.

use yew::prelude::*;

use super::icon::{icon, IconKind};
use super::view_link::ViewLink;
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::state::use_app;
use crate::theme::styles::TOP_BAR;

/// The top bar: it reads the screen shown from the app state, which its links need anyway.
#[function_component]
pub fn TopBar() -> Html {
    let app = use_app();
    let i18n = use_i18n();
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
    let partner = app.partner.get().and_then(|partner| {
        let logo = partner.logo.clone()?;
        Some(html! { <img class="partner" src={logo} alt={partner.name(i18n.locale()).to_owned()} /> })
    });
    html! {
        <header class={TOP_BAR}>
            <nav class="inner">
                { start }
                { for partner }
                if app.view != View::Settings && !app.embed.host_sets_language() {
                    { ViewLink::to(View::Settings).testid("nav-settings").render(&app, html! {
                        <>{ icon(IconKind::Sliders) }{ i18n.text("nav-settings") }</>
                    }) }
                }
            </nav>
        </header>
    }
}
