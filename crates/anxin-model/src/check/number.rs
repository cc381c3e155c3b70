//! Phone numbers in folded text that are none of the public numbers the app shows
//! (`anxin_content::help::PUBLIC_NUMBERS`) nor a number the caller names as known (the
//! partner's hotline): mobile numbers, numbers with an area code, 400 and 800 numbers and the
//! five-digit service numbers.

use super::Folded;
use anxin_content::help::PUBLIC_NUMBERS;
use std::ops::Range;

/// Runs of digits (joined by single `-`, or by spaces, which folding drops) that read as
/// phone numbers and are not known.
pub fn find_unknown(folded: &Folded, known: &[&str]) -> Vec<Range<usize>> {
    let chars = &folded.chars;
    // Whether two folded characters stood side by side in the message (no space between).
    let touching =
        |left: usize, right: usize| folded.origin[left].end == folded.origin[right].start;
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if !chars[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let mut end = at;
        while end < chars.len()
            && (chars[end].is_ascii_digit()
                || (chars[end] == '-'
                    && end + 1 < chars.len()
                    && chars[end + 1].is_ascii_digit()
                    && chars[end - 1].is_ascii_digit()))
        {
            end += 1;
        }
        let digits: String = chars[at..end]
            .iter()
            .filter(|c| c.is_ascii_digit())
            .collect();
        let before = at
            .checked_sub(1)
            .filter(|&i| touching(i, at))
            .map(|i| chars[i]);
        let after = chars.get(end).copied().filter(|_| touching(end - 1, end));
        let joined_to_more = before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.')
            || after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '%');
        let money = before.is_some_and(|c| "¥￥$".contains(c))
            || after.is_some_and(|c| "元块圆万".contains(c));
        let digits = digits
            .strip_prefix("86")
            .filter(|rest| rest.len() == 11 && before == Some('+'))
            .unwrap_or(&digits);
        // Groups of digits a space set apart join only into a mobile, 400/800 or area-code
        // number (138 1234 5678), never into a short one (分机 2301 6688).
        let spaced = (at + 1..end).any(|i| !touching(i - 1, i));
        let shaped = !spaced || digits.len() >= 10;
        if !joined_to_more && !money && shaped && is_phone(digits) && !is_known(digits, known) {
            found.push(at..end);
        }
        at = end;
    }
    found
}

/// Whether a run of digits has the shape of a phone number.
fn is_phone(digits: &str) -> bool {
    let starts = |prefix: &str| digits.starts_with(prefix);
    match digits.len() {
        11 if starts("1") => digits.as_bytes()[1] >= b'3',
        10 if starts("400") || starts("800") => true,
        10..=12 if starts("0") => true,
        5 => ["95", "96", "10", "12"].iter().any(|prefix| starts(prefix)),
        // Hong Kong's eight-digit numbers (not a date's 19xx or 20xx).
        8 => b"235689".contains(&digits.as_bytes()[0]) && !starts("19") && !starts("20"),
        _ => false,
    }
}

/// Whether the number is a public one or one the caller names.
fn is_known(digits: &str, known: &[&str]) -> bool {
    PUBLIC_NUMBERS.contains(&digits)
        || known.iter().any(|number| {
            let known_digits: String = number.chars().filter(char::is_ascii_digit).collect();
            known_digits == digits
        })
}
