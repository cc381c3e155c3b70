//! Notices shown in the page, each with a button to put it away. Never a pop-up.

use fluent_bundle::FluentArgs;
use stylist::yew::styled_component;
use yew::prelude::*;

use crate::i18n::{use_i18n, Localizer};
use crate::state::notices::{Notice, Notices as Shown};

fn notice_text(i18n: &Localizer, notice: &Notice) -> String {
    match notice {
        Notice::LanguageFailed(locale) => {
            let mut args = FluentArgs::new();
            args.set("language", locale.autonym());
            i18n.text_with("notice-language-failed", &args)
        }
        Notice::LinkLanguage => i18n.text("notice-link-language"),
        Notice::LinkView => i18n.text("notice-link-view"),
        Notice::SavedUnreadable => i18n.text("notice-saved-unreadable"),
        Notice::ContentFailed => i18n.text("notice-content-failed"),
        Notice::DataCleared => i18n.text("settings-cleared"),
        Notice::StorageRefused => i18n.text("settings-storage-unavailable"),
    }
}

/// Properties of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// The notices to show, oldest first.
    pub notices: Shown,
    /// Called with the notice the person put away.
    pub on_dismiss: Callback<Notice>,
}

/// The notices, announced politely to screen readers. The live region is always in the page,
/// so a notice that appears is announced.
#[styled_component]
pub fn Notices(props: &NoticesProps) -> Html {
    let i18n = use_i18n();
    let style = css!(
        r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-s);
        .notice {
            display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s);
            padding: var(--ax-sp-s) var(--ax-sp-m); border-radius: var(--ax-r-control);
            background: var(--ax-notice); color: var(--ax-on-notice);
        }
        .notice p { flex: 1 1 12em; }
        .notice button {
            min-height: var(--ax-target); min-width: var(--ax-target); padding: 0 var(--ax-sp-m);
            border: 2px solid var(--ax-on-notice); border-radius: var(--ax-r-control);
            background: transparent; font-weight: 700; cursor: pointer;
        }
        "#
    );
    html! {
        <div class={style} role="status" aria-live="polite">
            { for props.notices.iter().map(|notice| {
                let onclick = {
                    let on_dismiss = props.on_dismiss.clone();
                    let notice = notice.clone();
                    Callback::from(move |_: MouseEvent| on_dismiss.emit(notice.clone()))
                };
                html! {
                    <div class="notice">
                        <p>{ notice_text(&i18n, notice) }</p>
                        <button type="button" {onclick}>{ i18n.text("notice-dismiss") }</button>
                    </div>
                }
            }) }
        </div>
    }
}
