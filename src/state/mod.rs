//! App state and the reducer that changes it. Pure: side effects (storage, URL, fetching,
//! the document) live in `platform` and run from the app root's effects.

pub mod quiz;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::help::Partner;
use crate::content::quiz::daily_question;
use crate::i18n::{ftl_path, Catalog, Resource};
use crate::model::link::{href, param, LinkProblem, LinkRequest, LinkState};
use crate::model::locale::Locale;
use crate::model::progress::{DailyRecord, Day};
use crate::model::random::Random;
use crate::model::saved::{DecodeProblem, Decoded, SavedState};
use crate::model::settings::Effective;
use crate::model::view::View;
use quiz::{Answer, Reply, Round, RoundKind};

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
    /// This device would not keep the person's choices: they last only while the page is open.
    StorageRefused,
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
    /// What the page's URL asks for, as decoded pairs (`model::link::url_pairs`).
    pub link_pairs: Vec<(String, String)>,
    /// The saved data, decoded.
    pub saved: Decoded,
    /// The language to use when neither the link's `lang` nor a saved choice names one: the
    /// language of the prerendered page the visit opened, else the first of the browser's
    /// languages that the app speaks.
    pub default_locale: Option<Locale>,
    /// Whether saved data can be written on this device.
    pub storage_available: bool,
    /// The messages available without fetching.
    pub catalog: Catalog,
    /// The embedding partner, if this build has one.
    pub partner: Option<Partner>,
    /// Today's date on the device.
    pub today: Day,
    /// A seed for random draws.
    pub seed: u64,
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
    /// Today's date on the device (for the daily question and the 错题本).
    pub today: Day,
    /// The random draws for mixed rounds.
    pub random: Random,
    /// The quiz round in progress, if any (kept while the person looks elsewhere).
    pub round: Option<Round>,
    /// The answer to today's daily question given during this visit.
    pub daily_answer: Option<Answer>,
    /// Counts the actions applied, so handles can tell states apart without comparing them.
    pub revision: u64,
    /// This is the state of a prerendered page that the app is taking over: the browser is left
    /// alone until [`Action::Resume`] brings in the visit's own state.
    pub hydrating: bool,
    /// Problems found in fetched message files, each once, naming the file (the platform
    /// reports them in the console).
    pub message_problems: Vec<String>,
    /// The person has been told that this device does not keep their choices (told once).
    pub told_storage_refused: bool,
    /// Translated message files that arrived with problems: their Mandarin originals are
    /// fetched too, so what the broken file lacks shows in Mandarin, never as a gap.
    pub broken_files: Vec<(Locale, Resource)>,
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
    /// Start a quiz round.
    StartRound(RoundKind),
    /// Answer the question on screen.
    Answer(Reply),
    /// Move on to the next question (or the score).
    NextQuestion,
    /// Leave the round and go back to the topics.
    LeaveRound,
    /// Empty the 错题本.
    ClearNotebook,
    /// Answer today's daily question.
    AnswerDaily(Reply),
    /// The prerendered page has been taken over: carry on from the visit's own state (its
    /// saved settings and progress, its link's settings and problems).
    Resume(Rc<AppState>),
    /// The device refused to keep what was saved (private mode, a full disk, blocked storage).
    SaveRefused,
    /// Saved data changed outside this state: another tab saved, or this tab's change was
    /// merged into what another tab had saved. Settings the link sets keep the link's value
    /// for this visit; a language chosen elsewhere is fetched, then shown.
    SavedElsewhere(SavedState),
}

impl AppState {
    /// The state a visit starts in.
    pub fn boot(boot: Boot) -> AppState {
        let link = LinkRequest::from_pairs(&boot.link_pairs);
        let mut effective =
            Effective::resolve(&boot.saved.state.settings, &link, boot.default_locale);
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
            today: boot.today,
            random: Random::new(boot.seed),
            round: None,
            daily_answer: None,
            revision: 0,
            hydrating: false,
            message_problems: Vec::new(),
            told_storage_refused: false,
            broken_files: Vec::new(),
        }
    }

    /// The state every prerendered page is rendered from, at build time and again in the
    /// browser when the app takes the page over, so both renders match: `view` in `locale`
    /// with `catalog`, default settings, nothing saved, a fixed date and seed. The visit's own
    /// state follows with [`Action::Resume`].
    pub fn prerendered(
        locale: Locale,
        view: &View,
        catalog: Catalog,
        partner: Option<Partner>,
    ) -> AppState {
        let mut state = AppState::boot(Boot {
            link_pairs: vec![(param::VIEW.to_owned(), view.to_param())],
            saved: Decoded::default(),
            default_locale: Some(locale),
            storage_available: true,
            catalog,
            partner,
            today: Day(0),
            seed: 0,
        });
        state.hydrating = true;
        state
    }

    /// This prerendered state with the 长辈版 and plain-speech settings of `visit`: they change
    /// only the page's styles and words, never its structure, so the app can take the page over
    /// already in the visit's looks (the page's own script drew 长辈版 before the app started).
    pub fn with_looks_of(mut self, visit: &AppState) -> AppState {
        self.effective.elder = visit.effective.elder;
        self.effective.plain = visit.effective.plain;
        self
    }

    /// Whether this state shows what the prerendered page of `view` in `locale` shows, so the
    /// app can take that page over: same screen, same language, its text already here.
    pub fn matches_page(&self, locale: Locale, view: &View) -> bool {
        self.view == *view && self.effective.locale == locale && !self.booting
    }

    /// The link to `view` as this state would show it, relative to the app's root.
    pub fn href_for(&self, view: &View) -> String {
        href(
            &self.link_pairs,
            &LinkState {
                view,
                lang: self.effective.locale,
                elder: self.effective.elder,
                plain: self.effective.plain,
            },
        )
    }

    /// The language whose files are wanted now: the one being switched to, else the one shown.
    pub fn wanted_locale(&self) -> Locale {
        self.pending.map_or(self.effective.locale, |p| p.locale)
    }

    /// The message files to fetch now (those that failed wait for a retry).
    pub fn to_fetch(&self) -> Vec<(Locale, Resource)> {
        let locale = self.wanted_locale();
        let mut files = self.missing(locale);
        if self.pending.is_none() {
            files.extend(self.catalog.missing_of(locale, self.view.wants()));
        }
        files.retain(|file| !self.failed.contains(file));
        files
    }

    /// Whether the text of `resource` is here for the language shown.
    pub fn has_text(&self, resource: Resource) -> bool {
        self.catalog
            .missing_of(self.effective.locale, &[resource])
            .is_empty()
    }

    /// Whether fetching the text of `resource` failed.
    pub fn text_failed(&self, resource: Resource) -> bool {
        self.failed.iter().any(|(_, r)| *r == resource)
    }

    /// Whether the current screen can be shown in the language shown.
    pub fn view_status(&self) -> ViewStatus {
        let missing = self.missing(self.effective.locale);
        if missing.is_empty() {
            ViewStatus::Ready
        } else if missing.iter().any(|file| self.failed.contains(file)) {
            ViewStatus::Failed
        } else {
            ViewStatus::Loading
        }
    }

    /// The files still to fetch before the screen can be shown in `locale`: those it needs, and
    /// the Mandarin original of any of them that arrived broken.
    fn missing(&self, locale: Locale) -> Vec<(Locale, Resource)> {
        let mut files = self.catalog.missing(locale, &self.view);
        for &resource in self.view.needs() {
            let original = (Locale::ZhHans, resource);
            if self.broken_files.contains(&(locale, resource))
                && !self.catalog.has(original.0, original.1)
            {
                files.push(original);
            }
        }
        files
    }

    /// Finishes a language switch once everything the screen needs has arrived.
    fn settle(&mut self) {
        if let Some(pending) = self.pending {
            if self.missing(pending.locale).is_empty() {
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
                let (catalog, problems) = self.catalog.with(locale, resource, source);
                self.catalog = catalog;
                // The locale's files are parsed together, so the problems are the locale's: the
                // ones beyond those already kept are this file's (two files may each have, say,
                // a syntax error on line 3).
                let file = ftl_path(locale, resource);
                let mut new_problems = Vec::new();
                for problem in &problems {
                    let seen = |list: &[String]| {
                        list.iter()
                            .filter(|m| m.ends_with(problem.as_str()))
                            .count()
                    };
                    let this_many = problems.iter().filter(|p| *p == problem).count();
                    if seen(&self.message_problems) + seen(&new_problems) < this_many {
                        new_problems.push(format!("{file}: {problem}"));
                    }
                }
                if !new_problems.is_empty()
                    && locale != Locale::ZhHans
                    && !self.broken_files.contains(&(locale, resource))
                {
                    self.broken_files.push((locale, resource));
                }
                self.message_problems.extend(new_problems);
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
                self.round = None;
                self.daily_answer = None;
                self.effective.elder = false;
                self.effective.plain = false;
                self.show(Notice::DataCleared);
            }
            Action::Rendered => self.ready = true,
            Action::StartRound(kind) => {
                let missed = self.round.as_ref().map(Round::missed).unwrap_or_default();
                let progress = &self.saved.progress;
                self.round = Round::start(kind, progress, self.today, &mut self.random, &missed);
            }
            Action::Answer(reply) => {
                if let Some((question, outcome)) =
                    self.round.as_mut().and_then(|round| round.answer(reply))
                {
                    self.saved.progress.record(question.id, outcome, self.today);
                }
            }
            Action::NextQuestion => {
                if let Some(round) = self.round.as_mut() {
                    round.next();
                    if let (true, RoundKind::Topic(topic)) = (round.is_finished(), round.kind) {
                        self.saved.progress.finish_topic(topic);
                    }
                }
            }
            Action::LeaveRound => self.round = None,
            Action::ClearNotebook => self.saved.progress.notebook.clear(),
            Action::AnswerDaily(reply) => {
                if self.saved.progress.daily_on(self.today).is_none() {
                    let question = daily_question(self.today);
                    let answer = Answer::grade(question, reply);
                    let progress = &mut self.saved.progress;
                    progress.record(question.id, answer.outcome, self.today);
                    progress.daily = Some(DailyRecord {
                        day: self.today,
                        outcome: answer.outcome,
                    });
                    self.daily_answer = Some(answer);
                }
            }
            Action::SaveRefused => {
                if !self.told_storage_refused {
                    self.show(Notice::StorageRefused);
                    self.told_storage_refused = true;
                }
                self.storage_available = false;
            }
            Action::SavedElsewhere(saved) => {
                let link = LinkRequest::from_pairs(&self.link_pairs);
                let chosen_before = self.saved.settings.locale;
                self.saved = saved;
                let settings = &self.saved.settings;
                self.effective.elder = link.elder.unwrap_or(settings.elder);
                self.effective.plain = link.plain.unwrap_or(settings.plain);
                if let (None, Some(locale)) = (link.lang, settings.locale) {
                    if settings.locale != chosen_before && locale != self.effective.locale {
                        self.pending = Some(PendingLocale {
                            locale,
                            chosen: false,
                        });
                        self.settle();
                    }
                }
            }
            Action::Resume(state) => {
                let revision = self.revision;
                self = (*state).clone();
                self.revision = revision;
                self.hydrating = false;
            }
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
    use crate::model::link::{parse_query, url_pairs};
    use crate::model::progress::Outcome;
    use crate::model::saved::decode;

    fn boot(query: &str, saved: Option<&str>) -> AppState {
        AppState::boot(Boot {
            link_pairs: parse_query(query),
            saved: decode(saved),
            default_locale: None,
            storage_available: true,
            catalog: builtin_catalog().0,
            partner: None,
            today: Day(20_000),
            seed: 7,
        })
    }

    /// A message file that arrived whole (one message, its id its own).
    fn loaded(locale: Locale, resource: Resource) -> Action {
        let source = format!("loaded-{}-{} = x\n", locale.index(), resource.index());
        Action::Loaded(locale, resource, source.into())
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
        let state = state.apply(loaded(Locale::Bo, Resource::Rights));
        assert!(!state.booting);
        assert_eq!(state.effective.locale, Locale::Bo);
        assert_eq!(state.saved.settings.locale, None, "a link is not a choice");
    }

    #[test]
    fn a_chosen_language_is_saved_once_loaded_and_the_place_is_kept() {
        let state = boot("?view=settings", None)
            .apply(Action::ChooseLocale(Locale::Ug))
            .apply(loaded(Locale::Ug, Resource::Shell));
        assert_eq!(state.effective.locale, Locale::Ug);
        assert_eq!(state.saved.settings.locale, Some(Locale::Ug));
        assert_eq!(state.view, View::Settings);
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
            !state.to_fetch().contains(&(Locale::Bo, Resource::Shell)),
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
    fn home_fetches_the_daily_question_without_waiting_for_it() {
        let state = boot("", None);
        assert_eq!(state.view_status(), ViewStatus::Ready);
        assert_eq!(state.to_fetch(), vec![(Locale::ZhHans, Resource::Quiz)]);
        assert!(!state.has_text(Resource::Quiz));
        let state = state.apply(Action::LoadFailed(Locale::ZhHans, Resource::Quiz));
        assert!(state.text_failed(Resource::Quiz));
        assert_eq!(state.view_status(), ViewStatus::Ready, "home still shows");
        let state = state
            .apply(Action::Retry)
            .apply(loaded(Locale::ZhHans, Resource::Quiz));
        assert!(state.has_text(Resource::Quiz));
        assert!(state.to_fetch().is_empty());
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
    fn what_another_tab_saved_shows_here_under_this_visits_link() {
        let mut elsewhere = SavedState::default();
        elsewhere.settings.elder = true;
        elsewhere.settings.plain = true;
        elsewhere.progress.record("q1", Outcome::Wrong, Day(20_000));
        let state = boot("?plain=0", None).apply(Action::SavedElsewhere(elsewhere.clone()));
        assert_eq!(state.saved, elsewhere);
        assert!(state.effective.elder);
        assert!(
            !state.effective.plain,
            "the link's plain=0 holds for this visit"
        );

        elsewhere.settings.locale = Some(Locale::Bo);
        let state = state.apply(Action::SavedElsewhere(elsewhere.clone()));
        assert_eq!(
            state.pending,
            Some(PendingLocale {
                locale: Locale::Bo,
                chosen: false
            })
        );
        let state = state
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(loaded(Locale::Bo, Resource::Quiz));
        assert_eq!(state.effective.locale, Locale::Bo);

        let linked = boot("?lang=ug", None).apply(Action::SavedElsewhere(elsewhere));
        assert_eq!(
            linked.pending.map(|p| p.locale),
            Some(Locale::Ug),
            "the link's language holds"
        );
    }

    #[test]
    fn the_same_problem_in_a_second_file_is_that_files_own() {
        let state = boot("?lang=bo&view=case:agent-surrender", None)
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(Action::Loaded(
                Locale::Bo,
                Resource::Rights,
                "a = 1\n= x\n".into(),
            ))
            .apply(Action::Loaded(
                Locale::Bo,
                Resource::Cases,
                "b = 1\n= x\n".into(),
            ));
        assert_eq!(
            state.message_problems.len(),
            2,
            "{:?}",
            state.message_problems
        );
        assert!(state.message_problems[1].starts_with("locales/bo/cases.ftl: "));
        assert_eq!(
            state.broken_files,
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
            .apply(Action::Loaded(Locale::ZhHans, Resource::Quiz, broken))
            .apply(Action::Loaded(
                Locale::ZhHans,
                Resource::Cases,
                "case-x = y\n".into(),
            ));
        assert_eq!(
            state.message_problems.len(),
            1,
            "{:?}",
            state.message_problems
        );
        assert!(state.message_problems[0].starts_with("locales/zh-Hans/quiz.ftl: "));
        assert!(state.message_problems[0].contains("line 2"));
    }

    #[test]
    fn a_device_that_refuses_to_save_is_said_once_and_the_choice_holds() {
        let state = boot("", None)
            .apply(Action::SetElder(true))
            .apply(Action::SaveRefused);
        assert_eq!(state.notices, vec![Notice::StorageRefused]);
        assert!(state.effective.elder && state.saved.settings.elder);
        let state = state
            .apply(Action::Dismiss(Notice::StorageRefused))
            .apply(Action::SetPlain(true))
            .apply(Action::SaveRefused);
        assert!(state.notices.is_empty(), "said once");
        assert!(!state.storage_available);
    }

    #[test]
    fn a_broken_translated_file_brings_its_mandarin_original() {
        let state = boot("?lang=bo&view=rights", None)
            .apply(loaded(Locale::Bo, Resource::Shell))
            .apply(Action::Loaded(
                Locale::Bo,
                Resource::Rights,
                "= broken\n".into(),
            ));
        assert_eq!(state.broken_files, vec![(Locale::Bo, Resource::Rights)]);
        assert_eq!(state.to_fetch(), vec![(Locale::ZhHans, Resource::Rights)]);
        assert!(state.booting, "the screen waits for the original");
        let state = state.apply(loaded(Locale::ZhHans, Resource::Rights));
        assert!(state.to_fetch().is_empty());
        assert_eq!(state.view_status(), ViewStatus::Ready);
        assert_eq!(state.effective.locale, Locale::Bo);
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
        let state = boot("?from=groupmessage&lang=zh&elder=0", None).apply(Action::SetElder(true));
        assert_eq!(
            state.href_for(&View::Help),
            "zh-Hans/help.html?from=groupmessage&lang=zh-Hans&elder=1"
        );
        assert_eq!(
            state.href_for(&View::Home),
            "zh-Hans/index.html?from=groupmessage&lang=zh-Hans&elder=1"
        );
    }

    #[test]
    fn a_saved_language_wins_over_the_language_of_the_page() {
        let visit = |saved: Option<&str>| {
            AppState::boot(Boot {
                link_pairs: url_pairs("/app/bo/help.html", ""),
                saved: decode(saved),
                default_locale: Some(Locale::Bo),
                storage_available: true,
                catalog: builtin_catalog().0,
                ..Boot::default()
            })
        };
        assert_eq!(visit(None).view, View::Help);
        assert_eq!(visit(None).wanted_locale(), Locale::Bo);
        let saved = r#"{"version":1,"settings":{"lang":"ug"}}"#;
        assert_eq!(visit(Some(saved)).wanted_locale(), Locale::Ug);
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
    fn resuming_replaces_the_prerendered_state_but_keeps_counting() {
        let page = AppState::prerendered(Locale::ZhHans, &View::Quiz, builtin_catalog().0, None);
        assert!(page.hydrating);
        assert!(page.matches_page(Locale::ZhHans, &View::Quiz));
        let visit = boot(
            "?view=quiz&elder=1",
            Some(r#"{"version":1,"settings":{"plain":true}}"#),
        );
        let resumed = page.apply(Action::Resume(Rc::new(visit)));
        assert!(!resumed.hydrating);
        assert!(resumed.effective.elder && resumed.effective.plain);
        assert_eq!(resumed.revision, 1);
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

    fn correct_reply(state: &AppState) -> Reply {
        let question = state.round.as_ref().and_then(Round::current).unwrap();
        Reply::Chosen(question.correct_keys())
    }

    #[test]
    fn a_topic_round_records_misses_and_counts_the_topic_once_finished() {
        let mut state =
            boot("?view=quiz", None).apply(Action::StartRound(RoundKind::Topic("high-yield")));
        let count = state.round.as_ref().unwrap().questions.len();
        let first = state.round.as_ref().unwrap().questions[0].id;
        state = state.apply(Action::Answer(Reply::NotSure));
        assert_eq!(state.saved.progress.due(state.today), vec![first]);
        for _ in 1..count {
            state = state.apply(Action::NextQuestion);
            assert!(!state.saved.progress.is_done("high-yield"));
            let reply = correct_reply(&state);
            state = state.apply(Action::Answer(reply));
        }
        state = state.apply(Action::NextQuestion);
        let round = state.round.as_ref().unwrap();
        assert!(round.is_finished());
        assert_eq!(round.score(), count - 1);
        assert!(state.saved.progress.is_done("high-yield"));
        let state = state.apply(Action::StartRound(RoundKind::Retry));
        assert_eq!(
            state.round.as_ref().unwrap().questions.len(),
            1,
            "only the missed one"
        );
        let state = state.apply(Action::LeaveRound).apply(Action::ClearNotebook);
        assert!(state.round.is_none());
        assert!(state.saved.progress.notebook.is_empty());
    }

    #[test]
    fn the_daily_question_is_answered_once_a_day() {
        let state = boot("", None).apply(Action::AnswerDaily(Reply::NotSure));
        let question = daily_question(state.today);
        assert_eq!(state.saved.progress.due(state.today), vec![question.id]);
        let first = state.saved.progress.daily;
        let state = state.apply(Action::AnswerDaily(Reply::Chosen(question.correct_keys())));
        assert_eq!(
            state.saved.progress.daily, first,
            "a second answer changes nothing"
        );
        let state = state.apply(Action::ClearData);
        assert_eq!(state.saved.progress.daily, None);
        assert_eq!(state.daily_answer, None);
    }
}
