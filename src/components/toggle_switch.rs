//! An on/off switch that says its state in words as well as by its look.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::icon::{icon, IconKind};
use crate::i18n::use_i18n;

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
    let style = css!(
        r#"
        display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s) var(--ax-sp-m);
        inline-size: 100%; min-height: var(--ax-target);
        padding: var(--ax-sp-s) var(--ax-sp-m);
        border: 2px solid var(--ax-border); border-radius: var(--ax-r-card);
        background: var(--ax-surface); color: var(--ax-text);
        text-align: start; cursor: pointer;
        &.prominent { border: 3px solid var(--ax-primary); }
        .icon { display: inline-flex; inline-size: 1.6em; block-size: 1.6em; flex: none; color: var(--ax-primary); }
        .icon svg { inline-size: 100%; block-size: 100%; }
        .words { flex: 1 1 6em; display: flex; flex-direction: column; }
        .label { font-size: var(--ax-fs-body); font-weight: 700; line-height: var(--ax-lh-heading); }
        &.prominent .label { font-size: var(--ax-fs-button); }
        .hint { font-size: var(--ax-fs-small); color: var(--ax-muted); }
        .state { display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s); flex: 0 1 auto; min-inline-size: 0; font-size: var(--ax-fs-small); font-weight: 700; }
        .track {
            inline-size: 3.2em; block-size: 1.8em; border-radius: 1em; flex: none;
            background: var(--ax-muted); position: relative;
        }
        .thumb {
            position: absolute; inset-block-start: 0.2em; inset-inline-start: 0.2em;
            inline-size: 1.4em; block-size: 1.4em; border-radius: 50%; background: var(--ax-surface);
        }
        &[aria-checked="true"] .track { background: var(--ax-primary); }
        &[aria-checked="true"] .thumb { inset-inline-start: 1.6em; }
        "#
    );
    let on = props.on;
    let onclick = props.on_toggle.reform(move |_: MouseEvent| !on);
    let state = i18n.text(if on { "switch-on" } else { "switch-off" });
    html! {
        <button type="button" role="switch"
            class={classes!(style, props.prominent.then_some("prominent"))} aria-checked={on.to_string()}
            data-testid={props.testid.clone()} {onclick}>
            { for props.icon.map(|kind| html! { <span class="icon">{ icon(kind) }</span> }) }
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
