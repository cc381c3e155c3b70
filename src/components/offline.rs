//! Offline use as the person sees it: "get ready for offline" (the languages, the size, the
//! progress, what is ready and since when, whether the browser keeps it), or where this browser
//! cannot keep the app, how to open it in one that can; and the calm line that says a new
//! version is ready, with its button.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::i18n::Localizer;
use crate::model::offline::megabytes;
use crate::state::offline::{OfflineAction, Support};
use crate::state::AppHandle;
use crate::theme::styles::{OFFLINE, UPDATE_LINE};

/// "Get ready for offline", with what is ready; or why this browser cannot, and what to do.
/// `for_workshop`: as a step of a workshop's preparation (under its heading), with every
/// language chosen to start with (a room may need any of them), not only the one in use. A
/// plain function, not a component: it holds no state of its own, and each component costs
/// download size.
pub fn offline_panel(app: &AppHandle, i18n: &Localizer, for_workshop: bool) -> Html {
    let offline = &app.offline;
    let default = if for_workshop {
        app.offered_locales()
    } else {
        vec![app.effective.locale]
    };
    let choice = offline.choice(&default);
    let body = match offline.support {
        Support::Unknown => Html::default(),
        Support::Missing { wechat } => {
            let id = if wechat {
                "offline-unsupported-wechat"
            } else {
                "offline-unsupported"
            };
            html! { <p data-testid="offline-unsupported">{ i18n.text(id) }</p> }
        }
        Support::Worker => {
            let chips = app.offered_locales().into_iter().map(|locale| {
                let app = app.clone();
                let current = choice.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    app.dispatch(OfflineAction::Toggle {
                        locale,
                        current: current.clone(),
                    })
                });
                html! {
                    <button type="button" class="ax-chip" lang={locale.tag()} dir={locale.direction().as_str()}
                        aria-pressed={choice.contains(&locale).to_string()}
                        data-testid="offline-language" data-lang={locale.tag()} {onclick}>
                        { locale.autonym() }
                    </button>
                }
            });
            let size = offline.download_size(&choice).filter(|_| !choice.is_empty()).map(|bytes| {
                let mut args = FluentArgs::new();
                args.set("size", megabytes(bytes));
                html! { <p data-testid="offline-size">{ i18n.text_with("offline-size", &args) }</p> }
            });
            let on_prepare = {
                let app = app.clone();
                let choice = choice.clone();
                Callback::from(move |_: MouseEvent| {
                    app.dispatch(OfflineAction::Prepare(choice.clone()))
                })
            };
            let progress = offline.progress.map(|percent| {
                let mut args = FluentArgs::new();
                // As text: a number would bring Fluent's float formatting into the wasm.
                args.set("percent", percent.to_string());
                html! {
                    <p class="progress" role="status" data-testid="offline-progress">
                        <span>{ i18n.text_with("offline-progress", &args) }</span>
                        <progress max="100" value={percent.to_string()} aria-hidden="true"></progress>
                    </p>
                }
            });
            let ready = offline.status.as_ref().filter(|s| !s.ready.is_empty()).map(|status| {
                let names: Vec<&str> = status.ready.iter().map(|l| l.autonym()).collect();
                let mut args = FluentArgs::new();
                args.set("languages", names.join(" · "));
                args.set("date", status.date.clone());
                args.set("version", status.version.clone());
                let kept = offline.persisted.map(|kept| {
                    i18n.text(if kept { "offline-kept" } else { "offline-not-kept" })
                });
                let all_ready = offline.is_ready(&choice);
                html! {
                    <div class="ready" role="status" data-testid={all_ready.then_some("offline-ready")}
                        data-languages={status.ready.iter().map(|l| l.tag()).collect::<Vec<_>>().join(" ")}>
                        <p>{ i18n.text_with("offline-ready", &args) }</p>
                        if let Some(kept) = kept {
                            <p class="muted" data-testid="offline-kept">{ kept }</p>
                        }
                    </div>
                }
            });
            let missed = offline
                .status
                .as_ref()
                .is_some_and(|s| s.missed.iter().any(|l| !s.ready.contains(l)));
            html! {
                <>
                    if offline.offline_now {
                        <p class="muted" data-testid="offline-now">{ i18n.text("offline-now") }</p>
                    }
                    if missed && offline.chosen.is_none() {
                        <p data-testid="offline-missed">{ i18n.text("offline-missed") }</p>
                    }
                    <div class="languages" role="group" aria-label={i18n.text("offline-languages")}>
                        { for chips }
                    </div>
                    { for size }
                    <button type="button" class="ax-button" data-testid="offline-prepare"
                        disabled={offline.progress.is_some() || choice.is_empty()} onclick={on_prepare}>
                        { i18n.text("offline-prepare") }
                    </button>
                    { for progress }
                    if let Some(space) = offline.failed {
                        <p role="alert" data-testid="offline-failed">
                            { i18n.text(if space { "offline-failed-space" } else { "offline-failed" }) }
                        </p>
                    }
                    { for ready }
                </>
            }
        }
    };
    let install = offline.install_offered.then(|| {
        let app = app.clone();
        let onclick = Callback::from(move |_: MouseEvent| app.dispatch(OfflineAction::Install));
        html! {
            <div class="install">
                <p>{ i18n.text("install-hint") }</p>
                <button type="button" class="ax-button secondary" data-testid="install-app" {onclick}>
                    { i18n.text("install-button") }
                </button>
            </div>
        }
    });
    html! {
        <section class={OFFLINE} data-testid="offline">
            if for_workshop {
                <h3>{ i18n.text("offline-title") }</h3>
            } else {
                <h2>{ i18n.text("offline-title") }</h2>
            }
            <p class="muted">{ i18n.text("offline-desc") }</p>
            { body }
            { for install }
        </section>
    }
}

/// The line that says a new version is ready, with the button that takes it (the page reloads
/// once it has). Shown only when nothing is in progress: the caller leaves it out during a quiz
/// round or a workshop session.
pub fn update_line(app: &AppHandle, i18n: &Localizer) -> Html {
    if !app.offline.update_ready {
        return Html::default();
    }
    let onclick = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(OfflineAction::Update))
    };
    html! {
        <p class={UPDATE_LINE} role="status" data-testid="update-ready">
            <span>{ i18n.text("update-ready") }</span>
            <button type="button" class="ax-button secondary" data-testid="update-apply"
                disabled={app.offline.update_requested} {onclick}>
                { i18n.text("update-apply") }
            </button>
        </p>
    }
}
