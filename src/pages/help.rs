//! Where to turn: the complaint path (institution, 12378, mediation, arbitration or court),
//! the fraud numbers (96110, 110), and what to prepare before calling.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::{message_list, read_title};
use crate::components::hotline::read_hotline;
use crate::components::read_aloud::Reader;
use crate::content::help::{Hotline, ANTI_FRAUD_WARNING, POLICE, PREPARE, REGULATOR};
use crate::i18n::use_i18n;
use crate::state::use_app;
use crate::theme::styles::HELP;

/// One step of the complaint path: its title, what to do, and a number to call if it has one.
fn path_step(title: Html, body: Html, call: Option<Html>) -> Html {
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
    let reader = Reader::new(&app);
    let hotline = |line: Hotline| {
        read_hotline(
            &i18n,
            &reader,
            line.number,
            line.label,
            i18n.text(line.label),
        )
    };
    let title = read_title(&i18n, "home-help-title", &reader);
    let intro = reader.text(&i18n, "help-intro");
    let path_title = reader.text(&i18n, "help-path-title");
    // Each step's number is gathered after its title and body, in the order it is shown.
    let step = |name: &str, call: &dyn Fn() -> Option<Html>| {
        let title = reader.text(&i18n, &format!("help-step-{name}-title"));
        let body = reader.text(&i18n, &format!("help-step-{name}-body"));
        path_step(title, body, call())
    };
    let partner = || {
        app.partner.get().map(|partner| {
        let mut args = FluentArgs::new();
        args.set("name", partner.name(i18n.locale()));
        let website = partner.website.as_ref().map(|url| {
            html! {
                <a class="website" href={url.clone()} target="_blank" rel="noopener noreferrer">
                    { i18n.text_with("help-partner-website", &args) }
                </a>
            }
        });
        let label = i18n.text_with("help-partner-hotline", &args);
        html! {
            <>
                { read_hotline(&i18n, &reader, &partner.hotline, "help-partner-hotline", label) }
                { for website }
            </>
        }
    })
    };
    let steps = html! {
        <ol class="path">
            { step("institution", &partner) }
            { step("regulator", &|| Some(hotline(REGULATOR))) }
            { step("mediation", &|| None) }
            { step("court", &|| None) }
        </ol>
    };
    let fraud = html! {
        <>
            <h2>{ reader.text(&i18n, "help-fraud-title") }</h2>
            { hotline(ANTI_FRAUD_WARNING) }
            { hotline(POLICE) }
        </>
    };
    let prepare = html! {
        <>
            <h2>{ reader.text(&i18n, "help-prepare-title") }</h2>
            { message_list(PREPARE.iter().map(|id| reader.text(&i18n, id)), false) }
            <p class="never">{ reader.text(&i18n, "help-never") }</p>
        </>
    };
    html! {
        <div class={HELP}>
            <section>
                { title }
                <p class="ax-intro">{ intro }</p>
            </section>
            { reader.control() }
            <section>
                <h2>{ path_title }</h2>
                { steps }
            </section>
            <section class="card">{ fraud }</section>
            <section class="card">{ prepare }</section>
        </div>
    }
}
