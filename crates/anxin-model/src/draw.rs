//! Which questions a visit asks: 每日一题 by the date, and a mixed round by a seed. Pure: the
//! date and the random source come in as values, so tests set both.

use anxin_content::quiz::{find, Question, MIXED_ROUND_LEN, MIXED_ROUND_REVIEW, QUESTIONS};

use super::progress::Day;
use super::random::Random;

/// 每日一题: the same question for everyone on the same date.
pub fn daily_question(day: Day) -> &'static Question {
    let index = Random::new(day.0.unsigned_abs()).below(QUESTIONS.len());
    &QUESTIONS[index]
}

/// A mixed round: up to [`MIXED_ROUND_REVIEW`] questions due from the 错题本 first, then
/// others drawn at random without repeats, [`MIXED_ROUND_LEN`] in all.
pub fn mixed_round(random: &mut Random, due: &[&str]) -> Vec<&'static str> {
    let mut round: Vec<&'static str> = due
        .iter()
        .filter_map(|id| find(id))
        .map(|q| q.id)
        .take(MIXED_ROUND_REVIEW)
        .collect();
    let mut pool: Vec<&'static str> = QUESTIONS
        .iter()
        .map(|q| q.id)
        .filter(|id| !round.contains(id))
        .collect();
    while round.len() < MIXED_ROUND_LEN && !pool.is_empty() {
        round.push(pool.swap_remove(random.below(pool.len())));
    }
    round
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_daily_question_depends_only_on_the_date() {
        assert_eq!(daily_question(Day(20_000)), daily_question(Day(20_000)));
        let week: Vec<_> = (0..7).map(|d| daily_question(Day(20_000 + d)).id).collect();
        let mut distinct = week.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert!(distinct.len() > 1, "{week:?}");
    }

    #[test]
    fn a_mixed_round_has_ten_different_questions_and_reviews_first() {
        let due = ["no-such-question", QUESTIONS[3].id, QUESTIONS[7].id];
        for seed in 0..50 {
            let round = mixed_round(&mut Random::new(seed), &due);
            assert_eq!(round.len(), MIXED_ROUND_LEN);
            assert_eq!(&round[..2], &[QUESTIONS[3].id, QUESTIONS[7].id]);
            let mut distinct = round.clone();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), MIXED_ROUND_LEN, "seed {seed}");
        }
        let a = mixed_round(&mut Random::new(1), &[]);
        let b = mixed_round(&mut Random::new(2), &[]);
        assert_ne!(a, b, "different seeds draw differently");
        assert_eq!(a, mixed_round(&mut Random::new(1), &[]), "a seed repeats");
    }
}
