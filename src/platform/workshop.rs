//! Workshop mode's device glue: its sessions in localStorage (under their own key, apart from
//! the person's data), and the screen kept awake while a session runs (the Screen Wake Lock
//! API, where the browser has it).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::session::{SESSIONS_BACKUP_KEY, SESSIONS_KEY};

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved sessions' text, if any can be read.
pub fn read() -> Option<String> {
    local_storage()?.get_item(SESSIONS_KEY).ok().flatten()
}

/// Keeps a copy of saved sessions this build cannot read, before they are replaced.
pub fn set_aside(text: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(SESSIONS_BACKUP_KEY, text);
    }
}

/// Saves the sessions; `false` if the device refused (the session still runs).
pub fn write(text: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(SESSIONS_KEY, text).is_ok())
}

/// The screen kept on while a session runs: the lock the browser gave, asked for again each
/// time the page comes back into view (browsers let it go while the page is hidden), and let go
/// when this is dropped.
pub struct KeepAwake {
    lock: Rc<RefCell<Option<JsValue>>>,
    _on_shown: Option<EventListener>,
}

impl KeepAwake {
    /// Asks the browser to keep the screen on, now and whenever the page is shown again, and
    /// tells `kept` each time whether it does (`false` without the API, or if it refuses).
    pub fn start(kept: impl Fn(bool) + 'static) -> Self {
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
