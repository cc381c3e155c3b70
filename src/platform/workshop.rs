//! Workshop mode's device glue: its sessions in localStorage (under their own key, apart from
//! the person's data), and the screen kept awake while a session runs (the Screen Wake Lock
//! API, where the browser has it).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::session::SESSIONS_KEY;

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved sessions' text, if any can be read.
pub fn read() -> Option<String> {
    local_storage()?.get_item(SESSIONS_KEY).ok().flatten()
}

/// Saves the sessions; `false` if the device refused (the session still runs).
pub fn write(text: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(SESSIONS_KEY, text).is_ok())
}

/// Asks the browser to keep the screen on, then tells `kept` whether it does. Browsers without
/// the API, or that refuse, say `false`.
pub fn keep_awake(kept: impl FnOnce(bool) + 'static) {
    let request = (|| {
        let navigator = web_sys::window()?.navigator();
        let lock = js_sys::Reflect::get(&navigator, &"wakeLock".into()).ok()?;
        let request: js_sys::Function = js_sys::Reflect::get(&lock, &"request".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let promise = request.call1(&lock, &JsValue::from_str("screen")).ok()?;
        promise.dyn_into::<js_sys::Promise>().ok()
    })();
    match request {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            kept(JsFuture::from(promise).await.is_ok());
        }),
        None => kept(false),
    }
}
