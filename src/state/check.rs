//! The message checker's own reducer, apart from [`AppState`](super::AppState): the message
//! being typed, what a caller said, the last check, the paste button's word, and the notes the
//! person chose to keep. Only the checker's root holds it, so nothing of a message reaches the
//! app's saved data; a message is kept only when the person taps "save to my notes", under the
//! notes' own key (`model::check::notes`), and is gone otherwise when the screen is left.

use std::rc::Rc;

use yew::Reducible;

use crate::content::signs::CALL_CHOICES;
use crate::model::check::notes::{self, Note, Stored};
use crate::model::check::{check, Findings};
use crate::model::progress::Day;

/// The checker's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckState {
    /// The message as typed or pasted.
    pub text: String,
    /// What a caller said, as sign ids picked from [`CALL_CHOICES`], in that order.
    pub said: Vec<&'static str>,
    /// The last check, while the message and choices are the ones it checked.
    pub result: Option<Checked>,
    /// What the paste button has to say, if anything.
    pub paste: Option<PasteProblem>,
    /// Whether the person agreed to tell the partner how many signs the last check found.
    pub shared: bool,
    /// Whether the check was asked for with nothing to check.
    pub asked_empty: bool,
    /// The notes kept on the device, once read; `None` before.
    pub notes: Option<Vec<Note>>,
    /// Whether a newer build's notes are on the device (left alone: nothing is kept then).
    pub notes_newer: bool,
    /// Counts the changes to the notes the device has yet to follow (the platform writes the
    /// notes when it moves).
    pub notes_changed: u32,
    /// What came of the last keeping or forgetting, if anything is to be said.
    pub notes_word: Option<NotesWord>,
    /// How many checks were made: the screen moves to each new result.
    pub checks: u32,
}

/// What the checker says of the notes after a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotesWord {
    /// The message is kept on the device.
    Kept,
    /// The device refused to keep it (it is kept for this visit only).
    Refused,
    /// A newer build's notes are on the device, so nothing is kept.
    Newer,
}

/// A check, with the message it checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The message as checked.
    pub text: String,
    /// What was found.
    pub findings: Findings,
}

impl Checked {
    /// The ids of the signs found in the message itself (not those only a caller's words
    /// raised): what a note keeps and what a partner may be told the number of.
    pub fn found_in_text(&self) -> Vec<&'static str> {
        self.findings
            .found
            .iter()
            .filter(|found| !found.spans.is_empty())
            .map(|found| found.sign.id)
            .collect()
    }
}

/// Why the paste button put nothing in the box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasteProblem {
    /// The browser would not read the clipboard (refused, or not offered, as in many WebViews).
    Refused,
    /// The clipboard holds no text.
    Empty,
}

/// What can happen on the checker's screen.
pub enum CheckAction {
    /// The message box now holds this text.
    Edit(String),
    /// Text came from the clipboard, or could not.
    Pasted(Result<String, PasteProblem>),
    /// A caller's words, by sign id, were picked or unpicked.
    ToggleSaid(&'static str),
    /// Check the message and the choices; numbers in `known` (the partner's hotline) are not
    /// unknown.
    Run {
        /// Numbers that are not unknown besides the public ones.
        known: Vec<String>,
    },
    /// Start again with nothing.
    Clear,
    /// The person agreed to share the count with the partner.
    Shared,
    /// What the device holds under the notes' key (unreadable notes already set aside).
    NotesRead(Stored),
    /// Keep the message just checked, with its signs, as a note of `day`.
    Keep {
        /// Today.
        day: Day,
    },
    /// Forget the note at this place in the list.
    Forget(usize),
    /// Put the note at this place back in the message box and check it again.
    Reopen {
        /// Its place in the list.
        at: usize,
        /// Numbers that are not unknown besides the public ones.
        known: Vec<String>,
    },
    /// The device wrote the notes (`true`) or refused (`false`).
    NotesWritten(bool),
}

impl CheckState {
    /// Whether there is anything to check.
    pub fn can_run(&self) -> bool {
        !self.text.trim().is_empty() || !self.said.is_empty()
    }

    fn apply(&mut self, action: CheckAction) {
        self.asked_empty = false;
        match action {
            CheckAction::Edit(text) => {
                self.text = text;
                self.paste = None;
                self.forget_result();
            }
            CheckAction::Pasted(Ok(text)) if !text.trim().is_empty() => {
                self.text = text;
                self.paste = None;
                self.forget_result();
            }
            CheckAction::Pasted(Ok(_)) => self.paste = Some(PasteProblem::Empty),
            CheckAction::Pasted(Err(problem)) => self.paste = Some(problem),
            CheckAction::ToggleSaid(id) if CALL_CHOICES.contains(&id) => {
                match self.said.iter().position(|said| *said == id) {
                    Some(at) => {
                        self.said.remove(at);
                    }
                    None => {
                        self.said.push(id);
                        self.said
                            .sort_by_key(|id| CALL_CHOICES.iter().position(|choice| choice == id));
                    }
                }
                self.forget_result();
            }
            CheckAction::ToggleSaid(_) => {}
            CheckAction::Run { known } => {
                if self.can_run() {
                    let known: Vec<&str> = known.iter().map(String::as_str).collect();
                    let findings = check(&self.text, &self.said, &known);
                    self.result = Some(Checked {
                        text: self.text.clone(),
                        findings,
                    });
                    self.shared = false;
                    self.notes_word = None;
                    self.checks += 1;
                } else {
                    self.asked_empty = true;
                }
            }
            CheckAction::Clear => {
                *self = CheckState {
                    notes: self.notes.take(),
                    notes_newer: self.notes_newer,
                    notes_changed: self.notes_changed,
                    ..CheckState::default()
                }
            }
            CheckAction::Shared => self.shared = self.result.is_some(),
            CheckAction::NotesRead(stored) => match stored {
                Stored::Notes(notes) => self.notes = Some(notes),
                Stored::Newer => {
                    self.notes = Some(Vec::new());
                    self.notes_newer = true;
                }
                Stored::Unreadable => self.notes = Some(Vec::new()),
            },
            CheckAction::Keep { day } => {
                if self.notes_newer {
                    self.notes_word = Some(NotesWord::Newer);
                } else if let Some(checked) = self.result.as_ref().filter(|_| self.can_keep()) {
                    let note = Note::new(day, &checked.text, &checked.found_in_text());
                    let kept = self.notes.as_deref().unwrap_or_default();
                    self.notes = Some(notes::keep(kept, note));
                    self.notes_changed += 1;
                    self.notes_word = Some(NotesWord::Kept);
                }
            }
            CheckAction::Forget(at) => {
                if let Some(notes) = self.notes.as_mut().filter(|notes| at < notes.len()) {
                    notes.remove(at);
                    self.notes_changed += 1;
                    self.notes_word = None;
                }
            }
            CheckAction::Reopen { at, known } => {
                if let Some(text) = self
                    .notes
                    .as_ref()
                    .and_then(|notes| notes.get(at))
                    .map(|note| note.text.clone())
                {
                    self.text = text;
                    self.said.clear();
                    self.forget_result();
                    self.apply(CheckAction::Run { known });
                }
            }
            CheckAction::NotesWritten(written) => {
                if !written {
                    self.notes_word = Some(NotesWord::Refused);
                }
            }
        }
    }

    /// Whether the message on screen, as checked, is among the notes (as a note keeps it).
    pub fn is_kept(&self) -> bool {
        match (&self.result, &self.notes) {
            (Some(checked), Some(notes)) => {
                let kept = Note::new(Day(0), &checked.text, &[]).text;
                notes.iter().any(|note| note.text == kept)
            }
            _ => false,
        }
    }

    /// Whether the message checked can be kept: the notes are read, and there is a message
    /// (what a caller said alone is not one).
    pub fn can_keep(&self) -> bool {
        self.notes.is_some()
            && self
                .result
                .as_ref()
                .is_some_and(|checked| !checked.text.trim().is_empty())
    }

    /// A result no longer about what is on screen is dropped, so no sign is ever shown for a
    /// message it was not found in.
    fn forget_result(&mut self) {
        self.result = None;
        self.shared = false;
        self.notes_word = None;
    }
}

impl Reducible for CheckState {
    type Action = CheckAction;

    fn reduce(self: Rc<Self>, action: CheckAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: Vec<CheckAction>) -> CheckState {
        let mut state = CheckState::default();
        for action in actions {
            state.apply(action);
        }
        state
    }

    #[test]
    fn a_check_shows_only_while_the_message_is_the_one_checked() {
        let checked = after(vec![
            CheckAction::Edit("您那份保险能全额退回来".into()),
            CheckAction::Run { known: vec![] },
        ]);
        let result = checked.result.as_ref().expect("checked");
        assert_eq!(result.findings.ids(), ["full-refund"]);
        let mut edited = checked.clone();
        edited.apply(CheckAction::Edit("别的".into()));
        assert_eq!(edited.result, None);
        let mut picked = checked;
        picked.apply(CheckAction::ToggleSaid("code-asked"));
        assert_eq!(picked.result, None);
    }

    #[test]
    fn nothing_to_check_runs_nothing_and_unknown_choices_are_ignored() {
        let state = after(vec![
            CheckAction::Edit("   ".into()),
            CheckAction::ToggleSaid("no-such-sign"),
            CheckAction::Run { known: vec![] },
        ]);
        assert!(state.result.is_none() && state.said.is_empty());
        assert!(state.asked_empty, "it says there is nothing to check");
    }

    #[test]
    fn choices_keep_the_lists_order_and_count_as_found() {
        let state = after(vec![
            CheckAction::ToggleSaid("secrecy"),
            CheckAction::ToggleSaid("full-refund"),
            CheckAction::ToggleSaid("code-asked"),
            CheckAction::ToggleSaid("code-asked"),
            CheckAction::Run { known: vec![] },
        ]);
        assert_eq!(state.said, ["full-refund", "secrecy"]);
        let findings = &state.result.as_ref().expect("checked").findings;
        assert_eq!(findings.ids(), ["full-refund", "secrecy"]);
    }

    #[test]
    fn a_refused_paste_keeps_the_message_and_says_so() {
        let state = after(vec![
            CheckAction::Edit("我的消息".into()),
            CheckAction::Pasted(Err(PasteProblem::Refused)),
        ]);
        assert_eq!(state.text, "我的消息");
        assert_eq!(state.paste, Some(PasteProblem::Refused));
        let empty = after(vec![CheckAction::Pasted(Ok(" ".into()))]);
        assert_eq!(empty.paste, Some(PasteProblem::Empty));
    }

    #[test]
    fn a_message_is_kept_only_when_asked_and_a_newer_builds_notes_are_left_alone() {
        let picked_only = after(vec![
            CheckAction::NotesRead(Stored::Notes(Vec::new())),
            CheckAction::ToggleSaid("secrecy"),
            CheckAction::Run { known: vec![] },
            CheckAction::Keep { day: Day(1) },
        ]);
        assert!(
            !picked_only.can_keep(),
            "a caller's words alone are no message to keep"
        );
        assert_eq!(picked_only.notes_changed, 0);
        let mut state = after(vec![
            CheckAction::NotesRead(Stored::Notes(Vec::new())),
            CheckAction::Edit("保本保息，年化18%".into()),
            CheckAction::Keep { day: Day(1) },
        ]);
        assert_eq!(state.notes_changed, 0, "nothing checked, nothing kept");
        state.apply(CheckAction::Run { known: vec![] });
        assert!(!state.is_kept());
        state.apply(CheckAction::Keep { day: Day(2) });
        assert!(state.is_kept());
        assert_eq!(state.notes_changed, 1);
        let notes = state.notes.clone().expect("read");
        assert_eq!(notes[0].signs, ["high-return"]);
        assert_eq!(state.notes_word, Some(NotesWord::Kept));
        state.apply(CheckAction::Clear);
        assert_eq!(
            state.notes.as_deref(),
            Some(notes.as_slice()),
            "clearing the box keeps the notes"
        );
        state.apply(CheckAction::Reopen {
            at: 0,
            known: vec![],
        });
        assert_eq!(state.text, "保本保息，年化18%");
        assert!(state.result.is_some() && state.is_kept());
        state.apply(CheckAction::Forget(0));
        assert_eq!(state.notes.as_deref(), Some(&[][..]));
        assert_eq!(state.notes_changed, 2);

        let mut newer = after(vec![
            CheckAction::NotesRead(Stored::Newer),
            CheckAction::Edit("保本".into()),
            CheckAction::Run { known: vec![] },
            CheckAction::Keep { day: Day(1) },
        ]);
        assert_eq!(newer.notes_changed, 0);
        assert_eq!(newer.notes_word, Some(NotesWord::Newer));
        newer.apply(CheckAction::NotesWritten(false));
        assert_eq!(newer.notes_word, Some(NotesWord::Refused));
    }

    #[test]
    fn the_partners_number_is_not_unknown_and_sharing_is_per_check() {
        let mut state = after(vec![
            CheckAction::Edit("请拨打 400-800-1234".into()),
            CheckAction::Run {
                known: vec!["4008001234".into()],
            },
            CheckAction::Shared,
        ]);
        assert!(state
            .result
            .as_ref()
            .expect("checked")
            .findings
            .found
            .is_empty());
        assert!(state.shared);
        state.apply(CheckAction::Run { known: vec![] });
        assert!(!state.shared, "a new check asks again");
        assert_eq!(
            state.result.as_ref().expect("checked").findings.ids(),
            ["unknown-number"]
        );
    }
}
