//! Fetching from the app's own origin: a locale's message files, and the partner file.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::i18n::{ftl_path, Resource};
use crate::model::locale::Locale;
use crate::model::partner::{self, Partner};
use crate::model::progress::Day;

use super::console;

/// Where the deployment's partner file is, relative to the app's root.
const PARTNER_FILE: &str = "partner.json";

/// Why a message file could not be had.
pub struct FileFailure {
    /// What went wrong, in words (for the console).
    pub said: String,
    /// There is no network and the service worker does not keep this file: its language was
    /// not prepared for offline use.
    pub not_ready_offline: bool,
}

/// Fetches one message file of `locale` (`today` names the daily question's).
pub async fn message_file(
    locale: Locale,
    resource: Resource,
    today: Day,
) -> Result<String, FileFailure> {
    let path = ftl_path(locale, resource, today);
    text(&path).await.map_err(|why| FileFailure {
        not_ready_offline: matches!(why, NotReadyOffline),
        said: match why {
            Missing => format!("{path}: HTTP 404"),
            NotReadyOffline => format!("{path}: not ready offline"),
            Failed(error) => error,
        },
    })
}

/// The deployment's `partner.json` (beside `index.html`), checked: its partner if it is valid;
/// `None` where there is no file, or the general build's `null`, or it is invalid (every problem said in the console, and the
/// app runs as the general build); `Err` if it could not be fetched.
pub async fn partner_file() -> Result<Option<Partner>, String> {
    let text = match text(PARTNER_FILE).await {
        Ok(text) => text,
        Err(Missing) => return Ok(None),
        Err(NotReadyOffline) => return Err(format!("{PARTNER_FILE}: not ready offline")),
        Err(Failed(error)) => return Err(error),
    };
    // The general build's file: no partner.
    if partner::is_general_build(&text) {
        return Ok(None);
    }
    let checked = Partner::check(&text);
    if checked.partner.is_none() {
        let fields: Vec<&str> = checked
            .notes
            .iter()
            .map(|note| note.field.as_str())
            .filter(|field| !field.is_empty())
            .collect();
        console::warn(&format!(
            "partner.json is not valid, so the app runs as the general build; \
             scripts/check-partner (or the playground's checker) names each problem. \
             Fields with problems: {}",
            if fields.is_empty() {
                "the whole file".to_owned()
            } else {
                fields.join(", ")
            }
        ));
    }
    Ok(checked.partner)
}

/// A file of the app's own origin as text, or `None` if it could not be had (missing, no
/// network, an error).
pub async fn text_file(path: &str) -> Option<String> {
    text(path).await.ok()
}

/// Why a fetch gave nothing.
enum Fetched {
    /// The server has no such file (HTTP 404).
    Missing,
    /// No network, and the service worker does not keep it (its answer says so).
    NotReadyOffline,
    /// Anything else, said in words.
    Failed(String),
}
use Fetched::{Failed, Missing, NotReadyOffline};

/// The header of the service worker's answer for a file it does not keep, with no network
/// (`src/platform/sw.js`).
const OFFLINE_HEADER: &str = "x-anxin-offline";

async fn text(path: &str) -> Result<String, Fetched> {
    let failed = |what: &str| Failed(format!("{path}: {what}"));
    let window = web_sys::window().ok_or_else(|| failed("no window"))?;
    let response: Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| failed("network error"))?
        .dyn_into()
        .map_err(|_| failed("not a response"))?;
    if response.status() == 404 {
        return Err(Missing);
    }
    if response.headers().has(OFFLINE_HEADER).unwrap_or(false) {
        return Err(NotReadyOffline);
    }
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    let reading = response.text().map_err(|_| failed("unreadable"))?;
    let body = JsFuture::from(reading)
        .await
        .map_err(|_| failed("unreadable"))?;
    body.as_string().ok_or_else(|| failed("not text"))
}
