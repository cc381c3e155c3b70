//! The room calls out a conversation's red flags; the volunteer marks them and reveals.

use super::*;
use crate::content::cases::{Case, Speaker};
use crate::model::session::Session;
use crate::state::workshop::{WorkshopAction, WorkshopHandle};
use fluent_bundle::FluentArgs;
use yew::prelude::*;

pub(super) fn red_flags(
    workshop: &WorkshopHandle,
    voices: Voices,
    session: &Session,
    case: &'static Case,
) -> Html {
    let i18n = voices.first;
    let Some(marks) = session.marks(case.id) else {
        return Html::default();
    };
    let spotting = marks.revealed();
    let lines = case.conversation.iter().enumerate().map(|(index, line)| {
        let marked = marks.lines.contains(&index);
        let verdict = spotting.as_ref().map(|s| {
            if s.found.contains(&index) {
                "found"
            } else if s.missed.contains(&index) {
                "missed"
            } else if s.false_alarms.contains(&index) {
                "false-alarm"
            } else {
                "plain"
            }
        });
        let speaker = match line.speaker {
            Speaker::Them => "them",
            Speaker::Me => "me",
        };
        html! {
            <li class={classes!("line", speaker, verdict)}>
                <button type="button" data-testid="workshop-line" data-index={index.to_string()}
                    aria-pressed={marked.to_string()} disabled={spotting.is_some()}
                    onclick={send(workshop, WorkshopAction::Mark(case.id.into(), index))}>
                    { voices.inline(|i18n| i18n.text(&case.line_message(index))) }
                </button>
                if verdict == Some("found") || verdict == Some("missed") {
                    { voices.block("why", |i18n| i18n.text(&case.line_why(index))) }
                }
            </li>
        }
    });
    let counts = spotting.as_ref().map(|s| {
        let line = |id: &str, count: usize| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            html! { <p class="medium">{ i18n.text_with(id, &args) }</p> }
        };
        html! {
            <div data-testid="workshop-flags-result">
                { line("workshop-flags-found", s.found.len()) }
                { line("workshop-flags-missed", s.missed.len()) }
                { line("workshop-flags-false-alarms", s.false_alarms.len()) }
            </div>
        }
    });
    html! {
        <>
            { voices.block("label", |i18n| i18n.text(&case.message("title"))) }
            <ol class="conversation">{ for lines }</ol>
            { for counts }
            if spotting.is_none() {
                <p class="hint">{ i18n.text("workshop-flags-hint") }</p>
                <button type="button" class="ax-button reveal" data-testid="workshop-flags-reveal"
                    onclick={send(workshop, WorkshopAction::RevealFlags(case.id.into()))}>
                    { i18n.text("workshop-flags-reveal") }
                </button>
            }
        </>
    }
}
