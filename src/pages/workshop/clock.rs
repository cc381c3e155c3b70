//! The presenter's clock: the time used on the block on show against its planned minutes, for
//! the volunteer's eyes in the strip. Its own component, so its tick redraws only itself.

use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::platform::presenter::use_seconds;
use fluent_bundle::FluentArgs;

/// Properties of [`Clock`].
#[derive(Properties, PartialEq)]
pub(super) struct ClockProps {
    /// The block on show, by its index in the plan (the clock restarts when it changes).
    pub block: usize,
    /// Its planned minutes.
    pub planned: u8,
}

/// "3:12 / 约 8 分钟", turning to a warning colour once the block runs over its minutes.
#[function_component]
pub(super) fn Clock(props: &ClockProps) -> Html {
    let i18n = use_i18n();
    let seconds = use_seconds(props.block);
    let used = format!("{}:{:02}", seconds / 60, seconds % 60);
    let mut args = FluentArgs::new();
    args.set("used", used);
    args.set("minutes", props.planned);
    let over = seconds > u32::from(props.planned) * 60;
    html! {
        <span class={classes!("clock", over.then_some("over"))} data-testid="workshop-clock" role="timer">
            { i18n.text_with("workshop-clock", &args) }
        </span>
    }
}
