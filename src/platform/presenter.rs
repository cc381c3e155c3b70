//! The presenter's device glue, which the workshop's views call: [`use_stage_fit`] sizes the
//! stage's text to the screen and asks for a step to be split when it cannot fit,
//! [`use_presenter_keys`] lets a clicker or a keyboard drive the session, [`use_seconds`]
//! ticks the clock, [`use_hold_to_repeat`] makes a held button repeat, and
//! [`open_notes_window`] opens the volunteer's notes in a window of their own (which
//! [`use_notes_window`] tells apart by its name). None of it stores, fetches or reads the URL.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::state::workshop::{WorkshopAction, WorkshopHandle};

/// How the presenter's stage is fitted to the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// The main text's smallest size, in px.
    pub floor: f64,
    /// Its smallest, as a share of the screen's width, where that is more.
    pub floor_share: f64,
    /// Its largest, as a share of the screen's width.
    pub share: f64,
    /// The step on show and the parts to split it into when it does not fit at the floor
    /// (`None`: it cannot be split further).
    pub split: Option<(usize, usize)>,
}

/// After every render, sizes the stage's text (the stage's font size, which everything on it
/// follows) as large as the screen's width allows and then down until the stage needs no
/// scrolling, never under the floor; if it does not fit even there, asks for the step to be
/// split. Fits again when the window's size changes or a font arrives.
#[hook]
pub fn use_stage_fit(stage: NodeRef, fit: Fit, workshop: WorkshopHandle) {
    let redraw = use_force_update();
    use_effect_with((), move |_| {
        let on_resize = web_sys::window().map(|window| {
            let redraw = redraw.clone();
            EventListener::new(&window, "resize", move |_| redraw.force_update())
        });
        let on_fonts = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| js_sys::Reflect::get(&document, &"fonts".into()).ok())
            .and_then(|fonts| fonts.dyn_into::<web_sys::EventTarget>().ok())
            .map(|fonts| EventListener::new(&fonts, "loadingdone", move |_| redraw.force_update()));
        move || drop((on_resize, on_fonts))
    });
    use_effect(move || {
        let Some(stage) = stage.cast::<HtmlElement>() else {
            return;
        };
        let width = web_sys::window()
            .and_then(|window| window.inner_width().ok())
            .and_then(|width| width.as_f64())
            .unwrap_or(1024.0);
        let floor = (width * fit.floor_share).max(fit.floor);
        let ceiling = (width * fit.share).max(floor);
        if !fit_text(&stage, floor, ceiling) {
            if let Some((step, parts)) = fit.split {
                workshop.dispatch(WorkshopAction::Paginate(step, parts));
            }
        }
    });
}

/// Sets `stage`'s font size to the largest whole px between `floor` and `ceiling` at which it
/// needs no scrolling; `false` (left at the floor) if it needs scrolling even there.
fn fit_text(stage: &HtmlElement, floor: f64, ceiling: f64) -> bool {
    let style = stage.style();
    let fits = |size: u32| {
        let _ = style.set_property("font-size", &format!("{size}px"));
        stage.scroll_height() <= stage.client_height() + 1
            && stage.scroll_width() <= stage.client_width() + 1
    };
    let (floor, ceiling) = (floor as u32, ceiling as u32);
    if fits(ceiling) {
        return true;
    }
    if !fits(floor) {
        return false;
    }
    let (mut low, mut high) = (floor, ceiling);
    while high - low > 1 {
        let middle = (low + high) / 2;
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    fits(low)
}

/// While a session runs, a presentation clicker or a keyboard drives it: →, PageDown, Space
/// and Enter go forward (revealing first where a reveal is due), ←, PageUp go back, B (or .)
/// blanks the screen, Escape closes a confirmation or the blank. Keys typed into a field, and
/// Space or Enter on a focused control, are left to the page.
#[hook]
pub fn use_presenter_keys(workshop: WorkshopHandle, running: bool) {
    use_effect_with(running, move |running| {
        let listener = running.then(|| {
            let document = gloo::utils::document();
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.alt_key() || event.meta_key() || event.repeat() {
                    return;
                }
                let target = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .map(|element| element.tag_name().to_ascii_lowercase())
                    .unwrap_or_default();
                let typing = matches!(target.as_str(), "input" | "textarea" | "select");
                let on_control = matches!(target.as_str(), "button" | "a");
                let key = event.key();
                // A clicker's page keys leave a count just typed; Enter there ends the typing.
                if typing && matches!(key.as_str(), "PageDown" | "PageUp" | "Enter") {
                    if let Some(field) = event
                        .target()
                        .and_then(|target| target.dyn_into::<HtmlElement>().ok())
                    {
                        let _ = field.blur();
                    }
                    if key == "Enter" {
                        event.prevent_default();
                        return;
                    }
                }
                // B by its place on the keyboard too, so a Tibetan or Uyghur layout (or a
                // clicker's blank button) blanks the screen.
                let blank_key = matches!(event.code().as_str(), "KeyB" | "Period");
                let action = match key.as_str() {
                    "Escape" => WorkshopAction::Cancel,
                    "PageDown" => WorkshopAction::Forward,
                    "PageUp" => WorkshopAction::Back,
                    _ if typing => return,
                    "ArrowRight" => WorkshopAction::Forward,
                    " " | "Enter" if !on_control => WorkshopAction::Forward,
                    "ArrowLeft" => WorkshopAction::Back,
                    "b" | "B" | "." => WorkshopAction::Blank,
                    _ if blank_key => WorkshopAction::Blank,
                    _ => return,
                };
                event.prevent_default();
                workshop.dispatch(action);
            })
        });
        move || drop(listener)
    });
}

/// The name of the volunteer's notes window: the workshop's page opened under it shows only
/// the notes of the session another tab runs.
const NOTES_WINDOW: &str = "anxin-notes";

/// Opens this page again in a window of its own, named [`NOTES_WINDOW`] (or brings it to the
/// front): the volunteer drags it to the screen the room does not see. `false` if the browser
/// refused (a blocked popup), so the drawer stays the way to the notes.
pub fn open_notes_window() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(href) = window.location().href() else {
        return false;
    };
    window
        .open_with_url_and_target_and_features(&href, NOTES_WINDOW, "popup,width=640,height=760")
        .ok()
        .flatten()
        .is_some()
}

/// Tells the workshop, once, that this tab is the volunteer's notes window.
#[hook]
pub fn use_notes_window(workshop: WorkshopHandle) {
    use_effect_with((), move |_| {
        let named = web_sys::window().and_then(|window| window.name().ok());
        if named.as_deref() == Some(NOTES_WINDOW) {
            workshop.dispatch(WorkshopAction::NotesWindow);
        }
    });
}

/// Moves focus to the element `selector` names, if it is on the page (the safe choice of a
/// confirmation, so the keyboard and a screen reader start there).
pub fn focus(selector: &str) {
    if let Some(element) = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The whole seconds since `restart` last changed (0 before the browser's first tick).
#[hook]
pub fn use_seconds(restart: usize) -> u32 {
    let seconds = use_state(|| 0u32);
    {
        let seconds = seconds.clone();
        use_effect_with(restart, move |_| {
            seconds.set(0);
            let started = js_sys::Date::now();
            let tick = Interval::new(1_000, move || {
                seconds.set(((js_sys::Date::now() - started) / 1_000.0) as u32);
            });
            move || drop(tick)
        });
    }
    *seconds
}

/// How long a press is held before it starts repeating, and how often it repeats then, in ms.
const HOLD_MS: u32 = 450;
const REPEAT_MS: u32 = 120;

/// The handlers of a button that steps once per tap and keeps stepping while held.
pub struct Hold {
    /// For `onpointerdown`: starts the wait, then the repeating.
    pub start: Callback<PointerEvent>,
    /// For `onpointerup`, `onpointerleave` and `onpointercancel`: stops it.
    pub stop: Callback<PointerEvent>,
    /// For `onclick`: one step, unless the press already repeated.
    pub click: Callback<MouseEvent>,
}

/// A press held for [`HOLD_MS`] steps `onstep` every [`REPEAT_MS`] until let go; a tap (or
/// Enter, or Space) steps once.
#[hook]
pub fn use_hold_to_repeat(onstep: Callback<()>) -> Hold {
    // The repeating timer while held (dropping it stops it), the wait before it, and whether
    // the press repeated (its click is then not one more step).
    type Held = (Option<Rc<RefCell<Option<Interval>>>>, Option<Timeout>, bool);
    let held = use_mut_ref(|| -> Held { (None, None, false) });
    {
        // Nothing goes on counting once the button is gone (a new step came on screen).
        let held = held.clone();
        use_effect_with((), move |_| {
            move || {
                let mut held = held.borrow_mut();
                if let Some(repeating) = held.0.take() {
                    repeating.borrow_mut().take();
                }
                held.1 = None;
            }
        });
    }
    let start = {
        let (held, onstep) = (held.clone(), onstep.clone());
        Callback::from(move |event: PointerEvent| {
            // The main button or a finger only: a right click's menu would swallow the release.
            if !event.is_primary() || event.button() != 0 {
                return;
            }
            let repeating = Rc::new(RefCell::new(None));
            let (later, onstep, flag) = (repeating.clone(), onstep.clone(), held.clone());
            let wait = Timeout::new(HOLD_MS, move || {
                flag.borrow_mut().2 = true;
                onstep.emit(());
                let onstep = onstep.clone();
                *later.borrow_mut() = Some(Interval::new(REPEAT_MS, move || onstep.emit(())));
            });
            *held.borrow_mut() = (Some(repeating), Some(wait), false);
        })
    };
    let stop = {
        let held = held.clone();
        Callback::from(move |_: PointerEvent| {
            let mut held = held.borrow_mut();
            if let Some(repeating) = held.0.take() {
                repeating.borrow_mut().take();
            }
            held.1 = None;
        })
    };
    let click = Callback::from(move |_: MouseEvent| {
        let repeated = std::mem::take(&mut held.borrow_mut().2);
        if !repeated {
            onstep.emit(());
        }
    });
    Hold { start, stop, click }
}
