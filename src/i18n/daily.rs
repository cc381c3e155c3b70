//! The daily question's own message file, cut at build time from a locale's `quiz.ftl`: every
//! entry of the file but the other questions' (`q-<id>…`), so the home screen fetches one
//! question and the quiz's shared wording instead of the whole bank.

use crate::content::quiz::{Question, QUESTIONS};

/// The text of `question`'s daily file, cut from `quiz`, the source of a locale's quiz file:
/// its entries in order, less those of every other question. Comments go with the entry
/// they precede.
pub fn daily_file(quiz: &str, question: &Question) -> String {
    let own = question.messages();
    let others: Vec<String> = QUESTIONS
        .iter()
        .filter(|q| q.id != question.id)
        .flat_map(|q| q.messages())
        .collect();
    entries(quiz)
        .filter(|entry| {
            let id = entry_id(entry);
            own.iter().any(|m| m == id) || !others.iter().any(|m| m == id)
        })
        .collect()
}

/// The entries of a Fluent source, each with the comment and blank lines before it: an entry
/// begins on a line that starts with an identifier and runs until the next one.
fn entries(source: &str) -> impl Iterator<Item = &str> {
    let mut starts: Vec<usize> = Vec::new();
    let mut pending: Option<usize> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let first = line.chars().next();
        if first.is_some_and(|c| c.is_ascii_alphabetic() || c == '-') {
            starts.push(pending.take().unwrap_or(offset));
        } else if first.is_some_and(|c| c == '#' || c == '\n' || c == '\r') {
            pending.get_or_insert(offset);
        } else {
            pending = None;
        }
        offset += line.len();
    }
    let mut ends: Vec<usize> = starts.iter().skip(1).copied().collect();
    ends.push(source.len());
    let head = starts.first().copied().unwrap_or(source.len());
    std::iter::once(&source[..head]).chain(
        starts
            .into_iter()
            .zip(ends)
            .map(move |(start, end)| &source[start..end]),
    )
}

/// The identifier an entry defines (empty for the text before the first entry).
fn entry_id(entry: &str) -> &str {
    entry
        .lines()
        .find(|line| line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-'))
        .and_then(|line| line.split('=').next())
        .map_or("", str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_their_comments_and_attributes() {
        let source = "## Group\n\na = 1\n    .plain = one\n\n# Variables:\n#   $n (Number) - n\nb = { $n }\n-term = T\n";
        let found: Vec<&str> = entries(source).collect();
        assert_eq!(
            found,
            vec![
                "",
                "## Group\n\na = 1\n    .plain = one\n",
                "\n# Variables:\n#   $n (Number) - n\nb = { $n }\n",
                "-term = T\n"
            ]
        );
        assert_eq!(found.concat(), source, "nothing is lost or repeated");
        assert_eq!(entry_id(found[2]), "b");
        assert_eq!(entry_id(found[3]), "-term");
    }

    #[test]
    fn a_daily_file_holds_one_question_and_the_shared_wording() {
        let [first, second, ..] = QUESTIONS else {
            panic!("the bank has questions")
        };
        let quiz = format!(
            "quiz-check = OK\n{} = first\n{} = second\n",
            first.message(),
            second.message()
        );
        let daily = daily_file(&quiz, first);
        assert!(daily.contains("quiz-check = OK") && daily.contains("= first"));
        assert!(!daily.contains("= second"));
    }
}
