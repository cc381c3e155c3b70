//! What the person keeps: their settings (长辈版, plain speech) and progress as saved on the
//! device, kept in step with other tabs, erased on request, and whether this device keeps
//! anything at all. Writing happens in `platform::sync`, after the state says what to keep.

use crate::model::link::LinkRequest;
use crate::model::locale::Locale;
use crate::model::saved::SavedState;
use crate::model::settings::Effective;

use super::notices::Notice;

/// Whether this device keeps what is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Storage {
    /// Whether saved data can be written on this device.
    pub available: bool,
    /// The person has been told that this device does not keep their choices (told once).
    pub told_refused: bool,
    /// How many times the person asked to erase their data: each new one erases what the
    /// device holds, the set-aside copy of unreadable data included.
    pub erasures: u32,
}

impl Storage {
    /// A device that can (`available`) or cannot keep data.
    pub fn new(available: bool) -> Storage {
        Storage {
            available,
            told_refused: false,
            erasures: 0,
        }
    }
}

/// What can happen to what the person keeps.
pub enum SavedAction {
    /// Turn 长辈版 on or off.
    SetElder(bool),
    /// Turn plain speech on or off.
    SetPlain(bool),
    /// Erase everything saved.
    ClearData,
    /// The device refused to keep what was saved (private mode, a full disk, blocked storage).
    SaveRefused,
    /// Saved data changed outside this state: another tab saved, or this tab's change was
    /// merged into what another tab had saved. Settings the link sets keep the link's value
    /// for this visit; a language chosen elsewhere is fetched, then shown.
    SavedElsewhere(SavedState),
}

/// What the rest of the state has to do after a saved action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedEvent {
    /// Tell the person.
    Tell(Notice),
    /// Everything was erased: what this visit did (the quiz round) goes too.
    Erased,
    /// Another tab chose `Locale`: show it once its files are here.
    FollowLanguage(Locale),
}

/// Applies `action` to the saved data, the settings in force and the storage state, under the
/// visit's `link` (whose settings hold for this visit).
pub fn apply(
    action: SavedAction,
    saved: &mut SavedState,
    effective: &mut Effective,
    storage: &mut Storage,
    link: &LinkRequest,
) -> Option<SavedEvent> {
    match action {
        SavedAction::SetElder(on) => {
            effective.elder = on;
            saved.settings.elder = on;
        }
        SavedAction::SetPlain(on) => {
            effective.plain = on;
            saved.settings.plain = on;
        }
        SavedAction::ClearData => {
            *saved = SavedState::default();
            effective.elder = false;
            effective.plain = false;
            storage.erasures += 1;
            return Some(SavedEvent::Erased);
        }
        SavedAction::SaveRefused => {
            storage.available = false;
            if !storage.told_refused {
                storage.told_refused = true;
                return Some(SavedEvent::Tell(Notice::StorageRefused));
            }
        }
        SavedAction::SavedElsewhere(theirs) => {
            let chosen_before = saved.settings.locale;
            *saved = theirs;
            let settings = &saved.settings;
            effective.elder = link.elder.unwrap_or(settings.elder);
            effective.plain = link.plain.unwrap_or(settings.plain);
            if let (None, Some(locale)) = (link.lang, settings.locale) {
                if settings.locale != chosen_before && locale != effective.locale {
                    return Some(SavedEvent::FollowLanguage(locale));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::quiz::Outcome;
    use crate::i18n::Resource;
    use crate::model::progress::Day;
    use crate::state::language::PendingLocale;
    use crate::state::testing::{boot, loaded};
    use crate::state::Action;

    #[test]
    fn link_settings_apply_for_the_visit_and_choices_are_saved() {
        let state = boot(
            "?elder=1",
            Some(r#"{"version":1,"settings":{"elder":false}}"#),
        );
        assert!(state.effective.elder);
        assert!(!state.saved.settings.elder);
        let state = state
            .apply(SavedAction::SetElder(false))
            .apply(SavedAction::SetPlain(true));
        assert!(!state.effective.elder && !state.saved.settings.elder);
        assert!(state.effective.plain && state.saved.settings.plain);
    }

    #[test]
    fn what_another_tab_saved_shows_here_under_this_visits_link() {
        let mut elsewhere = SavedState::default();
        elsewhere.settings.elder = true;
        elsewhere.settings.plain = true;
        elsewhere.progress.record("q1", Outcome::Wrong, Day(20_000));
        let state = boot("?plain=0", None).apply(SavedAction::SavedElsewhere(elsewhere.clone()));
        assert_eq!(state.saved, elsewhere);
        assert!(state.effective.elder);
        assert!(
            !state.effective.plain,
            "the link's plain=0 holds for this visit"
        );

        elsewhere.settings.locale = Some(Locale::Bo);
        let state = state.apply(SavedAction::SavedElsewhere(elsewhere.clone()));
        assert_eq!(
            state.language.pending,
            Some(PendingLocale {
                locale: Locale::Bo,
                chosen: false
            })
        );
        let state = state
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(loaded(Locale::Bo, Resource::Quiz));
        assert_eq!(state.effective.locale, Locale::Bo);

        let linked = boot("?lang=ug", None).apply(SavedAction::SavedElsewhere(elsewhere));
        assert_eq!(
            linked.language.pending.map(|p| p.locale),
            Some(Locale::Ug),
            "the link's language holds"
        );
    }

    #[test]
    fn a_device_that_refuses_to_save_is_said_once_and_the_choice_holds() {
        let state = boot("", None)
            .apply(SavedAction::SetElder(true))
            .apply(SavedAction::SaveRefused);
        assert_eq!(state.notices.as_slice(), [Notice::StorageRefused]);
        assert!(state.effective.elder && state.saved.settings.elder);
        let state = state
            .apply(Action::Dismiss(Notice::StorageRefused))
            .apply(SavedAction::SetPlain(true))
            .apply(SavedAction::SaveRefused);
        assert!(state.notices.as_slice().is_empty(), "said once");
        assert!(!state.storage.available);
    }

    #[test]
    fn clearing_data_resets_settings_but_keeps_the_language_on_screen() {
        let state = boot(
            "",
            Some(r#"{"version":1,"settings":{"lang":"zh-Hans","elder":true}}"#),
        )
        .apply(SavedAction::ClearData);
        assert_eq!(state.saved, SavedState::default());
        assert!(!state.effective.elder);
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert_eq!(state.notices.as_slice(), [Notice::DataCleared]);
    }
}
