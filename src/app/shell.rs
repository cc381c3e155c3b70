//! The frame around every screen: the theme's variables, the top bar, the notices, the splash
//! while the first language arrives, and the page contract (`data-view`, `data-ready`). It runs
//! the platform effects after every render.

use yew::prelude::*;

use crate::components::notices::notices;
use crate::components::offline::update_line;
use crate::i18n::{use_i18n, Localizer};
use crate::model::embed::Command;
use crate::model::view::{Entry, Frame, View};
use crate::pages::{Page, Screens};
use crate::platform::offline::use_offline;
use crate::platform::sync::use_platform_sync;
use crate::state::embed::EmbedAction;
use crate::state::language::ViewStatus;
use crate::state::{use_app, Action};
use crate::theme::styles::SHELL;
use crate::theme::{brand_variables, inline_variables, Mode};

/// The document's title for `view`: the screen's name and the app's (Home: the app's name and
/// its tagline). `loading`: a file the screen wants is still on its way.
pub fn document_title(view: &View, i18n: &Localizer, loading: bool) -> String {
    let app_name = i18n.text("app-name");
    let title_id = view.title_message();
    // While a file the screen wants is on its way, a title from another language's file would
    // flash (and log a missing message): the app's name stands in until it is here.
    let source = i18n.source_of(&title_id);
    if *view == View::Home {
        format!("{app_name} · {}", i18n.text("app-tagline"))
    } else if source == Some(i18n.locale()) || (source.is_some() && !loading) {
        format!("{} · {app_name}", i18n.text(&title_id))
    } else {
        app_name
    }
}

/// Properties of [`Shell`].
#[derive(Properties, PartialEq)]
pub(super) struct ShellProps {
    /// The screens this wasm carries, given by its entry point.
    pub screens: Screens,
}

/// The frame around every screen, carrying the page contract (`data-view`, `data-ready`).
#[function_component]
pub(super) fn Shell(props: &ShellProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let app_name = i18n.text("app-name");
    let loading = app
        .view
        .wants()
        .iter()
        .any(|resource| app.text_status(*resource) == ViewStatus::Loading);
    let title = document_title(&app.view, &i18n, loading);
    use_platform_sync(&app, &i18n, title, props.screens.entry);
    use_offline(&app);
    // A new version waits while a quiz round is under way (the workshop's screens show the
    // line themselves, outside a session).
    let round_under_way = app
        .quiz
        .round
        .as_ref()
        .is_some_and(|round| !round.is_finished());

    let on_dismiss = {
        let app = app.clone();
        Callback::from(move |notice| app.dispatch(Action::Dismiss(notice)))
    };
    let locale = i18n.locale();
    let mode = if app.effective.elder {
        Mode::Elder
    } else {
        Mode::Standard
    };
    let brand = app.partner.get().and_then(|partner| partner.colors.clone());
    let variables = use_memo((mode, locale, brand), |(mode, locale, brand)| {
        AttrValue::from(inline_variables(*mode, *locale) + &brand_variables(brand.as_ref(), *mode))
    });
    let close = app.embed.can_close().then(|| {
        let app = app.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| app.dispatch(EmbedAction::Command(Command::Close)));
        html! {
            <div class="close-bar">
                <button type="button" class="ax-button secondary" data-testid="embed-close" {onclick}>
                    { i18n.text("embed-close") }
                </button>
            </div>
        }
    });
    let card = app.view.frame() == Frame::Card;
    // A screen of another entry is never ready here: its page is being loaded.
    let ready = app.render.ready && props.screens.entry.carries(app.view.entry());
    html! {
        <div class={classes!(SHELL, card.then_some("card-frame"))} style={(*variables).clone()} lang={locale.tag()} dir={locale.direction().as_str()}
            data-view={app.view.to_param()} data-ready={ready.then_some("1")}>
            if app.language.booting {
                <div class="splash" aria-busy="true">{ app_name }</div>
            } else {
                { for close }
                if !card {
                    { for props.screens.app.map(|app| (app.top_bar)()) }
                }
                <main class={card.then_some("card")}>
                    // Nothing interrupts a volunteer presenting to a room.
                    if app.view.entry() != Entry::Workshop {
                        { notices(&app.notices, &on_dismiss, &i18n, app.visit.device, &app.offline.not_ready) }
                        if !round_under_way {
                            { update_line(&app, &i18n) }
                        }
                    }
                    <Page view={app.view.clone()} screens={props.screens} />
                </main>
            }
        </div>
    }
}
