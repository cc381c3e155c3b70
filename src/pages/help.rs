//! Where to turn: the complaint path (institution, 12378, mediation, arbitration or court),
//! the fraud numbers (96110, 110), and what to prepare before calling.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::{message_list, page_header};
use crate::components::hotline::hotline_link;
use crate::content::help::{Hotline, ANTI_FRAUD_WARNING, POLICE, PREPARE, REGULATOR};
use crate::i18n::use_i18n;
use crate::state::use_app;
use crate::theme::styles::HELP;

/// One step of the complaint path: its title, what to do, and a number to call if it has one.
fn path_step(title: String, body: String, call: Option<Html>) -> Html {
    html! {
        <li class="step">
            <h3>{ title }</h3>
            <p>{ body }</p>
            { for call }
        </li>
    }
}

/// The help screen.
#[function_component]
pub fn Help() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let hotline = |line: Hotline| hotline_link(line.number, i18n.text(line.label));
    let partner = app.partner.get().map(|partner| {
        let mut args = FluentArgs::new();
        args.set("name", partner.name(i18n.locale()));
        let website = partner.website.as_ref().map(|url| {
            html! {
                <a class="website" href={url.clone()} target="_blank" rel="noopener noreferrer">
                    { i18n.text_with("help-partner-website", &args) }
                </a>
            }
        });
        html! {
            <>
                { hotline_link(&partner.hotline, i18n.text_with("help-partner-hotline", &args)) }
                { for website }
            </>
        }
    });
    let step = |name: &str, call: Option<Html>| {
        path_step(
            i18n.text(&format!("help-step-{name}-title")),
            i18n.text(&format!("help-step-{name}-body")),
            call,
        )
    };
    html! {
        <div class={HELP}>
            { page_header(&i18n, "home-help-title", "help-intro") }
            <section>
                <h2>{ i18n.text("help-path-title") }</h2>
                <ol class="path">
                    { step("institution", partner) }
                    { step("regulator", Some(hotline(REGULATOR))) }
                    { step("mediation", None) }
                    { step("court", None) }
                </ol>
            </section>
            <section class="card">
                <h2>{ i18n.text("help-fraud-title") }</h2>
                { hotline(ANTI_FRAUD_WARNING) }
                { hotline(POLICE) }
            </section>
            <section class="card">
                <h2>{ i18n.text("help-prepare-title") }</h2>
                { message_list(PREPARE.iter().map(|id| i18n.text(id)).collect(), false) }
                <p class="never">{ i18n.text("help-never") }</p>
            </section>
        </div>
    }
}
