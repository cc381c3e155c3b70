//! The certificate for finishing every quiz topic: progress towards it, then an image made on
//! the device with an optional name that never leaves it.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::text_on_device;
use crate::content::quiz::TOPICS;
use crate::i18n::use_i18n;
use crate::model::wrap::name_to_show;
use crate::platform::certificate::{draw, CertificateText};
use crate::platform::document::input_value;
use crate::state::use_app;
use crate::theme::styles::CERTIFICATE;

/// Longest name accepted on the certificate, in characters.
const MAX_NAME: usize = 20;

/// Progress towards the certificate, and the certificate once earned.
#[function_component]
pub fn Certificate() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let name = use_state(String::new);
    let image = use_state(|| None::<Option<String>>);
    let done = TOPICS
        .iter()
        .filter(|t| app.saved.progress.is_done(t.id))
        .count();
    let mut counts = FluentArgs::new();
    counts.set("done", done);
    counts.set("total", TOPICS.len());
    let on_input = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = input_value(&event) {
                name.set(value.chars().take(MAX_NAME).collect());
            }
        })
    };
    let on_make = {
        let image = image.clone();
        let name = name.clone();
        let i18n = i18n.clone();
        let (year, month, day) = app.visit.today.to_date();
        Callback::from(move |_: MouseEvent| {
            let mut total = FluentArgs::new();
            total.set("total", TOPICS.len());
            let mut date = FluentArgs::new();
            date.set("year", year);
            date.set("month", month);
            date.set("day", day);
            let text = CertificateText {
                heading: i18n.text("cert-heading"),
                name: name_to_show(&name)
                    .map(str::to_owned)
                    .unwrap_or_else(|| i18n.text("cert-anonymous")),
                body: i18n.text_with("cert-body", &total),
                date: i18n.text_with("cert-date", &date),
                brand: i18n.text("app-name"),
            };
            image.set(Some(draw(&text, i18n.locale())));
        })
    };
    html! {
        <section class={classes!("ax-card", CERTIFICATE)} data-testid="quiz-certificate">
            <h2>{ i18n.text("cert-title") }</h2>
            <p>{ i18n.text_with("cert-progress", &counts) }</p>
            <progress max={TOPICS.len().to_string()} value={done.to_string()} aria-hidden="true"></progress>
            if done < TOPICS.len() {
                <p class="muted">{ i18n.text("cert-locked") }</p>
            } else {
                <label for="cert-name">{ i18n.text("cert-name-label") }</label>
                <input id="cert-name" type="text" autocomplete="off" maxlength={MAX_NAME.to_string()}
                    value={(*name).clone()} oninput={on_input} />
                <p class="muted">{ text_on_device(&i18n, "cert-name-hint", app.visit.device) }</p>
                <div>
                    <button type="button" class="ax-button" data-testid="cert-make" onclick={on_make}>
                        { i18n.text("cert-make") }
                    </button>
                </div>
                { match &*image {
                    Some(Some(url)) => html! {
                        <>
                            <img src={url.clone()} alt={i18n.text("cert-image-alt")} data-testid="cert-image" />
                            <p>{ i18n.text("cert-save-hint") }</p>
                            <div>
                                <a class="ax-button secondary" href={url.clone()} download="anxin-certificate.png">
                                    { i18n.text("cert-download") }
                                </a>
                            </div>
                        </>
                    },
                    Some(None) => html! { <p role="status">{ i18n.text("cert-failed") }</p> },
                    None => Html::default(),
                } }
            }
        </section>
    }
}
