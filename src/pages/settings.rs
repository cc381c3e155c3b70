//! Settings: language, 长辈版, plain speech, offline use (not in a partner's frame: the host
//! owns that page), workshop mode, and erasing what is saved on the device.

use yew::prelude::*;

use super::{app_only, page_title};
use crate::components::icon::IconKind;
use crate::components::language_switch::{language_links, LanguageSwitch};
use crate::components::offline::offline_panel;
use crate::components::text_on_device;
use crate::components::toggle_switch::ToggleSwitch;
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::state::language::LanguageAction;
use crate::state::saved::SavedAction;
use crate::state::use_app;
use crate::theme::styles::SETTINGS;

/// The settings screen.
#[function_component]
pub fn Settings() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let confirming = use_state(|| false);
    let dispatch = |make: fn(bool) -> SavedAction| {
        let app = app.clone();
        Callback::from(move |on| app.dispatch(make(on)))
    };
    let on_choose = {
        let app = app.clone();
        Callback::from(move |locale| app.dispatch(LanguageAction::Choose(locale)))
    };
    let set_confirming = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let on_clear = {
        let app = app.clone();
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            app.dispatch(SavedAction::ClearData);
        })
    };
    html! {
        <div class={SETTINGS}>
            { page_title(&i18n, "settings-title") }
            { language_links(app.effective.locale, &app.view, &i18n) }
            { app_only(&i18n, html! { <>
            <section>
                <LanguageSwitch current={app.effective.locale}
                    pending={app.language.pending.map(|p| p.locale)} {on_choose}
                        offered={app.offered_locales()} />
                if !app.effective.locale.is_reviewed() {
                    <p class="muted" data-testid="translation-draft">{ i18n.text("settings-translation-draft") }</p>
                }
            </section>
            <section>
                <ToggleSwitch label={i18n.text("elder-toggle-label")}
                    hint={i18n.text("settings-elder-desc")} on={app.effective.elder}
                    on_toggle={dispatch(SavedAction::SetElder)} testid="elder-toggle"
                    icon={IconKind::TextSize} />
            </section>
            if app.effective.locale.has_plain_register() {
                <section>
                    <ToggleSwitch label={i18n.text("settings-plain")}
                        hint={i18n.text("settings-plain-desc")} on={app.effective.plain}
                        on_toggle={dispatch(SavedAction::SetPlain)} testid="plain-toggle" />
                </section>
            }
            if app.embed.mode.is_none() {
                { offline_panel(&app, &i18n, false) }
            }
            <section>
                <h2>{ i18n.text("workshop-open") }</h2>
                <p class="muted">{ i18n.text("workshop-open-desc") }</p>
                // The workshop's wasm carries these screens: a plain link loads their page.
                <a class="ax-button secondary" href={app.href_for(&View::Workshop)}
                    data-testid="workshop-open">{ i18n.text("workshop-open") }</a>
            </section>
            <section>
                <h2>{ i18n.text("handouts-title") }</h2>
                <a class="ax-button secondary" href={app.href_for(&View::Handouts)}
                    data-testid="handouts-open">{ i18n.text("handouts-title") }</a>
            </section>
            <section>
                <h2>{ i18n.text("settings-clear") }</h2>
                <p class="muted">{ text_on_device(&i18n, "settings-clear-desc", app.visit.device) }</p>
                if !app.storage.available {
                    <p class="muted">{ text_on_device(&i18n, "settings-storage-unavailable", app.visit.device) }</p>
                }
                <div class="actions">
                    if *confirming {
                        <button type="button" class="confirm" data-testid="clear-confirm" onclick={on_clear}>
                            { i18n.text("settings-clear-confirm") }
                        </button>
                        <button type="button" onclick={set_confirming(false)}>
                            { i18n.text("settings-clear-cancel") }
                        </button>
                    } else {
                        <button type="button" data-testid="clear-data" onclick={set_confirming(true)}>
                            { i18n.text("settings-clear") }
                        </button>
                    }
                </div>
            </section>
            </> }) }
        </div>
    }
}
