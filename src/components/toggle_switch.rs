//! An on/off switch that says its state in words as well as by its look.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::icon::{Icon, IconKind};
use crate::i18n::use_i18n;
use crate::theme::{use_theme, Theme};

/// Properties of [`ToggleSwitch`].
#[derive(Properties, PartialEq)]
pub struct ToggleSwitchProps {
    /// What the switch turns on.
    pub label: AttrValue,
    /// One line on what that means.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Whether it is on.
    pub on: bool,
    /// Called with the new state when tapped.
    pub on_toggle: Callback<bool>,
    /// The `data-testid` hook, if any.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// An icon before the label.
    #[prop_or_default]
    pub icon: Option<IconKind>,
    /// Drawn as a primary control (the 长辈版 switch on the first screen).
    #[prop_or_default]
    pub prominent: bool,
}

/// A full-width switch button (`role="switch"`).
#[styled_component]
pub fn ToggleSwitch(props: &ToggleSwitchProps) -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let p = &theme.palette;
    let t = &theme.type_scale;
    let label_size = if props.prominent { t.button } else { t.body };
    let style = css!(
        r#"
        display: flex; align-items: center; gap: ${m};
        inline-size: 100%; min-height: ${target};
        padding: ${s} ${m};
        border: ${border_width} solid ${border}; border-radius: ${radius};
        background: ${surface}; color: ${text};
        text-align: start; cursor: pointer;
        .icon { inline-size: 1.6em; block-size: 1.6em; flex: none; color: ${primary}; }
        .words { flex: 1; display: flex; flex-direction: column; }
        .label { font-size: ${label_size}; font-weight: 700; line-height: 1.3; }
        .hint { font-size: ${small}; color: ${muted}; }
        .state { display: flex; align-items: center; gap: ${s}; flex: none; font-size: ${small}; font-weight: 700; }
        .track {
            inline-size: 3.2em; block-size: 1.8em; border-radius: 1em; flex: none;
            background: ${muted}; position: relative;
        }
        .thumb {
            position: absolute; inset-block-start: 0.2em; inset-inline-start: 0.2em;
            inline-size: 1.4em; block-size: 1.4em; border-radius: 50%; background: ${surface};
        }
        &[aria-checked="true"] .track { background: ${primary}; }
        &[aria-checked="true"] .thumb { inset-inline-start: 1.6em; }
        "#,
        m = Theme::rem(theme.space.m),
        s = Theme::rem(theme.space.s),
        target = Theme::rem(theme.target),
        border_width = if props.prominent { "3px" } else { "2px" },
        border = if props.prominent { p.primary } else { p.border },
        radius = Theme::rem(theme.radius.card),
        surface = p.surface,
        text = p.text,
        primary = p.primary,
        label_size = Theme::rem(label_size),
        small = Theme::rem(t.small),
        muted = p.text_muted,
    );
    let on = props.on;
    let onclick = props.on_toggle.reform(move |_: MouseEvent| !on);
    let state = i18n.text(if on { "switch-on" } else { "switch-off" });
    html! {
        <button type="button" role="switch" class={style} aria-checked={on.to_string()}
            data-testid={props.testid.clone()} {onclick}>
            { for props.icon.map(|kind| html! { <Icon {kind} class="icon" /> }) }
            <span class="words">
                <span class="label">{ props.label.clone() }</span>
                { for props.hint.clone().map(|hint| html! { <span class="hint">{ hint }</span> }) }
            </span>
            <span class="state" aria-hidden="true">
                { state }
                <span class="track"><span class="thumb"></span></span>
            </span>
        </button>
    }
}
