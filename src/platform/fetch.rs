//! Fetching a locale's message files from the app's own origin.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::i18n::{ftl_path, FTL_FILES};
use crate::model::locale::Locale;

/// Fetches every message file of `locale`, in the order of [`FTL_FILES`].
pub async fn locale_sources(locale: Locale) -> Result<Vec<String>, String> {
    let mut sources = Vec::with_capacity(FTL_FILES.len());
    for file in FTL_FILES {
        sources.push(text(&ftl_path(locale, file)).await?);
    }
    Ok(sources)
}

async fn text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|e| format!("{path}: {e:?}"))?
        .dyn_into()
        .map_err(|_| format!("{path}: not a response"))?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    let body = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{path}: {e:?}"))?;
    body.as_string().ok_or_else(|| format!("{path}: not text"))
}
