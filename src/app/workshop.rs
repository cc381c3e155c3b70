//! The workshop's root: holds workshop mode's own state (`state::workshop`), reads the saved
//! sessions once the page runs, saves them after every change (saying so when the device
//! refuses), keeps the screen awake while a
//! session runs (saying so), and asks the app for the text of the second language shown
//! beside the first. Only the workshop's wasm (`src/bin/workshop.rs`) and the prerender
//! name it, through [`SCREENS`].

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::model::session::Sessions;
use crate::model::view::Entry;
use crate::pages::workshop::Workshop;
use crate::pages::Screens;
use crate::platform::document;
use crate::platform::workshop as device;
use crate::state::language::LanguageAction;
use crate::state::use_app;
use crate::state::workshop::{WorkshopAction, WorkshopState};

/// What the workshop's wasm carries: every screen, workshop mode included.
pub const SCREENS: Screens = Screens {
    entry: Entry::Workshop,
    workshop: Some(root),
};

fn root() -> Html {
    html! { <WorkshopRoot /> }
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

/// Workshop mode with its state.
#[function_component]
fn WorkshopRoot(props: &WorkshopRootProps) -> Html {
    let i18n = use_i18n();
    let initial = props.initial.clone();
    let workshop = use_reducer(move || initial.map(|state| (*state).clone()).unwrap_or_default());
    // Whether the screen is kept awake: unknown until a session runs.
    let awake = use_state(|| None::<bool>);
    {
        let workshop = workshop.clone();
        use_effect_with((), move |_| {
            let text = device::read();
            if let Some(text) = text.as_deref().filter(|text| !Sessions::readable(text)) {
                device::set_aside(text);
            }
            let saved = text.map_or_else(Sessions::default, |text| Sessions::decode(&text));
            workshop.dispatch(WorkshopAction::Loaded(saved));
        });
    }
    // Whether the device refused the last save: the session still runs, and the volunteer is
    // told that a reload would lose it.
    let refused = use_state(|| false);
    {
        let sessions = workshop.sessions.clone();
        let refused = refused.clone();
        use_effect_with((sessions, workshop.loaded), move |(sessions, loaded)| {
            if *loaded {
                refused.set(!device::write(&sessions.encode()));
            }
        });
    }
    let running = workshop.sessions.current.is_some();
    // Each step of a session, and the summary, starts at the top of the screen.
    let step = workshop
        .sessions
        .current
        .as_ref()
        .map(|session| session.step);
    use_effect_with((step, workshop.summary), |_| document::scroll_to_top());
    {
        let awake = awake.clone();
        use_effect_with(running, move |running| {
            let kept = running.then(|| device::KeepAwake::start(move |kept| awake.set(Some(kept))));
            move || drop(kept)
        });
    }
    {
        let app = use_app();
        let beside = workshop
            .sessions
            .current
            .as_ref()
            .map_or(workshop.beside, |session| session.beside);
        use_effect_with(beside, move |beside| {
            app.dispatch(LanguageAction::Beside(*beside))
        });
    }
    let awake_line = (*awake).filter(|_| running).map(|kept| {
        let id = if kept {
            "workshop-awake"
        } else {
            "workshop-awake-unavailable"
        };
        html! { <p class="muted" role="status" data-testid="workshop-awake">{ i18n.text(id) }</p> }
    });
    html! {
        <ContextProvider<UseReducerHandle<WorkshopState>> context={workshop}>
            <Workshop />
            { for awake_line }
            if *refused {
                <p class="muted" role="status" data-testid="workshop-save-refused">
                    { i18n.text("workshop-save-refused") }
                </p>
            }
        </ContextProvider<UseReducerHandle<WorkshopState>>>
    }
}
