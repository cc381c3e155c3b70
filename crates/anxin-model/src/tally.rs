//! The workshop's show-of-hands tally: a volunteer counts the hands raised for each option of a
//! quiz question, and for 我不确定, and nothing says which option is right until the reveal.
//!
//! Invariants (tested below):
//! - a count never goes under zero;
//! - before the reveal, [`Tally::revealed`] is `None`: no view can show which option is right;
//! - after it, the counts are frozen, so the bars the room saw are the ones the summary keeps,
//!   until the volunteer takes the reveal back ([`Tally::unreveal`]) to correct a count;
//! - a count typed in is marked as typed ([`Tally::is_typed`]), so the record says which counts
//!   were hands counted one by one and which were typed;
//! - there is no clock anywhere: hands are counted, never timed.

use anxin_content::quiz::Question;

/// The tally's key for the hands raised for 我不确定 (the quiz's own "not sure" key).
pub const NOT_SURE: &str = "not-sure";

/// The hands counted for one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// The question counted.
    pub question: &'static Question,
    /// Hands per option key, in the question's order, then [`NOT_SURE`].
    counts: Vec<(&'static str, u32)>,
    /// Whether the volunteer has revealed the answer.
    shown: bool,
    /// The keys whose count was typed in at least once, rather than counted hand by hand.
    typed: Vec<&'static str>,
}

/// One option's bar after the reveal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The option key, or [`NOT_SURE`].
    pub key: &'static str,
    /// Hands raised for it.
    pub hands: u32,
    /// Its share of all hands, in whole percent (0 when nobody raised a hand).
    pub percent: u32,
    /// Whether it is a right option (never for [`NOT_SURE`]).
    pub correct: bool,
}

impl Tally {
    /// A new tally of `question` at zero hands everywhere, not revealed.
    pub fn new(question: &'static Question) -> Tally {
        let counts = question
            .options
            .iter()
            .map(|choice| (choice.key, 0))
            .chain([(NOT_SURE, 0)])
            .collect();
        Tally {
            question,
            counts,
            shown: false,
            typed: Vec::new(),
        }
    }

    /// Sets `key`'s count to `hands`, as typed in (marking it typed); nothing for an unknown
    /// key or once revealed.
    pub fn set(&mut self, key: &str, hands: u32) {
        if self.shown {
            return;
        }
        if let Some((_, count)) = self.counts.iter_mut().find(|(k, _)| *k == key) {
            *count = hands;
            // Kept in the question's order, so equal tallies compare equal.
            self.typed = self
                .counts
                .iter()
                .map(|(k, _)| *k)
                .filter(|k| *k == key || self.typed.contains(k))
                .collect();
        }
    }

    /// Whether `key`'s count was typed in rather than counted hand by hand.
    pub fn is_typed(&self, key: &str) -> bool {
        self.typed.contains(&key)
    }

    /// Adds one hand to `key`; nothing for an unknown key or once revealed.
    pub fn add(&mut self, key: &str) {
        self.change(key, |hands| hands.saturating_add(1));
    }

    /// Takes one hand from `key`, never under zero; nothing for an unknown key or once revealed.
    pub fn remove(&mut self, key: &str) {
        self.change(key, |hands| hands.saturating_sub(1));
    }

    fn change(&mut self, key: &str, step: impl Fn(u32) -> u32) {
        if self.shown {
            return;
        }
        if let Some((_, hands)) = self.counts.iter_mut().find(|(k, _)| *k == key) {
            *hands = step(*hands);
        }
    }

    /// The hands counted for `key` (0 for an unknown key).
    pub fn hands(&self, key: &str) -> u32 {
        self.counts
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(0, |(_, hands)| *hands)
    }

    /// Every hand counted, 我不确定 included.
    pub fn total(&self) -> u32 {
        self.counts.iter().map(|(_, hands)| hands).sum()
    }

    /// Every key with its hands, in the question's order, then [`NOT_SURE`].
    pub fn counts(&self) -> &[(&'static str, u32)] {
        &self.counts
    }

    /// Whether the answer has been revealed.
    pub fn is_revealed(&self) -> bool {
        self.shown
    }

    /// Reveals the answer and freezes the counts.
    pub fn reveal(&mut self) {
        self.shown = true;
    }

    /// Takes the reveal back, so a count can be corrected before revealing again.
    pub fn unreveal(&mut self) {
        self.shown = false;
    }

    /// The bars, with which options are right: `None` until [`Tally::reveal`].
    pub fn revealed(&self) -> Option<Vec<Bar>> {
        if !self.shown {
            return None;
        }
        let total = self.total();
        Some(
            self.counts
                .iter()
                .map(|&(key, hands)| Bar {
                    key,
                    hands,
                    percent: percent(hands, total),
                    correct: self
                        .question
                        .options
                        .iter()
                        .any(|choice| choice.key == key && choice.correct),
                })
                .collect(),
        )
    }

    /// The share of hands, in whole percent, that were not on a right option (我不确定
    /// included): `None` until revealed, or when nobody raised a hand.
    pub fn missed_percent(&self) -> Option<u32> {
        let bars = self.revealed()?;
        let total = self.total();
        if total == 0 {
            return None;
        }
        let missed = bars
            .iter()
            .filter(|bar| !bar.correct)
            .map(|bar| bar.hands)
            .sum();
        Some(percent(missed, total))
    }
}

/// The question the room missed most: the revealed tally with the highest
/// [`Tally::missed_percent`], the earliest on a tie; `None` when no tally counts.
pub fn most_missed(tallies: &[Tally]) -> Option<&'static Question> {
    let mut best: Option<(&'static Question, u32)> = None;
    for tally in tallies {
        if let Some(missed) = tally.missed_percent() {
            if best.is_none_or(|(_, most)| missed > most) {
                best = Some((tally.question, missed));
            }
        }
    }
    best.map(|(question, _)| question)
}

/// `part` of `whole` in whole percent, rounded half up; 0 of nothing is 0.
fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 {
        return 0;
    }
    ((u64::from(part) * 200 + u64::from(whole)) / (u64::from(whole) * 2)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use anxin_content::quiz::QUESTIONS;

    fn question(many: bool) -> &'static Question {
        QUESTIONS
            .iter()
            .find(|q| q.kind.answers_many() == many && q.options.len() > 2)
            .expect("the bank has such a question")
    }

    #[test]
    fn counts_every_option_and_not_sure_and_never_under_zero() {
        let q = question(false);
        let mut tally = Tally::new(q);
        assert_eq!(tally.total(), 0);
        tally.remove(q.options[0].key);
        assert_eq!(tally.hands(q.options[0].key), 0);
        tally.add(q.options[0].key);
        tally.add(q.options[0].key);
        tally.add(NOT_SURE);
        tally.add("no-such-option");
        assert_eq!(tally.hands(q.options[0].key), 2);
        assert_eq!(tally.hands(NOT_SURE), 1);
        assert_eq!(tally.total(), 3);
    }

    #[test]
    fn nothing_tells_the_answer_before_the_reveal_and_counts_freeze_after() {
        let q = question(false);
        let mut tally = Tally::new(q);
        tally.add(q.options[1].key);
        assert_eq!(tally.revealed(), None);
        assert_eq!(tally.missed_percent(), None);
        tally.reveal();
        tally.add(q.options[1].key);
        assert_eq!(tally.hands(q.options[1].key), 1);
        let bars = tally.revealed().expect("revealed");
        assert_eq!(bars.len(), q.options.len() + 1);
        let right: Vec<_> = bars.iter().filter(|b| b.correct).map(|b| b.key).collect();
        assert_eq!(right, q.correct_keys());
        assert!(!bars.last().unwrap().correct, "我不确定 is never right");
    }

    #[test]
    fn a_typed_count_replaces_the_hands_is_marked_typed_and_the_reveal_can_be_taken_back() {
        let q = question(false);
        let key = q.options[0].key;
        let mut tally = Tally::new(q);
        tally.add(key);
        assert!(!tally.is_typed(key));
        tally.set(key, 27);
        tally.set("no-such-option", 5);
        assert_eq!((tally.hands(key), tally.total()), (27, 27));
        assert!(tally.is_typed(key) && !tally.is_typed(NOT_SURE));
        tally.reveal();
        tally.set(key, 3);
        assert_eq!(tally.hands(key), 27, "frozen once revealed");
        tally.unreveal();
        assert_eq!(tally.revealed(), None);
        tally.set(key, 26);
        tally.reveal();
        assert_eq!(tally.hands(key), 26);
    }

    #[test]
    fn percentages_round_and_missed_counts_not_sure() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
        let q = question(true);
        let right = q.correct_keys()[0];
        let wrong = q.options.iter().find(|c| !c.correct).unwrap().key;
        let mut tally = Tally::new(q);
        tally.add(right);
        tally.add(wrong);
        tally.add(NOT_SURE);
        tally.add(NOT_SURE);
        tally.reveal();
        assert_eq!(tally.missed_percent(), Some(75));
    }

    #[test]
    fn most_missed_is_the_highest_share_and_the_earliest_on_a_tie() {
        let counted = |q: &'static Question, right: u32, wrong: u32| {
            let mut tally = Tally::new(q);
            for _ in 0..right {
                tally.add(q.correct_keys()[0]);
            }
            for _ in 0..wrong {
                tally.add(NOT_SURE);
            }
            tally.reveal();
            tally
        };
        let (a, b, c) = (&QUESTIONS[0], &QUESTIONS[1], &QUESTIONS[2]);
        let tallies = [counted(a, 3, 1), counted(b, 1, 3), counted(c, 1, 3)];
        assert_eq!(most_missed(&tallies).map(|q| q.id), Some(b.id));
        assert_eq!(most_missed(&[Tally::new(a)]), None, "unrevealed or empty");
    }
}
