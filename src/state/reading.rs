//! Read-aloud: which languages this device's voices speak, each language's audio pack, and
//! where a reading of the screen stands. The player (`platform::speech`) reports here; the
//! control (`components::read_aloud`) shows it and decides each part's source from it.

use std::rc::Rc;

use crate::model::locale::Locale;
use crate::model::speech::Manifest;

/// A language's audio pack, as far as this visit knows.
#[derive(Clone, Debug, PartialEq)]
pub enum Pack {
    /// Its manifest is being fetched.
    Loading,
    /// Its manifest, read.
    Ready(Rc<Manifest>),
    /// The deployment has none for this language (or it could not be read or fetched).
    Missing,
}

/// Why a reading stopped before its end, said in the control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadProblem {
    /// No sound came within the watchdog's time (a voice the phone lists but cannot speak, a
    /// clip that would not play).
    NoSound,
}

/// Where read-aloud stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    /// The languages a system voice of this device speaks; `None` until the voice list is known.
    pub voices: Option<Vec<Locale>>,
    /// Each language's audio pack, once asked for.
    pub packs: Vec<(Locale, Pack)>,
    /// The part being read, by its place in the screen's reading order; `None` when not reading.
    pub at: Option<usize>,
    /// Reading at the slower pace.
    pub slow: bool,
    /// The parts this reading passed over, having neither a clip nor a voice.
    pub skipped: Vec<usize>,
    /// Why the last reading stopped early.
    pub problem: Option<ReadProblem>,
}

/// What changes read-aloud.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadingAction {
    /// The device's voice list, as the languages they speak.
    Voices(Vec<Locale>),
    /// A language's audio pack is being fetched, or arrived, or is not there.
    Pack(Locale, Pack),
    /// The pace chosen while not reading: slower or not.
    Pace(bool),
    /// A reading started (from a tap), at the slower pace or not.
    Started {
        /// The part it starts at.
        at: usize,
        /// At the slower pace.
        slow: bool,
    },
    /// The reading moved on to a part.
    At(usize),
    /// A part had nothing to read it and was passed over.
    Skipped(usize),
    /// The reading came to its end.
    Finished,
    /// The person stopped it, or left the screen.
    Stopped,
    /// It stopped early.
    Failed(ReadProblem),
}

impl Reading {
    /// Whether a reading is under way.
    pub fn is_reading(&self) -> bool {
        self.at.is_some()
    }

    /// `locale`'s audio pack, if it has been asked for.
    pub fn pack(&self, locale: Locale) -> Option<&Pack> {
        self.packs
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, pack)| pack)
    }

    /// `locale`'s audio pack's manifest, once read.
    pub fn manifest(&self, locale: Locale) -> Option<&Manifest> {
        match self.pack(locale) {
            Some(Pack::Ready(manifest)) => Some(manifest),
            _ => None,
        }
    }

    /// Whether a system voice of this device speaks `locale`.
    pub fn has_voice(&self, locale: Locale) -> bool {
        self.voices
            .as_ref()
            .is_some_and(|voices| voices.contains(&locale))
    }

    /// Applies an action.
    pub fn apply(&mut self, action: ReadingAction) {
        match action {
            ReadingAction::Voices(voices) => self.voices = Some(voices),
            ReadingAction::Pack(locale, pack) => {
                self.packs.retain(|(l, _)| *l != locale);
                self.packs.push((locale, pack));
            }
            ReadingAction::Pace(slow) => self.slow = slow,
            ReadingAction::Started { at, slow } => {
                self.at = Some(at);
                self.slow = slow;
                self.skipped.clear();
                self.problem = None;
            }
            ReadingAction::At(at) => {
                if self.at.is_some() {
                    self.at = Some(at);
                }
            }
            ReadingAction::Skipped(at) => {
                if self.at.is_some() && !self.skipped.contains(&at) {
                    self.skipped.push(at);
                }
            }
            ReadingAction::Finished | ReadingAction::Stopped => self.at = None,
            ReadingAction::Failed(problem) => {
                if self.at.take().is_some() {
                    self.problem = Some(problem);
                }
            }
        }
    }

    /// Leaves the screen: a reading stops, what was said of it goes; what is known of voices
    /// and packs stays.
    pub fn leave_screen(&mut self) {
        self.at = None;
        self.skipped.clear();
        self.problem = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_moves_only_while_it_runs() {
        let mut reading = Reading::default();
        reading.apply(ReadingAction::At(2));
        reading.apply(ReadingAction::Skipped(2));
        reading.apply(ReadingAction::Failed(ReadProblem::NoSound));
        assert_eq!(
            reading,
            Reading::default(),
            "a late report after a stop changes nothing"
        );
        reading.apply(ReadingAction::Started { at: 1, slow: true });
        reading.apply(ReadingAction::At(2));
        assert_eq!((reading.at, reading.slow), (Some(2), true));
        reading.apply(ReadingAction::Skipped(3));
        reading.apply(ReadingAction::Finished);
        assert!(!reading.is_reading());
        assert_eq!(
            reading.skipped,
            [3],
            "what was passed over is still said after the end"
        );
    }

    #[test]
    fn a_failure_is_said_until_the_next_reading() {
        let mut reading = Reading::default();
        reading.apply(ReadingAction::Started { at: 0, slow: false });
        reading.apply(ReadingAction::Failed(ReadProblem::NoSound));
        assert_eq!(
            (reading.at, reading.problem),
            (None, Some(ReadProblem::NoSound))
        );
        reading.apply(ReadingAction::Started { at: 0, slow: false });
        assert_eq!(reading.problem, None);
    }

    #[test]
    fn packs_and_voices_outlive_a_screen() {
        let mut reading = Reading::default();
        reading.apply(ReadingAction::Voices(vec![Locale::ZhHans]));
        reading.apply(ReadingAction::Pack(Locale::Bo, Pack::Loading));
        reading.apply(ReadingAction::Pack(Locale::Bo, Pack::Missing));
        reading.apply(ReadingAction::Started { at: 0, slow: false });
        reading.leave_screen();
        assert!(!reading.is_reading());
        assert!(reading.has_voice(Locale::ZhHans) && !reading.has_voice(Locale::Yue));
        assert_eq!(reading.pack(Locale::Bo), Some(&Pack::Missing));
        assert_eq!(reading.packs.len(), 1);
    }
}
