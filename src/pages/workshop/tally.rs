//! A question asked to the room: the show-of-hands count per option, hidden until the reveal.

use super::*;
use crate::content::quiz::Question;
use crate::model::session::Session;
use crate::model::tally::NOT_SURE;
use crate::state::workshop::{WorkshopAction, WorkshopHandle};
use fluent_bundle::FluentArgs;
use yew::prelude::*;

pub(super) fn tally(
    workshop: &WorkshopHandle,
    voices: Voices,
    session: &Session,
    question: &'static Question,
) -> Html {
    let i18n = voices.first;
    let Some(tally) = session.tally(question.id) else {
        return Html::default();
    };
    let bars = tally.revealed();
    let keys: Vec<&'static str> = tally.counts().iter().map(|(key, _)| *key).collect();
    let rows = keys.iter().enumerate().map(|(index, &key)| {
        let label = voices.inline(|i18n| option_text(i18n, question, key));
        let letter = if key == NOT_SURE { "?".to_owned() } else { char::from(b'A' + index as u8).to_string() };
        let hands = tally.hands(key);
        let mut count = FluentArgs::new();
        count.set("count", hands);
        let bar = bars.as_ref().and_then(|bars| bars.iter().find(|bar| bar.key == key).copied());
        let change = |add: bool| {
            let action = if add { WorkshopAction::Add } else { WorkshopAction::Remove };
            send(workshop, action(question.id.into(), key.into()))
        };
        html! {
            <li class={classes!("option", bar.filter(|b| b.correct).map(|_| "correct"))} data-testid="tally-option" data-key={key}>
                <span class="letter" aria-hidden="true">{ letter }</span>
                <span class="text">{ label }</span>
                if let Some(bar) = bar {
                    <span class="bar" style={format!("inline-size: {}%", bar.percent)}></span>
                    <span class="count">{ i18n.text_with("tally-hands", &count) }</span>
                    if bar.correct { <span class="answer">{ "✓ " }{ i18n.text("workshop-answer") }</span> }
                } else {
                    <span class="buttons">
                        <button type="button" class="ax-button secondary" data-testid="tally-remove" data-key={key}
                            aria-label={i18n.text("tally-remove")} onclick={change(false)}>{ "−" }</button>
                        <span class="count" aria-live="polite">{ hands.to_string() }</span>
                        <button type="button" class="ax-button" data-testid="tally-add" data-key={key}
                            aria-label={i18n.text("tally-add")} onclick={change(true)}>{ "+" }</button>
                    </span>
                }
            </li>
        }
    });
    let explanation = bars.is_some().then(|| {
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
    });
    html! {
        <>
            if question.kind.has_story() {
                { voices.block("medium", |i18n| i18n.text(&question.story_message())) }
            }
            { voices.block_with_testid("workshop-question", "big", |i18n| i18n.text(&question.message())) }
            <ul class="tally">{ for rows }</ul>
            { for explanation }
            if bars.is_none() {
                <p class="hint">{ i18n.text("tally-hint") }</p>
                <button type="button" class="ax-button reveal" data-testid="tally-reveal"
                    onclick={send(workshop, WorkshopAction::Reveal(question.id.into()))}>
                    { i18n.text("tally-reveal") }
                </button>
            }
        </>
    }
}
