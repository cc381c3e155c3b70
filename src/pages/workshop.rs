//! Workshop mode (`view=workshop`): choosing a plan, the presenter view a volunteer holds up to
//! a room, the show-of-hands tally, marking the red flags the room calls out, and the session's
//! record. Reads the workshop's own state (`state::workshop`), which only the workshop's wasm
//! carries.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::{app_only, page_header};
use crate::components::hotline::hotline_link;
use crate::content::cases::{Case, Speaker};
use crate::content::help;
use crate::content::quiz::Question;
use crate::content::workshop::{Block, Plan, Step, PLANS, PREPARE};
use crate::i18n::{use_i18n, Localizer};
use crate::model::locale::Locale;
use crate::model::session::{csv, csv_data_url, iso_date, Session};
use crate::model::tally::{most_missed, NOT_SURE};
use crate::model::view::View;
use crate::platform::document::{input_value, print_page};
use crate::state::language::LanguageAction;
use crate::state::workshop::{use_workshop, WorkshopAction, WorkshopHandle};
use crate::state::{use_app, AppHandle};
use crate::theme::styles::WORKSHOP;

/// The workshop screen: the session in progress, a finished one's summary, or the plans.
#[function_component]
pub fn Workshop() -> Html {
    let workshop = use_workshop();
    let i18n = use_i18n();
    let app = use_app();
    let beside_locale = workshop
        .sessions
        .current
        .as_ref()
        .and_then(|session| session.beside)
        .filter(|locale| *locale != i18n.locale());
    // The second language's localizer, once its text is here.
    let beside = use_memo(
        (app.language.catalog.clone(), beside_locale, i18n.clone()),
        |(catalog, locale, i18n)| {
            locale
                .filter(|locale| catalog.missing(*locale, &View::Workshop).is_empty())
                .map(|locale| i18n.beside(catalog, locale))
        },
    );
    let body = if let Some(session) = &workshop.sessions.current {
        let voices = Voices {
            first: &i18n,
            beside: beside.as_ref().as_ref(),
        };
        let waiting = beside_locale.filter(|_| beside.is_none()).map(|locale| {
            let failed = app.language.failed.iter().any(|(l, _)| *l == locale);
            beside_status(&app, &i18n, locale, failed)
        });
        html! { <>{ presenter(&workshop, voices, session) }{ for waiting }</> }
    } else if let Some(session) = workshop.shown_summary() {
        summary(&workshop, &i18n, session)
    } else {
        html! { <Chooser /> }
    };
    html! { <div class={WORKSHOP}>{ body }</div> }
}

fn send(workshop: &WorkshopHandle, action: WorkshopAction) -> Callback<MouseEvent> {
    let workshop = workshop.clone();
    Callback::from(move |_: MouseEvent| workshop.dispatch(action.clone()))
}

/// The languages the audience reads: the app's, and the one the volunteer chose to show beside
/// it, once its text is here.
#[derive(Clone, Copy)]
struct Voices<'a> {
    first: &'a Localizer,
    beside: Option<&'a Localizer>,
}

impl Voices<'_> {
    /// A paragraph of `class` in each language, side by side in columns (each in its own
    /// script and direction).
    fn block(&self, class: &'static str, text: impl Fn(&Localizer) -> String) -> Html {
        self.paragraphs(class, None, text)
    }

    /// [`Voices::block`] with a test hook: `testid` names the first language's paragraph, and
    /// with `-beside` the second's.
    fn block_with_testid(
        &self,
        testid: &'static str,
        class: &'static str,
        text: impl Fn(&Localizer) -> String,
    ) -> Html {
        self.paragraphs(class, Some(testid), text)
    }

    fn paragraphs(
        &self,
        class: &'static str,
        testid: Option<&'static str>,
        text: impl Fn(&Localizer) -> String,
    ) -> Html {
        let Some(beside) = self.beside else {
            return html! { <p class={class} data-testid={testid}>{ text(self.first) }</p> };
        };
        html! {
            <div class={classes!("pair", class)}>
                { in_language("p", self.first, testid.map(AttrValue::from), &text) }
                { in_language("p", beside, testid.map(|id| AttrValue::from(format!("{id}-beside"))), &text) }
            </div>
        }
    }

    /// A short text inside a control (an option, a line of a conversation): the first
    /// language, and the second beside it.
    fn inline(&self, text: impl Fn(&Localizer) -> String) -> Html {
        let Some(beside) = self.beside else {
            return html! { { text(self.first) } };
        };
        html! {
            <span class="pair">
                { in_language("span", self.first, None, &text) }
                { in_language("span", beside, None, &text) }
            </span>
        }
    }
}

/// A `tag` element holding `text` in `i18n`'s language, marked with its language and
/// direction.
fn in_language(
    tag: &'static str,
    i18n: &Localizer,
    testid: Option<AttrValue>,
    text: &impl Fn(&Localizer) -> String,
) -> Html {
    let locale = i18n.locale();
    html! {
        <@{tag} lang={locale.tag()} dir={locale.direction().as_str()} data-testid={testid}>
            { text(i18n) }
        </@>
    }
}

/// Why the second language is not shown yet: its text is on its way, or could not be fetched
/// (with a retry).
fn beside_status(app: &AppHandle, i18n: &Localizer, locale: Locale, failed: bool) -> Html {
    let mut args = FluentArgs::new();
    args.set("language", locale.autonym());
    if failed {
        let app = app.clone();
        let onclick = Callback::from(move |_: MouseEvent| app.dispatch(LanguageAction::Retry));
        html! {
            <p class="muted" role="status" data-testid="workshop-beside-status">
                { i18n.text_with("workshop-beside-failed", &args) }{ " " }
                <button type="button" class="ax-button secondary" {onclick}>{ i18n.text("content-retry") }</button>
            </p>
        }
    } else {
        html! {
            <p class="muted" role="status" data-testid="workshop-beside-status">
                { i18n.text_with("workshop-beside-loading", &args) }
            </p>
        }
    }
}

fn minutes(i18n: &Localizer, minutes: u8) -> String {
    let mut args = FluentArgs::new();
    args.set("minutes", minutes);
    i18n.text_with("workshop-minutes", &args)
}

fn block_label(i18n: &Localizer, block: Block) -> String {
    let mut args = FluentArgs::new();
    let case_title = |id: &str| i18n.text(&format!("case-{id}-title"));
    match block {
        Block::Story(id) => {
            args.set("case", case_title(id));
            i18n.text_with("workshop-block-story", &args)
        }
        Block::RedFlags(id) => {
            args.set("case", case_title(id));
            i18n.text_with("workshop-block-flags", &args)
        }
        Block::Quiz(_) => i18n.text("workshop-block-quiz"),
        Block::Right(id) => {
            args.set("right", i18n.text(&format!("right-{id}-name")));
            i18n.text_with("workshop-block-right", &args)
        }
        Block::Help => i18n.text("workshop-block-help"),
    }
}

/// Choosing a plan: the plans, the chosen one's blocks and preparation, the place, and the
/// past sessions.
#[function_component]
fn Chooser() -> Html {
    let workshop = use_workshop();
    let app = use_app();
    let i18n = use_i18n();
    let plans = PLANS.iter().map(|plan| {
        let chosen = workshop.chosen.is_some_and(|c| c.id == plan.id);
        html! {
            <li>
                <button type="button" class="ax-card plan" aria-pressed={chosen.to_string()}
                    data-testid="workshop-plan" data-id={plan.id}
                    onclick={send(&workshop, WorkshopAction::Choose(plan.id.into()))}>
                    <span class="plan-name">{ i18n.text(&plan.name_message()) }</span>
                    <span class="plan-time">{ minutes(&i18n, plan.minutes) }</span>
                    <span>{ i18n.text(&plan.description_message()) }</span>
                </button>
            </li>
        }
    });
    let chosen = workshop.chosen.map(|plan| {
        let on_place = {
            let workshop = workshop.clone();
            Callback::from(move |event: InputEvent| {
                if let Some(place) = input_value(&event) {
                    workshop.dispatch(WorkshopAction::Place(place));
                }
            })
        };
        html! {
            <section class="chosen" data-testid="workshop-chosen">
                <h2>{ i18n.text("workshop-blocks") }</h2>
                { plan_blocks(&i18n, plan) }
                <h2>{ i18n.text("workshop-prepare") }</h2>
                <ul class="prepare">
                    { for PREPARE.iter().map(|id| html! { <li>{ i18n.text(id) }</li> }) }
                </ul>
                { beside_choice(&workshop, &i18n) }
                <label class="field">
                    <span>{ i18n.text("workshop-place") }</span>
                    <input type="text" value={workshop.place.clone()} oninput={on_place}
                        maxlength="60" data-testid="workshop-place" />
                </label>
                <button type="button" class="ax-button" data-testid="workshop-start"
                    onclick={send(&workshop, WorkshopAction::Start(app.visit.today))}>
                    { i18n.text("workshop-start") }
                </button>
            </section>
        }
    });
    let past = if workshop.sessions.past.is_empty() {
        html! { <p class="muted">{ i18n.text("workshop-past-none") }</p> }
    } else {
        html! {
            <ul class="past">
                { for workshop.sessions.past.iter().enumerate().map(|(index, session)| html! {
                    <li>
                        <button type="button" class="ax-button secondary" data-testid="workshop-past"
                            onclick={send(&workshop, WorkshopAction::ShowSummary(index))}>
                            { format!("{} · {}", iso_date(session.date), i18n.text(&session.plan.name_message())) }
                            if !session.place.is_empty() { { format!(" · {}", session.place) } }
                        </button>
                    </li>
                }) }
            </ul>
        }
    };
    html! {
        <>
            { page_header(&i18n, "workshop-title", "workshop-intro") }
            { app_only(&i18n, html! { <>
                <section>
                    <h2>{ i18n.text("workshop-plans") }</h2>
                    <ul class="plans">{ for plans }</ul>
                </section>
                { for chosen }
                <section>
                    <h2>{ i18n.text("workshop-past") }</h2>
                    { past }
                </section>
            </> }) }
        </>
    }
}

/// The second language to show beside the app's: none, or any other, each named in itself.
fn beside_choice(workshop: &WorkshopHandle, i18n: &Localizer) -> Html {
    let chosen = workshop.beside.filter(|locale| *locale != i18n.locale());
    let choice = |locale: Option<Locale>| {
        let (tag, name, lang, dir) = match locale {
            Some(locale) => (
                locale.tag(),
                locale.autonym().to_owned(),
                Some(locale.tag()),
                Some(locale.direction().as_str()),
            ),
            None => ("none", i18n.text("workshop-beside-none"), None, None),
        };
        html! {
            <button type="button" class="ax-button secondary" data-lang={tag} lang={lang} dir={dir}
                aria-pressed={(chosen == locale).to_string()}
                onclick={send(workshop, WorkshopAction::Beside(locale))}>
                { name }
            </button>
        }
    };
    html! {
        <div class="beside">
            <h2 id="workshop-beside-label">{ i18n.text("workshop-beside") }</h2>
            <p class="muted">{ i18n.text("workshop-beside-desc") }</p>
            <div class="choices" role="group" aria-labelledby="workshop-beside-label" data-testid="workshop-beside">
                { choice(None) }
                { for Locale::ALL.into_iter().filter(|locale| *locale != i18n.locale()).map(|locale| choice(Some(locale))) }
            </div>
        </div>
    }
}

fn plan_blocks(i18n: &Localizer, plan: &Plan) -> Html {
    html! {
        <ol class="blocks">
            { for plan.blocks.iter().map(|timed| html! {
                <li>
                    <span>{ block_label(i18n, timed.block) }</span>
                    <span class="plan-time">{ minutes(i18n, timed.minutes) }</span>
                </li>
            }) }
        </ol>
    }
}

/// The presenter view: the audience's part (the screen's content, large), then the volunteer's
/// controls, and the notes behind their toggle.
fn presenter(workshop: &WorkshopHandle, voices: Voices, session: &Session) -> Html {
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

fn stage(workshop: &WorkshopHandle, voices: Voices, session: &Session, step: Step) -> Html {
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

/// The words of the option `key` of `question` (我不确定 for the not-sure count).
fn option_text(i18n: &Localizer, question: &Question, key: &str) -> String {
    if key == NOT_SURE {
        i18n.text("tally-not-sure")
    } else {
        i18n.text(&question.option_message(key))
    }
}

fn tally(
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

fn red_flags(
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

/// The closing screen: how many came and how many leaflets went, before finishing.
fn closing(workshop: &WorkshopHandle, i18n: &Localizer, session: &Session) -> Html {
    let number = |make: fn(Option<u32>) -> WorkshopAction| {
        let workshop = workshop.clone();
        Callback::from(move |event: InputEvent| {
            let value = input_value(&event).unwrap_or_default();
            workshop.dispatch(make(value.trim().parse().ok()));
        })
    };
    let value = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    html! {
        <>
            <p class="label">{ i18n.text("workshop-summary-title") }</p>
            <label class="field">
                <span>{ i18n.text("workshop-headcount") }</span>
                <input type="number" inputmode="numeric" min="0" max="999" data-testid="workshop-headcount"
                    value={value(session.headcount)} oninput={number(WorkshopAction::Headcount)} />
            </label>
            <label class="field">
                <span>{ i18n.text("workshop-leaflets") }</span>
                <input type="number" inputmode="numeric" min="0" max="9999" data-testid="workshop-leaflets"
                    value={value(session.leaflets)} oninput={number(WorkshopAction::Leaflets)} />
            </label>
            <button type="button" class="ax-button secondary" data-testid="workshop-discard"
                onclick={send(workshop, WorkshopAction::Discard)}>
                { i18n.text("workshop-discard") }
            </button>
        </>
    }
}

/// A finished session's summary, with its CSV to download.
fn summary(workshop: &WorkshopHandle, i18n: &Localizer, session: &Session) -> Html {
    let text = |id: &str| i18n.text(id);
    let table = csv(session, &text);
    let file = format!("anxin-workshop-{}.csv", iso_date(session.date));
    let fact = |label: &str, value: String| {
        html! {
            <div><dt>{ i18n.text(label) }</dt><dd>{ value }</dd></div>
        }
    };
    let count = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_else(|| "–".into());
    let missed = most_missed(&session.tallies);
    html! {
        <section class="summary" data-testid="workshop-summary">
            <h1>{ i18n.text("workshop-summary-title") }</h1>
            <p class="muted">{ i18n.text("workshop-summary-intro") }</p>
            <dl>
                { fact("workshop-date", iso_date(session.date)) }
                { fact("workshop-csv-place", session.place.clone()) }
                { fact("workshop-headcount", count(session.headcount)) }
                { fact("workshop-leaflets", count(session.leaflets)) }
                { fact("workshop-most-missed", missed.map_or_else(|| i18n.text("workshop-no-tally"), |q| i18n.text(&q.message()))) }
            </dl>
            { tallies(i18n, session) }
            <div class="actions">
                <a class="ax-button" href={csv_data_url(&table)} download={file} data-testid="workshop-export">
                    { i18n.text("workshop-export") }
                </a>
                <button type="button" class="ax-button secondary" data-testid="workshop-print"
                    onclick={Callback::from(|_: MouseEvent| print_page())}>
                    { i18n.text("workshop-print") }
                </button>
                <button type="button" class="ax-button secondary" data-testid="workshop-again"
                    onclick={send(workshop, WorkshopAction::Choosing)}>
                    { i18n.text("workshop-again") }
                </button>
            </div>
        </section>
    }
}

/// Each question's show of hands, for the summary and its printed page: the questions the room
/// answered, each with its options' counts and the right one marked.
fn tallies(i18n: &Localizer, session: &Session) -> Html {
    let answered: Vec<_> = session
        .tallies
        .iter()
        .filter(|tally| tally.total() > 0)
        .collect();
    let body = if answered.is_empty() {
        html! { <p class="muted">{ i18n.text("workshop-no-tally") }</p> }
    } else {
        html! { <>{ for answered.into_iter().map(|tally| {
            let question = tally.question;
            html! {
                <table class="hands">
                    <caption>{ i18n.text(&question.message()) }</caption>
                    <tbody>
                        { for tally.counts().iter().map(|&(key, hands)| {
                            let right = question.options.iter().any(|choice| choice.key == key && choice.correct);
                            html! {
                                <tr class={classes!(right.then_some("correct"))}>
                                    <th scope="row">{ option_text(i18n, question, key) }if right { { " ✓" } }</th>
                                    <td>{ hands.to_string() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        }) }</> }
    };
    html! {
        <section class="tallies" data-testid="workshop-tallies">
            <h2>{ i18n.text("workshop-tallies") }</h2>
            { body }
        </section>
    }
}
