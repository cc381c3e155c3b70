//! Notices shown in the page, each with a button to put it away. Never a pop-up.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::i18n::Localizer;
use crate::state::notices::Notice;
use crate::state::{Action, AppHandle};

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

/// The app's current notices, announced politely to screen readers. The live region is always
/// in the page, so a notice that appears is announced; the frame styles `.notices`.
pub fn notices(app: &AppHandle, i18n: &Localizer) -> Html {
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for app.notices.iter().map(|notice| {
                let onclick = {
                    let app = app.clone();
                    let notice = notice.clone();
                    Callback::from(move |_: MouseEvent| app.dispatch(Action::Dismiss(notice.clone())))
                };
                html! {
                    <div class="notice">
                        <p>{ notice_text(i18n, notice) }</p>
                        <button type="button" {onclick}>{ i18n.text("notice-dismiss") }</button>
                    </div>
                }
            }) }
        </div>
    }
}
