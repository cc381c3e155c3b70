//! Workshop mode's state: the plan being chosen, the session running (where the volunteer is,
//! the hands counted, the red flags marked) and the finished sessions, and what the device
//! did with them (saved, refused, left a newer build's alone, met another tab's change). Its
//! own reducer, apart from [`super::AppState`], so that the consumer's wasm carries none of it:
//! only the workshop's root (`app::workshop`) holds it, and `platform::workshop`'s sync hook
//! brings the device in line with it.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::workshop::{self, Plan, Step};
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
    /// How many came, as typed before starting (the running session keeps its own).
    pub headcount: Option<u32>,
    /// The step on show split into screens, when it does not fit on one.
    pub paging: Paging,
    /// Whether the audience's screen is blanked (the B key, or the bar's button).
    pub blank: bool,
    /// Whether the text is as large as each step allows, for a big room or a TV.
    pub big_room: bool,
    /// The confirmation on show, before a step that cannot be taken back.
    pub confirm: Option<Confirm>,
    /// Whether this tab is the volunteer's notes window, which follows the session another
    /// tab runs and shows only its notes.
    pub notes_window: bool,
}

/// A step of the session shown as more than one screen, because it does not fit on one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The session's step it splits.
    pub step: usize,
    /// How many screens it takes.
    pub count: usize,
    /// The screen on show, from 0.
    pub index: usize,
}

impl Default for Paging {
    fn default() -> Paging {
        Paging {
            step: 0,
            count: 1,
            index: 0,
        }
    }
}

/// Most screens one step is split into.
pub const MAX_PAGES: usize = 8;

/// What one part of a question's step shows when the step is split. Parts come apart in this
/// order as more are needed: why the answer is right (once revealed), the story, the question
/// read alone before its options, then the story in more parts. They show in reading order:
/// the story, the question alone, the question with its options, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionPart {
    /// Part `.0` of the story split into `.1`.
    Story(usize, usize),
    /// The question alone, large.
    Question,
    /// The options, under the story (`story`) and the question (`small`: smaller, when it was
    /// read alone just before), with why below (`why`).
    Options {
        /// The story above.
        story: bool,
        /// The question smaller (it was read alone just before).
        small: bool,
        /// Why the answer is right, below.
        why: bool,
    },
    /// Why the answer is right.
    Why,
}

/// Part `index` of a question's step split into `count`.
pub fn question_part(has_story: bool, revealed: bool, index: usize, count: usize) -> QuestionPart {
    let mut spare = count.saturating_sub(1);
    let mut take = |wanted: bool| {
        let taken = wanted && spare > 0;
        spare -= usize::from(taken);
        taken
    };
    let why_alone = take(revealed);
    let story_alone = take(has_story);
    let question_alone = take(true);
    let story_parts = if story_alone { 1 + spare } else { 0 };
    let question_at = story_parts;
    let options_at = question_at + usize::from(question_alone);
    match index {
        index if index < story_parts => QuestionPart::Story(index, story_parts),
        index if index == question_at && question_alone => QuestionPart::Question,
        index if index > options_at && why_alone => QuestionPart::Why,
        _ => QuestionPart::Options {
            story: has_story && !story_alone,
            small: question_alone,
            why: revealed && !why_alone,
        },
    }
}

/// How many parts a question's step may be split into (see [`QuestionPart`]).
pub fn question_parts(has_story: bool, revealed: bool) -> usize {
    if has_story {
        MAX_PAGES
    } else {
        2 + usize::from(revealed)
    }
}

/// Whether the question on show in `session` has a story, and whether it is revealed; `None`
/// when the step on show is not a question.
fn question_shape(session: &Session) -> Option<(bool, bool)> {
    match session.current()? {
        Step::Question(question) => Some((
            question.kind.has_story(),
            session.tally(question.id)?.is_revealed(),
        )),
        _ => None,
    }
}

/// Which part of a question's step split into `count` shows its options.
fn options_part(has_story: bool, revealed: bool, count: usize) -> usize {
    (0..count)
        .position(|index| {
            matches!(
                question_part(has_story, revealed, index, count),
                QuestionPart::Options { .. }
            )
        })
        .unwrap_or(0)
}

/// What the volunteer is asked to confirm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// Ending the session before its last step.
    End,
    /// Dropping the session without keeping it.
    Discard,
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
    /// What a clicker's next key does: reveal where a reveal is due, else the next screen.
    Forward,
    /// The screen before.
    Back,
    /// Straight to the closing screen (time is up).
    Close,
    /// Ask the volunteer to confirm (ending early, discarding).
    Ask(Confirm),
    /// The volunteer did not confirm (or, with nothing to confirm, shows the blanked screen
    /// again).
    Cancel,
    /// The step on show needs `count` screens (what the screen measured), for step `step`.
    Paginate(usize, usize),
    /// Blank the audience's screen, or show it again.
    Blank,
    /// Make the text as large as each step allows, or back to its usual size.
    BigRoom,
    /// Open or close the volunteer's notes.
    Notes,
    /// This tab is the volunteer's notes window.
    NotesWindow,
    /// One more hand for an option of a question (question id, option key).
    Add(String, String),
    /// One hand fewer.
    Remove(String, String),
    /// A count typed in (question id, option key, hands; `None` when the field is empty).
    Set(String, String, Option<u32>),
    /// Reveal a question's answer.
    Reveal(String),
    /// Take a question's reveal back, to correct a count.
    Unreveal(String),
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
    /// The state after `action`. The step's parts always belong to the step on show (another
    /// tab's save may have moved the session).
    pub fn apply(self, action: WorkshopAction) -> WorkshopState {
        let mut state = self.act(action);
        if let Some(session) = &state.sessions.current {
            if state.paging.step != session.step {
                state.paging = Paging {
                    step: session.step,
                    ..Paging::default()
                };
            }
        }
        state
    }

    fn act(mut self, action: WorkshopAction) -> WorkshopState {
        use WorkshopAction as A;
        // A confirmation on show waits for its answer; a blank screen comes back first.
        if matches!(action, A::Next | A::Forward | A::Back) {
            if self.confirm.is_some() {
                return self;
            }
            if self.blank {
                self.blank = false;
                return self;
            }
        }
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
                    session.headcount = self.headcount;
                    *current = Some(session);
                    self.notes = false;
                    self.summary = None;
                    self.paging = Paging::default();
                    self.confirm = None;
                    self.blank = false;
                }
            }
            A::Discard => {
                *current = None;
                self.confirm = None;
                self.blank = false;
            }
            A::Next => self.next(),
            A::Forward => {
                let on_last_part = self.paging.index + 1 >= self.paging.count;
                let reveal = current
                    .as_ref()
                    .filter(|_| on_last_part)
                    .and_then(|session| match session.current()? {
                        Step::Question(q) => session
                            .tally(q.id)
                            .filter(|tally| !tally.is_revealed())
                            .map(|_| A::Reveal(q.id.into())),
                        Step::RedFlags(case) => session
                            .marks(case.id)
                            .filter(|marks| !marks.shown)
                            .map(|_| A::RevealFlags(case.id.into())),
                        _ => None,
                    });
                match reveal {
                    Some(reveal) => return self.apply(reveal),
                    None => self.next(),
                }
            }
            A::Close => {
                if let Some(session) = current {
                    session.close();
                    self.paging = Paging::default();
                    self.paging.step = session.step;
                }
                self.confirm = None;
            }
            A::Back => {
                if self.paging.index > 0 {
                    self.paging.index -= 1;
                } else if let Some(session) = current {
                    session.back();
                    self.paging = Paging {
                        step: session.step,
                        ..Paging::default()
                    };
                }
            }
            A::Ask(confirm) => self.confirm = Some(confirm),
            A::Cancel => {
                if self.confirm.take().is_none() {
                    self.blank = false;
                }
            }
            A::Paginate(step, count) => {
                if let Some(session) = current.as_ref().filter(|s| s.step == step) {
                    let count = count.clamp(1, MAX_PAGES);
                    let (index, before) = match self.paging {
                        Paging {
                            step: at,
                            index,
                            count,
                        } if at == step => (index, count),
                        _ => (0, 1),
                    };
                    // A question's options stay on show when its step comes apart further
                    // (unless it has only just come on screen whole, unrevealed: then it
                    // starts from its first part).
                    let index = match question_shape(session) {
                        Some((story, revealed))
                            if (revealed || before > 1)
                                && matches!(
                                    question_part(story, revealed, index, before),
                                    QuestionPart::Options { .. }
                                ) =>
                        {
                            options_part(story, revealed, count)
                        }
                        _ => index.min(count - 1),
                    };
                    self.paging = Paging { step, count, index };
                }
            }
            A::Blank => self.blank = !self.blank,
            A::BigRoom => self.big_room = !self.big_room,
            A::Notes => self.notes = !self.notes,
            A::NotesWindow => self.notes_window = true,
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
            A::Set(question, key, hands) => {
                if let Some(tally) = current.as_mut().and_then(|s| s.tally_mut(&question)) {
                    tally.set(&key, hands.unwrap_or(0).min(MAX_HANDS));
                }
            }
            A::Reveal(question) => {
                if let Some(session) = current {
                    if let Some(tally) = session.tally_mut(&question) {
                        tally.reveal();
                    }
                    // The bars show where the options were.
                    if let Some((story, _)) = question_shape(session) {
                        if self.paging.step == session.step {
                            self.paging.index = options_part(story, true, self.paging.count);
                        }
                    }
                }
            }
            A::Unreveal(question) => {
                if let Some(session) = current {
                    if let Some(tally) = session.tally_mut(&question) {
                        tally.unreveal();
                        // Back to the counts, to correct one.
                        let story = tally.question.kind.has_story();
                        if self.paging.step == session.step {
                            let count = self.paging.count.min(question_parts(story, false));
                            let index = options_part(story, false, count);
                            self.paging = Paging {
                                step: session.step,
                                count,
                                index,
                            };
                        }
                    }
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
                    // The totals first: they lead the conversation's first part.
                    self.paging.index = 0;
                }
            }
            A::Headcount(n) => match current {
                Some(session) => session.headcount = n,
                None => self.headcount = n,
            },
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
                    self.headcount = None;
                }
            }
            A::ShowSummary(index) => {
                self.summary = (index < self.sessions.past.len()).then_some(index);
            }
            A::Choosing => self.summary = None,
        }
        self
    }

    /// The next screen: the step's next part, else the next step.
    fn next(&mut self) {
        if self.paging.index + 1 < self.paging.count {
            self.paging.index += 1;
        } else if let Some(session) = &mut self.sessions.current {
            session.next();
            self.paging = Paging {
                step: session.step,
                ..Paging::default()
            };
        }
    }

    /// The part of the step on show, and how many parts it has (one unless it was split).
    pub fn page(&self) -> (usize, usize) {
        match &self.sessions.current {
            Some(session) if session.step == self.paging.step => {
                (self.paging.index, self.paging.count)
            }
            _ => (0, 1),
        }
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
    fn a_clickers_next_key_reveals_first_and_a_split_step_shows_each_part() {
        let mut state = running();
        let steps = state.sessions.current.as_ref().unwrap().plan.steps();
        let question = steps
            .iter()
            .position(|(_, step)| matches!(step, Step::Question(_)))
            .unwrap();
        while state.sessions.current.as_ref().unwrap().step < question {
            state = state.apply(WorkshopAction::Forward);
        }
        let id = state.sessions.current.as_ref().unwrap().tallies[0]
            .question
            .id;
        state = state.apply(WorkshopAction::Paginate(question, 2));
        assert_eq!(state.page(), (0, 2));
        state = state.apply(WorkshopAction::Forward);
        assert_eq!(state.page(), (1, 2), "the next part, not the reveal");
        state = state.apply(WorkshopAction::Forward);
        let session = state.sessions.current.as_ref().unwrap();
        assert_eq!(session.step, question, "revealed, still on the question");
        assert!(session.tally(id).unwrap().is_revealed());
        let (index, count) = state.page();
        let story = session.tally(id).unwrap().question.kind.has_story();
        assert!(
            matches!(
                question_part(story, true, index, count),
                QuestionPart::Options { .. }
            ),
            "the bars show where the options are"
        );
        state = state.apply(WorkshopAction::Unreveal(id.into()));
        let tally = state.sessions.current.as_ref().unwrap().tally(id).unwrap();
        assert!(!tally.is_revealed());
        let (index, count) = state.page();
        assert!(
            matches!(
                question_part(story, false, index, count),
                QuestionPart::Options { .. }
            ),
            "back on the counts, to correct one"
        );
        for _ in 0..5 {
            if state.sessions.current.as_ref().unwrap().step != question {
                break;
            }
            state = state.apply(WorkshopAction::Forward);
        }
        let session = state.sessions.current.as_ref().unwrap();
        assert!(
            session.tally(id).unwrap().is_revealed(),
            "revealed again on the way"
        );
        assert_eq!((session.step, state.page()), (question + 1, (0, 1)));
        // A measurement for a step no longer on show changes nothing.
        assert_eq!(
            state.clone().apply(WorkshopAction::Paginate(question, 3)),
            state
        );
    }

    #[test]
    fn ending_early_and_discarding_are_asked_first_and_back_returns_from_the_end() {
        let state = running()
            .apply(WorkshopAction::Next)
            .apply(WorkshopAction::Ask(Confirm::End));
        assert_eq!(state.confirm, Some(Confirm::End));
        let kept = state.clone().apply(WorkshopAction::Cancel);
        assert_eq!(
            (kept.confirm, kept.sessions.current.as_ref().unwrap().step),
            (None, 1)
        );
        let ended = state.apply(WorkshopAction::Close);
        let session = ended.sessions.current.as_ref().unwrap();
        assert_eq!(session.step, session.step_count());
        let back = ended.apply(WorkshopAction::Back);
        assert_eq!(back.sessions.current.as_ref().unwrap().step, 1);
        let gone = back
            .apply(WorkshopAction::Ask(Confirm::Discard))
            .apply(WorkshopAction::Discard);
        assert_eq!((gone.sessions.current.as_ref(), gone.confirm), (None, None));
    }

    #[test]
    fn the_headcount_typed_before_starting_goes_with_the_session_and_counts_can_be_typed() {
        let state = WorkshopState::default()
            .apply(WorkshopAction::Choose("short".into()))
            .apply(WorkshopAction::Headcount(Some(30)))
            .apply(WorkshopAction::Start(Day(20_000)));
        let session = state.sessions.current.as_ref().unwrap();
        assert_eq!(session.headcount, Some(30));
        let id = session.tallies[0].question.id;
        let state = state.apply(WorkshopAction::Set(id.into(), NOT_SURE.into(), Some(5000)));
        let tally = state.sessions.current.as_ref().unwrap().tally(id).unwrap();
        assert_eq!(tally.hands(NOT_SURE), MAX_HANDS);
        assert!(tally.is_typed(NOT_SURE));
    }

    fn parts(has_story: bool, revealed: bool, count: usize) -> Vec<QuestionPart> {
        (0..count)
            .map(|index| question_part(has_story, revealed, index, count))
            .collect()
    }

    #[test]
    fn a_question_comes_apart_why_first_then_story_then_the_question_alone() {
        use QuestionPart::*;
        let all = Options {
            story: true,
            small: false,
            why: true,
        };
        assert_eq!(parts(true, true, 1), [all]);
        assert_eq!(
            parts(true, true, 2),
            [
                Options {
                    story: true,
                    small: false,
                    why: false
                },
                Why
            ]
        );
        let apart = Options {
            story: false,
            small: false,
            why: false,
        };
        assert_eq!(parts(true, true, 3), [Story(0, 1), apart, Why]);
        let small = Options {
            story: false,
            small: true,
            why: false,
        };
        assert_eq!(parts(true, true, 4), [Story(0, 1), Question, small, Why]);
        assert_eq!(
            parts(true, false, 5),
            [Story(0, 3), Story(1, 3), Story(2, 3), Question, small]
        );
        assert_eq!(parts(false, false, 2), [Question, small]);
        assert_eq!(
            parts(false, true, question_parts(false, true)),
            [Question, small, Why]
        );
    }

    #[test]
    fn a_revealed_question_keeps_its_options_on_show_as_it_comes_apart() {
        let mut state = running();
        let question = state
            .sessions
            .current
            .as_ref()
            .unwrap()
            .plan
            .steps()
            .iter()
            .position(|(_, step)| matches!(step, Step::Question(q) if !q.kind.has_story()))
            .expect("a question without a story");
        while state.sessions.current.as_ref().unwrap().step < question {
            state = state.apply(WorkshopAction::Next);
        }
        state = state
            .apply(WorkshopAction::Paginate(question, 2))
            .apply(WorkshopAction::Next);
        assert_eq!(
            state.page(),
            (1, 2),
            "the options, after the question alone"
        );
        state = state.apply(WorkshopAction::Forward);
        assert_eq!(
            state.page(),
            (0, 2),
            "revealed: the options with the question, why apart"
        );
        state = state.apply(WorkshopAction::Paginate(question, 3));
        assert_eq!(state.page(), (1, 3), "still the options, why after them");
        state = state.apply(WorkshopAction::Forward);
        assert_eq!(state.page(), (2, 3), "why");
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
