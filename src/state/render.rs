//! Render bookkeeping: whether the screen asked for is on screen, whether a prerendered page
//! is being taken over, and a revision number that tells states apart without comparing them.

/// Where rendering stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Render {
    /// The first render of the requested view is on screen (`data-ready`).
    pub ready: bool,
    /// Counts the actions applied, so handles can tell states apart without comparing them.
    pub revision: u64,
    /// This is the state of a prerendered page that the app is taking over: the browser is left
    /// alone until `Action::Resume` brings in the visit's own state.
    pub hydrating: bool,
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::i18n::{builtin_catalog, Resource};
    use crate::model::locale::Locale;
    use crate::model::view::View;
    use crate::state::language::LanguageAction;
    use crate::state::testing::{boot, loaded};
    use crate::state::{Action, AppState};

    #[test]
    fn every_action_makes_a_new_revision() {
        let state = boot("", None);
        assert_eq!(state.render.revision, 0);
        let state = state.apply(Action::Rendered).apply(Action::Rendered);
        assert_eq!(state.render.revision, 2);
    }

    #[test]
    fn prerendered_links_name_only_their_page() {
        let page = AppState::prerendered(Locale::Bo, &View::Help, builtin_catalog().0, None)
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(loaded(Locale::Bo, Resource::Rights));
        assert!(page.matches_page(Locale::Bo, &View::Help));
        assert_eq!(page.href_for(&View::Cases), "bo/cases.html");
    }

    #[test]
    fn resuming_replaces_the_prerendered_state_but_keeps_counting_and_the_language_beside() {
        let page = AppState::prerendered(Locale::ZhHans, &View::Quiz, builtin_catalog().0, None)
            .apply(LanguageAction::Beside(Some(Locale::Ug)));
        assert!(page.render.hydrating);
        assert!(page.matches_page(Locale::ZhHans, &View::Quiz));
        let visit = boot(
            "?view=quiz&elder=1",
            Some(r#"{"version":1,"settings":{"plain":true}}"#),
        );
        let resumed = page.apply(Action::Resume(Rc::new(visit)));
        assert!(!resumed.render.hydrating);
        assert!(resumed.effective.elder && resumed.effective.plain);
        assert_eq!(resumed.render.revision, 2);
        assert_eq!(resumed.language.beside, Some(Locale::Ug));
    }

    #[test]
    fn a_visit_in_another_language_does_not_match_the_page_until_its_text_is_here() {
        let visit = boot("?lang=bo&view=help", None);
        assert!(!visit.matches_page(Locale::Bo, &View::Help));
        assert!(!visit.matches_page(Locale::ZhHans, &View::Help));
        let visit = visit.apply(loaded(Locale::Bo, Resource::Shell));
        let visit = visit.apply(loaded(Locale::Bo, Resource::Rights));
        assert!(visit.matches_page(Locale::Bo, &View::Help));
    }
}
