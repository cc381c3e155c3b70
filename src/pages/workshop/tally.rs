//! A question asked to the room: the show-of-hands count per option, hidden until the reveal.
//! A count goes up a hand at a tap (held, it keeps counting), down a hand, or is typed; the
//! line above says how many are counted against how many came.

use super::presenter::Screen;
use super::*;
use crate::content::quiz::Question;
use crate::model::session::Session;
use crate::model::tally::NOT_SURE;
use crate::model::wrap::part;
use crate::platform::document::input_value;
use crate::platform::presenter::use_hold_to_repeat;
use crate::state::workshop::{question_part, QuestionPart, WorkshopAction, WorkshopHandle};
use fluent_bundle::FluentArgs;
use yew::prelude::*;

pub(super) fn tally(
    workshop: &WorkshopHandle,
    voices: Voices,
    session: &Session,
    question: &'static Question,
    screen: Screen,
) -> Html {
    let i18n = voices.first;
    let Some(tally) = session.tally(question.id) else {
        return Html::default();
    };
    let has_story = question.kind.has_story();
    let bars = tally.revealed();
    let why = || {
        let right = question
            .options
            .iter()
            .find(|choice| choice.correct)
            .map(|choice| choice.key);
        voices.block_with_testid("tally-why", "medium why", |i18n| {
            right
                .map(|key| i18n.text(&question.why_message(key)))
                .unwrap_or_default()
        })
    };
    let (with_story, small, with_why) =
        match question_part(has_story, bars.is_some(), screen.index, screen.count) {
            QuestionPart::Story(index, parts) => {
                return voices.block_with_testid("workshop-story", "big", |i18n| {
                    part(&i18n.text(&question.story_message()), index, parts).to_owned()
                });
            }
            QuestionPart::Question => {
                return voices.block_with_testid("workshop-question", "big", |i18n| {
                    i18n.text(&question.message())
                });
            }
            QuestionPart::Why => return why(),
            QuestionPart::Options { story, small, why } => (story, small, why),
        };
    let keys: Vec<&'static str> = tally.counts().iter().map(|(key, _)| *key).collect();
    let rows = keys.iter().enumerate().map(|(index, &key)| {
        let label = voices.inline(|i18n| option_text(i18n, question, key));
        let letter = if key == NOT_SURE { "?".to_owned() } else { char::from(b'A' + index as u8).to_string() };
        let hands = tally.hands(key);
        // Each control says which option it counts.
        let named = |id: &str| format!("{} · {}", i18n.text(id), option_text(i18n, question, key));
        let bar = bars.as_ref().and_then(|bars| bars.iter().find(|bar| bar.key == key).copied());
        let step = |add: bool| {
            let action = if add { WorkshopAction::Add } else { WorkshopAction::Remove };
            let workshop = workshop.clone();
            let action = action(question.id.into(), key.into());
            Callback::from(move |()| workshop.dispatch(action.clone()))
        };
        let typed = {
            let workshop = workshop.clone();
            Callback::from(move |event: InputEvent| {
                let value = input_value(&event).unwrap_or_default();
                if let Ok(hands) = value.trim().parse::<u32>() {
                    workshop.dispatch(WorkshopAction::Set(question.id.into(), key.into(), Some(hands)));
                }
            })
        };
        html! {
            <li class={classes!("option", bar.filter(|b| b.correct).map(|_| "correct"))} data-testid="tally-option" data-key={key}>
                <span class="letter" aria-hidden="true">{ letter }</span>
                <span class="text">{ label }</span>
                if let Some(bar) = bar {
                    <span class="bar" style={format!("inline-size: {}%", bar.percent)}></span>
                    <span class="count">{ voices.inline(|i18n| hands_text(i18n, bar.hands)) }</span>
                    if bar.correct { <span class="answer">{ "✓ " }{ voices.inline(|i18n| i18n.text("workshop-answer")) }</span> }
                } else {
                    <span class="buttons">
                        <RepeatButton testid="tally-remove" option={key} secondary=true
                            label={named("tally-remove")} text="−" onstep={step(false)} />
                        <input type="number" inputmode="numeric" min="0" max="999" class="typed"
                            data-testid="tally-set" data-key={key} aria-label={named("tally-set")}
                            value={hands.to_string()} oninput={typed} />
                        <RepeatButton testid="tally-add" option={key} secondary=false
                            label={named("tally-add")} text="+" onstep={step(true)} />
                    </span>
                }
            </li>
        }
    });
    let explanation = with_why.then(why);
    let mut counted = FluentArgs::new();
    counted.set("counted", tally.total());
    let counted_line = match session.headcount {
        Some(headcount) => {
            counted.set("headcount", headcount);
            i18n.text_with("tally-counted-of", &counted)
        }
        None => i18n.text_with("tally-counted", &counted),
    };
    html! {
        <>
            if with_story {
                { voices.block("medium", |i18n| i18n.text(&question.story_message())) }
            }
            { voices.block_with_testid("workshop-question", if small { "medium" } else { "big" }, |i18n| i18n.text(&question.message())) }
            if bars.is_none() {
                <p class="counted" data-testid="workshop-counted" aria-live="polite">{ counted_line }</p>
            }
            <ul class="tally" key={question.id}>{ for rows }</ul>
            { for explanation }
        </>
    }
}

/// "12 人" in `i18n`'s language.
fn hands_text(i18n: &Localizer, hands: u32) -> String {
    let mut count = FluentArgs::new();
    count.set("count", hands);
    i18n.text_with("tally-hands", &count)
}

/// Properties of [`RepeatButton`].
#[derive(Properties, PartialEq)]
struct RepeatButtonProps {
    /// Its test hook.
    testid: &'static str,
    /// The option it counts (its `data-key`).
    option: &'static str,
    /// Whether it is the quieter of the two.
    secondary: bool,
    /// What a screen reader says.
    label: String,
    /// What it shows.
    text: &'static str,
    /// One step (a hand more or fewer).
    onstep: Callback<()>,
}

/// A − or + that steps once per tap, and keeps stepping while held, so thirty hands are one
/// press.
#[function_component]
fn RepeatButton(props: &RepeatButtonProps) -> Html {
    let hold = use_hold_to_repeat(props.onstep.clone());
    let class = classes!("ax-button", props.secondary.then_some("secondary"));
    html! {
        <button type="button" {class} data-testid={props.testid} data-key={props.option}
            aria-label={props.label.clone()} onclick={hold.click} onpointerdown={hold.start}
            onpointerup={hold.stop.clone()} onpointerleave={hold.stop.clone()} onpointercancel={hold.stop}>
            { props.text }
        </button>
    }
}
