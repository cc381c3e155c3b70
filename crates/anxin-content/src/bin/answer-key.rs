//! Prints the content's answer key as JSON, for the end-to-end tests (`tests/e2e/key.mjs` runs
//! it): which options of each question are right, which lines of each case's conversation are
//! red flags, the topics, and each workshop plan's blocks. The tests tap by this key, never by
//! what the page shows, and never by reading the Rust source as text.

use anxin_content::cases::{Speaker, CASES};
use anxin_content::quiz::{QUESTIONS, TOPICS};
use anxin_content::workshop::{Block, PLANS};

/// A JSON string of an id or key (they are kebab-case ASCII; quotes and backslashes escaped
/// all the same).
fn string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A JSON array of already-written values.
fn array(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(","))
}

/// A JSON object of keys and already-written values.
fn object<'a>(fields: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let fields: Vec<String> = fields
        .into_iter()
        .map(|(key, value)| format!("{}:{value}", string(key)))
        .collect();
    format!("{{{}}}", fields.join(","))
}

fn main() {
    let questions = object(QUESTIONS.iter().map(|question| {
        let options = array(question.options.iter().map(|option| {
            object([
                ("key", string(option.key)),
                ("right", option.correct.to_string()),
            ])
        }));
        let fields = object([("topic", string(question.topic)), ("options", options)]);
        (question.id, fields)
    }));
    let topics = array(TOPICS.iter().map(|topic| string(topic.id)));
    let cases = object(CASES.iter().map(|case| {
        let lines = array(case.conversation.iter().map(|line| {
            let speaker = match line.speaker {
                Speaker::Them => "them",
                Speaker::Me => "me",
            };
            object([
                ("speaker", string(speaker)),
                ("redFlag", line.red_flag.to_string()),
            ])
        }));
        let fields = object([("scenes", case.scenes.to_string()), ("lines", lines)]);
        (case.id, fields)
    }));
    let plans = object(PLANS.iter().map(|plan| {
        let blocks = array(plan.blocks.iter().map(|timed| {
            let ids: Vec<&str> = match timed.block {
                Block::Story(id) | Block::RedFlags(id) | Block::Right(id) => vec![id],
                Block::Quiz(ids) => ids.to_vec(),
                Block::Help => vec![],
            };
            object([
                ("kind", string(timed.block.kind())),
                ("ids", array(ids.into_iter().map(string))),
            ])
        }));
        (plan.id, blocks)
    }));
    println!(
        "{}",
        object([
            ("questions", questions),
            ("topics", topics),
            ("cases", cases),
            ("plans", plans),
        ])
    );
}
