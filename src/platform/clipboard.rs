//! Reading the clipboard, on the person's tap of the message checker's paste button.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::state::check::PasteProblem;

/// Reads the clipboard and hands `done` its text, or why there is none.
pub fn paste(done: Callback<Result<String, PasteProblem>>) {
    wasm_bindgen_futures::spawn_local(async move { done.emit(read_text().await) });
}

/// The clipboard's text; `Refused` where the browser has no clipboard to read (many WebViews,
/// pages not served securely) or the person or browser refused.
async fn read_text() -> Result<String, PasteProblem> {
    let navigator = gloo::utils::window().navigator();
    // Read as the page finds it (a WebView may have none, or a partial one), so a missing
    // clipboard or method is a refusal, never a throw.
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|clipboard| {
            js_sys::Reflect::get(clipboard, &"readText".into()).is_ok_and(|read| read.is_function())
        })
        .ok_or(PasteProblem::Refused)?
        .unchecked_into::<web_sys::Clipboard>();
    let text = JsFuture::from(clipboard.read_text())
        .await
        .map_err(|_| PasteProblem::Refused)?;
    Ok(text.as_string().unwrap_or_default())
}
