//! App state and the reducer that changes it. Pure: side effects (storage, URL, fetching,
//! the document) live in `platform` and run from the app root's effects.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::help::Partner;
use crate::i18n::{Catalog, Resource};
use crate::model::link::{format_query, updated_pairs, LinkProblem, LinkRequest, LinkState};
use crate::model::locale::Locale;
use crate::model::saved::{DecodeProblem, Decoded, SavedState};
use crate::model::settings::Effective;
use crate::model::view::View;

/// Something the person should be told, shown in the page (never as a pop-up).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A language's messages could not be fetched; the current language stays.
    LanguageFailed(Locale),
    /// The link named a language the app does not speak.
    LinkLanguage,
    /// The link named a screen that does not exist.
    LinkView,
    /// Saved data could not be read and was set aside.
    SavedUnreadable,
    /// A screen's text could not be fetched.
    ContentFailed,
    /// The person's data was erased.
    DataCleared,
}

/// Whether the current screen can be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewStatus {
    /// Its text is being fetched.
    Loading,
    /// Its text could not be fetched.
    Failed,
    /// Everything it needs is here.
    Ready,
}

/// A language being fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PendingLocale {
    /// The language.
    pub locale: Locale,
    /// Whether the person chose it (and so it is to be saved once loaded).
    pub chosen: bool,
}

/// What the app starts from, read from the page by the platform layer.
#[derive(Clone, Debug, Default)]
pub struct Boot {
    /// The page's query, decoded into pairs.
    pub link_pairs: Vec<(String, String)>,
    /// The saved data, decoded.
    pub saved: Decoded,
    /// The first of the browser's languages that the app speaks.
    pub browser_locale: Option<Locale>,
    /// Whether saved data can be written on this device.
    pub storage_available: bool,
    /// The messages available without fetching.
    pub catalog: Catalog,
    /// The embedding partner, if this build has one.
    pub partner: Option<Partner>,
}

/// Everything the views show.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The screen shown.
    pub view: View,
    /// What is saved on the device.
    pub saved: SavedState,
    /// The settings in force; its locale is always one whose messages are loaded.
    pub effective: Effective,
    /// Messages loaded so far.
    pub catalog: Catalog,
    /// A language being fetched.
    pub pending: Option<PendingLocale>,
    /// Message files that could not be fetched (not asked for again until a retry).
    pub failed: Vec<(Locale, Resource)>,
    /// The first language is still being fetched: nothing to show yet.
    pub booting: bool,
    /// Notices to show, oldest first.
    pub notices: Vec<Notice>,
    /// Whether saved data can be written on this device.
    pub storage_available: bool,
    /// The first render of the requested view is on screen.
    pub ready: bool,
    /// The page's original query pairs, for writing links that keep foreign parameters.
    pub link_pairs: Rc<Vec<(String, String)>>,
    /// The embedding partner, if this build has one.
    pub partner: Option<Partner>,
    /// Counts the actions applied, so handles can tell states apart without comparing them.
    pub revision: u64,
}

/// Everything that can happen to the state.
pub enum Action {
    /// Show another screen.
    Navigate(View),
    /// The person picked a language.
    ChooseLocale(Locale),
    /// A message file arrived.
    Loaded(Locale, Resource, Rc<str>),
    /// A message file could not be fetched.
    LoadFailed(Locale, Resource),
    /// Try again to fetch what failed.
    Retry,
    /// Turn 长辈版 on or off.
    SetElder(bool),
    /// Turn plain speech on or off.
    SetPlain(bool),
    /// Hide a notice.
    Dismiss(Notice),
    /// Erase everything saved.
    ClearData,
    /// The first render of the requested view is on screen.
    Rendered,
}

impl AppState {
    /// The state a visit starts in.
    pub fn boot(boot: Boot) -> AppState {
        let link = LinkRequest::from_pairs(&boot.link_pairs);
        let mut effective =
            Effective::resolve(&boot.saved.state.settings, &link, boot.browser_locale);
        let mut pending = None;
        if !boot.catalog.has(effective.locale, Resource::Shell) {
            pending = Some(PendingLocale {
                locale: effective.locale,
                chosen: false,
            });
            effective.locale = Locale::ZhHans;
        }
        let mut notices: Vec<Notice> = link
            .problems
            .iter()
            .map(|problem| match problem {
                LinkProblem::UnknownLanguage => Notice::LinkLanguage,
                LinkProblem::UnknownView => Notice::LinkView,
            })
            .collect();
        if matches!(
            boot.saved.problem,
            Some(DecodeProblem::Unreadable | DecodeProblem::UnknownVersion)
        ) {
            notices.push(Notice::SavedUnreadable);
        }
        AppState {
            view: link.view.unwrap_or_default(),
            saved: boot.saved.state,
            effective,
            catalog: boot.catalog,
            booting: pending.is_some(),
            pending,
            failed: Vec::new(),
            notices,
            storage_available: boot.storage_available,
            ready: false,
            link_pairs: Rc::new(boot.link_pairs),
            partner: boot.partner,
            revision: 0,
        }
    }

    /// The query string describing this state (or `view` instead of the current screen).
    pub fn query_for(&self, view: &View) -> String {
        format_query(&updated_pairs(
            &self.link_pairs,
            &LinkState {
                view,
                lang: self.effective.locale,
                elder: self.effective.elder,
                plain: self.effective.plain,
            },
        ))
    }

    /// The language whose files are wanted now: the one being switched to, else the one shown.
    pub fn wanted_locale(&self) -> Locale {
        self.pending.map_or(self.effective.locale, |p| p.locale)
    }

    /// The message files to fetch now (those that failed wait for a retry).
    pub fn to_fetch(&self) -> Vec<(Locale, Resource)> {
        let mut files = self.catalog.missing(self.wanted_locale(), &self.view);
        files.retain(|file| !self.failed.contains(file));
        files
    }

    /// Whether the current screen can be shown in the language shown.
    pub fn view_status(&self) -> ViewStatus {
        let missing = self.catalog.missing(self.effective.locale, &self.view);
        if missing.is_empty() {
            ViewStatus::Ready
        } else if missing.iter().any(|file| self.failed.contains(file)) {
            ViewStatus::Failed
        } else {
            ViewStatus::Loading
        }
    }

    /// Finishes a language switch once everything the screen needs has arrived.
    fn settle(&mut self) {
        if let Some(pending) = self.pending {
            if self.catalog.missing(pending.locale, &self.view).is_empty() {
                self.pending = None;
                self.booting = false;
                self.switch_to(pending.locale, pending.chosen);
            }
        }
    }

    fn show(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    fn switch_to(&mut self, locale: Locale, chosen: bool) {
        self.effective.locale = locale;
        if chosen {
            self.saved.settings.locale = Some(locale);
        }
        self.notices
            .retain(|n| !matches!(n, Notice::LanguageFailed(_) | Notice::LinkLanguage));
    }

    /// Applies an action, returning the next state.
    pub fn apply(mut self, action: Action) -> AppState {
        self.revision += 1;
        match action {
            Action::Navigate(view) => {
                self.view = view;
                self.notices.retain(|n| *n != Notice::LinkView);
                self.settle();
            }
            Action::ChooseLocale(locale) => {
                self.pending = (locale != self.effective.locale).then_some(PendingLocale {
                    locale,
                    chosen: true,
                });
                if self.pending.is_none() {
                    self.saved.settings.locale = Some(locale);
                }
                self.failed.clear();
                self.settle();
            }
            Action::Loaded(locale, resource, source) => {
                self.catalog = self.catalog.with(locale, resource, source).0;
                self.settle();
            }
            Action::LoadFailed(locale, resource) => {
                self.failed.push((locale, resource));
                match self.pending.take() {
                    Some(pending) => self.show(Notice::LanguageFailed(pending.locale)),
                    None => self.show(Notice::ContentFailed),
                }
                self.booting = false;
            }
            Action::Retry => {
                self.failed.clear();
                self.notices.retain(|n| *n != Notice::ContentFailed);
            }
            Action::SetElder(on) => {
                self.effective.elder = on;
                self.saved.settings.elder = on;
            }
            Action::SetPlain(on) => {
                self.effective.plain = on;
                self.saved.settings.plain = on;
            }
            Action::Dismiss(notice) => self.notices.retain(|n| *n != notice),
            Action::ClearData => {
                self.saved = SavedState::default();
                self.effective.elder = false;
                self.effective.plain = false;
                self.show(Notice::DataCleared);
            }
            Action::Rendered => self.ready = true,
        }
        self
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// The app state as the views receive it: read it, and dispatch actions to change it. Two
/// handles are equal when they were made from the same revision of the state, so comparing
/// never walks the state.
#[derive(Clone)]
pub struct AppHandle {
    handle: UseReducerHandle<AppState>,
    revision: u64,
}

impl AppHandle {
    /// Wraps the root's reducer handle, remembering the revision it shows.
    pub fn new(handle: UseReducerHandle<AppState>) -> AppHandle {
        let revision = handle.revision;
        AppHandle { handle, revision }
    }
}

impl std::ops::Deref for AppHandle {
    type Target = UseReducerHandle<AppState>;

    fn deref(&self) -> &Self::Target {
        &self.handle
    }
}

impl PartialEq for AppHandle {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

/// The app state provided by the app root.
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("the app root provides the app state")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::builtin_catalog;
    use crate::model::link::parse_query;
    use crate::model::saved::decode;

    fn boot(query: &str, saved: Option<&str>) -> AppState {
        AppState::boot(Boot {
            link_pairs: parse_query(query),
            saved: decode(saved),
            browser_locale: None,
            storage_available: true,
            catalog: builtin_catalog().0,
            partner: None,
        })
    }

    fn loaded(locale: Locale, resource: Resource) -> Action {
        Action::Loaded(locale, resource, "app-name = x\n".into())
    }

    #[test]
    fn a_plain_visit_opens_home_in_mandarin_ready_to_show() {
        let state = boot("", None);
        assert_eq!(state.view, View::Home);
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert!(!state.booting);
        assert!(state.notices.is_empty());
    }

    #[test]
    fn a_link_in_another_language_waits_for_its_messages() {
        let state = boot("?lang=bo&view=help", None);
        assert!(state.booting);
        assert_eq!(state.view, View::Help);
        assert_eq!(
            state.pending,
            Some(PendingLocale {
                locale: Locale::Bo,
                chosen: false
            })
        );
        let state = state.apply(loaded(Locale::Bo, Resource::Shell));
        assert!(state.booting, "help also needs the rights text");
        let state = state.apply(loaded(Locale::ZhHans, Resource::Rights));
        assert!(!state.booting);
        assert_eq!(state.effective.locale, Locale::Bo);
        assert_eq!(state.saved.settings.locale, None, "a link is not a choice");
    }

    #[test]
    fn a_chosen_language_is_saved_once_loaded_and_the_place_is_kept() {
        let state = boot("?view=quiz", None)
            .apply(Action::ChooseLocale(Locale::Ug))
            .apply(loaded(Locale::Ug, Resource::Shell));
        assert_eq!(state.effective.locale, Locale::Ug);
        assert_eq!(state.saved.settings.locale, Some(Locale::Ug));
        assert_eq!(state.view, View::Quiz);
    }

    #[test]
    fn a_failed_fetch_keeps_the_language_and_says_so() {
        let state = boot("", None)
            .apply(Action::ChooseLocale(Locale::Bo))
            .apply(Action::LoadFailed(Locale::Bo, Resource::Shell));
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert_eq!(state.pending, None);
        assert_eq!(state.notices, vec![Notice::LanguageFailed(Locale::Bo)]);
        assert!(
            state.to_fetch().is_empty(),
            "nothing is fetched again by itself"
        );
        let state = state.apply(Action::ChooseLocale(Locale::Bo));
        assert_eq!(
            state.to_fetch(),
            vec![(Locale::Bo, Resource::Shell)],
            "choosing again retries"
        );
    }

    #[test]
    fn an_answer_for_another_language_only_fills_the_cache() {
        let state = boot("", None)
            .apply(Action::ChooseLocale(Locale::Bo))
            .apply(Action::ChooseLocale(Locale::Yue))
            .apply(loaded(Locale::Bo, Resource::Shell));
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert!(state.catalog.has(Locale::Bo, Resource::Shell));
        assert_eq!(state.pending.map(|p| p.locale), Some(Locale::Yue));
        assert_eq!(state.to_fetch(), vec![(Locale::Yue, Resource::Shell)]);
    }

    #[test]
    fn a_loaded_language_switches_at_once() {
        let state = boot("", None)
            .apply(Action::ChooseLocale(Locale::Bo))
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(Action::ChooseLocale(Locale::ZhHans))
            .apply(Action::ChooseLocale(Locale::Bo));
        assert_eq!(state.effective.locale, Locale::Bo);
        assert_eq!(state.pending, None);
    }

    #[test]
    fn a_screen_waits_for_its_text_and_can_retry_a_failure() {
        let state = boot("", None).apply(Action::Navigate(View::Rights));
        assert_eq!(state.view_status(), ViewStatus::Loading);
        assert_eq!(state.to_fetch(), vec![(Locale::ZhHans, Resource::Rights)]);
        let state = state.apply(Action::LoadFailed(Locale::ZhHans, Resource::Rights));
        assert_eq!(state.view_status(), ViewStatus::Failed);
        assert!(state.to_fetch().is_empty(), "no retry loop");
        assert_eq!(state.notices, vec![Notice::ContentFailed]);
        let state = state.apply(Action::Retry);
        assert_eq!(state.to_fetch(), vec![(Locale::ZhHans, Resource::Rights)]);
        let state = state.apply(loaded(Locale::ZhHans, Resource::Rights));
        assert_eq!(state.view_status(), ViewStatus::Ready);
    }

    #[test]
    fn switching_language_on_a_content_screen_waits_for_everything_it_needs() {
        let state = boot("?view=rights", None)
            .apply(loaded(Locale::ZhHans, Resource::Rights))
            .apply(Action::ChooseLocale(Locale::Ug));
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert_eq!(state.to_fetch(), vec![(Locale::Ug, Resource::Shell)]);
        let state = state.apply(loaded(Locale::Ug, Resource::Shell));
        assert_eq!(state.effective.locale, Locale::Ug);
        assert_eq!(state.view_status(), ViewStatus::Ready);
    }

    #[test]
    fn link_settings_apply_for_the_visit_and_choices_are_saved() {
        let state = boot(
            "?elder=1",
            Some(r#"{"version":1,"settings":{"elder":false}}"#),
        );
        assert!(state.effective.elder);
        assert!(!state.saved.settings.elder);
        let state = state
            .apply(Action::SetElder(false))
            .apply(Action::SetPlain(true));
        assert!(!state.effective.elder && !state.saved.settings.elder);
        assert!(state.effective.plain && state.saved.settings.plain);
    }

    #[test]
    fn bad_links_and_bad_saved_data_are_reported_and_survived() {
        let state = boot("?lang=xx&view=nowhere", Some("{not json"));
        assert_eq!(state.view, View::Home);
        assert_eq!(
            state.notices,
            vec![
                Notice::LinkLanguage,
                Notice::LinkView,
                Notice::SavedUnreadable
            ]
        );
        let state = state.apply(Action::Dismiss(Notice::LinkView));
        assert_eq!(state.notices.len(), 2);
    }

    #[test]
    fn clearing_data_resets_settings_but_keeps_the_language_on_screen() {
        let state = boot(
            "",
            Some(r#"{"version":1,"settings":{"lang":"zh-Hans","elder":true}}"#),
        )
        .apply(Action::ClearData);
        assert_eq!(state.saved, SavedState::default());
        assert!(!state.effective.elder);
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert_eq!(state.notices, vec![Notice::DataCleared]);
    }

    #[test]
    fn every_action_makes_a_new_revision() {
        let state = boot("", None);
        assert_eq!(state.revision, 0);
        let state = state.apply(Action::Rendered).apply(Action::Rendered);
        assert_eq!(state.revision, 2);
    }

    #[test]
    fn links_follow_the_state_and_keep_foreign_parameters() {
        let state = boot("?from=groupmessage&lang=zh", None).apply(Action::SetElder(true));
        assert_eq!(
            state.query_for(&View::Help),
            "?from=groupmessage&lang=zh-Hans&view=help"
        );
        assert_eq!(
            state.query_for(&View::Home),
            "?from=groupmessage&lang=zh-Hans"
        );
    }
}
