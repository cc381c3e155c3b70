//! The cards a partner embeds in its own page (`Frame::Card` screens): the daily question
//! answered in place, one right in brief, one case's red flags in brief, each with a link to
//! learn more, which opens the full screen in the frame, or in the host's own window when the
//! host asked for that (`nav=top`).

use yew::prelude::*;

use super::{message_list, page_title};
use crate::components::daily_question::DailyQuestion;
use crate::components::icon::{icon, IconKind};
use crate::components::view_link::ViewLink;
use crate::content::cases::find as find_case;
use crate::content::rights::find as find_right;
use crate::i18n::Localizer;
use crate::model::view::View;
use crate::state::AppHandle;
use crate::theme::styles::EMBED_CARD;

/// The link from a card to the full screen it briefs.
fn learn_more(app: &AppHandle, label: String, to: View) -> Html {
    let children = html! { label };
    if app.embed.learn_more_top {
        html! {
            <a class="ax-button learn-more" data-testid="learn-more" target="_top"
                href={app.unembedded_href_for(&to)}>{ children }</a>
        }
    } else {
        ViewLink::to(to)
            .class("ax-button learn-more")
            .testid("learn-more")
            .render(app, children)
    }
}

/// 每日一题 alone. (The cards are plain functions of the page's app and text, not components:
/// each component costs download size.)
pub fn daily_card(app: &AppHandle, i18n: &Localizer) -> Html {
    html! {
        <div class={EMBED_CARD}>
            <DailyQuestion more_link=false />
            { learn_more(app, i18n.text("card-more-quiz"), View::Quiz) }
        </div>
    }
}

/// One right: its name and what it means in a line.
pub fn right_card(app: &AppHandle, i18n: &Localizer, id: &str) -> Html {
    let Some(right) = find_right(id) else {
        return html! {
            <div class={EMBED_CARD}>
                { page_title(i18n, "rights-not-found") }
                { learn_more(app, i18n.text("rights-all"), View::Rights) }
            </div>
        };
    };
    html! {
        <div class={EMBED_CARD}>
            <div class="head">
                <span class="ax-picture">{ icon(IconKind::from(right.symbol)) }</span>
                { page_title(i18n, &right.message("name")) }
            </div>
            <p>{ i18n.text(&right.message("summary")) }</p>
            { learn_more(app, i18n.text("card-more"), View::Right(right.id.to_owned())) }
        </div>
    }
}

/// One case: its title, the trap in a line, and its red flags.
pub fn case_card(app: &AppHandle, i18n: &Localizer, id: &str) -> Html {
    let Some(case) = find_case(id) else {
        return html! {
            <div class={EMBED_CARD}>
                { page_title(i18n, "cases-not-found") }
                { learn_more(app, i18n.text("cases-all"), View::Cases) }
            </div>
        };
    };
    let flags = case
        .numbered("flag", case.flags)
        .iter()
        .map(|id| i18n.text(id))
        .collect::<Vec<_>>();
    html! {
        <div class={EMBED_CARD}>
            { page_title(i18n, &case.message("title")) }
            <p class="trap">{ i18n.text(&case.message("trap")) }</p>
            <h2>{ i18n.text("case-section-flags") }</h2>
            { message_list(flags, false) }
            { learn_more(app, i18n.text("card-more"), View::Case(case.id.to_owned())) }
        </div>
    }
}
