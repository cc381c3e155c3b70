//! Sharing the main thread: long work is split into tasks, so a tap or a scroll on a slow phone
//! is never kept waiting behind all of it.

use wasm_bindgen_futures::JsFuture;

/// Resolves in a later task (`setTimeout(0)`), after the browser has had its turn.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window()
            .map(|window| window.set_timeout_with_callback(&resolve).is_ok())
            .unwrap_or(false);
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Runs `then` in a later task, after the browser has had its turn (to paint, say).
pub fn after_browser_turn(then: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        yield_to_browser().await;
        then();
    });
}
