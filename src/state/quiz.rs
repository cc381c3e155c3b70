//! The quiz's state and actions: the round in progress (which questions it asks, how each was
//! answered, what the score screen shows) and today's daily question answered during this
//! visit. What lasts beyond the visit (the 错题本, topics done, the daily answer) is recorded
//! in the saved [`Progress`].

use crate::content::cases;
use crate::content::quiz::{self, find, find_topic, Outcome, Question};
use crate::model::draw::{self, daily_question};
use crate::model::link::Practice;
use crate::model::progress::{DailyRecord, Day, Progress};
use crate::model::random::Random;

/// What the quiz is doing during this visit.
#[derive(Clone, Debug, Default)]
pub struct QuizState {
    /// The round in progress, if any (kept while the person looks elsewhere).
    pub round: Option<Round>,
    /// The answer to today's daily question given during this visit.
    pub daily_answer: Option<Answer>,
}

/// What can happen in the quiz.
pub enum QuizAction {
    /// Start a round.
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
}

impl QuizState {
    /// Applies `action`, recording answers in `progress` on `today`; mixed rounds draw from
    /// `random`.
    pub fn apply(
        &mut self,
        action: QuizAction,
        progress: &mut Progress,
        today: Day,
        random: &mut Random,
    ) {
        match action {
            QuizAction::StartRound(kind) => {
                let missed = self.round.as_ref().map(Round::missed).unwrap_or_default();
                self.round = Round::start(kind, progress, today, random, &missed);
            }
            QuizAction::Answer(reply) => {
                if let Some((question, outcome)) =
                    self.round.as_mut().and_then(|round| round.answer(reply))
                {
                    progress.record(question.id, outcome, today);
                }
            }
            QuizAction::NextQuestion => {
                if let Some(round) = self.round.as_mut() {
                    round.next();
                    if let (true, RoundKind::Topic(topic)) = (round.is_finished(), round.kind) {
                        progress.finish_topic(topic);
                    }
                }
            }
            QuizAction::LeaveRound => self.round = None,
            QuizAction::ClearNotebook => progress.notebook.clear(),
            QuizAction::AnswerDaily(reply) => {
                if progress.daily_on(today).is_none() {
                    let question = daily_question(today);
                    let answer = Answer::grade(question, reply);
                    progress.record(question.id, answer.outcome, today);
                    progress.daily = Some(DailyRecord {
                        day: today,
                        outcome: answer.outcome,
                    });
                    self.daily_answer = Some(answer);
                }
            }
        }
    }
}

/// What a round practises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundKind {
    /// Every question of one topic; finishing it counts towards the certificate.
    Topic(&'static str),
    /// Ten questions drawn at random, 错题本 questions first.
    Mixed,
    /// The questions missed in the round just finished.
    Retry,
    /// Up to ten of the 错题本 questions still due today, oldest first.
    Notebook,
    /// The questions a case study links to.
    Case(&'static str),
}

impl From<Practice> for RoundKind {
    fn from(practice: Practice) -> RoundKind {
        match practice {
            Practice::Topic(id) => RoundKind::Topic(id),
            Practice::Case(id) => RoundKind::Case(id),
        }
    }
}

impl RoundKind {
    /// The round as a link starts it (`round=`), for the rounds a right or a case starts.
    pub fn practice(&self) -> Option<Practice> {
        match self {
            RoundKind::Topic(id) => Some(Practice::Topic(id)),
            RoundKind::Case(id) => Some(Practice::Case(id)),
            RoundKind::Mixed | RoundKind::Retry | RoundKind::Notebook => None,
        }
    }

    /// How the round is named to an embedding partner: the topic's id, `case:<id>` for a
    /// case's questions, else `mixed`, `retry` or `notebook`.
    pub fn topic_id(&self) -> String {
        match self {
            RoundKind::Topic(id) => (*id).to_owned(),
            RoundKind::Case(id) => format!("case:{id}"),
            RoundKind::Mixed => "mixed".to_owned(),
            RoundKind::Retry => "retry".to_owned(),
            RoundKind::Notebook => "notebook".to_owned(),
        }
    }
}

/// What the person answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// These option keys.
    Chosen(Vec<&'static str>),
    /// "我不确定".
    NotSure,
}

/// One answered question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// How it went.
    pub outcome: Outcome,
    /// The keys chosen (empty for "not sure").
    pub chosen: Vec<&'static str>,
}

impl Answer {
    /// Grades a reply to `question`.
    pub fn grade(question: &Question, reply: Reply) -> Answer {
        match reply {
            Reply::Chosen(chosen) => Answer {
                outcome: question.grade(&chosen),
                chosen,
            },
            Reply::NotSure => Answer {
                outcome: Outcome::NotSure,
                chosen: Vec::new(),
            },
        }
    }
}

/// A round of questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    /// What it practises.
    pub kind: RoundKind,
    /// The questions, in the order asked.
    pub questions: Vec<&'static Question>,
    /// The answers so far, one per question asked.
    pub answers: Vec<Answer>,
    /// The question on screen (equal to `answers.len()` before it is answered).
    pub position: usize,
}

impl Round {
    /// A round of `kind`, or `None` when it would ask nothing.
    pub fn start(
        kind: RoundKind,
        progress: &Progress,
        today: Day,
        random: &mut Random,
        missed: &[&'static str],
    ) -> Option<Round> {
        let ids: Vec<&str> = match kind {
            RoundKind::Topic(topic) => {
                find_topic(topic)?;
                quiz::topic_questions(topic)
            }
            RoundKind::Mixed => draw::mixed_round(random, &progress.due(today)),
            RoundKind::Retry => missed.to_vec(),
            RoundKind::Notebook => progress.due(today),
            RoundKind::Case(id) => cases::find(id)?.questions.to_vec(),
        };
        let mut questions: Vec<&'static Question> = ids.iter().filter_map(|id| find(id)).collect();
        if kind == RoundKind::Notebook {
            // A long 错题本 is practised ten at a time; the rest comes next time.
            questions.truncate(quiz::MIXED_ROUND_LEN);
        }
        (!questions.is_empty()).then_some(Round {
            kind,
            questions,
            answers: Vec::new(),
            position: 0,
        })
    }

    /// The question on screen, unless the score is showing.
    pub fn current(&self) -> Option<&'static Question> {
        self.questions.get(self.position).copied()
    }

    /// The answer to the question on screen, once given.
    pub fn current_answer(&self) -> Option<&Answer> {
        self.answers.get(self.position)
    }

    /// Whether every question has been answered and the score is showing.
    pub fn is_finished(&self) -> bool {
        self.position >= self.questions.len()
    }

    /// Answers the question on screen (ignored if it is already answered); returns the
    /// question and its answer.
    pub fn answer(&mut self, reply: Reply) -> Option<(&'static Question, Outcome)> {
        let question = self.current()?;
        if self.current_answer().is_some() {
            return None;
        }
        let answer = Answer::grade(question, reply);
        let outcome = answer.outcome;
        self.answers.push(answer);
        Some((question, outcome))
    }

    /// Moves on from an answered question.
    pub fn next(&mut self) {
        if self.current_answer().is_some() {
            self.position += 1;
        }
    }

    /// How many were answered right.
    pub fn score(&self) -> usize {
        self.answers
            .iter()
            .filter(|a| a.outcome == Outcome::Right)
            .count()
    }

    /// The ids of the questions not answered right, in order.
    pub fn missed(&self) -> Vec<&'static str> {
        self.questions
            .iter()
            .zip(&self.answers)
            .filter(|(_, a)| a.outcome != Outcome::Right)
            .map(|(q, _)| q.id)
            .collect()
    }

    /// The topics of the missed questions, each once, to review.
    pub fn topics_to_review(&self) -> Vec<&'static str> {
        let mut topics: Vec<&'static str> = Vec::new();
        for id in self.missed() {
            if let Some(question) = find(id) {
                if !topics.contains(&question.topic) {
                    topics.push(question.topic);
                }
            }
        }
        topics
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::quiz::{topic_questions, QUESTIONS};
    use crate::model::view::View;
    use crate::state::saved::SavedAction;
    use crate::state::testing::boot;
    use crate::state::{Action, AppState};

    fn correct(question: &Question) -> Reply {
        Reply::Chosen(question.correct_keys())
    }

    fn wrong(question: &Question) -> Reply {
        let choice = question.options.iter().find(|c| !c.correct).unwrap();
        Reply::Chosen(vec![choice.key])
    }

    fn topic_round() -> Round {
        Round::start(
            RoundKind::Topic("high-yield"),
            &Progress::default(),
            Day(1),
            &mut Random::new(0),
            &[],
        )
        .unwrap()
    }

    #[test]
    fn a_round_scores_and_lists_what_to_review() {
        let mut round = topic_round();
        let count = topic_questions("high-yield").len();
        assert_eq!(round.questions.len(), count);
        for (i, question) in round.questions.clone().iter().enumerate() {
            let reply = match i {
                0 => wrong(question),
                1 => Reply::NotSure,
                _ => correct(question),
            };
            assert!(round.answer(reply).is_some());
            assert!(round.answer(Reply::NotSure).is_none(), "answered only once");
            round.next();
        }
        assert!(round.is_finished());
        assert_eq!(round.score(), count - 2);
        assert_eq!(
            round.missed(),
            vec![round.questions[0].id, round.questions[1].id]
        );
        assert_eq!(round.topics_to_review(), vec!["high-yield"]);
    }

    #[test]
    fn moving_on_needs_an_answer() {
        let mut round = topic_round();
        round.next();
        assert_eq!(round.position, 0);
    }

    #[test]
    fn empty_and_unknown_rounds_do_not_start() {
        let progress = Progress::default();
        let mut random = Random::new(0);
        assert!(Round::start(RoundKind::Notebook, &progress, Day(1), &mut random, &[]).is_none());
        assert!(Round::start(
            RoundKind::Topic("nope"),
            &progress,
            Day(1),
            &mut random,
            &[]
        )
        .is_none());
        let retry = Round::start(
            RoundKind::Retry,
            &progress,
            Day(1),
            &mut random,
            &[QUESTIONS[5].id],
        )
        .unwrap();
        assert_eq!(retry.questions, vec![&QUESTIONS[5]]);
    }

    #[test]
    fn a_long_notebook_is_practised_ten_at_a_time() {
        let mut progress = Progress::default();
        for question in &QUESTIONS[..25] {
            progress.record(question.id, Outcome::Wrong, Day(1));
        }
        let round = Round::start(
            RoundKind::Notebook,
            &progress,
            Day(2),
            &mut Random::new(0),
            &[],
        )
        .unwrap();
        assert_eq!(round.questions.len(), quiz::MIXED_ROUND_LEN);
        assert_eq!(round.questions[0].id, QUESTIONS[0].id, "oldest first");
    }

    #[test]
    fn a_case_round_asks_the_questions_the_case_links() {
        let case = &crate::content::cases::CASES[0];
        let round = Round::start(
            RoundKind::Case(case.id),
            &Progress::default(),
            Day(1),
            &mut Random::new(0),
            &[],
        )
        .unwrap();
        let ids: Vec<_> = round.questions.iter().map(|q| q.id).collect();
        assert_eq!(ids, case.questions);
    }

    fn correct_reply(state: &AppState) -> Reply {
        let question = state.quiz.round.as_ref().and_then(Round::current).unwrap();
        Reply::Chosen(question.correct_keys())
    }

    #[test]
    fn a_case_practised_in_the_app_starts_its_round_on_the_quiz_page_it_loads() {
        // The case's button in the app's wasm: the round, then the quiz's page to load.
        let state = boot("?view=case:fake-customer-service", None)
            .apply(QuizAction::StartRound(RoundKind::Case(
                "fake-customer-service",
            )))
            .apply(Action::Navigate(View::Quiz));
        let href = state.href_to_load(&View::Quiz);
        assert_eq!(
            href,
            "zh-Hans/quiz.html?lang=zh-Hans&elder=0&plain=0&round=case:fake-customer-service"
        );
        // The quiz's wasm, booting from that link, starts the same round.
        let (_, query) = href.split_once('?').unwrap();
        let loaded = boot(&format!("?view=quiz&{query}"), None);
        let round = loaded.quiz.round.as_ref().expect("the round is started");
        assert_eq!(round.kind, RoundKind::Case("fake-customer-service"));
        assert_eq!(
            round.questions,
            state.quiz.round.as_ref().unwrap().questions
        );
        // A round already answered in, or one no link names, is not carried; nor is a round
        // asked for on another screen.
        let answered = state.apply(QuizAction::Answer(Reply::NotSure));
        let plain_load = "zh-Hans/quiz.html?lang=zh-Hans&elder=0&plain=0";
        assert_eq!(answered.href_to_load(&View::Quiz), plain_load);
        let mixed = boot("", None).apply(QuizAction::StartRound(RoundKind::Mixed));
        assert_eq!(mixed.href_to_load(&View::Quiz), plain_load);
        assert!(boot(&format!("?view=help&{query}"), None)
            .quiz
            .round
            .is_none());
    }

    #[test]
    fn a_topic_round_records_misses_and_counts_the_topic_once_finished() {
        let mut state =
            boot("?view=quiz", None).apply(QuizAction::StartRound(RoundKind::Topic("high-yield")));
        let count = state.quiz.round.as_ref().unwrap().questions.len();
        let first = state.quiz.round.as_ref().unwrap().questions[0].id;
        state = state.apply(QuizAction::Answer(Reply::NotSure));
        assert_eq!(state.saved.progress.due(state.visit.today), vec![first]);
        for _ in 1..count {
            state = state.apply(QuizAction::NextQuestion);
            assert!(!state.saved.progress.is_done("high-yield"));
            let reply = correct_reply(&state);
            state = state.apply(QuizAction::Answer(reply));
        }
        state = state.apply(QuizAction::NextQuestion);
        let round = state.quiz.round.as_ref().unwrap();
        assert!(round.is_finished());
        assert_eq!(round.score(), count - 1);
        assert!(state.saved.progress.is_done("high-yield"));
        let state = state.apply(QuizAction::StartRound(RoundKind::Retry));
        assert_eq!(
            state.quiz.round.as_ref().unwrap().questions.len(),
            1,
            "only the missed one"
        );
        let state = state
            .apply(QuizAction::LeaveRound)
            .apply(QuizAction::ClearNotebook);
        assert!(state.quiz.round.is_none());
        assert!(state.saved.progress.notebook.is_empty());
    }

    #[test]
    fn the_daily_question_is_answered_once_a_day() {
        let state = boot("", None).apply(QuizAction::AnswerDaily(Reply::NotSure));
        let question = daily_question(state.visit.today);
        assert_eq!(
            state.saved.progress.due(state.visit.today),
            vec![question.id]
        );
        let first = state.saved.progress.daily;
        let state = state.apply(QuizAction::AnswerDaily(Reply::Chosen(
            question.correct_keys(),
        )));
        assert_eq!(
            state.saved.progress.daily, first,
            "a second answer changes nothing"
        );
        let state = state.apply(SavedAction::ClearData);
        assert_eq!(state.saved.progress.daily, None);
        assert_eq!(state.quiz.daily_answer, None);
    }
}
