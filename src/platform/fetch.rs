//! Fetching a locale's message files from the app's own origin.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::i18n::{ftl_path, Resource};
use crate::model::locale::Locale;
use crate::model::progress::Day;

/// Fetches one message file of `locale` (`today` names the daily question's).
pub async fn message_file(
    locale: Locale,
    resource: Resource,
    today: Day,
) -> Result<String, String> {
    text(&ftl_path(locale, resource, today)).await
}

async fn text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let failed = |what: &str| format!("{path}: {what}");
    let response: Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| failed("network error"))?
        .dyn_into()
        .map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    let reading = response.text().map_err(|_| failed("unreadable"))?;
    let body = JsFuture::from(reading)
        .await
        .map_err(|_| failed("unreadable"))?;
    body.as_string().ok_or_else(|| failed("not text"))
}
