//! The device's localStorage, treated as unreliable: it may be missing, refuse to write,
//! or hold anything at all.

use gloo::events::EventListener;
use web_sys::Storage;

use crate::model::check::notes::{NOTES_BACKUP_KEY, NOTES_KEY};
use crate::model::saved::{BACKUP_KEY, STORAGE_KEY};
use crate::model::session::{SESSIONS_BACKUP_KEY, SESSIONS_KEY};

const PROBE_KEY: &str = "anxin.probe";

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether saved data can be written here (some WebViews and private modes refuse).
pub fn is_available() -> bool {
    local_storage().is_some_and(|storage| {
        let writable = storage.set_item(PROBE_KEY, "1").is_ok();
        let _ = storage.remove_item(PROBE_KEY);
        writable
    })
}

/// The raw saved data, if any can be read.
pub fn read() -> Option<String> {
    local_storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Saves `value`; `false` if the device refused.
pub fn write(value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(STORAGE_KEY, value).is_ok())
}

/// Keeps a copy of saved data that could not be read, before it is replaced.
pub fn back_up_unreadable(raw: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(BACKUP_KEY, raw);
    }
}

/// Removes the saved data (the set-aside copy stays).
pub fn remove() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// Every key the app writes: its saved data, the workshop's sessions, the checker's notes, and
/// each one's set-aside copy.
const EVERY_KEY: [&str; 6] = [
    STORAGE_KEY,
    BACKUP_KEY,
    SESSIONS_KEY,
    SESSIONS_BACKUP_KEY,
    NOTES_KEY,
    NOTES_BACKUP_KEY,
];

/// Erases everything the app saved, the set-aside copies, the workshop's sessions and the
/// checker's notes included.
pub fn clear_all() {
    if let Some(storage) = local_storage() {
        for key in EVERY_KEY {
            let _ = storage.remove_item(key);
        }
    }
}

/// What is stored under `key`, if anything can be read.
pub fn read_key(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; `false` if the device refused.
pub fn write_key(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Calls `on_change` whenever another tab or window of this app changes what is saved (the
/// browser's `storage` event, which never fires for this tab's own writes).
pub fn on_change(on_change: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |_| on_change()))
}
