//! Breaking text: a line to a width, for text drawn outside the page's layout (the
//! certificate image), and a passage into parts at sentence ends, for a workshop step too long
//! for one screen. Works for Chinese, Tibetan, Uyghur and space-separated scripts.

/// The name a person typed for their certificate, without the spaces around it; `None` if
/// nothing is left (the certificate then says "anonymous" in its language).
pub fn name_to_show(typed: &str) -> Option<&str> {
    Some(typed.trim()).filter(|name| !name.is_empty())
}

/// Breaks text into lines that fit, between words (after spaces and Tibetan tsheg marks) or
/// between Chinese characters.
pub fn wrap(text: &str, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    let mut unit = String::new();
    for c in text.chars() {
        let ideograph =
            ('\u{2e80}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c);
        if ideograph && !unit.is_empty() {
            units.push(std::mem::take(&mut unit));
        }
        unit.push(c);
        if ideograph || c == ' ' || c == '\u{0f0b}' {
            units.push(std::mem::take(&mut unit));
        }
    }
    units.push(unit);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for unit in units.into_iter().filter(|u| !u.is_empty()) {
        let candidate = format!("{line}{unit}");
        if line.is_empty() || fits(candidate.trim_end()) {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_owned());
            line = unit;
        }
    }
    lines.push(line.trim_end().to_owned());
    lines
}

/// Marks that end a sentence or a clause a reader can pause at: Chinese and full-width
/// punctuation, the Tibetan shad, Arabic-script and Latin stops.
const SENTENCE_ENDS: &[char] = &[
    '。', '！', '？', '；', '\u{0f0d}', '\u{0f0e}', '\u{061f}', '\u{06d4}', '.', '!', '?', ';',
    '\n',
];

/// Where each sentence of `text` ends and another begins, by byte offset (after its closing
/// mark, any closing quote and the spaces after it).
fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends: Vec<usize> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if SENTENCE_ENDS.contains(&c) {
            while let Some(&(_, next)) = chars.peek() {
                if next.is_whitespace()
                    || SENTENCE_ENDS.contains(&next)
                    || next == '\u{0f0b}'
                    || next == '”'
                    || next == '」'
                {
                    chars.next();
                } else {
                    break;
                }
            }
            if let Some(&(at, _)) = chars.peek() {
                ends.push(at);
            }
        }
    }
    ends
}

/// How many parts `text` can be split into with none empty: its sentences (at least one).
pub fn sentences(text: &str) -> usize {
    sentence_ends(text).len() + 1
}

/// Part `index` (from 0) of `text` split into `count` parts of about the same length, each
/// ending at a sentence end (with the spaces after it) where the text has one. The parts,
/// joined, are the text; a part past the end, or of a text with fewer sentences than parts,
/// may be empty.
pub fn part(text: &str, index: usize, count: usize) -> &str {
    let count = count.max(1);
    if index >= count {
        return "";
    }
    let ends = sentence_ends(text);
    let total = text.chars().count();
    // Each cut at the sentence end nearest its share of the text, after the cut before it
    // and leaving a sentence end for each cut after it, so no part is empty while there are
    // sentences enough.
    let mut cuts = Vec::with_capacity(count - 1);
    let mut from = 0;
    for k in 0..count - 1 {
        let goal = total * (k + 1) / count;
        // The ends the cuts after this one need, while there are enough for all of them.
        let needed_after = count - 2 - k;
        let last = if ends.len().saturating_sub(from) > needed_after {
            ends.len() - needed_after
        } else {
            ends.len()
        };
        let nearest = (from..last).min_by_key(|&j| text[..ends[j]].chars().count().abs_diff(goal));
        match nearest {
            Some(j) => {
                cuts.push(ends[j]);
                from = j + 1;
            }
            None => {
                cuts.push(text.len());
                from = ends.len();
            }
        }
    }
    let start = if index == 0 { 0 } else { cuts[index - 1] };
    let end = cuts.get(index).copied().unwrap_or(text.len()).max(start);
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_name_is_shown_without_its_spaces_and_a_blank_one_not_at_all() {
        assert_eq!(name_to_show("  王阿姨 "), Some("王阿姨"));
        assert_eq!(name_to_show("\u{3000}李 伯\t"), Some("李 伯"));
        assert_eq!(name_to_show(" \u{3000}\n"), None);
        assert_eq!(name_to_show(""), None);
    }

    #[test]
    fn lines_break_between_chinese_characters_and_words() {
        let fits = |line: &str| line.chars().count() <= 4;
        assert_eq!(wrap("懂权利识骗局", fits), vec!["懂权利识", "骗局"]);
        assert_eq!(wrap("ab cd ef", fits), vec!["ab", "cd", "ef"]);
        assert_eq!(wrap("ཀ་ཁ་ག་", fits), vec!["ཀ་ཁ་", "ག་"]);
        assert_eq!(wrap("", fits), vec![""]);
    }

    #[test]
    fn a_word_longer_than_the_line_gets_a_line_of_its_own() {
        let fits = |line: &str| line.chars().count() <= 3;
        assert_eq!(wrap("a longword b", fits), vec!["a", "longword", "b"]);
    }

    #[test]
    fn a_passage_splits_at_sentence_ends_into_parts_that_join_to_it() {
        let text = "第一句很长很长很长很长。第二句！第三句？第四句。";
        assert_eq!(part(text, 0, 1), text);
        assert_eq!(part(text, 0, 2), "第一句很长很长很长很长。");
        assert_eq!(part(text, 1, 2), "第二句！第三句？第四句。");
        assert_eq!(part(text, 2, 2), "");
        let tibetan = "ཁྱེད་ཀྱི་ཨང་གྲངས་སྐུལ། ང་ཚོ་ལས་ཁུངས་ཡིན། དངུལ་སྤྲོད་རོགས།";
        let halves = [part(tibetan, 0, 2), part(tibetan, 1, 2)];
        assert_eq!(halves.concat(), tibetan);
        assert!(halves[0].ends_with("། "), "{halves:?}");
        let uyghur = "بۇ بىر. ئىككى؟ ئۈچ.";
        assert_eq!(
            [part(uyghur, 0, 3), part(uyghur, 1, 3), part(uyghur, 2, 3)].concat(),
            uyghur
        );
        assert_eq!(
            part("no ends at all", 1, 2),
            "",
            "one sentence cannot be split"
        );
        assert_eq!(sentences("no ends at all"), 1);
        assert_eq!(sentences(text), 4);
        assert_eq!(sentences(uyghur), 3);
        assert_eq!(sentences(""), 1);
        // A long first sentence never leaves a part empty while there are sentences enough.
        let uneven = format!("{}。短。短。", "长".repeat(100));
        let three: Vec<&str> = (0..3).map(|index| part(&uneven, index, 3)).collect();
        assert!(three.iter().all(|part| !part.is_empty()), "{three:?}");
        assert_eq!(three.concat(), uneven);
    }
}
