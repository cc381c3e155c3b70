//! The checker's notes on the device: read when the checker opens (unreadable notes set aside
//! first) and again whenever another tab changes what is stored (its keeping, or its clearing of
//! my data), written after each change the person makes, and the outcome told to the state.

use yew::prelude::*;

use super::storage;
use crate::model::check::notes::{self, Stored, NOTES_BACKUP_KEY, NOTES_KEY};
use crate::state::check::{CheckAction, CheckState};

/// Keeps the device's notes in step with the checker's state.
#[hook]
pub fn use_notes_sync(state: &UseReducerHandle<CheckState>) {
    {
        let state = state.dispatcher();
        use_effect_with((), move |_| {
            let read = move || {
                let raw = storage::read_key(NOTES_KEY);
                let stored = notes::read(raw.as_deref());
                if let (Stored::Unreadable, Some(raw)) = (&stored, &raw) {
                    storage::write_key(NOTES_BACKUP_KEY, raw);
                }
                state.dispatch(CheckAction::NotesRead(stored));
            };
            read();
            let listener = storage::on_change(read);
            move || drop(listener)
        });
    }
    let changed = state.notes_changed;
    let kept = state.notes.clone();
    let dispatcher = state.dispatcher();
    use_effect_with(changed, move |changed| {
        if *changed > 0 {
            let written = storage::write_key(
                NOTES_KEY,
                &notes::write(kept.as_deref().unwrap_or_default()),
            );
            dispatcher.dispatch(CheckAction::NotesWritten(written));
        }
    });
}
