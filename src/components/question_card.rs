//! One quiz question: its story and text, large options to choose from, "我不确定", and after
//! answering, why each option is right or wrong with a link to the right that teaches it.
//! Which options are correct never reaches the page before the answer is given.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::icon::{icon, IconKind};
use super::read_aloud::Reader;
use super::view_link::ViewLink;
use crate::content::cases::teaching;
use crate::content::quiz::{Kind, Outcome, Question};
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::platform::document::focus;
use crate::state::quiz::{Answer, Reply};
use crate::state::use_app;
use crate::theme::styles::QUESTION_CARD;

/// Properties of [`QuestionCard`].
#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    /// The question.
    pub question: &'static Question,
    /// The answer, once given.
    pub answer: Option<Answer>,
    /// Called with the person's reply.
    pub on_reply: Callback<Reply>,
    /// Whether the question takes focus when it appears (in a round, not on the home screen).
    #[prop_or_default]
    pub take_focus: bool,
    /// What comes after the feedback (the round's "next" button).
    #[prop_or_default]
    pub children: Html,
}

/// A question, answered in place. Give it a `key` per question so its choices start afresh.
#[function_component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let selected = use_state(Vec::<&'static str>::new);
    let nudged = use_state(|| false);
    let heading = use_node_ref();
    let feedback = use_node_ref();
    let question = props.question;
    let answered = props.answer.is_some();
    let many = question.kind.answers_many();

    {
        let take_focus = props.take_focus;
        let heading = heading.clone();
        use_effect_with(question.id, move |_| {
            if take_focus {
                focus(&heading);
            }
        });
    }
    {
        let feedback = feedback.clone();
        use_effect_with(answered, move |answered| {
            if *answered {
                focus(&feedback);
            }
        });
    }

    let toggle = |key: &'static str| {
        let selected = selected.clone();
        let nudged = nudged.clone();
        Callback::from(move |_: MouseEvent| {
            let mut keys = (*selected).clone();
            if keys.contains(&key) {
                keys.retain(|k| *k != key);
            } else if many {
                keys.push(key);
            } else {
                keys = vec![key];
            }
            nudged.set(false);
            selected.set(keys);
        })
    };
    let on_check = {
        let selected = selected.clone();
        let nudged = nudged.clone();
        let on_reply = props.on_reply.clone();
        Callback::from(move |_: MouseEvent| {
            if selected.is_empty() {
                nudged.set(true);
            } else {
                on_reply.emit(Reply::Chosen((*selected).clone()));
            }
        })
    };
    let on_not_sure = {
        let on_reply = props.on_reply.clone();
        Callback::from(move |_: MouseEvent| on_reply.emit(Reply::NotSure))
    };
    let kind_label = match question.kind {
        Kind::Single => "quiz-kind-single",
        Kind::TrueFalse => "quiz-kind-true-false",
        Kind::RedFlags => "quiz-kind-red-flags",
        Kind::Scenario => "quiz-kind-scenario",
    };
    let chosen: &[&'static str] = props.answer.as_ref().map_or(&selected, |a| &a.chosen);
    let reader = Reader::new(&app);
    let story = question
        .kind
        .has_story()
        .then(|| html! { <p class="story">{ reader.text(&i18n, &question.story_message()) }</p> });
    let asked = reader.text(&i18n, &question.message());

    let options: Html = question.options.iter().map(|choice| {
        let option = i18n.text(&question.option_message(choice.key));
        let pressed = chosen.contains(&choice.key);
        let correct = answered && choice.correct;
        html! {
            <li>
                <button type="button" class={classes!("option", correct.then_some("correct"))}
                    aria-pressed={pressed.to_string()} disabled={answered}
                    data-testid="quiz-option" data-key={choice.key} onclick={toggle(choice.key)}>
                    <span class="box" aria-hidden="true">{ pressed.then(|| icon(IconKind::Tick)) }</span>
                    <span class="words">
                        <span>{ reader.read_as(&i18n, &question.option_message(choice.key), option.clone(), option, false) }</span>
                        if answered {
                            <span class="marks">
                                if correct { <span class="mark">{ i18n.text("quiz-mark-correct") }</span> }
                                if pressed { <span>{ i18n.text("quiz-mark-chosen") }</span> }
                            </span>
                        }
                    </span>
                </button>
            </li>
        }
    }).collect();

    let feedback_body = props.answer.as_ref().map(|answer| {
        let verdict = match answer.outcome {
            Outcome::Right => "quiz-right",
            Outcome::Wrong => "quiz-wrong",
            Outcome::NotSure => "quiz-unsure",
        };
        let mut topic = FluentArgs::new();
        topic.set("topic", i18n.text(&format!("topic-{}", question.right)));
        reader.begin_here();
        html! {
            <>
                <p class="verdict">{ reader.text(&i18n, verdict) }</p>
                <ul class="why">
                    { for question.options.iter().map(|choice| html! {
                        <li>
                            <strong>{ reader.text(&i18n, &question.option_message(choice.key)) }</strong>
                            { reader.text(&i18n, &question.why_message(choice.key)) }
                        </li>
                    }) }
                </ul>
                <p class="links">
                    { ViewLink::to(View::Right(question.right.to_owned())).class("ax-button secondary")
                        .render(&app, html! { <>{ icon(IconKind::Book) }{ i18n.text_with("quiz-learn-more", &topic) }</> }) }
                    if let Some(case) = teaching(question.id) {
                        { ViewLink::to(View::Case(case.id.to_owned())).class("ax-button secondary").testid("quiz-case")
                            .render(&app, html! { <>{ icon(IconKind::Warning) }{ i18n.text("quiz-see-case") }</> }) }
                    }
                </p>
            </>
        }
    });

    html! {
        <section class={classes!(QUESTION_CARD, many.then_some("many"))} data-testid="quiz-question" data-id={question.id}>
            { reader.control() }
            <p class="kind">{ i18n.text(kind_label) }</p>
            { for story }
            <h2 ref={heading} tabindex="-1">{ asked }</h2>
            <ul class="options">{ options }</ul>
            if !answered {
                <div class="actions">
                    <button type="button" class="ax-button" data-testid="quiz-check" onclick={on_check}>
                        { i18n.text("quiz-check") }
                    </button>
                    <button type="button" class="ax-button secondary" data-testid="quiz-not-sure" onclick={on_not_sure}>
                        { i18n.text("quiz-not-sure") }
                    </button>
                </div>
                if *nudged {
                    <p class="nudge" role="status">{ i18n.text("quiz-choose-first") }</p>
                }
            }
            <div role="status">
                if let Some(body) = feedback_body {
                    <div class="feedback" data-testid="quiz-feedback" ref={feedback} tabindex="-1">{ body }</div>
                }
            </div>
            if answered {
                { props.children.clone() }
            }
        </section>
    }
}
