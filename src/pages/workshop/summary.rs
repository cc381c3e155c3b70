//! The end of a session: the closing screen (head count, leaflets) and the summary with each
//! question's hands, the CSV and the print button.

use super::*;
use crate::components::offline::update_line;
use crate::content::cases::Spotting;
use crate::i18n::Localizer;
use crate::model::session::{csv, csv_data_url, iso_date, languages, Session};
use crate::model::tally::most_missed;
use crate::platform::document::{input_value, print_page};
use crate::state::workshop::{Confirm, WorkshopAction, WorkshopHandle};
use crate::state::AppHandle;
use yew::prelude::*;

/// The closing screen: how many came and how many leaflets went, before finishing.
pub(super) fn closing(workshop: &WorkshopHandle, i18n: &Localizer, session: &Session) -> Html {
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
                onclick={send(workshop, WorkshopAction::Ask(Confirm::Discard))}>
                { i18n.text("workshop-discard") }
            </button>
        </>
    }
}

/// A finished session's summary, with its CSV to download.
pub(super) fn summary(
    app: &AppHandle,
    workshop: &WorkshopHandle,
    i18n: &Localizer,
    session: &Session,
) -> Html {
    let text = |id: &str| i18n.text(id);
    let table = csv(session, i18n.locale(), &text);
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
            { update_line(app, i18n) }
            <p class="muted">{ i18n.text("workshop-summary-intro") }</p>
            <dl>
                { fact("workshop-date", iso_date(session.date)) }
                { fact("workshop-csv-place", session.place.clone()) }
                { fact("workshop-csv-plan", i18n.text(&session.plan.name_message())) }
                { fact("workshop-csv-languages", languages(session, i18n.locale())) }
                { fact("workshop-headcount", count(session.headcount)) }
                { fact("workshop-leaflets", count(session.leaflets)) }
                { fact("workshop-most-missed", missed.map_or_else(|| i18n.text("workshop-no-tally"), |q| i18n.text(&q.message()))) }
            </dl>
            { tallies(i18n, session) }
            { red_flag_results(i18n, session) }
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

/// What the room found in each red-flag conversation, for the summary and its printed page.
fn red_flag_results(i18n: &Localizer, session: &Session) -> Html {
    if session.marks.is_empty() {
        return Html::default();
    }
    let header = |id: &str| html! { <th scope="col">{ i18n.text(id) }</th> };
    html! {
        <table class="hands flags" data-testid="workshop-flag-results">
            <caption>{ i18n.text("workshop-csv-case") }</caption>
            <thead><tr>
                <td></td>
                { header("workshop-csv-found") }{ header("workshop-csv-missed") }{ header("workshop-csv-false-alarms") }
            </tr></thead>
            <tbody>
                { for session.marks.iter().map(|marks| {
                    let spotting = Spotting::score(marks.case.conversation, &marks.lines);
                    html! {
                        <tr>
                            <th scope="row">{ i18n.text(&marks.case.message("title")) }</th>
                            <td>{ spotting.found.len().to_string() }</td>
                            <td>{ spotting.missed.len().to_string() }</td>
                            <td>{ spotting.false_alarms.len().to_string() }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// Each question's show of hands, for the summary and its printed page: the questions the room
/// answered, each with its options' counts and the right one marked.
pub(super) fn tallies(i18n: &Localizer, session: &Session) -> Html {
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
                                    <td class="origin">{ i18n.text(if tally.is_typed(key) { "workshop-csv-typed" } else { "workshop-csv-counted" }) }</td>
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
