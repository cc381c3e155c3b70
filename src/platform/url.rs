//! The page's URL: reading what it asks for, and writing the state back as the person moves
//! around. Links are relative to the app's root, which every page names in its `<base href>`.

use gloo::events::EventListener;

use crate::model::link::{parse_page_path, url_pairs};
use crate::model::locale::Locale;

/// What the current URL asks for, as decoded pairs: its page's screen, then its query (see
/// [`url_pairs`]).
pub fn current_pairs() -> Vec<(String, String)> {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Vec::new();
    };
    url_pairs(
        &location.pathname().unwrap_or_default(),
        &location.search().unwrap_or_default(),
    )
}

/// The language of the prerendered page the URL names, if it names one.
pub fn page_locale() -> Option<Locale> {
    let path = web_sys::window()?.location().pathname().ok()?;
    parse_page_path(&path).map(|(locale, _)| locale)
}

/// The current URL relative to the app's root (without its `#` part); `None` if the page is
/// not under its root.
pub fn current_href() -> Option<String> {
    let window = web_sys::window()?;
    let base = window.document()?.base_uri().ok()??;
    let href = window.location().href().ok()?;
    let href = href.split('#').next().unwrap_or_default();
    href.strip_prefix(&base).map(str::to_owned)
}

/// Shows `href` (relative to the app's root) in the address bar: a new history entry when
/// `new_entry`, else in place.
pub fn show(href: &str, new_entry: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let null = wasm_bindgen::JsValue::NULL;
    let result = if new_entry {
        history.push_state_with_url(&null, "", Some(href))
    } else {
        history.replace_state_with_url(&null, "", Some(href))
    };
    if result.is_err() {
        super::console::warn("could not update the address bar");
    }
}

/// Loads the page at `href` (relative to the app's root): a screen another entry's wasm carries.
pub fn open_page(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(href);
    }
}

/// Calls `on_change` whenever the person goes back or forward: within the page
/// (`popstate`), or back to this page kept whole by the browser's back-forward cache after a
/// page load to another entry (`pageshow` that is `persisted`), whose state still shows the
/// screen it left for.
pub fn on_history_move(on_change: impl Fn() + 'static) -> Option<[EventListener; 2]> {
    let window = web_sys::window()?;
    let on_change = std::rc::Rc::new(on_change);
    let on_pop = on_change.clone();
    let popped = EventListener::new(&window, "popstate", move |_| on_pop());
    let restored = EventListener::new(&window, "pageshow", move |event| {
        let persisted = js_sys::Reflect::get(event, &wasm_bindgen::JsValue::from_str("persisted"))
            .ok()
            .and_then(|persisted| persisted.as_bool())
            .unwrap_or(false);
        if persisted {
            on_change();
        }
    });
    Some([popped, restored])
}
