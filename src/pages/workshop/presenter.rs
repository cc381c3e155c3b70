//! The presenter view: one step of a session as the room sees it (a scene, a right, the help
//! numbers), with the controls and the volunteer's notes.

use super::red_flags::red_flags;
use super::summary::closing;
use super::tally::tally;
use super::*;
use crate::components::hotline::hotline_link;
use crate::content::help;
use crate::content::workshop::Step;
use crate::model::session::Session;
use crate::state::workshop::{WorkshopAction, WorkshopHandle};
use fluent_bundle::FluentArgs;
use yew::prelude::*;

/// The presenter view: the audience's part (the screen's content, large), then the volunteer's
/// controls, and the notes behind their toggle.
pub(super) fn presenter(workshop: &WorkshopHandle, voices: Voices, session: &Session) -> Html {
    let i18n = voices.first;
    let steps = session.plan.steps();
    let current = steps.get(session.step).copied();
    let stage = match current {
        Some((_, step)) => stage(workshop, voices, session, step),
        None => closing(workshop, i18n, session),
    };
    let mut counter = FluentArgs::new();
    counter.set("step", (session.step + 1).min(steps.len() + 1));
    counter.set("total", steps.len() + 1);
    let kind = current.map_or("help", |(block, _)| session.plan.blocks[block].block.kind());
    let notes = workshop.notes.then(|| {
        let note = |part: &str| format!("workshop-note-{kind}-{part}");
        html! {
            <aside class="notes" data-testid="workshop-notes-panel">
                <h3>{ i18n.text("workshop-say") }</h3>
                <p>{ i18n.text(&note("say")) }</p>
                <h3>{ i18n.text("workshop-ask") }</h3>
                <p>{ i18n.text(&note("ask")) }</p>
                <h3>{ i18n.text("workshop-wrong") }</h3>
                <p>{ i18n.text(&note("wrong")) }</p>
            </aside>
        }
    });
    let last = current.is_none();
    html! {
        <div class="presenter" data-step={session.step.to_string()}>
            <div class="stage">{ stage }</div>
            { for notes }
            <nav class="controls">
                <button type="button" class="ax-button secondary" data-testid="workshop-back"
                    disabled={session.step == 0} onclick={send(workshop, WorkshopAction::Back)}>
                    { i18n.text("workshop-back") }
                </button>
                <span class="step">{ i18n.text_with("workshop-step", &counter) }</span>
                <button type="button" class="ax-button secondary" data-testid="workshop-notes"
                    aria-pressed={workshop.notes.to_string()} onclick={send(workshop, WorkshopAction::Notes)}>
                    { i18n.text(if workshop.notes { "workshop-notes-hide" } else { "workshop-notes" }) }
                </button>
                if !last {
                    <button type="button" class="ax-button secondary" data-testid="workshop-end"
                        onclick={send(workshop, WorkshopAction::Close)}>
                        { i18n.text("workshop-end") }
                    </button>
                }
                if last {
                    <button type="button" class="ax-button" data-testid="workshop-finish"
                        onclick={send(workshop, WorkshopAction::Finish)}>
                        { i18n.text("workshop-finish") }
                    </button>
                } else {
                    <button type="button" class="ax-button" data-testid="workshop-next"
                        onclick={send(workshop, WorkshopAction::Next)}>
                        { i18n.text("workshop-next") }
                    </button>
                }
            </nav>
        </div>
    }
}

pub(super) fn stage(
    workshop: &WorkshopHandle,
    voices: Voices,
    session: &Session,
    step: Step,
) -> Html {
    let i18n = voices.first;
    match step {
        Step::Scene(case, scene) => {
            let mut args = FluentArgs::new();
            args.set("scene", scene);
            args.set("total", case.scenes);
            let scene_text = case.message(&format!("scene-{scene}"));
            html! {
                <>
                    { voices.block("label", |i18n| format!("{} · {}", i18n.text(&case.message("title")), i18n.text_with("workshop-scene", &args))) }
                    { voices.block_with_testid("workshop-scene", "big", |i18n| i18n.text(&scene_text)) }
                </>
            }
        }
        Step::RedFlags(case) => red_flags(workshop, voices, session, case),
        Step::Question(question) => tally(workshop, voices, session, question),
        Step::Right(right) => html! {
            <>
                { voices.block("label", |i18n| i18n.text(&right.message("name"))) }
                { voices.block("big", |i18n| i18n.text(&right.message("summary"))) }
                { voices.block("medium", |i18n| i18n.text(&right.message("gist"))) }
            </>
        },
        Step::Help => html! {
            <>
                { voices.block("label", |i18n| i18n.text("workshop-block-help")) }
                <div class="numbers">
                    { for [help::REGULATOR, help::ANTI_FRAUD_WARNING, help::POLICE].iter().map(|line| {
                        hotline_link(line.number, i18n.text(line.label))
                    }) }
                </div>
            </>
        },
    }
}
