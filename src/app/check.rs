//! The message checker's root: holds the checker's own state (`state::check`) and runs its one
//! sync hook (`platform::check::use_notes_sync`), which keeps the notes the person chose to
//! keep on the device. Only the checker's wasm (`src/bin/check.rs`) and the prerender name it,
//! through [`SCREENS`].

use std::rc::Rc;

use yew::prelude::*;

use crate::model::view::{Entry, View};
use crate::pages::check::Checker;
use crate::pages::{Screens, APP_SCREENS};
use crate::platform::check::use_notes_sync;
use crate::state::check::CheckState;
use crate::theme::styles::EMBED_CARD;

/// What the checker's wasm carries: the app's screens and the checker, also as a card.
pub const SCREENS: Screens = Screens {
    entry: Entry::Check,
    app: Some(APP_SCREENS),
    quiz: None,
    workshop: None,
    check: Some(root),
};

/// The checker's screen for `view`: the whole screen, or the same in a partner's card.
pub fn root(view: &View) -> Html {
    root_from(view, Rc::default())
}

/// The checker for `view` starting from `state` instead of an empty one (the native tests
/// render a check already made this way).
pub fn root_from(view: &View, state: Rc<CheckState>) -> Html {
    let checker = html! { <CheckRoot start={state} /> };
    match view {
        View::CheckCard => html! { <div class={EMBED_CARD}>{ checker }</div> },
        _ => checker,
    }
}

/// Properties of [`CheckRoot`].
#[derive(Properties, PartialEq)]
struct CheckRootProps {
    /// The state it starts in.
    start: Rc<CheckState>,
}

/// The checker with its state; the device's notes follow it through one hook.
#[function_component]
fn CheckRoot(props: &CheckRootProps) -> Html {
    let start = props.start.clone();
    let state = use_reducer(move || (*start).clone());
    use_notes_sync(&state);
    html! { <Checker {state} /> }
}
