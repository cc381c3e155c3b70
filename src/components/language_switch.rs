//! The language switch: every language named in its own script, one tap to change.

use yew::prelude::*;

use super::icon::{icon, IconKind};
use crate::i18n::{use_i18n, Localizer};
use crate::model::link::page_path;
use crate::model::locale::Locale;
use crate::model::view::View;
use crate::theme::styles::LANGUAGE_SWITCH;

/// Properties of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The language shown now.
    pub current: Locale,
    /// A language being fetched, if any.
    #[prop_or_default]
    pub pending: Option<Locale>,
    /// Called with the language the person picks.
    pub on_choose: Callback<Locale>,
    /// The languages to offer (a partner may offer fewer).
    #[prop_or(Locale::ALL.to_vec())]
    pub offered: Vec<Locale>,
}

/// A labelled group of one button per language.
#[function_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let i18n = use_i18n();
    let pending_status = props.pending.map(|locale| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("language", locale.autonym());
        i18n.text_with("notice-language-loading", &args)
    });
    html! {
        <div class={LANGUAGE_SWITCH}>
            <p class="label" id="lang-switch-label">
                { icon(IconKind::Globe) }
                { i18n.text("lang-switch-label") }
            </p>
            <div class="options" role="group" aria-labelledby="lang-switch-label" data-testid="lang-switch">
                { for props.offered.iter().copied().map(|locale| {
                    let onclick = props.on_choose.reform(move |_: MouseEvent| locale);
                    html! {
                        <button type="button" lang={locale.tag()} dir={locale.direction().as_str()}
                            data-lang={locale.tag()}
                            aria-pressed={(props.current == locale).to_string()}
                            aria-busy={(props.pending == Some(locale)).then_some("true")}
                            {onclick}>
                            { locale.autonym() }
                        </button>
                    }
                }) }
            </div>
            <p class="status" role="status">{ pending_status }</p>
        </div>
    }
}

/// The other languages' pages of the screen shown, as plain links: how a person switches
/// language on a page read without the app (shown only then, with the `ax-needs-app` notes).
pub fn language_links(current: Locale, view: &View, i18n: &Localizer) -> Html {
    html! {
        <p class="ax-needs-app" data-testid="lang-links">
            { i18n.text("lang-switch-label") }
            { for Locale::ALL.into_iter().filter(|locale| *locale != current).map(|locale| html! {
                <>
                    { " · " }
                    <a href={page_path(locale, view)} lang={locale.tag()} dir={locale.direction().as_str()}
                        data-lang={locale.tag()}>
                        { locale.autonym() }
                    </a>
                </>
            }) }
        </p>
    }
}
