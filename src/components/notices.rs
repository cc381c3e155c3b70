//! Notices shown in the page, each with a button to put it away. Never a pop-up. A plain
//! function, not a component (every component costs download size): its markup is styled by
//! the theme's shared `ax-notices` and `ax-notice` classes.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::text_on_device;
use crate::i18n::Localizer;
use crate::model::device::Device;
use crate::model::locale::Locale;
use crate::state::notices::{Notice, Notices};

fn notice_text(i18n: &Localizer, notice: &Notice, device: Device, not_ready: &[Locale]) -> String {
    match notice {
        Notice::LanguageFailed(locale) => {
            let mut args = FluentArgs::new();
            args.set("language", locale.autonym());
            let id = if not_ready.contains(locale) {
                "notice-language-not-ready"
            } else {
                "notice-language-failed"
            };
            i18n.text_with(id, &args)
        }
        Notice::LinkLanguage => i18n.text("notice-link-language"),
        Notice::LinkView => i18n.text("notice-link-view"),
        Notice::SavedUnreadable => i18n.text("notice-saved-unreadable"),
        Notice::ContentFailed => i18n.text("notice-content-failed"),
        Notice::DataCleared => i18n.text("settings-cleared"),
        Notice::StorageRefused => text_on_device(i18n, "settings-storage-unavailable", device),
    }
}

/// `notices`, announced politely to screen readers, each put away with `on_dismiss`, naming
/// `device` where they say where data is kept; a language in `not_ready` (not prepared for
/// offline use, with no network) is said to be so. The live region is always in the page, so a
/// notice that appears is announced.
pub fn notices(
    notices: &Notices,
    on_dismiss: &Callback<Notice>,
    i18n: &Localizer,
    device: Device,
    not_ready: &[Locale],
) -> Html {
    html! {
        <div class="ax-notices" role="status" aria-live="polite">
            { for notices.iter().map(|notice| {
                let onclick = {
                    let notice = notice.clone();
                    on_dismiss.reform(move |_: MouseEvent| notice.clone())
                };
                html! {
                    <div class="ax-notice">
                        <p>{ notice_text(i18n, notice, device, not_ready) }</p>
                        <button type="button" {onclick}>{ i18n.text("notice-dismiss") }</button>
                    </div>
                }
            }) }
        </div>
    }
}
