//! The message checker (`view=check`, and `check-card` for a partner's page): a message
//! someone received, pasted or typed, or what a caller said, picked from a list, checked on
//! the device for the known warning signs (`model::check`). What it found is marked in the
//! message, each sign with why it is one and the case and questions that teach it; the three
//! steps (stop, check, ask) come first with signs and after the word that none was found,
//! which never says the message is safe. Nothing of the message leaves the screen: its state
//! is the screen's own ([`CheckState`]), and a partner hears only how many signs were found,
//! after the person agrees.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::page_title;
use crate::components::hotline::hotline_link;
use crate::components::view_link::ViewLink;
use crate::content::help::{ANTI_FRAUD_WARNING, POLICE};
use crate::content::signs::CALL_CHOICES;
use crate::i18n::{use_i18n, Localizer};
use crate::model::check::{self, Found, MAX_CHARS};
use crate::model::view::View;
use crate::platform::{clipboard, document};
use crate::state::check::{CheckAction, CheckState, Checked, NotesWord, PasteProblem};
use crate::state::embed::EmbedAction;
use crate::state::quiz::{QuizAction, RoundKind};
use crate::state::{use_app, Action, AppHandle};
use crate::theme::styles::CHECK;

/// The id of the message box, which its label names.
const INPUT_ID: &str = "check-input";

/// Properties of [`Checker`].
#[derive(Properties, PartialEq)]
pub struct CheckerProps {
    /// The checker's state, held by its root (`app::check`).
    pub state: UseReducerHandle<CheckState>,
}

/// The checker: the message box, a caller's words, the check and what it found, and the notes
/// kept.
#[function_component]
pub fn Checker(props: &CheckerProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let state = props.state.clone();
    // The patterns are compiled once the screen is shown, not on the person's first check.
    use_effect_with((), |_| check::prepare());
    // Each new result takes the focus (and the screen) to its heading, which a screen reader
    // then reads.
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(state.checks, move |checks| {
            if *checks > 0 {
                document::focus(&heading);
            }
        });
    }
    let known: Vec<String> = app
        .partner
        .get()
        .map(|partner| vec![partner.hotline.clone()])
        .unwrap_or_default();
    let oninput = {
        let state = state.dispatcher();
        Callback::from(move |event: InputEvent| {
            if let Some(text) = document::input_value(&event) {
                state.dispatch(CheckAction::Edit(text));
            }
        })
    };
    let paste = {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            clipboard::paste(Callback::from(move |text| {
                state.dispatch(CheckAction::Pasted(text))
            }));
        })
    };
    let clear = {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| state.dispatch(CheckAction::Clear))
    };
    let run = {
        let state = state.dispatcher();
        let known = known.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(CheckAction::Run {
                known: known.clone(),
            })
        })
    };
    let paste_problem = state.paste.map(|problem| {
        let id = match problem {
            PasteProblem::Refused => "check-paste-refused",
            PasteProblem::Empty => "check-paste-empty",
        };
        html! { <p class="problem" role="status">{ i18n.text(id) }</p> }
    });
    let choices = CALL_CHOICES.iter().map(|&id| {
        let pressed = state.said.contains(&id);
        let onclick = {
            let state = state.dispatcher();
            Callback::from(move |_: MouseEvent| state.dispatch(CheckAction::ToggleSaid(id)))
        };
        html! {
            <li>
                <button type="button" class="choice" aria-pressed={pressed.to_string()}
                    data-testid="check-call" data-sign={id} {onclick}>
                    { i18n.text(&format!("check-call-{id}")) }
                </button>
            </li>
        }
    });
    let nothing = (state.asked_empty).then(|| {
        html! { <p class="problem" role="status">{ i18n.text("check-nothing") }</p> }
    });
    html! {
        <div class={CHECK}>
            { page_title(&i18n, "check-title") }
            <p class="ax-intro">{ i18n.text("check-intro") }</p>
            <div class="entry">
                <label for={INPUT_ID}>{ i18n.text("check-input-label") }</label>
                <textarea id={INPUT_ID} data-testid="check-input" rows="5"
                    placeholder={i18n.text("check-input-placeholder")}
                    value={state.text.clone()} {oninput} />
                <div class="row">
                    <button type="button" class="ax-button secondary" data-testid="check-paste"
                        onclick={paste}>{ i18n.text("check-paste") }</button>
                    <button type="button" class="ax-button secondary" data-testid="check-clear"
                        onclick={clear}>{ i18n.text("check-clear") }</button>
                </div>
                { for paste_problem }
            </div>
            <fieldset class="calls">
                <legend>{ i18n.text("check-calls-title") }</legend>
                <p class="hint">{ i18n.text("check-calls-hint") }</p>
                <ul class="choices">{ for choices }</ul>
            </fieldset>
            <button type="button" class="ax-button run" data-testid="check-run" onclick={run}>
                { i18n.text("check-run") }
            </button>
            { for nothing }
            <section class="result">
                { for state.result.as_ref().map(|checked| result(&app, &i18n, checked, &state, &heading)) }
            </section>
            { notes(&i18n, &state, &known) }
        </div>
    }
}

/// What a check found, or that it found none of the signs it knows; the three steps; what a
/// rule check cannot know; and, in a partner's page, the offer to tell the partner the count.
fn result(
    app: &AppHandle,
    i18n: &Localizer,
    checked: &Checked,
    state: &UseReducerHandle<CheckState>,
    heading: &NodeRef,
) -> Html {
    let findings = &checked.findings;
    let count = findings.found.len();
    let head = if count == 0 {
        html! {
            <div class="none" data-testid="check-none">
                <h2 ref={heading} tabindex="-1">{ i18n.text("check-none-title") }</h2>
                <p>{ i18n.text("check-none-body") }</p>
            </div>
        }
    } else {
        let mut args = FluentArgs::new();
        args.set("count", count);
        html! {
            <div class="found">
                <h2 ref={heading} tabindex="-1">{ i18n.text_with("check-found", &args) }</h2>
                <p class="lead">{ i18n.text("check-found-lead") }</p>
            </div>
        }
    };
    let marked = findings.found.iter().any(|found| !found.spans.is_empty());
    let message = marked.then(|| {
        let pieces = findings
            .pieces(&checked.text)
            .into_iter()
            .map(|(range, ids)| {
                let text = checked.text[range].to_owned();
                if ids.is_empty() {
                    html! { text }
                } else {
                    html! { <mark data-signs={ids.join(" ")}>{ text }</mark> }
                }
            });
        html! {
            <>
                <h2>{ i18n.text("check-message-title") }</h2>
                <p class="message" data-testid="check-message">{ for pieces }</p>
            </>
        }
    });
    let cut = findings.cut.then(|| {
        let mut args = FluentArgs::new();
        args.set("count", MAX_CHARS);
        html! { <p class="limits">{ i18n.text_with("check-cut", &args) }</p> }
    });
    let signs = (count > 0).then(|| {
        html! {
            <ul class="signs">
                { for findings.found.iter().map(|found| sign(app, i18n, found)) }
            </ul>
        }
    });
    html! {
        <>
            { head }
            { steps(app, i18n) }
            { for message }
            { for cut }
            { for signs }
            <p class="limits">{ i18n.text("check-limits") }</p>
            { keep(app, i18n, state) }
            { share(app, i18n, checked.found_in_text().len(), state) }
        </>
    }
}

/// One sign found: its name, why it is one, and the case and questions that teach it. In a
/// partner's page the case opens in a page of its own, so the frame neither loses the message
/// nor tells the partner, by moving, which sign was found.
fn sign(app: &AppHandle, i18n: &Localizer, found: &Found) -> Html {
    let sign = found.sign;
    let name = i18n.text(&sign.name_message());
    let said = found
        .spans
        .is_empty()
        .then(|| html! { <p class="said">{ i18n.text("check-said") }</p> });
    let case = View::Case(sign.case.to_owned());
    let links = if app.embed.mode.is_some() {
        html! {
            <a class="ax-button secondary" href={app.unembedded_href_for(&case)}
                target="_blank" rel="noopener noreferrer">{ i18n.text("check-sign-case") }</a>
        }
    } else {
        let practise = {
            let app = app.clone();
            let topic = sign.topic;
            Callback::from(move |_: MouseEvent| {
                app.dispatch(QuizAction::StartRound(RoundKind::Topic(topic)));
                app.dispatch(Action::Navigate(View::Quiz));
            })
        };
        html! {
            <>
                { ViewLink::to(case).class("ax-button secondary")
                    .render(app, html! { i18n.text("check-sign-case") }) }
                <button type="button" class="ax-button secondary" onclick={practise}>
                    { i18n.text("check-sign-practise") }
                </button>
            </>
        }
    };
    html! {
        <li class="sign" data-testid="check-sign" data-sign={sign.id}>
            <h3>{ name.clone() }</h3>
            { for said }
            <p>{ i18n.text(&sign.why_message()) }</p>
            // Named by the sign, so each "see the case" is told apart from the others.
            <div class="row" role="group" aria-label={name}>{ links }</div>
        </li>
    }
}

/// Stop, check, ask: with the partner's own number where a partner's page shows the app, and
/// the anti-fraud and police numbers.
fn steps(app: &AppHandle, i18n: &Localizer) -> Html {
    let check = match app.partner.get() {
        Some(partner) => {
            let mut args = FluentArgs::new();
            args.set("partner", partner.name(i18n.locale()).to_owned());
            html! {
                <li>
                    <p>{ i18n.text_with("check-step-check-partner", &args) }</p>
                    { hotline_link(&partner.hotline, partner.name(i18n.locale()).to_owned()) }
                </li>
            }
        }
        None => html! { <li><p>{ i18n.text("check-step-check") }</p></li> },
    };
    html! {
        <section class="steps" data-testid="check-steps">
            <h2>{ i18n.text("check-steps-title") }</h2>
            <ol>
                <li><p>{ i18n.text("check-step-stop") }</p></li>
                { check }
                <li>
                    <p>{ i18n.text("check-step-ask") }</p>
                    <div class="numbers">
                        { for [ANTI_FRAUD_WARNING, POLICE].map(|line| hotline_link(
                            line.number,
                            i18n.text(&format!("check-hotline-{}", line.number)),
                        )) }
                    </div>
                </li>
            </ol>
        </section>
    }
}

/// In a partner's page that asks for results, the offer to tell the partner how many signs
/// were found, saying exactly what goes; sent only on the tap.
fn share(
    app: &AppHandle,
    i18n: &Localizer,
    count: usize,
    state: &UseReducerHandle<CheckState>,
) -> Html {
    let Some(partner) = app.partner.get().filter(|_| app.may_share_score()) else {
        return Html::default();
    };
    let mut named = FluentArgs::new();
    named.set("partner", partner.name(i18n.locale()).to_owned());
    let body = if state.shared {
        html! { <p role="status">{ i18n.text_with("check-share-sent", &named) }</p> }
    } else {
        let mut args = FluentArgs::new();
        args.set("count", count);
        let onclick = {
            let app = app.clone();
            let state = state.dispatcher();
            let signs = u32::try_from(count).unwrap_or(u32::MAX);
            Callback::from(move |_: MouseEvent| {
                app.dispatch(EmbedAction::ShareCheck(signs));
                state.dispatch(CheckAction::Shared);
            })
        };
        html! {
            <>
                <p>{ i18n.text_with("check-share-body", &args) }</p>
                <div><button type="button" class="ax-button" data-testid="check-share" {onclick}>
                    { i18n.text("check-share-agree") }
                </button></div>
            </>
        }
    };
    html! {
        <section class="ax-card share" data-testid="check-share-offer">
            <h2>{ i18n.text_with("check-share-title", &named) }</h2>
            { body }
        </section>
    }
}

/// "Save to my notes" for the message just checked, and what came of it.
fn keep(app: &AppHandle, i18n: &Localizer, state: &UseReducerHandle<CheckState>) -> Html {
    let word = state.notes_word.map(|word| {
        let id = match word {
            NotesWord::Kept => "check-kept",
            NotesWord::Refused => "check-keep-refused",
            NotesWord::Newer => "check-keep-newer",
        };
        html! { <p role="status" data-testid="check-kept">{ i18n.text(id) }</p> }
    });
    let button = (state.can_keep() && !state.is_kept()).then(|| {
        let day = app.visit.today;
        let state = state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(CheckAction::Keep { day }));
        html! {
            <div><button type="button" class="ax-button secondary" data-testid="check-keep" {onclick}>
                { i18n.text("check-keep") }
            </button></div>
        }
    });
    html! { <div class="keep">{ for button }{ for word }</div> }
}

/// The notes kept on this device, newest first: each with its date, how many signs it showed
/// and the start of the message, to check again or forget.
fn notes(i18n: &Localizer, state: &UseReducerHandle<CheckState>, known: &[String]) -> Html {
    let Some(notes) = state.notes.as_ref().filter(|notes| !notes.is_empty()) else {
        return Html::default();
    };
    let items = notes.iter().enumerate().map(|(at, note)| {
        let (year, month, day) = note.day.to_date();
        let mut args = FluentArgs::new();
        args.set("date", format!("{year}-{month:02}-{day:02}"));
        args.set("count", note.signs.len());
        let reopen = {
            let state = state.dispatcher();
            let known = known.to_vec();
            Callback::from(move |_: MouseEvent| {
                state.dispatch(CheckAction::Reopen {
                    at,
                    known: known.clone(),
                })
            })
        };
        let forget = {
            let state = state.dispatcher();
            Callback::from(move |_: MouseEvent| state.dispatch(CheckAction::Forget(at)))
        };
        let start: String = note.text.chars().take(60).collect();
        html! {
            <li class="note" data-testid="check-note">
                <p class="said">{ i18n.text_with("check-note-about", &args) }</p>
                <p class="excerpt">{ start }</p>
                <div class="row" role="group" aria-label={i18n.text_with("check-note-about", &args)}>
                    <button type="button" class="ax-button secondary" data-testid="check-note-open"
                        onclick={reopen}>{ i18n.text("check-note-open") }</button>
                    <button type="button" class="ax-button secondary" data-testid="check-note-forget"
                        onclick={forget}>{ i18n.text("check-note-forget") }</button>
                </div>
            </li>
        }
    });
    html! {
        <section class="notes" data-testid="check-notes">
            <h2>{ i18n.text("check-notes-title") }</h2>
            <p class="hint">{ i18n.text("check-notes-where") }</p>
            <ul>{ for items }</ul>
        </section>
    }
}
