//! One module per screen; [`Page`] picks the one for the current view.

mod cards;
mod cases;
pub mod check;
pub mod handouts;
mod help;
mod home;
mod quiz;
mod rights;
mod settings;
pub mod workshop;

use yew::prelude::*;

pub use cases::{CaseDetail, CasesList};
pub use help::Help;
pub use home::Home;
pub use quiz::Quiz;
pub use rights::{RightDetail, RightsList};
pub use settings::Settings;

use crate::components::fallback_language;
use crate::components::read_aloud::Reader;
use crate::components::top_bar::TopBar;
use crate::i18n::{use_i18n, Localizer};
use crate::model::view::{Entry, View};
use crate::platform::document::VIEW_TITLE_ID;
use crate::state::language::{LanguageAction, ViewStatus};
use crate::state::use_app;
use crate::theme::styles::PAGE_STATUS;

/// Properties of a screen showing one item (a right, a case) by its stable id.
#[derive(Properties, PartialEq)]
pub struct DetailProps {
    /// The item's id.
    pub id: AttrValue,
}

/// What the running wasm carries, given by its entry point. Screens beyond the cards are named
/// by functions, so a wasm that gives none carries none of their code: the cards' wasm has no
/// app screens or top bar, the app's no quiz or workshop.
#[derive(Clone, Copy)]
pub struct Screens {
    /// The entry whose wasm runs.
    pub entry: Entry,
    /// The consumer's screens and the app's frame, where this wasm carries them.
    pub app: Option<AppScreens>,
    /// The quiz (with its 错题本 and certificate), where this wasm carries it.
    pub quiz: Option<fn() -> Html>,
    /// The screens of the workshop's entry (workshop mode, with its own state, and the
    /// leaflets), where this wasm carries them.
    pub workshop: Option<fn(&View) -> Html>,
    /// The message checker and its card, where this wasm carries them.
    pub check: Option<fn(&View) -> Html>,
}

/// The consumer's screens (home, rights, cases, help, settings) and the top bar over them.
#[derive(Clone, Copy)]
pub struct AppScreens {
    /// The screen for a view of the app's entry.
    pub screen: fn(&View) -> Html,
    /// The top bar.
    pub top_bar: fn() -> Html,
}

impl Screens {
    /// The consumer's app.
    pub const APP: Screens = Screens {
        entry: Entry::App,
        app: Some(APP_SCREENS),
        quiz: None,
        workshop: None,
        check: None,
    };

    /// The quiz's entry: the consumer's app and the quiz.
    pub const QUIZ: Screens = Screens {
        entry: Entry::Quiz,
        app: Some(APP_SCREENS),
        quiz: Some(quiz_screen),
        workshop: None,
        check: None,
    };

    /// The cards partners embed, alone.
    pub const CARD: Screens = Screens {
        entry: Entry::Card,
        app: None,
        quiz: None,
        workshop: None,
        check: None,
    };
}

/// The consumer's screens, for the entries that carry them.
pub const APP_SCREENS: AppScreens = AppScreens {
    screen: app_screen,
    top_bar: || html! { <TopBar /> },
};

/// The screen for a view of the app's entry (nothing for another's).
fn app_screen(view: &View) -> Html {
    match view {
        View::Home => html! { <Home /> },
        View::Settings => html! { <Settings /> },
        View::Rights => html! { <RightsList /> },
        View::Right(id) => html! { <RightDetail id={id.clone()} /> },
        View::Help => html! { <Help /> },
        View::Cases => html! { <CasesList /> },
        View::Case(id) => html! { <CaseDetail id={id.clone()} /> },
        _ => Html::default(),
    }
}

/// The quiz screen, for the entries that carry it.
pub fn quiz_screen() -> Html {
    html! { <Quiz /> }
}

impl PartialEq for Screens {
    fn eq(&self, other: &Self) -> bool {
        self.entry == other.entry
    }
}

/// Properties of [`Page`].
#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The screen to show.
    pub view: View,
    /// The screens this wasm carries, given by its entry point.
    pub screens: Screens,
}

/// The screen for a view, or word that its text is still coming or could not be fetched.
#[function_component]
pub fn Page(props: &PageProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    match app.view_status() {
        ViewStatus::Loading => {
            return html! { <p class={PAGE_STATUS} role="status">{ i18n.text("content-loading") }</p> };
        }
        ViewStatus::Failed => {
            let onclick = Callback::from(move |_: MouseEvent| app.dispatch(LanguageAction::Retry));
            return html! {
                <div class={PAGE_STATUS}>
                    <p>{ i18n.text("notice-content-failed") }</p>
                    <button type="button" {onclick}>{ i18n.text("content-retry") }</button>
                </div>
            };
        }
        ViewStatus::Ready => {}
    }
    let another_entry =
        || html! { <p class={PAGE_STATUS} role="status">{ i18n.text("content-loading") }</p> };
    // Another entry's screen: where this wasm does not carry it, the platform loads its page
    // (`Entry`) and this shows meanwhile.
    let page = match &props.view {
        View::Home
        | View::Settings
        | View::Rights
        | View::Right(_)
        | View::Help
        | View::Cases
        | View::Case(_) => props
            .screens
            .app
            .map_or_else(another_entry, |app| (app.screen)(&props.view)),
        View::DailyCard => cards::daily_card(&app, &i18n),
        View::RightCard(id) => cards::right_card(&app, &i18n, id),
        View::CaseCard(id) => cards::case_card(&app, &i18n, id),
        View::Quiz => props
            .screens
            .quiz
            .map_or_else(another_entry, |screen| screen()),
        View::Workshop | View::Handouts | View::Handout(_) => props
            .screens
            .workshop
            .map_or_else(another_entry, |screen| screen(&props.view)),
        View::Check | View::CheckCard => props
            .screens
            .check
            .map_or_else(another_entry, |screen| screen(&props.view)),
    };
    // Text not yet translated shows in Mandarin, marked as such.
    let content = props.view.needs().last().copied();
    match content.and_then(|resource| fallback_language(&i18n, resource)) {
        Some(shown_in) => html! {
            <div lang={shown_in.tag()} dir={shown_in.direction().as_str()}>{ page }</div>
        },
        None => page,
    }
}

/// A screen's main heading, message `id`; it receives focus after navigation. It names the
/// language of its text, which may differ from the content's (a translated title above text
/// still shown in Mandarin). Its type comes from the page-wide `h1` rule of the theme.
pub fn page_title(i18n: &Localizer, id: &str) -> Html {
    page_title_of(i18n, id, i18n.text(id).into())
}

/// A screen's main heading as [`page_title`], read aloud as the first part of its reading matter.
pub fn read_title(i18n: &Localizer, id: &str, reader: &Reader) -> Html {
    page_title_of(i18n, id, reader.text(i18n, id))
}

fn page_title_of(i18n: &Localizer, id: &str, text: Html) -> Html {
    let locale = i18n.source_of(id).unwrap_or(i18n.locale());
    html! {
        <h1 id={VIEW_TITLE_ID} tabindex="-1" lang={locale.tag()} dir={locale.direction().as_str()}>
            { text }
        </h1>
    }
}

/// The top of a screen: its title (message `title_id`) and one line on what it is for.
pub fn page_header(i18n: &Localizer, title_id: &str, intro_id: &str) -> Html {
    html! {
        <section>
            { page_title(i18n, title_id) }
            <p class="ax-intro">{ i18n.text(intro_id) }</p>
        </section>
    }
}

/// A part that works only with the app running (buttons, exercises, settings), with what a
/// page shows in its place before the app runs (the theme shows one of them by the page's
/// state, `theme::NO_APP_CLASS`): a loading line with the download's progress while the app
/// loads (fixed to the foot of the screen, so that nothing moves when it goes); a retry if the
/// download failed; the note that it needs a newer WeChat or browser where the app cannot run.
pub fn app_only(i18n: &Localizer, part: Html) -> Html {
    html! {
        <>
            <p class="ax-app-loading" role="status" data-testid="app-loading">
                <span>{ i18n.text("content-loading") }</span>
                <progress class="ax-load" max="100" aria-hidden="true"></progress>
            </p>
            <p class="ax-app-load-failed" role="alert" data-testid="app-load-failed">
                <span>{ i18n.text("notice-content-failed") }</span>
                <button type="button" class="ax-button secondary" data-reload="">{ i18n.text("content-retry") }</button>
            </p>
            <div class="ax-app-only">{ part }</div>
            <p class="ax-needs-app" role="note">{ i18n.text("needs-app") }</p>
        </>
    }
}

/// A titled block of a content screen: a heading and what it introduces.
pub fn section(title: impl Into<Html>, body: Html) -> Html {
    let title = title.into();
    html! {
        <section>
            <h2>{ title }</h2>
            { body }
        </section>
    }
}

/// A grid of cards (`NavTile`s), one column in 长辈版 and on phones.
pub fn card_list(cards: impl IntoIterator<Item = Html>) -> Html {
    html! {
        <ul class="ax-cards">
            { for cards.into_iter().map(|card| html! { <li>{ card }</li> }) }
        </ul>
    }
}

/// A list of messages, numbered when `ordered`.
pub fn message_list(texts: impl IntoIterator<Item = impl Into<Html>>, ordered: bool) -> Html {
    let items: Html = texts
        .into_iter()
        .map(|text| html! { <li>{ text.into() }</li> })
        .collect();
    if ordered {
        html! { <ol>{ items }</ol> }
    } else {
        html! { <ul>{ items }</ul> }
    }
}
