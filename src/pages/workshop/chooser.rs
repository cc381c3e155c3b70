//! Choosing a plan: the plans, the chosen one's blocks and preparation, the second
//! language, the place, and the past sessions.

use super::*;
use crate::components::offline::{offline_panel, update_line};
use crate::content::workshop::{Plan, PLANS, PREPARE};
use crate::i18n::{use_i18n, Localizer};
use crate::model::locale::Locale;
use crate::model::session::iso_date;
use crate::pages::{app_only, page_header};
use crate::platform::document::input_value;
use crate::state::use_app;
use crate::state::workshop::{use_workshop, WorkshopAction, WorkshopHandle};
use yew::prelude::*;

/// Choosing a plan: the plans, the chosen one's blocks and preparation, the place, and the
/// past sessions.
#[function_component]
pub(super) fn Chooser() -> Html {
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
        let on_headcount = {
            let workshop = workshop.clone();
            Callback::from(move |event: InputEvent| {
                let value = input_value(&event).unwrap_or_default();
                workshop.dispatch(WorkshopAction::Headcount(value.trim().parse().ok()));
            })
        };
        html! {
            <section class="chosen" data-testid="workshop-chosen">
                <h2>{ i18n.text("workshop-blocks") }</h2>
                { plan_blocks(&i18n, plan) }
                <h2>{ i18n.text("workshop-prepare") }</h2>
                { offline_panel(&app, &i18n, true) }
                <ul class="prepare">
                    { for PREPARE.iter().map(|id| html! { <li>{ i18n.text(id) }</li> }) }
                </ul>
                // The leaflets to print, in a tab of their own so the plan chosen here stays.
                <a class="ax-button secondary" href={app.href_for(&View::Handouts)} target="_blank"
                    data-testid="workshop-handouts">{ i18n.text("handouts-title") }</a>
                { beside_choice(&workshop, &i18n) }
                <label class="field">
                    <span>{ i18n.text("workshop-place") }</span>
                    <input type="text" value={workshop.place.clone()} oninput={on_place}
                        maxlength="60" data-testid="workshop-place" />
                </label>
                <label class="field">
                    <span>{ i18n.text("workshop-headcount-before") }</span>
                    <input type="number" inputmode="numeric" min="0" max="999" data-testid="workshop-headcount"
                        value={workshop.headcount.map(|n| n.to_string()).unwrap_or_default()} oninput={on_headcount} />
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
            { update_line(&app, &i18n) }
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
pub(super) fn beside_choice(workshop: &WorkshopHandle, i18n: &Localizer) -> Html {
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

pub(super) fn plan_blocks(i18n: &Localizer, plan: &Plan) -> Html {
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
