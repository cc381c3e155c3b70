//! "Spot the red flags": a case's conversation as chat bubbles, SMS or a call transcript. The
//! person taps each line they find suspicious (toggle buttons with a pressed state), then
//! checks: each red flag found is explained, each one missed is pointed out, each false alarm
//! gently explained. Practising the technique before meeting it (prebunking).

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::icon::{icon, IconKind};
use crate::content::cases::{Case, Channel, Speaker, Spotting};
use crate::i18n::use_i18n;
use crate::platform::document::focus;
use crate::theme::styles::RED_FLAG_SPOTTER;

/// Properties of [`RedFlagSpotter`].
#[derive(Properties, PartialEq)]
pub struct RedFlagSpotterProps {
    /// The case whose conversation is practised.
    pub case: &'static Case,
    /// Called when the person checks their answers.
    #[prop_or_default]
    pub on_checked: Callback<()>,
}

/// The exercise for one case.
#[function_component]
pub fn RedFlagSpotter(props: &RedFlagSpotterProps) -> Html {
    let i18n = use_i18n();
    let tapped = use_state(Vec::<usize>::new);
    let checked = use_state(|| false);
    let result_ref = use_node_ref();
    let case = props.case;
    let spotting = Spotting::score(case.conversation, &tapped);
    let toggle = |index: usize| {
        let tapped = tapped.clone();
        Callback::from(move |_: MouseEvent| {
            let mut lines = (*tapped).clone();
            if lines.contains(&index) {
                lines.retain(|i| *i != index);
            } else {
                lines.push(index);
            }
            tapped.set(lines);
        })
    };
    let on_check = {
        let checked = checked.clone();
        let on_checked = props.on_checked.clone();
        Callback::from(move |_: MouseEvent| {
            checked.set(true);
            on_checked.emit(());
        })
    };
    let on_retry = {
        let checked = checked.clone();
        let tapped = tapped.clone();
        Callback::from(move |_: MouseEvent| {
            tapped.set(Vec::new());
            checked.set(false);
        })
    };
    {
        let result_ref = result_ref.clone();
        use_effect_with(*checked, move |checked| {
            if *checked {
                focus(&result_ref);
            }
        });
    }
    let (channel_icon, channel_label) = match case.channel {
        Channel::Chat => (IconKind::Warning, "spot-channel-chat"),
        Channel::Sms => (IconKind::Warning, "spot-channel-sms"),
        Channel::Call => (IconKind::Phone, "spot-channel-call"),
    };
    let lines = case.conversation.iter().enumerate().map(|(index, line)| {
        let text = i18n.text(&case.line_message(index));
        if line.speaker == Speaker::Me {
            return html! {
                <li class="line me"><p class="bubble">{ text }</p></li>
            };
        }
        let pressed = tapped.contains(&index);
        let verdict = checked.then(|| match (line.red_flag, pressed) {
            (true, true) => ("flag", "spot-found"),
            (true, false) => ("flag", "spot-missed"),
            (false, true) => ("", "spot-false-alarm"),
            (false, false) => ("", "spot-harmless"),
        });
        html! {
            <li class="line them">
                <button type="button" class="bubble" aria-pressed={pressed.to_string()} disabled={*checked}
                    data-testid="flag-line" data-index={index.to_string()} onclick={toggle(index)}>
                    <span class="mark" aria-hidden="true">{ pressed.then(|| icon(IconKind::Warning)) }</span>
                    <span>{ text }</span>
                </button>
                if let Some((class, label)) = verdict {
                    <p class={classes!("verdict", class)}>{ i18n.text(label) }</p>
                    <p class="why">{ i18n.text(&case.line_why(index)) }</p>
                }
            </li>
        }
    });
    let total = case.conversation.iter().filter(|l| l.red_flag).count();
    let mut counts = FluentArgs::new();
    counts.set("found", spotting.found.len());
    counts.set("total", total);
    counts.set("alarms", spotting.false_alarms.len());
    html! {
        <div class={RED_FLAG_SPOTTER} data-testid="flag-exercise">
            <p>{ i18n.text("spot-intro") }</p>
            <p class="channel">{ icon(channel_icon) }{ i18n.text(channel_label) }</p>
            <ul class="phone">{ for lines }</ul>
            <div role="status">
                if *checked {
                    <p class="summary" ref={result_ref} tabindex="-1" data-testid="flag-result">
                        { i18n.text_with("spot-summary", &counts) }
                    </p>
                    <p>{ i18n.text(if spotting.is_perfect() { "spot-perfect" } else { "spot-keep-going" }) }</p>
                }
            </div>
            <div class="actions">
                if *checked {
                    <button type="button" class="ax-button secondary" data-testid="flag-retry" onclick={on_retry}>
                        { i18n.text("spot-retry") }
                    </button>
                } else {
                    <button type="button" class="ax-button" data-testid="flag-check" onclick={on_check}>
                        { i18n.text("spot-check") }
                    </button>
                }
            </div>
        </div>
    }
}
