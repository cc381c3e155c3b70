//! The quiz: choosing what to practise (a mixed round, the 错题本, a topic), a round in
//! progress, its score, and the certificate once every topic is done.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::{app_only, page_header, page_title};
use crate::components::certificate::Certificate;
use crate::components::icon::{icon, IconKind};
use crate::components::question_card::QuestionCard;
use crate::content::quiz::{find, topic_questions, TopicGroup, MIXED_ROUND_LEN, TOPICS};
use crate::i18n::{use_i18n, Localizer};
use crate::model::partner::Partner;
use crate::platform::document::{focus, focus_view_title};
use crate::state::embed::EmbedAction;
use crate::state::quiz::{QuizAction, Round, RoundKind};
use crate::state::{use_app, AppHandle};
use crate::theme::styles::QUIZ;

/// The quiz screen.
#[function_component]
pub fn Quiz() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let notebook_open = use_state(|| false);
    let confirming_clear = use_state(|| false);
    let score_heading = use_node_ref();
    let screen = match &app.quiz.round {
        None => Screen::Choose,
        Some(round) if round.is_finished() => Screen::Score,
        Some(_) => Screen::Round,
    };
    {
        // Keep the keyboard and screen reader in place when the control used goes away: a new
        // question focuses itself; the score and the list of topics are focused here.
        let score_heading = score_heading.clone();
        let shown = use_mut_ref(|| screen);
        use_effect_with(screen, move |screen| {
            if *shown.borrow() != *screen {
                match screen {
                    Screen::Score => focus(&score_heading),
                    Screen::Choose => focus_view_title(),
                    Screen::Round => {}
                }
            }
            *shown.borrow_mut() = *screen;
        });
    }
    let dispatch = |action: fn() -> QuizAction| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(action()))
    };
    let start = |kind: RoundKind| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(QuizAction::StartRound(kind)))
    };
    let body = match &app.quiz.round {
        Some(round) if round.is_finished() => {
            score(&app, &i18n, round, &score_heading, &start, &dispatch)
        }
        Some(round) => round_view(&app, &i18n, round, &dispatch),
        None => {
            let toggle = |state: &UseStateHandle<bool>, value: bool| {
                let state = state.clone();
                Callback::from(move |_: MouseEvent| state.set(value))
            };
            let clear = {
                let app = app.clone();
                let confirming_clear = confirming_clear.clone();
                Callback::from(move |_: MouseEvent| {
                    confirming_clear.set(false);
                    app.dispatch(QuizAction::ClearNotebook);
                })
            };
            let mut count = FluentArgs::new();
            count.set("count", MIXED_ROUND_LEN);
            let notebook: Vec<_> = app
                .saved
                .progress
                .notebook
                .iter()
                .filter_map(|entry| find(&entry.id))
                .collect();
            let due = app.saved.progress.due(app.visit.today);
            let due_known = due.iter().any(|id| find(id).is_some());
            let mut in_notebook = FluentArgs::new();
            in_notebook.set("count", notebook.len());
            html! {
                <>
                    <section class="ax-card">
                        <h2>{ i18n.text("quiz-mixed-title") }</h2>
                        <p>{ i18n.text_with("quiz-mixed-sub", &count) }</p>
                        <div class="row">
                            <button type="button" class="ax-button" data-testid="quiz-start-mixed" onclick={start(RoundKind::Mixed)}>
                                { icon(IconKind::Question) }{ i18n.text("quiz-mixed-title") }
                            </button>
                        </div>
                    </section>
                    <section class="ax-card" data-testid="quiz-notebook">
                        <h2>{ i18n.text("quiz-notebook-title") }</h2>
                        if notebook.is_empty() {
                            <p>{ i18n.text("quiz-notebook-empty") }</p>
                        } else {
                            <p data-testid="quiz-notebook-count">{ i18n.text_with("quiz-notebook-count", &in_notebook) }</p>
                        }
                        <p class="muted">{ i18n.text("quiz-notebook-rule") }</p>
                        if !notebook.is_empty() {
                            if !due_known {
                                <p>{ i18n.text("quiz-notebook-rested") }</p>
                            }
                            <div class="row">
                                if due_known {
                                    <button type="button" class="ax-button" data-testid="quiz-start-notebook" onclick={start(RoundKind::Notebook)}>
                                        { i18n.text("quiz-notebook-practise") }
                                    </button>
                                }
                                <button type="button" class="ax-button secondary" aria-expanded={notebook_open.to_string()}
                                    data-testid="quiz-notebook-open" onclick={toggle(&notebook_open, !*notebook_open)}>
                                    { i18n.text(if *notebook_open { "quiz-notebook-close" } else { "quiz-notebook-open" }) }
                                </button>
                            </div>
                            if *notebook_open {
                                <ol class="list" data-testid="quiz-notebook-list">
                                    { for notebook.iter().map(|q| html! {
                                        <li data-id={q.id}>{ i18n.text(&q.message()) }</li>
                                    }) }
                                </ol>
                            }
                            <div class="row">
                                if *confirming_clear {
                                    <p>{ i18n.text("quiz-notebook-clear-confirm") }</p>
                                    <button type="button" class="ax-button" data-testid="quiz-notebook-clear-yes" onclick={clear}>
                                        { i18n.text("quiz-notebook-clear-yes") }
                                    </button>
                                    <button type="button" class="ax-button secondary" onclick={toggle(&confirming_clear, false)}>
                                        { i18n.text("quiz-notebook-clear-no") }
                                    </button>
                                } else {
                                    <button type="button" class="ax-button secondary" data-testid="quiz-notebook-clear" onclick={toggle(&confirming_clear, true)}>
                                        { i18n.text("quiz-notebook-clear") }
                                    </button>
                                }
                            </div>
                        }
                    </section>
                    <section>
                        <h2>{ i18n.text("quiz-topics-title") }</h2>
                        // The partner's featured topics first, under its name, and not again
                        // in their groups.
                        if let Some((partner, featured)) = featured_topics(&app) {
                            <h3 data-testid="quiz-featured">{ i18n.text_with("quiz-group-featured", &partner_named(&i18n, partner)) }</h3>
                            <ul class="topics">
                                { for featured.iter().map(|id| topic_button(&app, &i18n, id, &start)) }
                            </ul>
                        }
                        { for [
                            (TopicGroup::Right, "quiz-group-right"),
                            (TopicGroup::Scam, "quiz-group-scam"),
                            (TopicGroup::Basics, "quiz-group-basics"),
                        ].map(|(group, title)| html! {
                            <>
                                <h3>{ i18n.text(title) }</h3>
                                <ul class="topics">
                                    { for TOPICS.iter()
                                        .filter(|t| t.group == group && !is_featured(&app, t.id))
                                        .map(|topic| topic_button(&app, &i18n, topic.id, &start)) }
                                </ul>
                            </>
                        }) }
                    </section>
                    <Certificate />
                </>
            }
        }
    };
    html! {
        <div class={QUIZ}>
            if app.quiz.round.is_none() {
                { page_header(&i18n, "home-quiz-title", "quiz-intro") }
            }
            { app_only(&i18n, body) }
        </div>
    }
}

/// Which part of the quiz is showing.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    /// Choosing what to practise.
    Choose,
    /// A question of a round.
    Round,
    /// A round's score.
    Score,
}

/// A button starting one topic's round, with its question count and whether it is done.
fn topic_button(
    app: &AppHandle,
    i18n: &Localizer,
    topic: &'static str,
    start: &impl Fn(RoundKind) -> Callback<MouseEvent>,
) -> Html {
    let mut count = FluentArgs::new();
    count.set("count", topic_questions(topic).len());
    html! {
        <li>
            <button type="button" class="topic" data-testid="quiz-topic" data-id={topic} onclick={start(RoundKind::Topic(topic))}>
                <span class="words">
                    <span class="name">{ i18n.text(&format!("topic-{topic}")) }</span>
                    <span class="count">{ i18n.text_with("quiz-topic-count", &count) }</span>
                </span>
                if app.saved.progress.is_done(topic) {
                    <span class="done">{ icon(IconKind::Tick) }{ i18n.text("quiz-topic-done") }</span>
                }
            </button>
        </li>
    }
}

/// A round in progress: where it is, the question, and the way on.
fn round_view(
    app: &AppHandle,
    i18n: &Localizer,
    round: &Round,
    dispatch: &impl Fn(fn() -> QuizAction) -> Callback<MouseEvent>,
) -> Html {
    let Some(question) = round.current() else {
        return Html::default();
    };
    let total = round.questions.len();
    let mut place = FluentArgs::new();
    place.set("number", round.position + 1);
    place.set("total", total);
    let on_reply = {
        let app = app.clone();
        Callback::from(move |reply| app.dispatch(QuizAction::Answer(reply)))
    };
    let last = round.position + 1 == total;
    html! {
        <>
            { page_title(i18n, "home-quiz-title") }
            <section>
                <p data-testid="quiz-progress">{ i18n.text_with("quiz-progress", &place) }</p>
                <progress max={total.to_string()} value={(round.position + 1).to_string()} aria-hidden="true"></progress>
            </section>
            <QuestionCard key={format!("{}-{}", round.position, question.id)} {question}
                answer={round.current_answer().cloned()} {on_reply} take_focus=true>
                <div class="row">
                    <button type="button" class="ax-button" data-testid="quiz-next" onclick={dispatch(|| QuizAction::NextQuestion)}>
                        { i18n.text(if last { "quiz-see-score" } else { "quiz-next" }) }
                    </button>
                </div>
            </QuestionCard>
            <div class="row">
                <button type="button" class="ax-button secondary" data-testid="quiz-leave" onclick={dispatch(|| QuizAction::LeaveRound)}>
                    { i18n.text("quiz-leave") }
                </button>
            </div>
        </>
    }
}

/// The partner and the topics it features that exist, in its order; `None` without either.
fn featured_topics(app: &AppHandle) -> Option<(&Partner, Vec<&'static str>)> {
    let partner = app.partner.get()?;
    let featured: Vec<&'static str> = partner
        .featured_topics
        .iter()
        .filter_map(|wanted| TOPICS.iter().find(|topic| topic.id == wanted).map(|t| t.id))
        .collect();
    (!featured.is_empty()).then_some((partner, featured))
}

/// Whether the partner features the topic `id` (listed first, under its name).
fn is_featured(app: &AppHandle, id: &str) -> bool {
    app.partner
        .get()
        .is_some_and(|partner| partner.featured_topics.iter().any(|wanted| wanted == id))
}

/// The `$partner` argument: the partner's name in the page's language.
fn partner_named(i18n: &Localizer, partner: &Partner) -> FluentArgs<'static> {
    let mut named = FluentArgs::new();
    named.set("partner", partner.name(i18n.locale()).to_owned());
    named
}

/// The offer to tell the partner whose page shows the app this round's score, saying exactly
/// what goes; only where the partner asks for scores and lists the page, and only on a tap.
fn share_score(app: &AppHandle, i18n: &Localizer, result: &FluentArgs) -> Html {
    let Some(partner) = app.partner.get().filter(|_| app.may_share_score()) else {
        return Html::default();
    };
    let named = partner_named(i18n, partner);
    let body = if app.embed.score_shared {
        html! { <p role="status">{ i18n.text_with("share-score-sent", &named) }</p> }
    } else {
        let app = app.clone();
        let onclick = Callback::from(move |_: MouseEvent| app.dispatch(EmbedAction::ShareScore));
        html! {
            <>
                <p>{ i18n.text_with("share-score-body", result) }</p>
                <div><button type="button" class="ax-button" data-testid="share-score" {onclick}>
                    { i18n.text("share-score-agree") }
                </button></div>
            </>
        }
    };
    html! {
        <section class="ax-card share" data-testid="share-offer">
            <h2>{ i18n.text_with("share-score-title", &named) }</h2>
            { body }
        </section>
    }
}

/// The end of a round: the score, what to review, and a retry of only the missed questions.
fn score(
    app: &AppHandle,
    i18n: &Localizer,
    round: &Round,
    heading: &NodeRef,
    start: &impl Fn(RoundKind) -> Callback<MouseEvent>,
    dispatch: &impl Fn(fn() -> QuizAction) -> Callback<MouseEvent>,
) -> Html {
    let mut result = FluentArgs::new();
    result.set("right", round.score());
    result.set("total", round.questions.len());
    let review = round.topics_to_review();
    html! {
        <>
            { page_title(i18n, "home-quiz-title") }
            <section class="ax-card" data-testid="quiz-score">
                <h2 ref={heading.clone()} tabindex="-1">{ i18n.text("quiz-score-title") }</h2>
                <p class="score">{ i18n.text_with("quiz-score", &result) }</p>
                if review.is_empty() {
                    <p>{ i18n.text("quiz-score-all") }</p>
                } else {
                    <p>{ i18n.text("quiz-score-notebook") }</p>
                    <h3>{ i18n.text("quiz-review") }</h3>
                    <ul class="topics">
                        { for review.into_iter().map(|topic| topic_button(app, i18n, topic, start)) }
                    </ul>
                }
                <div class="row">
                    if !round.missed().is_empty() {
                        <button type="button" class="ax-button" data-testid="quiz-retry" onclick={start(RoundKind::Retry)}>
                            { i18n.text("quiz-retry-missed") }
                        </button>
                    }
                    <button type="button" class="ax-button secondary" data-testid="quiz-back" onclick={dispatch(|| QuizAction::LeaveRound)}>
                        { i18n.text("quiz-back-topics") }
                    </button>
                </div>
            </section>
            { share_score(app, i18n, &result) }
        </>
    }
}
