//! The scam case studies (以案说险): the list, filtered by group, and one case in depth with
//! its story, red flags, the "spot the red flags" exercise, what to do, rights and hotlines.

use yew::prelude::*;

use super::{
    app_only, card_list, message_list, page_header, page_title, read_title, section, DetailProps,
};
use crate::components::hotline::hotline_link;
use crate::components::icon::{icon, IconKind};
use crate::components::nav_tile::NavTile;
use crate::components::read_aloud::Reader;
use crate::components::red_flag_spotter::RedFlagSpotter;
use crate::components::view_link::ViewLink;
use crate::content::cases::{find, CaseGroup, CASES};
use crate::content::help::public_hotline;
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::state::embed::EmbedAction;
use crate::state::quiz::{QuizAction, RoundKind};
use crate::state::{use_app, Action};
use crate::theme::styles::{CASES_LIST, CASE_DETAIL};

/// The picture of a group's cards.
fn group_icon(group: CaseGroup) -> IconKind {
    match group {
        CaseGroup::Fees => IconKind::Megaphone,
        CaseGroup::Investment => IconKind::Scales,
        CaseGroup::Impersonation => IconKind::Phone,
        CaseGroup::Elderly => IconKind::Heart,
    }
}

/// Every case as a card saying in one line what the trap is, with a filter by group.
#[function_component]
pub fn CasesList() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let cases = app
        .partner
        .featured_cases_first(CASES.iter().collect(), |case| case.id);
    let filter = use_state(|| None::<CaseGroup>);
    let choose = |group: Option<CaseGroup>| {
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| filter.set(group))
    };
    let chip = |group: Option<CaseGroup>, label: &str| {
        html! {
            <button type="button" class="ax-chip" aria-pressed={(*filter == group).to_string()} data-testid="case-filter"
                data-group={group.map(|g| g.message())} onclick={choose(group)}>
                { i18n.text(label) }
            </button>
        }
    };
    html! {
        <div class={CASES_LIST}>
            { page_header(&i18n, "home-cases-title", "cases-intro") }
            <div class="filters" role="group" aria-label={i18n.text("cases-filter-label")}>
                { chip(None, "cases-group-all") }
                { for CaseGroup::ALL.map(|group| chip(Some(group), group.message())) }
            </div>
            { card_list(cases.into_iter().filter(|case| filter.is_none_or(|g| g == case.group)).map(|case| html! {
                <NavTile to={View::Case(case.id.to_owned())} icon={group_icon(case.group)}
                    testid="case-card" data_id={case.id}
                    title={i18n.text(&case.message("title"))}
                    subtitle={i18n.text(&case.message("trap"))} />
            })) }
        </div>
    }
}

/// One case: the story in scenes, the red flags, the exercise, what to do, rights, who to call.
#[function_component]
pub fn CaseDetail(props: &DetailProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let Some(case) = find(&props.id) else {
        return html! {
            <div class={CASE_DETAIL}>
                { page_title(&i18n, "cases-not-found") }
                <div>{ ViewLink::to(View::Cases).class("ax-button").render(&app, html! { i18n.text("cases-all") }) }</div>
            </div>
        };
    };
    let reader = Reader::new(&app);
    let texts = |ids: Vec<String>| {
        ids.iter()
            .map(|id| reader.text(&i18n, id))
            .collect::<Vec<_>>()
    };
    let practise = {
        let app = app.clone();
        let id = case.id;
        Callback::from(move |_: MouseEvent| {
            app.dispatch(QuizAction::StartRound(RoundKind::Case(id)));
            app.dispatch(Action::Navigate(View::Quiz));
        })
    };
    let on_checked = {
        let app = app.clone();
        let id = case.id;
        Callback::from(move |()| app.dispatch(EmbedAction::CaseChecked(id.to_owned())))
    };
    let scenes = case
        .numbered("scene", case.scenes)
        .into_iter()
        .enumerate()
        .map(|(n, id)| {
            html! {
                <li class="scene">
                    <span class="scene-label">{ i18n.text(&format!("case-scene-{}", n + 1)) }</span>
                    <p>{ reader.text(&i18n, &id) }</p>
                </li>
            }
        });
    html! {
        <div class={CASE_DETAIL}>
            { read_title(&i18n, &case.message("title"), &reader) }
            { reader.control() }
            <p class="ax-lead">{ reader.text(&i18n, &case.message("trap")) }</p>
            { section(reader.text(&i18n, "case-section-story"), html! { <ol class="story">{ for scenes }</ol> }) }
            { section(reader.text(&i18n, "case-section-flags"), message_list(texts(case.numbered("flag", case.flags)), false)) }
            <section>
                <h2>{ i18n.text("case-section-spot") }</h2>
                { app_only(&i18n, html! { <RedFlagSpotter key={case.id} {case} {on_checked} /> }) }
            </section>
            { section(reader.text(&i18n, "case-section-now"), message_list(texts(case.numbered("now", case.now)), true)) }
            { section(reader.text(&i18n, "case-section-next"), message_list(texts(case.numbered("next", case.next)), true)) }
            { section(i18n.text("case-section-rights"), html! {
                <div class="links">
                    { for case.rights.iter().map(|right| ViewLink::to(View::Right((*right).to_owned()))
                        .class("ax-button secondary")
                        .render(&app, html! { <>{ icon(IconKind::Shield) }{ i18n.text(&format!("right-{right}-name")) }</> })) }
                </div>
            }) }
            { section(i18n.text("case-section-call"), html! {
                <div class="calls">
                    { for case.hotlines.iter().filter_map(|number| public_hotline(number))
                        .map(|line| hotline_link(line.number, i18n.text(line.label))) }
                    <div>{ ViewLink::to(View::Help).class("ax-button secondary").testid("nav-help")
                        .render(&app, html! { i18n.text("case-more-help") }) }</div>
                </div>
            }) }
            <div class="links">
                <button type="button" class="ax-button" data-testid="case-quiz" onclick={practise}>
                    { icon(IconKind::Question) }{ i18n.text("case-practise") }
                </button>
                { ViewLink::to(View::Check).class("ax-button secondary").testid("case-check")
                    .render(&app, html! { i18n.text("cases-check") }) }
                { ViewLink::to(View::Cases).class("ax-button secondary").render(&app, html! { i18n.text("cases-all") }) }
            </div>
        </div>
    }
}
