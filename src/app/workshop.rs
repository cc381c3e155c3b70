//! The workshop's root: holds workshop mode's own state (`state::workshop`) and runs its one
//! sync hook (`platform::workshop::use_workshop_sync`), which saves the sessions, keeps the
//! screen awake and asks for the second language (the workshop's screens say what came of
//! it). Only the workshop's wasm
//! (`src/bin/workshop.rs`) and the prerender name it, through [`SCREENS`].

use std::rc::Rc;

use yew::prelude::*;

use crate::model::view::{Entry, View};
use crate::pages::handouts::{HandoutPage, Handouts};
use crate::pages::workshop::Workshop;
use crate::pages::{quiz_screen, Screens, APP_SCREENS};
use crate::platform::workshop::use_workshop_sync;
use crate::state::use_app;
use crate::state::workshop::WorkshopState;

/// What the workshop's wasm carries: the app's screens, the quiz, workshop mode and the
/// leaflets.
pub const SCREENS: Screens = Screens {
    entry: Entry::Workshop,
    app: Some(APP_SCREENS),
    quiz: Some(quiz_screen),
    workshop: Some(root),
    check: None,
};

/// The workshop entry's screen for `view`: the leaflets, or workshop mode.
fn root(view: &View) -> Html {
    match view {
        View::Handouts => html! { <Handouts /> },
        View::Handout(id) => html! { <HandoutPage id={id.clone()} /> },
        _ => html! { <WorkshopRoot /> },
    }
}

/// Workshop mode shown from `state` instead of the device's sessions (the native tests render
/// every screen of a session this way).
pub fn root_from(state: Rc<WorkshopState>) -> Html {
    html! { <WorkshopRoot initial={state} /> }
}

/// Properties of [`WorkshopRoot`].
#[derive(Properties, PartialEq)]
struct WorkshopRootProps {
    /// The state to start from, if not the device's saved sessions.
    #[prop_or_default]
    initial: Option<Rc<WorkshopState>>,
}

/// Workshop mode with its state; the device follows it through one hook.
#[function_component]
fn WorkshopRoot(props: &WorkshopRootProps) -> Html {
    let app = use_app();
    let initial = props.initial.clone();
    let workshop = use_reducer(move || initial.map(|state| (*state).clone()).unwrap_or_default());
    use_workshop_sync(&workshop, &app);
    html! {
        <ContextProvider<UseReducerHandle<WorkshopState>> context={workshop}>
            <Workshop />
        </ContextProvider<UseReducerHandle<WorkshopState>>>
    }
}
