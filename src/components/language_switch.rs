//! The language switch: every language named in its own script, one tap to change.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::icon::{Icon, IconKind};
use crate::i18n::use_i18n;
use crate::model::locale::Locale;
use crate::theme::{font_stack, use_theme, Theme};

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
}

/// A labelled group of one button per language.
#[styled_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let p = &theme.palette;
    let style = css!(
        r#"
        .label { display: flex; align-items: center; gap: ${s}; font-weight: 700; margin-block-end: ${s}; }
        .label svg { width: 1.3em; height: 1.3em; flex: none; }
        .options { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: ${s}; }
        @media (min-width: 600px) { .options { grid-template-columns: repeat(4, minmax(0, 1fr)); } }
        button {
            min-height: ${target}; min-width: ${target};
            padding: ${xs} ${s};
            border: 2px solid ${border}; border-radius: ${radius};
            background: ${surface}; color: ${text};
            font-size: ${size}; font-weight: 600; line-height: 1.5;
            cursor: pointer;
        }
        button[aria-pressed="true"] { background: ${primary}; border-color: ${primary}; color: ${on_primary}; }
        button[aria-busy="true"] { border-style: dashed; }
        .status { margin-block-start: ${xs}; color: ${muted}; font-size: ${small}; }
        "#,
        s = Theme::rem(theme.space.s),
        xs = Theme::rem(theme.space.xs),
        target = Theme::rem(theme.target),
        border = p.border,
        radius = Theme::rem(theme.radius.control),
        surface = p.surface,
        text = p.text,
        size = Theme::rem(theme.type_scale.body),
        primary = p.primary,
        on_primary = p.on_primary,
        muted = p.text_muted,
        small = Theme::rem(theme.type_scale.small),
    );
    let pending_status = props.pending.map(|locale| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("language", locale.autonym());
        i18n.text_with("notice-language-loading", &args)
    });
    html! {
        <div class={style}>
            <p class="label" id="lang-switch-label">
                <Icon kind={IconKind::Globe} />
                { i18n.text("lang-switch-label") }
            </p>
            <div class="options" role="group" aria-labelledby="lang-switch-label" data-testid="lang-switch">
                { for Locale::ALL.into_iter().map(|locale| {
                    let onclick = props.on_choose.reform(move |_: MouseEvent| locale);
                    let font = css!("font-family: ${f};", f = font_stack(locale));
                    html! {
                        <button type="button" lang={locale.tag()} dir={locale.direction().as_str()}
                            data-lang={locale.tag()} class={font}
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
