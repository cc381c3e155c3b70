//! Workshop mode's state: the plan being chosen, the session running (where the volunteer is,
//! the hands counted, the red flags marked) and the finished sessions, and what the device
//! did with them (saved, refused, left a newer build's alone, met another tab's change). Its
//! own reducer, apart from [`super::AppState`], so that the consumer's wasm carries none of it:
//! only the workshop's root (`app::workshop`) holds it, and `platform::workshop`'s sync hook
//! brings the device in line with it.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::workshop::{self, Plan};
use crate::model::locale::Locale;
use crate::model::progress::Day;
use crate::model::session::{Session, Sessions, MAX_HANDS, MAX_PLACE_CHARS, PAST_KEPT};

/// Everything workshop mode shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkshopState {
    /// The sessions the device keeps.
    pub sessions: Sessions,
    /// Whether the saved sessions have been read (until then nothing is saved over them).
    pub loaded: bool,
    /// The plan the volunteer is looking at, before starting.
    pub chosen: Option<&'static Plan>,
    /// Where the session is held, as typed so far.
    pub place: String,
    /// The second language chosen to show beside the app's, before starting.
    pub beside: Option<Locale>,
    /// Whether the volunteer's notes are open.
    pub notes: bool,
    /// The finished session whose summary is on show, by its index in the past sessions.
    pub summary: Option<usize>,
    /// What became of the last save.
    pub saving: Saving,
    /// How many times another tab saved sessions (the sync hook merges them in).
    pub changed_elsewhere: u32,
    /// Whether the screen is kept on while a session runs: unknown until the browser says.
    pub awake: Option<bool>,
}

/// What became of the sessions' last save.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Saving {
    /// Saved after every change.
    #[default]
    Kept,
    /// The device refused to write: the session runs, but a reload would lose it.
    Refused,
    /// A newer build's sessions are on the device: they are left alone, so nothing of this
    /// visit is saved.
    Newer,
    /// Another tab changed the session in progress its own way: this tab's changes are not
    /// written over it.
    Conflict,
}

/// What the volunteer does.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopAction {
    /// The device's saved sessions arrived.
    Loaded(Sessions),
    /// Another tab saved sessions (the sync hook reads and merges them).
    ChangedElsewhere,
    /// The sessions merged with another tab's, as the device now holds them.
    SavedElsewhere(Sessions),
    /// What became of the last save.
    Saved(Saving),
    /// Whether the browser keeps the screen on.
    Awake(bool),
    /// Look at a plan (by id).
    Choose(String),
    /// The place, as typed.
    Place(String),
    /// Show a second language beside the app's (in the session running too), or none.
    Beside(Option<Locale>),
    /// Start the chosen plan today.
    Start(Day),
    /// Drop the session in progress without keeping it.
    Discard,
    /// The next screen (past the last: the closing screen).
    Next,
    /// The screen before.
    Back,
    /// Straight to the closing screen (time is up).
    Close,
    /// Open or close the volunteer's notes.
    Notes,
    /// One more hand for an option of a question (question id, option key).
    Add(String, String),
    /// One hand fewer.
    Remove(String, String),
    /// Reveal a question's answer.
    Reveal(String),
    /// Mark or unmark a line of a case's conversation (case id, line index).
    Mark(String, usize),
    /// Reveal a conversation's red flags.
    RevealFlags(String),
    /// How many came, as typed (`None` when empty or not a number).
    Headcount(Option<u32>),
    /// How many leaflets were handed out.
    Leaflets(Option<u32>),
    /// Finish the session: keep it with the past ones and show its summary.
    Finish,
    /// Show a past session's summary.
    ShowSummary(usize),
    /// Back to choosing a plan.
    Choosing,
}

impl WorkshopState {
    /// The state after `action`.
    pub fn apply(mut self, action: WorkshopAction) -> WorkshopState {
        use WorkshopAction as A;
        let current = &mut self.sessions.current;
        match action {
            A::Loaded(sessions) => {
                if !self.loaded {
                    self.sessions = sessions;
                    self.loaded = true;
                }
            }
            A::ChangedElsewhere => self.changed_elsewhere += 1,
            A::SavedElsewhere(sessions) => {
                // The summary on show stays that session's, wherever the merge put it.
                let shown = self.shown_summary().cloned();
                self.sessions = sessions;
                self.summary = shown.and_then(|shown| {
                    self.sessions
                        .past
                        .iter()
                        .position(|session| *session == shown)
                });
            }
            A::Saved(saving) => self.saving = saving,
            A::Awake(kept) => self.awake = Some(kept),
            A::Choose(id) => self.chosen = workshop::find(&id),
            A::Place(place) => self.place = place.chars().take(MAX_PLACE_CHARS).collect(),
            A::Beside(beside) => {
                self.beside = beside;
                if let Some(session) = current {
                    session.beside = beside;
                }
            }
            A::Start(today) => {
                if let Some(plan) = self.chosen {
                    let mut session = Session::new(plan, today, self.place.trim().to_owned());
                    session.beside = self.beside;
                    *current = Some(session);
                    self.notes = false;
                    self.summary = None;
                }
            }
            A::Discard => *current = None,
            A::Next => {
                if let Some(session) = current {
                    session.step = (session.step + 1).min(session.step_count());
                }
            }
            A::Close => {
                if let Some(session) = current {
                    session.step = session.step_count();
                }
            }
            A::Back => {
                if let Some(session) = current {
                    session.step = session.step.saturating_sub(1);
                }
            }
            A::Notes => self.notes = !self.notes,
            A::Add(question, key) => {
                if let Some(tally) = current.as_mut().and_then(|s| s.tally_mut(&question)) {
                    if tally.hands(&key) < MAX_HANDS {
                        tally.add(&key);
                    }
                }
            }
            A::Remove(question, key) => {
                if let Some(tally) = current.as_mut().and_then(|s| s.tally_mut(&question)) {
                    tally.remove(&key);
                }
            }
            A::Reveal(question) => {
                if let Some(tally) = current.as_mut().and_then(|s| s.tally_mut(&question)) {
                    tally.reveal();
                }
            }
            A::Mark(case, line) => {
                if let Some(marks) = current.as_mut().and_then(|s| s.marks_mut(&case)) {
                    marks.toggle(line);
                }
            }
            A::RevealFlags(case) => {
                if let Some(marks) = current.as_mut().and_then(|s| s.marks_mut(&case)) {
                    marks.shown = true;
                }
            }
            A::Headcount(n) => {
                if let Some(session) = current {
                    session.headcount = n;
                }
            }
            A::Leaflets(n) => {
                if let Some(session) = current {
                    session.leaflets = n;
                }
            }
            A::Finish => {
                if let Some(mut session) = current.take() {
                    session.finished = true;
                    self.sessions.past.insert(0, session);
                    self.sessions.past.truncate(PAST_KEPT);
                    self.summary = Some(0);
                    self.chosen = None;
                    self.place.clear();
                }
            }
            A::ShowSummary(index) => {
                self.summary = (index < self.sessions.past.len()).then_some(index);
            }
            A::Choosing => self.summary = None,
        }
        self
    }

    /// The session whose summary is on show.
    pub fn shown_summary(&self) -> Option<&Session> {
        self.summary.and_then(|index| self.sessions.past.get(index))
    }
}

impl Reducible for WorkshopState {
    type Action = WorkshopAction;

    fn reduce(self: Rc<Self>, action: WorkshopAction) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// The workshop's state and its dispatcher, from the workshop's root.
pub type WorkshopHandle = UseReducerHandle<WorkshopState>;

/// The workshop's state, in a view under the workshop's root.
#[hook]
pub fn use_workshop() -> WorkshopHandle {
    use_context::<WorkshopHandle>().expect("the workshop's root provides its state")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tally::NOT_SURE;

    fn running() -> WorkshopState {
        WorkshopState::default()
            .apply(WorkshopAction::Loaded(Sessions::default()))
            .apply(WorkshopAction::Choose("short".into()))
            .apply(WorkshopAction::Place("  村委会 ".into()))
            .apply(WorkshopAction::Start(Day(20_000)))
    }

    #[test]
    fn a_session_runs_from_its_first_screen_to_the_closing_one_and_no_further() {
        let mut state = running();
        let session = state.sessions.current.clone().unwrap();
        assert_eq!((session.step, session.place.as_str()), (0, "村委会"));
        state = state.apply(WorkshopAction::Back);
        assert_eq!(state.sessions.current.as_ref().unwrap().step, 0);
        for _ in 0..100 {
            state = state.apply(WorkshopAction::Next);
        }
        let session = state.sessions.current.as_ref().unwrap();
        assert_eq!(session.step, session.step_count());
        assert_eq!(session.current(), None);
    }

    #[test]
    fn hands_count_until_the_reveal_and_finishing_keeps_the_session() {
        let state = running();
        let question = state.sessions.current.as_ref().unwrap().tallies[0]
            .question
            .id;
        let state = state
            .apply(WorkshopAction::Add(question.into(), NOT_SURE.into()))
            .apply(WorkshopAction::Add(question.into(), NOT_SURE.into()))
            .apply(WorkshopAction::Remove(question.into(), NOT_SURE.into()))
            .apply(WorkshopAction::Reveal(question.into()))
            .apply(WorkshopAction::Add(question.into(), NOT_SURE.into()))
            .apply(WorkshopAction::Headcount(Some(12)))
            .apply(WorkshopAction::Finish);
        assert!(state.sessions.current.is_none());
        let done = state.shown_summary().unwrap();
        assert!(done.finished);
        assert_eq!(done.headcount, Some(12));
        assert_eq!(done.tally(question).unwrap().hands(NOT_SURE), 1);
    }

    #[test]
    fn another_tabs_sessions_replace_these_and_the_summary_follows_its_session() {
        let finished = running().apply(WorkshopAction::Finish);
        assert_eq!(finished.summary, Some(0));
        let mut merged = finished.sessions.clone();
        let mut other = merged.past[0].clone();
        other.place = "另一个村".into();
        merged.past.insert(0, other);
        let state = finished
            .clone()
            .apply(WorkshopAction::SavedElsewhere(merged));
        assert_eq!(
            state.summary,
            Some(1),
            "still the summary of this tab's session"
        );
        assert_eq!(state.shown_summary(), finished.shown_summary());
        let elsewhere = running().sessions;
        let state = finished
            .apply(WorkshopAction::ChangedElsewhere)
            .apply(WorkshopAction::SavedElsewhere(elsewhere.clone()))
            .apply(WorkshopAction::Saved(Saving::Conflict));
        assert_eq!(state.sessions, elsewhere);
        assert_eq!(
            state.summary, None,
            "no summary of a session that is not there"
        );
        assert_eq!(
            (state.changed_elsewhere, state.saving),
            (1, Saving::Conflict)
        );
    }

    #[test]
    fn the_language_beside_goes_with_the_session_and_can_change_in_it() {
        let state = WorkshopState::default()
            .apply(WorkshopAction::Choose("short".into()))
            .apply(WorkshopAction::Beside(Some(Locale::Bo)))
            .apply(WorkshopAction::Start(Day(20_000)));
        assert_eq!(
            state.sessions.current.as_ref().unwrap().beside,
            Some(Locale::Bo)
        );
        let state = state.apply(WorkshopAction::Beside(None));
        assert_eq!(state.sessions.current.as_ref().unwrap().beside, None);
    }

    #[test]
    fn saved_sessions_arrive_once_and_never_over_what_the_volunteer_did() {
        let state = running();
        let later = state
            .clone()
            .apply(WorkshopAction::Loaded(Sessions::default()));
        assert_eq!(later, state);
    }
}
