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
