//! An on/off switch that says its state in words as well as by its look.

use yew::prelude::*;

use super::icon::{icon, IconKind};
use crate::i18n::use_i18n;
use crate::theme::styles::TOGGLE_SWITCH;

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
#[function_component]
pub fn ToggleSwitch(props: &ToggleSwitchProps) -> Html {
    let i18n = use_i18n();
    let on = props.on;
    let onclick = props.on_toggle.reform(move |_: MouseEvent| !on);
    let state = i18n.text(if on { "switch-on" } else { "switch-off" });
    html! {
        <button type="button" role="switch"
            class={classes!(TOGGLE_SWITCH, props.prominent.then_some("prominent"))} aria-checked={on.to_string()}
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
