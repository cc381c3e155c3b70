//! The presenter view: one screen of a session as the room sees it, filling the screen. A strip
//! at the top for the volunteer (where the session is, the clock, the notes, the big-room and
//! blank switches), the stage the room reads (its text fitted to the screen by
//! `platform::workshop::use_stage_fit`, a step too long for one screen split into parts), the
//! notes drawer over it, and the pinned bar (Back, reveal, Next) that never leaves the screen.

use super::clock::Clock;
use super::red_flags::red_flags;
use super::summary::closing;
use super::tally::tally;
use super::*;
use crate::content::help;
use crate::content::workshop::Step;
use crate::model::session::Session;
use crate::model::wrap::part;
use crate::platform::presenter::open_notes_window;
use crate::state::workshop::{question_parts, Confirm, WorkshopAction, WorkshopHandle, MAX_PAGES};
use fluent_bundle::FluentArgs;
use yew::prelude::*;

/// The screen on show: the session's step, and which part of it when it is split.
#[derive(Clone, Copy)]
pub(super) struct Screen {
    /// The part on show, from 0.
    pub index: usize,
    /// How many parts the step is split into.
    pub count: usize,
}

impl Screen {
    /// Whether this is the step's last part (where its reveal is).
    fn is_last(self) -> bool {
        self.index + 1 >= self.count
    }

    /// " · 1/2" after a label when the step is split, else nothing.
    pub(super) fn suffix(self) -> String {
        if self.count > 1 {
            format!(" · {}/{}", self.index + 1, self.count)
        } else {
            String::new()
        }
    }
}

/// How many parts the step on show may be split into: a passage by its sentences (no more
/// parts than `sentences` of a message, in the language with fewer), a question's story apart
/// from its options and its explanation, a conversation by its lines, the help numbers one by
/// one; the closing screen never.
pub(super) fn most_parts(session: &Session, sentences: &dyn Fn(&str) -> usize) -> usize {
    let most = match session.current() {
        Some(Step::Scene(case, scene)) => sentences(&case.message(&format!("scene-{scene}"))),
        Some(Step::Right(right)) => 1 + sentences(&right.message("gist")),
        Some(Step::Question(question)) => {
            let story = question.kind.has_story();
            let revealed = session.tally(question.id).is_some_and(|t| t.is_revealed());
            let story_parts = if story {
                sentences(&question.story_message())
            } else {
                0
            };
            question_parts(story, revealed).min(2 + usize::from(revealed) + story_parts)
        }
        Some(Step::RedFlags(case)) => MAX_PAGES.min(case.conversation.len()),
        Some(Step::Help) => HELP_LINES.len(),
        None => 1,
    };
    most.clamp(1, MAX_PAGES)
}

/// The numbers the help step shows, in order.
const HELP_LINES: [help::Hotline; 3] = [help::REGULATOR, help::ANTI_FRAUD_WARNING, help::POLICE];

/// The presenter view, filling the screen.
pub(super) fn presenter(
    workshop: &WorkshopHandle,
    voices: Voices,
    session: &Session,
    stage_ref: &NodeRef,
    status: Html,
) -> Html {
    let i18n = voices.first;
    let steps = session.plan.steps();
    let current = steps.get(session.step).copied();
    let (index, count) = workshop.page();
    let screen = Screen { index, count };
    let stage = match current {
        Some((_, step)) => stage(workshop, voices, session, step, screen),
        None => closing(workshop, i18n, session),
    };
    let mut counter = FluentArgs::new();
    counter.set("step", (session.step + 1).min(steps.len() + 1));
    counter.set("total", steps.len() + 1);
    let notes = workshop.notes.then(|| {
        html! {
            <aside class="notes" data-testid="workshop-notes-panel">{ notes_text(i18n, session) }</aside>
        }
    });
    let open_window = {
        let workshop = workshop.clone();
        Callback::from(move |_: MouseEvent| {
            // A blocked popup leaves the drawer as the way to the notes.
            if !open_notes_window() && !workshop.notes {
                workshop.dispatch(WorkshopAction::Notes);
            }
        })
    };
    let clock = current.map(|(block, _)| {
        let planned = session.plan.blocks[block].minutes;
        html! { <Clock {block} {planned} /> }
    });
    let toggle = |testid: &'static str, on: bool, label: &'static str, action: WorkshopAction| {
        html! {
            <button type="button" class="ax-button secondary" data-testid={testid}
                aria-pressed={on.to_string()} onclick={send(workshop, action)}>
                { i18n.text(label) }
            </button>
        }
    };
    let reveal = current.and_then(|(_, step)| reveal_due(workshop, i18n, session, step, screen));
    let undo = current.and_then(|(_, step)| match step {
        Step::Question(question) => session
            .tally(question.id)
            .filter(|tally| tally.is_revealed())
            .map(|_| {
                html! {
                    <button type="button" class="ax-button secondary" data-testid="workshop-undo"
                        onclick={send(workshop, WorkshopAction::Unreveal(question.id.into()))}>
                        { i18n.text("workshop-undo") }
                    </button>
                }
            }),
        _ => None,
    });
    let last = current.is_none();
    let next = if last {
        html! {
            <button type="button" class="ax-button" data-testid="workshop-finish"
                onclick={send(workshop, WorkshopAction::Finish)}>
                { i18n.text("workshop-finish") }
            </button>
        }
    } else {
        let class = classes!("ax-button", reveal.is_some().then_some("secondary"));
        html! {
            <button type="button" {class} data-testid="workshop-next"
                onclick={send(workshop, WorkshopAction::Next)}>
                { i18n.text("workshop-next") }
            </button>
        }
    };
    let confirm = workshop
        .confirm
        .map(|asked| confirm_dialog(workshop, i18n, asked));
    let blank = workshop.blank.then(|| {
        html! {
            <button type="button" class="blank" data-testid="workshop-blank-screen"
                onclick={send(workshop, WorkshopAction::Blank)}>
                { i18n.text("workshop-blank-back") }
            </button>
        }
    });
    html! {
        <div class={classes!("presenter", workshop.big_room.then_some("big-room"))}
            data-step={session.step.to_string()} data-page={index.to_string()}>
            <header class="strip">
                { for clock }
                { status }
                { voices.reader.compact_control() }
                <span class="switches">
                    { toggle("workshop-notes", workshop.notes, "workshop-notes", WorkshopAction::Notes) }
                    <button type="button" class="ax-button secondary" data-testid="workshop-notes-window"
                        onclick={open_window}>
                        { i18n.text("workshop-notes-window") }
                    </button>
                    { toggle("workshop-big-room", workshop.big_room, "workshop-big-room", WorkshopAction::BigRoom) }
                    { toggle("workshop-blank", false, "workshop-blank", WorkshopAction::Blank) }
                </span>
            </header>
            <div class="middle">
                <div class="stage" ref={stage_ref.clone()} data-testid="workshop-stage">{ stage }</div>
                { for notes }
            </div>
            <nav class="bar" data-testid="workshop-bar">
                <button type="button" class="ax-button secondary" data-testid="workshop-back"
                    disabled={session.step == 0 && index == 0} onclick={send(workshop, WorkshopAction::Back)}>
                    { i18n.text("workshop-back") }
                </button>
                if !last {
                    <button type="button" class="ax-button secondary" data-testid="workshop-end"
                        onclick={send(workshop, WorkshopAction::Ask(Confirm::End))}>
                        { i18n.text("workshop-end") }
                    </button>
                }
                <span class="where" data-testid="workshop-where">
                    { i18n.text_with("workshop-step", &counter) }{ screen.suffix() }
                </span>
                { for undo }
                { for reveal }
                { next }
            </nav>
            { for blank }
            { for confirm }
        </div>
    }
}

/// The volunteer's notes for the step on show in `session`: what to say, what to ask, what
/// people often get wrong.
fn notes_text(i18n: &Localizer, session: &Session) -> Html {
    let kind = session
        .plan
        .steps()
        .get(session.step)
        .map_or("help", |(block, _)| {
            session.plan.blocks[*block].block.kind()
        });
    let note = |part: &str| format!("workshop-note-{kind}-{part}");
    html! {
        <>
            <h3>{ i18n.text("workshop-say") }</h3>
            <p>{ i18n.text(&note("say")) }</p>
            <h3>{ i18n.text("workshop-ask") }</h3>
            <p>{ i18n.text(&note("ask")) }</p>
            <h3>{ i18n.text("workshop-wrong") }</h3>
            <p>{ i18n.text(&note("wrong")) }</p>
        </>
    }
}

/// The volunteer's notes window: the notes of the step the session another tab runs is on,
/// where it is, its clock, and what comes next; it follows that tab's every step.
pub(super) fn notes_window(workshop: &WorkshopHandle, i18n: &Localizer) -> Html {
    let body = match &workshop.sessions.current {
        None => html! { <p class="muted">{ i18n.text("workshop-notes-window-idle") }</p> },
        Some(session) => {
            let steps = session.plan.steps();
            let mut counter = FluentArgs::new();
            counter.set("step", (session.step + 1).min(steps.len() + 1));
            counter.set("total", steps.len() + 1);
            let clock = steps.get(session.step).map(|(block, _)| {
                let planned = session.plan.blocks[*block].minutes;
                html! { <Clock block={*block} {planned} /> }
            });
            let next = steps.get(session.step + 1).map(|(block, _)| {
                let mut args = FluentArgs::new();
                args.set("step", block_label(i18n, session.plan.blocks[*block].block));
                html! { <p class="next">{ i18n.text_with("workshop-notes-window-next", &args) }</p> }
            });
            html! {
                <>
                    <p class="where" data-testid="workshop-where" data-step={session.step.to_string()}>
                        { i18n.text_with("workshop-step", &counter) }
                    </p>
                    { for clock }
                    { notes_text(i18n, session) }
                    { for next }
                </>
            }
        }
    };
    html! {
        <section class="notes-window" data-testid="workshop-notes-window">
            <h1>{ i18n.text("workshop-notes-window-title") }</h1>
            { body }
        </section>
    }
}

/// The reveal button of the step on show, while a reveal is due on this part of it.
fn reveal_due(
    workshop: &WorkshopHandle,
    i18n: &Localizer,
    session: &Session,
    step: Step,
    screen: Screen,
) -> Option<Html> {
    if !screen.is_last() {
        return None;
    }
    let (testid, label, action) = match step {
        Step::Question(question) => {
            let tally = session.tally(question.id)?;
            (!tally.is_revealed()).then_some((
                "tally-reveal",
                "tally-reveal",
                WorkshopAction::Reveal(question.id.into()),
            ))?
        }
        Step::RedFlags(case) => {
            let marks = session.marks(case.id)?;
            (!marks.shown).then_some((
                "workshop-flags-reveal",
                "workshop-flags-reveal",
                WorkshopAction::RevealFlags(case.id.into()),
            ))?
        }
        _ => return None,
    };
    Some(html! {
        <button type="button" class="ax-button" data-testid={testid} onclick={send(workshop, action)}>
            { i18n.text(label) }
        </button>
    })
}

/// The confirmation before ending early or discarding: what will happen, and the safe choice
/// first.
fn confirm_dialog(workshop: &WorkshopHandle, i18n: &Localizer, asked: Confirm) -> Html {
    let (text, yes, action) = match asked {
        Confirm::End => (
            "workshop-confirm-end",
            "workshop-end",
            WorkshopAction::Close,
        ),
        Confirm::Discard => (
            "workshop-confirm-discard",
            "workshop-confirm-discard-yes",
            WorkshopAction::Discard,
        ),
    };
    html! {
        <div class="confirm-backdrop">
            <div class="confirm" role="alertdialog" aria-modal="true" aria-labelledby="workshop-confirm-text"
                data-testid="workshop-confirm" data-asked={if asked == Confirm::End { "end" } else { "discard" }}>
                <p id="workshop-confirm-text">{ i18n.text(text) }</p>
                <div class="actions">
                    <button type="button" class="ax-button" data-testid="workshop-confirm-no" autofocus=true
                        onclick={send(workshop, WorkshopAction::Cancel)}>
                        { i18n.text("workshop-confirm-no") }
                    </button>
                    <button type="button" class="ax-button danger" data-testid="workshop-confirm-yes"
                        onclick={send(workshop, action)}>
                        { i18n.text(yes) }
                    </button>
                </div>
            </div>
        </div>
    }
}

/// The items of a list of `len` shown on part `screen` of its step (a conversation's lines,
/// the help numbers), in order.
pub(super) fn chunk(len: usize, screen: Screen) -> std::ops::Range<usize> {
    (len * screen.index / screen.count)..(len * (screen.index + 1) / screen.count)
}

/// What the room sees of `step`, part `screen`.
pub(super) fn stage(
    workshop: &WorkshopHandle,
    voices: Voices,
    session: &Session,
    step: Step,
    screen: Screen,
) -> Html {
    let Screen { index, count } = screen;
    match step {
        Step::Scene(case, scene) => {
            let mut args = FluentArgs::new();
            args.set("scene", scene);
            args.set("total", case.scenes);
            let scene_text = case.message(&format!("scene-{scene}"));
            html! {
                <>
                    { voices.block("label", |i18n| format!("{} · {}{}", i18n.text(&case.message("title")), i18n.text_with("workshop-scene", &args), screen.suffix())) }
                    { voices.block_with_testid("workshop-scene", "big", |i18n| part(&i18n.text(&scene_text), index, count).to_owned()) }
                </>
            }
        }
        Step::RedFlags(case) => red_flags(workshop, voices, session, case, screen),
        Step::Question(question) => tally(workshop, voices, session, question, screen),
        Step::Right(right) => {
            let label = voices.block("label", |i18n| {
                format!("{}{}", i18n.text(&right.message("name")), screen.suffix())
            });
            let body = if count == 1 {
                html! { <>
                    { voices.block("big", |i18n| i18n.text(&right.message("summary"))) }
                    { voices.block("medium", |i18n| i18n.text(&right.message("gist"))) }
                </> }
            } else if index == 0 {
                voices.block("big", |i18n| i18n.text(&right.message("summary")))
            } else {
                voices.block("big", |i18n| {
                    part(&i18n.text(&right.message("gist")), index - 1, count - 1).to_owned()
                })
            };
            html! { <>{ label }{ body }</> }
        }
        Step::Help => html! {
            <>
                { voices.block("label", |i18n| format!("{}{}", i18n.text("workshop-block-help"), screen.suffix())) }
                <ul class="numbers">
                    { for HELP_LINES[chunk(HELP_LINES.len(), screen)].iter().map(|line| html! {
                        <li class="hotline" data-testid="help-hotline">
                            <a class="number" href={help::tel_href(line.number)} dir="ltr">{ line.number }</a>
                            <span class="who">{ voices.inline(|i18n| i18n.text(line.label)) }</span>
                        </li>
                    }) }
                </ul>
            </>
        },
    }
}
