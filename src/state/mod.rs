//! App state and the reducer that changes it, one concern a module, each with its own actions
//! and tests:
//! - [`language`]: the messages loaded, the language being fetched, what failed;
//! - [`saved`]: the person's settings and saved data, and whether the device keeps them;
//! - [`quiz`]: the round in progress and today's daily answer;
//! - [`notices`]: what the person should be told;
//! - [`visit`]: what the visit started from (its link, date, random draws);
//! - [`offline`]: offline use, a new version waiting, adding the app to the home screen;
//! - [`partner`]: the embedding partner, built in or deployed;
//! - [`embed`]: being embedded in a partner's page, and the events for it;
//! - [`reading`]: read-aloud: the device's voices, the audio packs, a reading under way;
//! - [`render`]: render bookkeeping;
//! - [`workshop`]: workshop mode's own reducer, apart from [`AppState`] (only the workshop's
//!   root holds it, so the consumer's wasm carries none of it);
//! - [`check`]: the message checker's own reducer, apart from [`AppState`] too (only its
//!   root holds it, so a message leaves with the screen unless the person keeps it as a note).
//!
//! [`AppState`] holds one of each beside the screen shown, the saved data and the settings in
//! force, and [`AppState::apply`] hands each action to its concern, then does what the concern
//! asks of the rest ([`language::LanguageEvent`], [`saved::SavedEvent`]). Pure: side effects
//! (storage, URL, fetching, the document) live in `platform` and run from the sync hooks
//! (`platform::sync`, `platform::workshop`), after the state says what should be.

pub mod check;
pub mod embed;
pub mod language;
pub mod notices;
pub mod offline;
pub mod partner;
pub mod quiz;
pub mod reading;
pub mod render;
pub mod saved;
pub mod visit;
pub mod workshop;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Catalog, Resource};
use crate::model::device::Device;
use crate::model::embed::Event;
use crate::model::link::{href, href_to_load, param, unembedded_href, LinkProblem, LinkRequest};
use crate::model::locale::Locale;
use crate::model::partner::Partner;
use crate::model::progress::Day;
use crate::model::saved::{DecodeProblem, Decoded, SavedState};
use crate::model::settings::Effective;
use crate::model::view::View;
use embed::{EmbedAction, EmbedEvent, Embedding};
use language::{Language, LanguageAction, LanguageEvent, ViewStatus};
use notices::{Notice, Notices};
use offline::{Offline, OfflineAction};
use partner::{PartnerAction, PartnerState};
use quiz::{QuizAction, QuizState};
use reading::{Reading, ReadingAction};
use render::Render;
use saved::{SavedAction, SavedEvent, Storage};
use visit::{Boot, Visit};

/// Everything the views show.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The screen shown.
    pub view: View,
    /// What is saved on the device.
    pub saved: SavedState,
    /// The settings in force; its locale is always one whose messages are loaded.
    pub effective: Effective,
    /// Notices to show.
    pub notices: Notices,
    /// The messages and their fetching.
    pub language: Language,
    /// The quiz during this visit.
    pub quiz: QuizState,
    /// Whether the device keeps what is saved.
    pub storage: Storage,
    /// What the visit started from.
    pub visit: Visit,
    /// The embedding partner.
    pub partner: PartnerState,
    /// Being embedded in a partner's page.
    pub embed: Embedding,
    /// Offline use and updates.
    pub offline: Offline,
    /// Read-aloud.
    pub reading: Reading,
    /// Render bookkeeping.
    pub render: Render,
}

/// Everything that can happen to the state.
pub enum Action {
    /// Show another screen.
    Navigate(View),
    /// Hide a notice.
    Dismiss(Notice),
    /// Language loading.
    Language(LanguageAction),
    /// What the person keeps.
    Saved(SavedAction),
    /// The quiz.
    Quiz(QuizAction),
    /// The embedding partner.
    Partner(PartnerAction),
    /// The embedding page.
    Embed(EmbedAction),
    /// Offline use and updates.
    Offline(OfflineAction),
    /// Read-aloud.
    Reading(ReadingAction),
    /// The first render of the requested view is on screen.
    Rendered,
    /// The prerendered page has been taken over: carry on from the visit's own state (its
    /// saved settings and progress, its link's settings and problems).
    Resume(Rc<AppState>),
}

impl From<LanguageAction> for Action {
    fn from(action: LanguageAction) -> Action {
        Action::Language(action)
    }
}

impl From<SavedAction> for Action {
    fn from(action: SavedAction) -> Action {
        Action::Saved(action)
    }
}

impl From<PartnerAction> for Action {
    fn from(action: PartnerAction) -> Action {
        Action::Partner(action)
    }
}

impl From<EmbedAction> for Action {
    fn from(action: EmbedAction) -> Action {
        Action::Embed(action)
    }
}

impl From<OfflineAction> for Action {
    fn from(action: OfflineAction) -> Action {
        Action::Offline(action)
    }
}

impl From<ReadingAction> for Action {
    fn from(action: ReadingAction) -> Action {
        Action::Reading(action)
    }
}

impl From<QuizAction> for Action {
    fn from(action: QuizAction) -> Action {
        Action::Quiz(action)
    }
}

impl AppState {
    /// The state a visit starts in.
    pub fn boot(boot: Boot) -> AppState {
        let link = LinkRequest::from_pairs(&boot.link_pairs);
        let mut effective =
            Effective::resolve(&boot.saved.state.settings, &link, boot.default_locale);
        let visit = Visit::new(&boot);
        let language = Language::new(boot.catalog, effective.locale);
        if language.pending.is_some() {
            effective.locale = Locale::ZhHans;
        }
        let mut notices = Notices::default();
        for problem in &link.problems {
            notices.show(match problem {
                LinkProblem::UnknownLanguage => Notice::LinkLanguage,
                LinkProblem::UnknownView => Notice::LinkView,
            });
        }
        if matches!(
            boot.saved.problem,
            Some(DecodeProblem::Unreadable | DecodeProblem::UnknownVersion)
        ) {
            notices.show(Notice::SavedUnreadable);
        }
        let mut state = AppState {
            view: link.view.clone().unwrap_or_default(),
            saved: boot.saved.state,
            effective,
            notices,
            language,
            quiz: QuizState::default(),
            storage: Storage::new(boot.storage_available),
            visit,
            partner: PartnerState::new(boot.partner),
            embed: Embedding::new(&link),
            offline: Offline::default(),
            reading: Reading::default(),
            render: Render::default(),
        };
        // The round a right or a case started before the quiz's page was loaded.
        if let (View::Quiz, Some(practice)) = (&state.view, link.practice) {
            state.quiz.apply(
                QuizAction::StartRound(practice.into()),
                &mut state.saved.progress,
                state.visit.today,
                &mut state.visit.random,
            );
        }
        state
    }

    /// The state every prerendered page is rendered from, at build time and again in the
    /// browser when the app takes the page over, so both renders match: `view` in `locale`
    /// with `catalog`, default settings, nothing saved, a fixed date and seed. The visit's own
    /// state follows with [`Action::Resume`].
    pub fn prerendered(
        locale: Locale,
        view: &View,
        catalog: Catalog,
        partner: Option<Rc<Partner>>,
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
            device: Device::default(),
        });
        state.render.hydrating = true;
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
        self.view == *view && self.effective.locale == locale && !self.language.booting
    }

    /// The link to `view` as this state would show it, relative to the app's root.
    pub fn href_for(&self, view: &View) -> String {
        href(&self.visit.link_pairs, &self.effective.link_to(view))
    }

    /// The link that loads `view` in its own entry's page (`link::href_to_load`): the
    /// language and settings in use, and the round of practice just started for the quiz,
    /// which the page load would otherwise lose.
    pub fn href_to_load(&self, view: &View) -> String {
        let started = self
            .quiz
            .round
            .as_ref()
            .filter(|round| round.answers.is_empty())
            .and_then(|round| round.kind.practice());
        let practice = started.filter(|_| *view == View::Quiz);
        href_to_load(
            &self.visit.link_pairs,
            &self.effective.link_to(view),
            practice,
        )
    }

    /// The link to `view` in the embedding page's own window (no embedding parameters).
    pub fn unembedded_href_for(&self, view: &View) -> String {
        unembedded_href(&self.visit.link_pairs, &self.effective.link_to(view))
    }

    /// The languages the app offers: the partner's, else all.
    pub fn offered_locales(&self) -> Vec<Locale> {
        match self.partner.get() {
            Some(partner) => partner.languages.clone(),
            None => Locale::ALL.to_vec(),
        }
    }

    /// Whether the person may share a finished round's score with the partner: the partner
    /// asks for it, and the app is embedded in a page the partner lists.
    pub fn may_share_score(&self) -> bool {
        match (self.partner.get(), self.embed.parent.as_deref()) {
            (Some(partner), Some(parent)) => {
                partner.share_score && self.embed.mode.is_some() && partner.allows_host(parent)
            }
            _ => false,
        }
    }

    /// The language whose files are wanted now: the one being switched to, else the one shown.
    pub fn wanted_locale(&self) -> Locale {
        self.language.wanted_locale(self.effective.locale)
    }

    /// The message files to fetch now (those that failed wait for a retry).
    pub fn to_fetch(&self) -> Vec<(Locale, Resource)> {
        self.language.to_fetch(&self.view, self.effective.locale)
    }

    /// Whether the text of `resource` is here for the language shown, still coming, or could
    /// not be fetched.
    pub fn text_status(&self, resource: Resource) -> ViewStatus {
        self.language.text_status(self.effective.locale, resource)
    }

    /// Whether the current screen can be shown in the language shown.
    pub fn view_status(&self) -> ViewStatus {
        self.language.view_status(&self.view, self.effective.locale)
    }

    /// Applies an action (any concern's), returning the next state.
    pub fn apply(self, action: impl Into<Action>) -> AppState {
        self.reduce_by(action.into())
    }

    fn reduce_by(mut self, action: Action) -> AppState {
        self.render.revision += 1;
        match action {
            Action::Navigate(view) => {
                if view != self.view {
                    self.reading.leave_screen();
                }
                self.view = view;
                self.notices.dismiss(&Notice::LinkView);
                let event = self.language.settle(&self.view);
                self.follow_language(event);
            }
            Action::Dismiss(notice) => self.notices.dismiss(&notice),
            Action::Language(action) => {
                let event = self.language.apply(
                    action,
                    &self.view,
                    self.effective.locale,
                    self.visit.today,
                );
                self.follow_language(event);
            }
            Action::Saved(action) => {
                let link = self.visit.link();
                let event = saved::apply(
                    action,
                    &mut self.saved,
                    &mut self.effective,
                    &mut self.storage,
                    &link,
                );
                match event {
                    Some(SavedEvent::Tell(notice)) => self.notices.show(notice),
                    Some(SavedEvent::Erased) => {
                        self.quiz = QuizState::default();
                        self.notices.show(Notice::DataCleared);
                    }
                    Some(SavedEvent::FollowLanguage(locale)) => {
                        let event = self.language.switch_when_loaded(locale, false, &self.view);
                        self.follow_language(event);
                    }
                    None => {}
                }
            }
            Action::Partner(action) => self.partner.apply(action),
            Action::Offline(action) => {
                self.offline = std::mem::take(&mut self.offline).apply(action)
            }
            Action::Embed(action) => {
                let event = self.embed.apply(action);
                self.follow_embedding(event);
            }
            Action::Quiz(action) => {
                if matches!(action, QuizAction::StartRound(_)) {
                    self.embed.score_shared = false;
                }
                self.quiz.apply(
                    action,
                    &mut self.saved.progress,
                    self.visit.today,
                    &mut self.visit.random,
                )
            }
            Action::Reading(action) => self.reading.apply(action),
            Action::Rendered => self.render.ready = true,
            Action::Resume(state) => {
                let revision = self.render.revision;
                // A screen's ask for a second language, made while the page was taken over.
                let beside = self.language.beside;
                let reading = std::mem::take(&mut self.reading);
                self = (*state).clone();
                self.render.revision = revision;
                self.language.beside = beside;
                self.reading = reading;
                self.render.hydrating = false;
            }
        }
        self
    }

    /// Does what the embedding page asks of the rest of the state.
    fn follow_embedding(&mut self, event: Option<EmbedEvent>) {
        match event {
            // The person's own choice comes before the host's.
            Some(EmbedEvent::Language(locale)) if self.saved.settings.locale.is_none() => {
                let event = self.language.switch_when_loaded(locale, false, &self.view);
                self.follow_language(event);
            }
            Some(EmbedEvent::Elder(on)) => self.effective.elder = on,
            Some(EmbedEvent::Navigate(view)) => {
                if view != self.view {
                    self.reading.leave_screen();
                }
                self.view = view;
                let event = self.language.settle(&self.view);
                self.follow_language(event);
            }
            Some(EmbedEvent::ShareScore) => {
                let finished = self.quiz.round.as_ref().filter(|round| round.is_finished());
                if let (Some(round), true) = (finished, self.may_share_score()) {
                    self.embed.send(Event::QuizFinished {
                        topic: round.kind.topic_id(),
                        right: round.score() as u32,
                        total: round.questions.len() as u32,
                    });
                }
            }
            Some(EmbedEvent::ShareCheck(signs)) if self.may_share_score() => {
                self.embed.send(Event::CheckDone { signs });
            }
            Some(EmbedEvent::Language(_) | EmbedEvent::ShareCheck(_)) | None => {}
        }
    }

    /// Does what the language loading asks of the rest of the state.
    fn follow_language(&mut self, event: Option<LanguageEvent>) {
        match event {
            Some(LanguageEvent::Switched { locale, chosen }) => {
                self.effective.locale = locale;
                if chosen {
                    self.saved.settings.locale = Some(locale);
                }
                self.notices.dismiss_language_problems();
            }
            Some(LanguageEvent::Kept(locale)) => self.saved.settings.locale = Some(locale),
            Some(LanguageEvent::Failed(Some(locale))) => {
                self.notices.show(Notice::LanguageFailed(locale));
            }
            Some(LanguageEvent::Failed(None)) => self.notices.show(Notice::ContentFailed),
            Some(LanguageEvent::Retrying) => self.notices.dismiss(&Notice::ContentFailed),
            None => {}
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().reduce_by(action))
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
        let revision = handle.render.revision;
        AppHandle { handle, revision }
    }

    /// Applies `action` (any concern's) to the app state.
    pub fn dispatch(&self, action: impl Into<Action>) {
        self.handle.dispatch(action.into());
    }
}

impl std::ops::Deref for AppHandle {
    type Target = AppState;

    fn deref(&self) -> &AppState {
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

/// What the tests of every concern start from.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::i18n::builtin_catalog;
    use crate::model::link::parse_query;
    use crate::model::saved::decode;

    /// A visit to `query` with `saved` data, in Mandarin, on day 20,000.
    pub fn boot(query: &str, saved: Option<&str>) -> AppState {
        AppState::boot(Boot {
            link_pairs: parse_query(query),
            saved: decode(saved),
            default_locale: None,
            storage_available: true,
            catalog: builtin_catalog().0,
            partner: None,
            today: Day(20_000),
            seed: 7,
            device: Device::default(),
        })
    }

    /// A message file that arrived whole (one message, its id its own).
    pub fn loaded(locale: Locale, resource: Resource) -> LanguageAction {
        let source = format!("loaded-{}-{} = x\n", locale.index(), resource.index());
        LanguageAction::Loaded(locale, resource, source.into())
    }
}
