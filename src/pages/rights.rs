//! The eight rights: the list of cards, and one right in depth.

use yew::prelude::*;

use super::{card_list, message_list, page_header, page_title, read_title, section, DetailProps};
use crate::components::icon::{icon, IconKind};
use crate::components::nav_tile::NavTile;
use crate::components::read_aloud::Reader;
use crate::components::view_link::ViewLink;
use crate::content::cases::find as find_case;
use crate::content::quiz::find_topic;
use crate::content::rights::{available, find, Related, RIGHTS};
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::state::quiz::{QuizAction, RoundKind};
use crate::state::{use_app, Action};
use crate::theme::styles::{RIGHTS_LIST, RIGHT_DETAIL};

/// The eight rights as cards, one per row in 长辈版.
#[function_component]
pub fn RightsList() -> Html {
    let i18n = use_i18n();
    html! {
        <div class={RIGHTS_LIST}>
            { page_header(&i18n, "home-rights-title", "rights-intro") }
            { card_list(RIGHTS.iter().map(|right| html! {
                <NavTile to={View::Right(right.id.to_owned())} icon={IconKind::from(right.symbol)}
                    testid="right-card" data_id={right.id}
                    title={i18n.text(&right.message("name"))}
                    subtitle={i18n.text(&right.message("summary"))} />
            })) }
        </div>
    }
}

/// One right: what the institution owes you, what it means, when it is broken, what to do.
#[function_component]
pub fn RightDetail(props: &DetailProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let Some(right) = find(&props.id) else {
        return html! {
            <div class={RIGHT_DETAIL}>
                { page_title(&i18n, "rights-not-found") }
                { ViewLink::to(View::Rights).class("button").render(&app, html! { i18n.text("rights-all") }) }
            </div>
        };
    };
    let related = available(
        right.related,
        |id| find_case(id).is_some(),
        |id| find_topic(id).is_some(),
    );
    let reader = Reader::new(&app);
    let texts = |ids: &[String]| {
        ids.iter()
            .map(|id| reader.text(&i18n, id))
            .collect::<Vec<_>>()
    };
    html! {
        <div class={RIGHT_DETAIL}>
            <div class="head">
                <span class="ax-picture">{ icon(IconKind::from(right.symbol)) }</span>
                { read_title(&i18n, &right.message("name"), &reader) }
            </div>
            { reader.control() }
            <p class="ax-lead">{ reader.text(&i18n, &right.message("summary")) }</p>
            { for [("right-section-gist", "gist"), ("right-section-meaning", "meaning")].map(|(title, field)| {
                section(reader.text(&i18n, title), html! { <p>{ reader.text(&i18n, &right.message(field)) }</p> })
            }) }
            { section(reader.text(&i18n, "right-section-examples"), message_list(texts(&right.example_messages()), false)) }
            { section(reader.text(&i18n, "right-section-steps"), message_list(texts(&right.step_messages()), true)) }
            if !related.is_empty() {
                { section(i18n.text("right-section-related"), html! {
                    <div class="links">
                        { for related.iter().map(|item| match item {
                            Related::Case(id) => ViewLink::to(View::Case((*id).to_owned()))
                                .class("button secondary")
                                .render(&app, html! { i18n.text("right-related-case") }),
                            Related::Quiz(topic) => {
                                let app = app.clone();
                                let topic = *topic;
                                let onclick = Callback::from(move |_: MouseEvent| {
                                    app.dispatch(QuizAction::StartRound(RoundKind::Topic(topic)));
                                    app.dispatch(Action::Navigate(View::Quiz));
                                });
                                html! {
                                    <button type="button" class="ax-button secondary" data-testid="right-quiz" {onclick}>
                                        { i18n.text("right-related-question") }
                                    </button>
                                }
                            }
                        }) }
                    </div>
                }) }
            }
            <div class="links">
                { ViewLink::to(View::Help).class("button").testid("nav-help").render(&app, html! {
                    <>{ icon(IconKind::Phone) }{ i18n.text("right-help-link") }</>
                }) }
                { ViewLink::to(View::Rights).class("button secondary").render(&app, html! { i18n.text("rights-all") }) }
            </div>
        </div>
    }
}
