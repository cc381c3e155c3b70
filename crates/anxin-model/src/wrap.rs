//! Breaking a line of text to a width, for text drawn outside the page's layout (the
//! certificate image). Works for Chinese, Tibetan and space-separated scripts.

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
}
