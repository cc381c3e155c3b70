//! The app root, one job a module: [`App`] here owns the state and provides it and the
//! localizer to every view; `shell` frames every screen (theme, top bar, notices,
//! the page contract) and runs the platform effects; `start` starts the app in the browser,
//! taking over the prerendered page when it shows what the visit asks for; `workshop` is the
//! workshop's root (its own state, saved after every change), which only the workshop's wasm
//! and the prerender carry.

pub mod check;
mod shell;
mod start;
pub mod workshop;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{I18n, Localizer, MissLog};
use crate::pages::Screens;
use crate::platform::{document, tasks};
use crate::state::{Action, AppHandle, AppState};
use shell::Shell;

pub use shell::document_title;
pub use start::{start, ROOT_ID};

/// Properties of [`App`].
#[derive(Properties)]
pub struct AppProps {
    /// The state to start from.
    pub initial: Rc<AppState>,
    /// Where missing messages are reported.
    pub misses: Rc<MissLog>,
    /// When `initial` is a prerendered page's state, the visit's own state, applied once the
    /// page has been taken over.
    pub resume: Option<Rc<AppState>>,
    /// The screens this wasm carries, given by its entry point.
    pub screens: Screens,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.initial, &other.initial)
            && Rc::ptr_eq(&self.misses, &other.misses)
            && self.resume.as_ref().map(Rc::as_ptr) == other.resume.as_ref().map(Rc::as_ptr)
            && self.screens == other.screens
    }
}

/// The whole app.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let app = AppHandle::new(use_reducer(move || (*initial).clone()));
    {
        let app = app.clone();
        let resume = props.resume.clone();
        use_effect_with((), move |_| {
            document::mark_app_running();
            if let Some(state) = resume {
                tasks::after_browser_turn(move || app.dispatch(Action::Resume(state)));
            }
        });
    }
    let misses = props.misses.clone();
    let i18n = use_memo(
        (
            app.language.catalog.clone(),
            app.effective.locale,
            app.effective.plain,
        ),
        move |(catalog, locale, plain)| {
            I18n(Rc::new(Localizer::new(catalog, *locale, *plain, misses)))
        },
    );
    html! {
        <ContextProvider<AppHandle> context={app}>
            <ContextProvider<I18n> context={(*i18n).clone()}>
                <Shell screens={props.screens} />
            </ContextProvider<I18n>>
        </ContextProvider<AppHandle>>
    }
}
