//! The quiz bank as language-neutral data: topics, questions, which options are correct and
//! which right each question teaches. Wording is `q-<id>…` and `topic-<id>` messages in
//! `quiz.ftl`. How an answer went ([`Outcome`]) is decided here; which questions a visit asks
//! (the daily question, random draws) is `anxin_model::draw`.

pub use super::quiz_bank::QUESTIONS;

/// How an answer went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Exactly the correct options were chosen.
    Right,
    /// Some other choice.
    Wrong,
    /// "我不确定": counted as not yet learned, never as a failure.
    NotSure,
}

/// Each outcome's name in saved data.
const OUTCOME_NAMES: [(Outcome, &str); 3] = [
    (Outcome::Right, "right"),
    (Outcome::Wrong, "wrong"),
    (Outcome::NotSure, "not-sure"),
];

impl Outcome {
    /// The outcome's name in saved data.
    pub fn name(self) -> &'static str {
        OUTCOME_NAMES
            .iter()
            .find(|(o, _)| *o == self)
            .map_or("wrong", |(_, name)| name)
    }

    /// The outcome a saved name stands for, if any.
    pub fn from_name(name: &str) -> Option<Outcome> {
        OUTCOME_NAMES
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(o, _)| *o)
    }
}

/// How a question is asked and answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One correct option among three or four.
    Single,
    /// A statement judged true or false; the option labels are shared messages.
    TrueFalse,
    /// "Select every red flag": two or more correct options.
    RedFlags,
    /// A two-line story, then one correct option among three or four.
    Scenario,
}

impl Kind {
    /// Whether more than one option may be chosen.
    pub fn answers_many(self) -> bool {
        self == Kind::RedFlags
    }

    /// Whether a story comes before the question.
    pub fn has_story(self) -> bool {
        self == Kind::Scenario
    }
}

/// One answer option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Its key within the question (`a`…`e`, or `true`/`false`).
    pub key: &'static str,
    /// Whether choosing it is right.
    pub correct: bool,
}

/// An option of a question, for the bank's tables.
pub const fn opt(key: &'static str, correct: bool) -> Choice {
    Choice { key, correct }
}

/// One question of the bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id; its messages are `q-<id>…`.
    pub id: &'static str,
    /// The id of its topic in [`TOPICS`].
    pub topic: &'static str,
    /// How it is asked.
    pub kind: Kind,
    /// Its options, in the order shown.
    pub options: &'static [Choice],
    /// The right it teaches, linked from its feedback.
    pub right: &'static str,
}

impl Question {
    /// The question's text message.
    pub fn message(&self) -> String {
        format!("q-{}", self.id)
    }

    /// The story message of a scenario.
    pub fn story_message(&self) -> String {
        format!("q-{}-story", self.id)
    }

    /// The text message of an option.
    pub fn option_message(&self, key: &str) -> String {
        match (self.kind, key) {
            (Kind::TrueFalse, "true") => "quiz-true".to_owned(),
            (Kind::TrueFalse, _) => "quiz-false".to_owned(),
            _ => format!("q-{}-{key}", self.id),
        }
    }

    /// The message explaining why an option is right or wrong.
    pub fn why_message(&self, key: &str) -> String {
        format!("q-{}-{key}-why", self.id)
    }

    /// Every message the question shows, for integrity checks.
    pub fn messages(&self) -> Vec<String> {
        let mut ids = vec![self.message()];
        if self.kind.has_story() {
            ids.push(self.story_message());
        }
        for choice in self.options {
            ids.push(self.option_message(choice.key));
            ids.push(self.why_message(choice.key));
        }
        ids
    }

    /// The keys of the correct options.
    pub fn correct_keys(&self) -> Vec<&'static str> {
        self.options
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.key)
            .collect()
    }

    /// Grades a set of chosen keys: right only when exactly the correct options are chosen.
    pub fn grade(&self, chosen: &[&str]) -> Outcome {
        let exact = self
            .options
            .iter()
            .all(|choice| choice.correct == chosen.contains(&choice.key));
        let known = chosen
            .iter()
            .all(|key| self.options.iter().any(|c| c.key == *key));
        if exact && known && !chosen.is_empty() {
            Outcome::Right
        } else {
            Outcome::Wrong
        }
    }
}

/// What a topic is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TopicGroup {
    /// One of the eight rights (the topic id is the right's id).
    Right,
    /// A kind of scam (the topic id is the case kind's id).
    Scam,
    /// Everyday safety and insurance basics.
    Basics,
}

/// A topic of questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Topic {
    /// Stable id; its name is the message `topic-<id>`.
    pub id: &'static str,
    /// Which group it is listed under.
    pub group: TopicGroup,
}

impl Topic {
    /// Its name message.
    pub fn message(&self) -> String {
        format!("topic-{}", self.id)
    }
}

const fn topic(id: &'static str, group: TopicGroup) -> Topic {
    Topic { id, group }
}

/// Every topic, in the order listed.
pub const TOPICS: [Topic; 21] = [
    topic("right-to-know", TopicGroup::Right),
    topic("free-choice", TopicGroup::Right),
    topic("fair-dealing", TopicGroup::Right),
    topic("property-safety", TopicGroup::Right),
    topic("seek-compensation", TopicGroup::Right),
    topic("financial-education", TopicGroup::Right),
    topic("respect-and-dignity", TopicGroup::Right),
    topic("information-security", TopicGroup::Right),
    topic("agent-surrender", TopicGroup::Scam),
    topic("debt-relief", TopicGroup::Scam),
    topic("paid-rights-defence", TopicGroup::Scam),
    topic("credit-repair", TopicGroup::Scam),
    topic("high-yield", TopicGroup::Scam),
    topic("commission-fraud", TopicGroup::Scam),
    topic("fake-customer-service", TopicGroup::Scam),
    topic("impersonated-police", TopicGroup::Scam),
    topic("misleading-sales", TopicGroup::Scam),
    topic("elderly-scheme", TopicGroup::Scam),
    topic("personal-information", TopicGroup::Basics),
    topic("payments-and-passwords", TopicGroup::Basics),
    topic("insurance-basics", TopicGroup::Basics),
];

/// How many questions a mixed round asks.
pub const MIXED_ROUND_LEN: usize = 10;
/// At most this many questions of a mixed round come from the 错题本.
pub const MIXED_ROUND_REVIEW: usize = 4;

/// The question with this id.
pub fn find(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// The topic with this id.
pub fn find_topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}

/// The ids of a topic's questions, in bank order.
pub fn topic_questions(topic: &str) -> Vec<&'static str> {
    QUESTIONS
        .iter()
        .filter(|q| q.topic == topic)
        .map(|q| q.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SINGLE: Question = Question {
        id: "x",
        topic: "high-yield",
        kind: Kind::Single,
        options: &[opt("a", false), opt("b", true), opt("c", false)],
        right: "property-safety",
    };
    const FLAGS: Question = Question {
        id: "y",
        topic: "high-yield",
        kind: Kind::RedFlags,
        options: &[opt("a", true), opt("b", true), opt("c", false)],
        right: "property-safety",
    };

    #[test]
    fn only_exactly_the_correct_options_score() {
        assert_eq!(SINGLE.grade(&["b"]), Outcome::Right);
        assert_eq!(SINGLE.grade(&["a"]), Outcome::Wrong);
        assert_eq!(SINGLE.grade(&[]), Outcome::Wrong);
        assert_eq!(FLAGS.grade(&["b", "a"]), Outcome::Right);
        assert_eq!(FLAGS.grade(&["a"]), Outcome::Wrong, "a missed red flag");
        assert_eq!(
            FLAGS.grade(&["a", "b", "c"]),
            Outcome::Wrong,
            "a false alarm"
        );
        assert_eq!(
            FLAGS.grade(&["a", "b", "z"]),
            Outcome::Wrong,
            "an unknown key"
        );
    }

    #[test]
    fn true_false_questions_share_their_labels() {
        const STATEMENT: Question = Question {
            kind: Kind::TrueFalse,
            options: &[opt("true", true), opt("false", false)],
            ..SINGLE
        };
        let statement = STATEMENT;
        assert_eq!(statement.option_message("true"), "quiz-true");
        assert_eq!(statement.why_message("false"), "q-x-false-why");
        assert_eq!(SINGLE.option_message("b"), "q-x-b");
    }

    #[test]
    fn every_topic_has_questions() {
        for topic in TOPICS {
            assert!(!topic_questions(topic.id).is_empty(), "{}", topic.id);
        }
    }
}
