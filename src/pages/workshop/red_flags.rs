//! The room calls out a conversation's red flags; the volunteer marks them and reveals. After
//! the reveal the totals come first, and each line says in words (in both languages, with an
//! icon) whether the room found it, missed it, or took it for a red flag when it is not one.

use super::presenter::{chunk, Screen};
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
    screen: Screen,
) -> Html {
    let i18n = voices.first;
    let Some(marks) = session.marks(case.id) else {
        return Html::default();
    };
    let spotting = marks.revealed();
    let lines = chunk(case.conversation.len(), screen).map(|index| {
        let line = &case.conversation[index];
        let marked = marks.lines.contains(&index);
        let verdict = spotting.as_ref().and_then(|s| {
            if s.found.contains(&index) {
                Some(("found", "✓", "workshop-flag-found"))
            } else if s.missed.contains(&index) {
                Some(("missed", "!", "workshop-flag-missed"))
            } else if s.false_alarms.contains(&index) {
                Some(("false-alarm", "✗", "workshop-flag-not"))
            } else {
                None
            }
        });
        let speaker = match line.speaker {
            Speaker::Them => "them",
            Speaker::Me => "me",
        };
        html! {
            <li class={classes!("line", speaker, verdict.map(|(class, _, _)| class))}>
                <button type="button" data-testid="workshop-line" data-index={index.to_string()}
                    aria-pressed={marked.to_string()} disabled={spotting.is_some()}
                    onclick={send(workshop, WorkshopAction::Mark(case.id.into(), index))}>
                    { voices.inline(|i18n| i18n.text(&case.line_message(index))) }
                </button>
                if let Some((class, mark, word)) = verdict {
                    <p class={classes!("verdict", class)} data-testid="workshop-flag-verdict" data-verdict={class}>
                        <span class="icon" aria-hidden="true">{ mark }</span>
                        { voices.inline(|i18n| i18n.text(word)) }
                    </p>
                    if class != "false-alarm" {
                        { voices.block("why", |i18n| i18n.text(&case.line_why(index))) }
                    }
                }
            </li>
        }
    });
    let counts = spotting.as_ref().map(|s| {
        let line = |id: &'static str, count: usize| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            voices.block("medium", move |i18n| i18n.text_with(id, &args))
        };
        html! {
            <div class="totals" data-testid="workshop-flags-result">
                { line("workshop-flags-found", s.found.len()) }
                { line("workshop-flags-missed", s.missed.len()) }
                { line("workshop-flags-false-alarms", s.false_alarms.len()) }
            </div>
        }
    });
    html! {
        <>
            { voices.block("label", |i18n| format!("{}{}", i18n.text(&case.message("title")), screen.suffix())) }
            { for counts }
            <ol class="conversation">{ for lines }</ol>
            if spotting.is_none() {
                <p class="hint">{ i18n.text("workshop-flags-hint") }</p>
            }
        </>
    }
}
