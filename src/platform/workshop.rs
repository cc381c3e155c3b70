//! Workshop mode's device glue, in the consumer's shape: the state says what should be
//! (`state::workshop`), and one hook, [`use_workshop_sync`], brings the device in line after
//! every render. Its sessions in localStorage (under their own key, apart from the person's
//! data, merged with what other tabs saved, a newer build's left alone), each step starting at
//! the top of the screen, the screen kept awake while a session runs (the Screen Wake Lock
//! API, where the browser has it), and the second language's text asked for. The presenter's
//! own glue is in `platform::presenter`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::model::locale::Locale;
use crate::model::session::{Sessions, Stored, SESSIONS_BACKUP_KEY, SESSIONS_KEY};
use crate::state::language::LanguageAction;
use crate::state::workshop::{Saving, WorkshopAction, WorkshopHandle};
use crate::state::AppHandle;

use super::document;

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved sessions' text, if any can be read.
fn read() -> Option<String> {
    local_storage()?.get_item(SESSIONS_KEY).ok().flatten()
}

/// Keeps a copy of saved sessions this build cannot read, before they are replaced.
fn set_aside(text: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(SESSIONS_BACKUP_KEY, text);
    }
}

/// Saves the sessions; `false` if the device refused (the session still runs).
fn write(text: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(SESSIONS_KEY, text).is_ok())
}

/// What the device was last brought in line with.
#[derive(Default)]
struct Applied {
    /// The sessions last read or written: the base of the next merge (`None` until read).
    saved: Option<Sessions>,
    /// A newer build's sessions are on the device: nothing is written this visit.
    newer: bool,
    /// How many of the other tabs' saves have been merged in.
    changed_elsewhere: u32,
    /// The `storage` listener, once set.
    other_tabs: Option<EventListener>,
    /// The step and summary last scrolled to the top for.
    shown: Option<(Option<usize>, Option<usize>)>,
    /// The screen kept on, while a session runs.
    awake: Option<KeepAwake>,
    /// The second language last asked for.
    beside: Option<Option<Locale>>,
}

/// Brings the device in line with the workshop's state after every render: reads the saved
/// sessions once (setting aside what this build cannot read, leaving a newer build's alone),
/// then saves each change merged with what other tabs saved (a conflict is reported, never
/// written over), follows the other tabs' saves, scrolls each step to the top, keeps the
/// screen on while a session runs, and asks the app for the second language's text.
#[hook]
pub fn use_workshop_sync(workshop: &WorkshopHandle, app: &AppHandle) {
    let applied = use_mut_ref(Applied::default);
    let (workshop, app) = (workshop.clone(), app.clone());
    use_effect(move || {
        let mut done = applied.borrow_mut();
        if done.saved.is_none() {
            let text = read();
            let stored = Stored::read(text.as_deref());
            match (&stored, &text) {
                (Stored::Unreadable, Some(text)) => set_aside(text),
                (Stored::Newer, _) => {
                    done.newer = true;
                    workshop.dispatch(WorkshopAction::Saved(Saving::Newer));
                }
                _ => {}
            }
            done.saved = Some(stored.sessions());
            let other_tab = workshop.clone();
            done.other_tabs = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |_| {
                    other_tab.dispatch(WorkshopAction::ChangedElsewhere)
                })
            });
            workshop.dispatch(WorkshopAction::Loaded(stored.sessions()));
            return;
        }
        let changed = done.saved.as_ref() != Some(&workshop.sessions)
            || done.changed_elsewhere != workshop.changed_elsewhere;
        if workshop.loaded && !done.newer && changed {
            done.changed_elsewhere = workshop.changed_elsewhere;
            save(&mut done, &workshop);
        }
        let shown = (
            workshop
                .sessions
                .current
                .as_ref()
                .map(|session| session.step),
            workshop.summary,
        );
        if done.shown != Some(shown) {
            document::scroll_to_top();
            done.shown = Some(shown);
        }
        let running = workshop.sessions.current.is_some();
        if running && done.awake.is_none() {
            let workshop = workshop.clone();
            done.awake = Some(KeepAwake::start(move |kept| {
                workshop.dispatch(WorkshopAction::Awake(kept))
            }));
        } else if !running {
            done.awake = None;
        }
        let beside = workshop
            .sessions
            .current
            .as_ref()
            .map_or(workshop.beside, |session| session.beside);
        if done.beside != Some(beside) {
            app.dispatch(LanguageAction::Beside(beside));
            done.beside = Some(beside);
        }
    });
}

/// Saves this tab's sessions merged into what the device holds now (`Sessions::merge`, against
/// what this tab last read or wrote), adopts the merge when another tab's sessions came in,
/// and reports what became of it.
fn save(done: &mut Applied, workshop: &WorkshopHandle) {
    let base = done.saved.clone().unwrap_or_default();
    let text = read();
    let theirs = match Stored::read(text.as_deref()) {
        Stored::Newer => {
            // A newer build saved since (an old page and a new one open at once): its data stays.
            done.newer = true;
            return report(workshop, Saving::Newer);
        }
        Stored::Unreadable => {
            if let Some(text) = &text {
                set_aside(text);
            }
            Sessions::default()
        }
        stored => stored.sessions(),
    };
    match Sessions::merge(&base, &workshop.sessions, &theirs) {
        Ok(merged) => {
            let kept = merged == theirs || write(&merged.encode());
            if merged != workshop.sessions {
                workshop.dispatch(WorkshopAction::SavedElsewhere(merged.clone()));
            }
            done.saved = Some(if kept {
                merged
            } else {
                workshop.sessions.clone()
            });
            report(workshop, if kept { Saving::Kept } else { Saving::Refused });
        }
        Err(_) => report(workshop, Saving::Conflict),
    }
}

/// Tells the state what became of a save, if that is news.
fn report(workshop: &WorkshopHandle, saving: Saving) {
    if workshop.saving != saving {
        workshop.dispatch(WorkshopAction::Saved(saving));
    }
}

/// The screen kept on while a session runs: the lock the browser gave, asked for again each
/// time the page comes back into view (browsers let it go while the page is hidden), and let go
/// when this is dropped.
struct KeepAwake {
    lock: Rc<RefCell<Option<JsValue>>>,
    _on_shown: Option<EventListener>,
}

impl KeepAwake {
    /// Asks the browser to keep the screen on, now and whenever the page is shown again, and
    /// tells `kept` each time whether it does (`false` without the API, or if it refuses).
    fn start(kept: impl Fn(bool) + 'static) -> Self {
        let lock = Rc::new(RefCell::new(None));
        let kept = Rc::new(kept);
        request(lock.clone(), kept.clone());
        let on_shown = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                let lock = lock.clone();
                EventListener::new(&document, "visibilitychange", move |_| {
                    if !gloo::utils::document().hidden() {
                        request(lock.clone(), kept.clone());
                    }
                })
            });
        KeepAwake {
            lock,
            _on_shown: on_shown,
        }
    }
}

impl Drop for KeepAwake {
    fn drop(&mut self) {
        if let Some(lock) = self.lock.borrow_mut().take() {
            call(&lock, "release", None);
        }
    }
}

/// Calls `object.name(argument)`, if `object` has such a method.
fn call(object: &JsValue, name: &str, argument: Option<&JsValue>) -> Option<JsValue> {
    let method: js_sys::Function = js_sys::Reflect::get(object, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    match argument {
        Some(argument) => method.call1(object, argument).ok(),
        None => method.call0(object).ok(),
    }
}

fn request(lock: Rc<RefCell<Option<JsValue>>>, kept: Rc<dyn Fn(bool)>) {
    let promise = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window.navigator(), &"wakeLock".into()).ok())
        .filter(|wake_lock| !wake_lock.is_undefined())
        .and_then(|wake_lock| call(&wake_lock, "request", Some(&JsValue::from_str("screen"))))
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    match promise {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(sentinel) => {
                    *lock.borrow_mut() = Some(sentinel);
                    kept(true);
                }
                Err(_) => kept(false),
            }
        }),
        None => kept(false),
    }
}
