//! 每日一题 on the home screen: the same question for everyone on the same date, answered in
//! place. Its text arrives in its own small file (`Resource::Daily`), fetched after the screen
//! is shown.

use yew::prelude::*;

use super::fallback_language;
use super::question_card::QuestionCard;
use super::view_link::ViewLink;
use crate::content::quiz::Outcome;
use crate::i18n::{use_i18n, Resource};
use crate::model::draw::daily_question;
use crate::model::view::View;
use crate::state::language::{LanguageAction, ViewStatus};
use crate::state::quiz::QuizAction;
use crate::state::use_app;
use crate::theme::styles::DAILY_QUESTION;

/// Properties of [`DailyQuestion`].
#[derive(Properties, PartialEq)]
pub struct DailyQuestionProps {
    /// Whether it links to more questions once answered (a card has its own link).
    #[prop_or(true)]
    pub more_link: bool,
}

/// Today's question, or what became of it.
#[function_component]
pub fn DailyQuestion(props: &DailyQuestionProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let class = classes!("ax-card", "ax-app-only", DAILY_QUESTION);
    let text = app.text_status(Resource::Daily);
    if text != ViewStatus::Ready {
        if text == ViewStatus::Failed {
            let retry = {
                let app = app.clone();
                Callback::from(move |_: MouseEvent| app.dispatch(LanguageAction::Retry))
            };
            return html! {
                <section {class}>
                    <p>{ i18n.text("notice-content-failed") }</p>
                    <div><button type="button" class="ax-button secondary" onclick={retry}>{ i18n.text("content-retry") }</button></div>
                </section>
            };
        }
        return html! { <section {class} aria-busy="true"></section> };
    }
    let question = daily_question(app.visit.today);
    let more = props.more_link.then(|| {
        ViewLink::to(View::Quiz)
            .class("ax-button secondary")
            .render(&app, html! { i18n.text("daily-more") })
    });
    let body = match (
        app.saved.progress.daily_on(app.visit.today),
        &app.quiz.daily_answer,
    ) {
        (Some(_), Some(answer)) => html! {
            <QuestionCard key={question.id} {question} answer={answer.clone()} on_reply={Callback::noop()}>
                <p>{ i18n.text("daily-done") }</p>
                <div>{ for more.clone() }</div>
            </QuestionCard>
        },
        (Some(outcome), None) => html! {
            <>
                <p data-testid="daily-result">
                    { i18n.text(if outcome == Outcome::Right { "daily-result-right" } else { "daily-result-other" }) }
                </p>
                <p>{ i18n.text("daily-done") }</p>
                <div>{ for more.clone() }</div>
            </>
        },
        (None, _) => {
            let on_reply = {
                let app = app.clone();
                Callback::from(move |reply| app.dispatch(QuizAction::AnswerDaily(reply)))
            };
            html! {
                <>
                    <p class="muted">{ i18n.text("daily-note") }</p>
                    <QuestionCard key={question.id} {question} answer={None::<crate::state::quiz::Answer>} {on_reply} />
                </>
            }
        }
    };
    let shown_in = fallback_language(&i18n, Resource::Daily);
    html! {
        <section {class} data-testid="daily-question"
            lang={shown_in.map(|l| l.tag())} dir={shown_in.map(|l| l.direction().as_str())}>
            <h2>{ i18n.text("daily-title") }</h2>
            { body }
        </section>
    }
}
