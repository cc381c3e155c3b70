//! Where to turn: the complaint path (institution, 12378, mediation, arbitration or court),
//! the fraud numbers (96110, 110), and what to prepare before calling.

use fluent_bundle::FluentArgs;
use stylist::yew::styled_component;
use yew::prelude::*;

use super::{message_list, page_header};
use crate::components::hotline::hotline_link;
use crate::content::help::{Hotline, ANTI_FRAUD_WARNING, POLICE, PREPARE, REGULATOR};
use crate::i18n::use_i18n;
use crate::state::use_app;

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
#[styled_component]
pub fn Help() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let style = css!(
        r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        h2 { margin-block-end: var(--ax-sp-s); }
        .path { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .step, .card {
            display: flex; flex-direction: column; gap: var(--ax-sp-s);
            padding: var(--ax-sp-m); border-radius: var(--ax-r-card);
            background: var(--ax-surface); border: 2px solid var(--ax-border);
        }
        ul { margin: 0; padding-inline-start: 1.4em; display: flex; flex-direction: column; gap: var(--ax-sp-xs); }
        .never { font-weight: 700; padding: var(--ax-sp-s) var(--ax-sp-m); border-radius: var(--ax-r-control); background: var(--ax-notice); color: var(--ax-on-notice); }
        "#
    );
    let hotline = |line: Hotline| hotline_link(line.number, i18n.text(line.label));
    let partner = app.visit.partner.map(|partner| {
        let mut args = FluentArgs::new();
        args.set("name", partner.name);
        hotline_link(
            partner.hotline,
            i18n.text_with("help-partner-hotline", &args),
        )
    });
    let step = |name: &str, call: Option<Html>| {
        path_step(
            i18n.text(&format!("help-step-{name}-title")),
            i18n.text(&format!("help-step-{name}-body")),
            call,
        )
    };
    html! {
        <div class={style}>
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
