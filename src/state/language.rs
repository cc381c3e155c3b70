//! Language loading: the messages loaded so far, the language being fetched, the files that
//! failed or arrived broken. The language on screen changes only when everything the screen
//! needs in the new language is here; this module says when ([`LanguageEvent::Switched`]) and
//! the app state switches.

use std::rc::Rc;

use crate::i18n::{ftl_path, Catalog, Resource};
use crate::model::locale::Locale;
use crate::model::progress::Day;
use crate::model::view::View;

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

/// What can happen to the language loading.
pub enum LanguageAction {
    /// The person picked a language.
    Choose(Locale),
    /// A message file arrived.
    Loaded(Locale, Resource, Rc<str>),
    /// A message file could not be fetched.
    LoadFailed(Locale, Resource),
    /// Try again to fetch what failed.
    Retry,
    /// Also fetch the screen's text in a second language, shown beside the first (workshop
    /// mode's side-by-side text), or stop asking for one.
    Beside(Option<Locale>),
}

/// What the rest of the state has to do after a language action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguageEvent {
    /// Everything the screen needs in `locale` is here: show it (and save it, if `chosen`).
    Switched {
        /// The language now shown.
        locale: Locale,
        /// Whether the person chose it.
        chosen: bool,
    },
    /// The person chose the language already shown: save the choice.
    Kept(Locale),
    /// A fetch failed: the language being switched to, if it was a switch, else a screen's
    /// text.
    Failed(Option<Locale>),
    /// The person asked to try the failed fetches again.
    Retrying,
}

/// The messages and their fetching.
#[derive(Clone, Debug)]
pub struct Language {
    /// Messages loaded so far.
    pub catalog: Catalog,
    /// A language being fetched.
    pub pending: Option<PendingLocale>,
    /// Message files that could not be fetched (not asked for again until a retry).
    pub failed: Vec<(Locale, Resource)>,
    /// The first language is still being fetched: nothing to show yet.
    pub booting: bool,
    /// Problems found in fetched message files, each once, naming the file (the platform
    /// reports them in the console).
    pub problems: Vec<String>,
    /// Translated message files that arrived with problems: their Mandarin originals are
    /// fetched too, so what the broken file lacks shows in Mandarin, never as a gap.
    pub broken_files: Vec<(Locale, Resource)>,
    /// A second language whose text the screen also wants, shown beside the first.
    pub beside: Option<Locale>,
}

impl Language {
    /// Starts with `catalog`, fetching `wanted` first if its shell is not there.
    pub fn new(catalog: Catalog, wanted: Locale) -> Language {
        let pending = (!catalog.has(wanted, Resource::Shell)).then_some(PendingLocale {
            locale: wanted,
            chosen: false,
        });
        Language {
            catalog,
            booting: pending.is_some(),
            pending,
            failed: Vec::new(),
            problems: Vec::new(),
            broken_files: Vec::new(),
            beside: None,
        }
    }

    /// The language whose files are wanted now: the one being switched to, else `shown`.
    pub fn wanted_locale(&self, shown: Locale) -> Locale {
        self.pending.map_or(shown, |p| p.locale)
    }

    /// The message files to fetch now for `view` (those that failed wait for a retry).
    pub fn to_fetch(&self, view: &View, shown: Locale) -> Vec<(Locale, Resource)> {
        let locale = self.wanted_locale(shown);
        let mut files = self.missing(view, locale);
        if self.pending.is_none() {
            files.extend(self.catalog.missing_of(locale, view.wants()));
        }
        if let Some(beside) = self.beside.filter(|beside| *beside != locale) {
            for file in self.missing(view, beside) {
                if !files.contains(&file) {
                    files.push(file);
                }
            }
        }
        files.retain(|file| !self.failed.contains(file));
        files
    }

    /// Whether the text of `resource` is here in `locale`, still coming, or could not be
    /// fetched.
    pub fn text_status(&self, locale: Locale, resource: Resource) -> ViewStatus {
        if self.catalog.missing_of(locale, &[resource]).is_empty() {
            ViewStatus::Ready
        } else if self.failed.iter().any(|(_, r)| *r == resource) {
            ViewStatus::Failed
        } else {
            ViewStatus::Loading
        }
    }

    /// Whether `view` can be shown in `locale`.
    pub fn view_status(&self, view: &View, locale: Locale) -> ViewStatus {
        let missing = self.missing(view, locale);
        if missing.is_empty() {
            ViewStatus::Ready
        } else if missing.iter().any(|file| self.failed.contains(file)) {
            ViewStatus::Failed
        } else {
            ViewStatus::Loading
        }
    }

    /// The files still to fetch before `view` can be shown in `locale`: those it needs, and
    /// the Mandarin original of any of them that arrived broken.
    fn missing(&self, view: &View, locale: Locale) -> Vec<(Locale, Resource)> {
        let mut files = self.catalog.missing(locale, view);
        for &resource in view.needs() {
            let original = (Locale::ZhHans, resource);
            if self.broken_files.contains(&(locale, resource))
                && !self.catalog.has(original.0, original.1)
            {
                files.push(original);
            }
        }
        files
    }

    /// Starts fetching `locale` to show it on `view` once its files are here (at once, if
    /// they are).
    pub fn switch_when_loaded(
        &mut self,
        locale: Locale,
        chosen: bool,
        view: &View,
    ) -> Option<LanguageEvent> {
        self.pending = Some(PendingLocale { locale, chosen });
        self.settle(view)
    }

    /// Finishes a language switch once everything `view` needs has arrived.
    pub fn settle(&mut self, view: &View) -> Option<LanguageEvent> {
        let pending = self.pending?;
        if !self.missing(view, pending.locale).is_empty() {
            return None;
        }
        self.pending = None;
        self.booting = false;
        Some(LanguageEvent::Switched {
            locale: pending.locale,
            chosen: pending.chosen,
        })
    }

    /// Applies `action` on `view`, where `shown` is the language on screen and `today` the
    /// visit's date (which names the daily question's file).
    pub fn apply(
        &mut self,
        action: LanguageAction,
        view: &View,
        shown: Locale,
        today: Day,
    ) -> Option<LanguageEvent> {
        match action {
            LanguageAction::Choose(locale) => {
                self.failed.clear();
                if locale == shown {
                    self.pending = None;
                    return Some(LanguageEvent::Kept(locale));
                }
                self.switch_when_loaded(locale, true, view)
            }
            LanguageAction::Loaded(locale, resource, source) => {
                self.add(locale, resource, source, today);
                self.settle(view)
            }
            LanguageAction::LoadFailed(locale, resource) => {
                self.failed.push((locale, resource));
                self.booting = false;
                Some(LanguageEvent::Failed(self.pending.take().map(|p| p.locale)))
            }
            LanguageAction::Retry => {
                self.failed.clear();
                Some(LanguageEvent::Retrying)
            }
            LanguageAction::Beside(beside) => {
                self.beside = beside;
                None
            }
        }
    }

    /// Adds a file that arrived to the catalog, keeping its problems.
    fn add(&mut self, locale: Locale, resource: Resource, source: Rc<str>, today: Day) {
        let (catalog, problems) = self.catalog.with(locale, resource, source);
        self.catalog = catalog;
        // The locale's files are parsed together, so the problems are the locale's: the ones
        // beyond those already kept are this file's (two files may each have, say, a syntax
        // error on line 3).
        let file = ftl_path(locale, resource, today);
        let mut new_problems = Vec::new();
        for problem in &problems {
            let seen = |list: &[String]| {
                list.iter()
                    .filter(|m| m.ends_with(problem.as_str()))
                    .count()
            };
            let this_many = problems.iter().filter(|p| *p == problem).count();
            if seen(&self.problems) + seen(&new_problems) < this_many {
                new_problems.push(format!("{file}: {problem}"));
            }
        }
        if !new_problems.is_empty()
            && locale != Locale::ZhHans
            && !self.broken_files.contains(&(locale, resource))
        {
            self.broken_files.push((locale, resource));
        }
        self.problems.extend(new_problems);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::notices::Notice;
    use crate::state::testing::{boot, loaded};
    use crate::state::Action;

    #[test]
    fn a_link_in_another_language_waits_for_its_messages() {
        let state = boot("?lang=bo&view=help", None);
        assert!(state.language.booting);
        assert_eq!(state.view, View::Help);
        assert_eq!(
            state.language.pending,
            Some(PendingLocale {
                locale: Locale::Bo,
                chosen: false
            })
        );
        let state = state.apply(loaded(Locale::Bo, Resource::Shell));
        assert!(state.language.booting, "help also needs the rights text");
        let state = state.apply(loaded(Locale::Bo, Resource::Rights));
        assert!(!state.language.booting);
        assert_eq!(state.effective.locale, Locale::Bo);
        assert_eq!(state.saved.settings.locale, None, "a link is not a choice");
    }

    #[test]
    fn a_chosen_language_is_saved_once_loaded_and_the_place_is_kept() {
        let state = boot("?view=settings", None)
            .apply(LanguageAction::Choose(Locale::Ug))
            .apply(loaded(Locale::Ug, Resource::Shell));
        assert_eq!(state.effective.locale, Locale::Ug);
        assert_eq!(state.saved.settings.locale, Some(Locale::Ug));
        assert_eq!(state.view, View::Settings);
    }

    #[test]
    fn a_failed_fetch_keeps_the_language_and_says_so() {
        let state = boot("", None)
            .apply(LanguageAction::Choose(Locale::Bo))
            .apply(LanguageAction::LoadFailed(Locale::Bo, Resource::Shell));
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert_eq!(state.language.pending, None);
        assert_eq!(
            state.notices.as_slice(),
            [Notice::LanguageFailed(Locale::Bo)]
        );
        assert!(
            !state.to_fetch().contains(&(Locale::Bo, Resource::Shell)),
            "nothing is fetched again by itself"
        );
        let state = state.apply(LanguageAction::Choose(Locale::Bo));
        assert_eq!(
            state.to_fetch(),
            vec![(Locale::Bo, Resource::Shell)],
            "choosing again retries"
        );
    }

    #[test]
    fn a_language_beside_fetches_the_screens_text_and_changes_nothing_shown() {
        let state = boot("?view=workshop", None);
        let shown_before = state.to_fetch();
        let state = state.apply(LanguageAction::Beside(Some(Locale::Bo)));
        let wanted = state.to_fetch();
        assert_eq!(&wanted[..shown_before.len()], &shown_before[..]);
        assert!(wanted.contains(&(Locale::Bo, Resource::Workshop)));
        assert!(wanted.contains(&(Locale::Bo, Resource::Shell)));
        let state = state.apply(loaded(Locale::Bo, Resource::Shell));
        assert_eq!(
            state.effective.locale,
            Locale::ZhHans,
            "the language shown stays"
        );
        assert!(!state.to_fetch().contains(&(Locale::Bo, Resource::Shell)));
        let state = state.apply(LanguageAction::Beside(None));
        assert_eq!(state.to_fetch(), shown_before);
        let same = boot("?view=workshop", None).apply(LanguageAction::Beside(Some(Locale::ZhHans)));
        assert_eq!(
            same.to_fetch(),
            shown_before,
            "the language shown is not asked twice"
        );
    }

    #[test]
    fn an_answer_for_another_language_only_fills_the_cache() {
        let state = boot("", None)
            .apply(LanguageAction::Choose(Locale::Bo))
            .apply(LanguageAction::Choose(Locale::Yue))
            .apply(loaded(Locale::Bo, Resource::Shell));
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert!(state.language.catalog.has(Locale::Bo, Resource::Shell));
        assert_eq!(state.language.pending.map(|p| p.locale), Some(Locale::Yue));
        assert_eq!(state.to_fetch(), vec![(Locale::Yue, Resource::Shell)]);
    }

    #[test]
    fn a_loaded_language_switches_at_once() {
        let state = boot("", None)
            .apply(LanguageAction::Choose(Locale::Bo))
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(LanguageAction::Choose(Locale::ZhHans))
            .apply(LanguageAction::Choose(Locale::Bo));
        assert_eq!(state.effective.locale, Locale::Bo);
        assert_eq!(state.language.pending, None);
    }

    #[test]
    fn home_fetches_the_daily_question_without_waiting_for_it() {
        let state = boot("", None);
        assert_eq!(state.view_status(), ViewStatus::Ready);
        assert_eq!(state.to_fetch(), vec![(Locale::ZhHans, Resource::Daily)]);
        assert_eq!(state.text_status(Resource::Daily), ViewStatus::Loading);
        let state = state.apply(LanguageAction::LoadFailed(Locale::ZhHans, Resource::Daily));
        assert_eq!(state.text_status(Resource::Daily), ViewStatus::Failed);
        assert_eq!(state.view_status(), ViewStatus::Ready, "home still shows");
        let state = state
            .apply(LanguageAction::Retry)
            .apply(loaded(Locale::ZhHans, Resource::Daily));
        assert_eq!(state.text_status(Resource::Daily), ViewStatus::Ready);
        assert!(state.to_fetch().is_empty());
        let state = state.apply(Action::Navigate(View::Quiz));
        assert_eq!(
            state.to_fetch(),
            vec![(Locale::ZhHans, Resource::Quiz)],
            "the daily cut does not stand in for the whole quiz"
        );
    }

    #[test]
    fn a_screen_waits_for_its_text_and_can_retry_a_failure() {
        let state = boot("", None).apply(Action::Navigate(View::Rights));
        assert_eq!(state.view_status(), ViewStatus::Loading);
        assert_eq!(state.to_fetch(), vec![(Locale::ZhHans, Resource::Rights)]);
        let state = state.apply(LanguageAction::LoadFailed(Locale::ZhHans, Resource::Rights));
        assert_eq!(state.view_status(), ViewStatus::Failed);
        assert!(state.to_fetch().is_empty(), "no retry loop");
        assert_eq!(state.notices.as_slice(), [Notice::ContentFailed]);
        let state = state.apply(LanguageAction::Retry);
        assert_eq!(state.to_fetch(), vec![(Locale::ZhHans, Resource::Rights)]);
        let state = state.apply(loaded(Locale::ZhHans, Resource::Rights));
        assert_eq!(state.view_status(), ViewStatus::Ready);
    }

    #[test]
    fn switching_language_on_a_content_screen_waits_for_everything_it_needs() {
        let state = boot("?view=rights", None)
            .apply(loaded(Locale::ZhHans, Resource::Rights))
            .apply(LanguageAction::Choose(Locale::Ug));
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert_eq!(
            state.to_fetch(),
            vec![
                (Locale::Ug, Resource::Shell),
                (Locale::Ug, Resource::Rights)
            ]
        );
        let state = state.apply(loaded(Locale::Ug, Resource::Shell));
        assert_eq!(
            state.effective.locale,
            Locale::ZhHans,
            "still waiting for the rights"
        );
        let state = state.apply(loaded(Locale::Ug, Resource::Rights));
        assert_eq!(state.effective.locale, Locale::Ug);
        assert_eq!(state.view_status(), ViewStatus::Ready);
    }

    #[test]
    fn the_same_problem_in_a_second_file_is_that_files_own() {
        let state = boot("?lang=bo&view=case:agent-surrender", None)
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(LanguageAction::Loaded(
                Locale::Bo,
                Resource::Rights,
                "a = 1\n= x\n".into(),
            ))
            .apply(LanguageAction::Loaded(
                Locale::Bo,
                Resource::Cases,
                "b = 1\n= x\n".into(),
            ));
        assert_eq!(
            state.language.problems.len(),
            2,
            "{:?}",
            state.language.problems
        );
        assert!(state.language.problems[1].starts_with("locales/bo/cases.ftl: "));
        assert_eq!(
            state.language.broken_files,
            vec![
                (Locale::Bo, Resource::Rights),
                (Locale::Bo, Resource::Cases)
            ]
        );
    }

    #[test]
    fn problems_in_a_fetched_message_file_are_kept_once_naming_the_file() {
        let broken = "quiz-title = 问答\n= no id\n".into();
        let state = boot("", None)
            .apply(LanguageAction::Loaded(
                Locale::ZhHans,
                Resource::Quiz,
                broken,
            ))
            .apply(LanguageAction::Loaded(
                Locale::ZhHans,
                Resource::Cases,
                "case-x = y\n".into(),
            ));
        assert_eq!(
            state.language.problems.len(),
            1,
            "{:?}",
            state.language.problems
        );
        assert!(state.language.problems[0].starts_with("locales/zh-Hans/quiz.ftl: "));
        assert!(state.language.problems[0].contains("line 2"));
    }

    #[test]
    fn a_broken_translated_file_brings_its_mandarin_original() {
        let state = boot("?lang=bo&view=rights", None)
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(LanguageAction::Loaded(
                Locale::Bo,
                Resource::Rights,
                "= broken\n".into(),
            ));
        assert_eq!(
            state.language.broken_files,
            vec![(Locale::Bo, Resource::Rights)]
        );
        assert_eq!(state.to_fetch(), vec![(Locale::ZhHans, Resource::Rights)]);
        assert!(state.language.booting, "the screen waits for the original");
        let state = state.apply(loaded(Locale::ZhHans, Resource::Rights));
        assert!(state.to_fetch().is_empty());
        assert_eq!(state.view_status(), ViewStatus::Ready);
        assert_eq!(state.effective.locale, Locale::Bo);
    }
}
