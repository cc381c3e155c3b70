//! 每日一题 on the home screen: the same question for everyone on the same date, answered in
//! place. Its text arrives with the quiz's message file, fetched after the screen is shown.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::fallback_language;
use super::question_card::QuestionCard;
use super::view_link::{use_links, ViewLink};
use crate::content::quiz::{daily_question, Outcome};
use crate::i18n::{use_i18n, Resource};
use crate::model::progress::Day;
use crate::model::view::View;
use crate::state::language::ViewStatus;
use crate::state::quiz::{Answer, Reply};

/// Properties of [`DailyQuestion`].
#[derive(Properties, PartialEq)]
pub struct DailyQuestionProps {
    /// Today's date, which picks the question.
    pub today: Day,
    /// Whether the quiz's text is here, still coming, or could not be fetched.
    pub text: ViewStatus,
    /// How today's question went, once answered (kept on the device).
    pub outcome: Option<Outcome>,
    /// The answer given during this visit, with its explanation.
    pub answer: Option<Answer>,
    /// Called with the person's reply.
    pub on_reply: Callback<Reply>,
    /// Called when the person asks to fetch the text again.
    pub on_retry: Callback<()>,
}

/// Today's question, or what became of it.
#[styled_component]
pub fn DailyQuestion(props: &DailyQuestionProps) -> Html {
    let links = use_links();
    let i18n = use_i18n();
    let style = css!(
        r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m); min-block-size: 12em;
        .muted { color: var(--ax-muted); font-size: var(--ax-fs-small); }
        "#
    );
    let class = classes!("ax-card", "ax-app-only", style);
    if props.text != ViewStatus::Ready {
        if props.text == ViewStatus::Failed {
            let retry = props.on_retry.reform(|_: MouseEvent| ());
            return html! {
                <section {class}>
                    <p>{ i18n.text("notice-content-failed") }</p>
                    <div><button type="button" class="ax-button secondary" onclick={retry}>{ i18n.text("content-retry") }</button></div>
                </section>
            };
        }
        return html! { <section {class} aria-busy="true"></section> };
    }
    let question = daily_question(props.today);
    let more = ViewLink::to(View::Quiz)
        .class("ax-button secondary")
        .render(&links, html! { i18n.text("daily-more") });
    let body = match (props.outcome, &props.answer) {
        (Some(_), Some(answer)) => html! {
            <QuestionCard key={question.id} {question} answer={answer.clone()} on_reply={Callback::noop()}>
                <p>{ i18n.text("daily-done") }</p>
                <div>{ more }</div>
            </QuestionCard>
        },
        (Some(outcome), None) => html! {
            <>
                <p data-testid="daily-result">
                    { i18n.text(if outcome == Outcome::Right { "daily-result-right" } else { "daily-result-other" }) }
                </p>
                <p>{ i18n.text("daily-done") }</p>
                <div>{ more }</div>
            </>
        },
        (None, _) => html! {
            <>
                <p class="muted">{ i18n.text("daily-note") }</p>
                <QuestionCard key={question.id} {question} answer={None::<Answer>} on_reply={props.on_reply.clone()} />
            </>
        },
    };
    let shown_in = fallback_language(&i18n, Resource::Quiz);
    html! {
        <section {class} data-testid="daily-question"
            lang={shown_in.map(|l| l.tag())} dir={shown_in.map(|l| l.direction().as_str())}>
            <h2>{ i18n.text("daily-title") }</h2>
            { body }
        </section>
    }
}
