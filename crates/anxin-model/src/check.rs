//! The message checker (`view=check`): which of the known warning signs
//! (`anxin_content::signs`) a received message shows, and where in it. A rule check: it never
//! knows who sent a message, so it never says one is safe; [`Findings`] has no such answer.
//!
//! The text is folded first ([`fold`]): spaces and invisible marks out (line breaks stay, as
//! sentence ends), full-width letters and digits to ASCII, traditional characters and
//! Cantonese colloquial forms to the simplified Mandarin the patterns are written in, each
//! folded character remembering the bytes of the original it came from, so that what is found
//! is highlighted in the message as received. The patterns are found in one walk over the
//! folded text, trying at each character only those that can start with it, each try bounded
//! by the pattern's length and [`signs::GAP`], so the time grows linearly with the message.

mod fold;
pub mod notes;
mod number;

pub use fold::{fold, Folded};

use anxin_content::signs::{self, Finder, Sign, SIGNS};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The longest message checked, in characters; the rest of a longer one is not looked at (the
/// screen says so).
pub const MAX_CHARS: usize = 100_000;

/// One sign found, with where it shows in the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The sign.
    pub sign: &'static Sign,
    /// The byte ranges of the message that show it, in order and apart; empty for a sign that
    /// the person picked from what a caller said.
    pub spans: Vec<Range<usize>>,
}

/// What a check found: the signs, in the order of [`SIGNS`]. There is no verdict of "safe":
/// with no sign found, all it can say is that it found none of the signs it knows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    /// The signs found.
    pub found: Vec<Found>,
    /// Whether the message was longer than [`MAX_CHARS`] and only its start was checked.
    pub cut: bool,
}

/// What a check can say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// This many known signs were found.
    SignsFound(usize),
    /// None of the known signs was found, which does not make the message safe.
    NoneOfTheKnownSigns,
}

impl Findings {
    /// What the check can say of the message.
    pub fn verdict(&self) -> Verdict {
        match self.found.len() {
            0 => Verdict::NoneOfTheKnownSigns,
            count => Verdict::SignsFound(count),
        }
    }

    /// The ids of the signs found, in order.
    pub fn ids(&self) -> Vec<&'static str> {
        self.found.iter().map(|found| found.sign.id).collect()
    }

    /// The message cut into pieces at the edges of what was found, each with the ids of the
    /// signs it shows (none for the text between): the view marks the pieces with signs.
    pub fn pieces(&self, text: &str) -> Vec<(Range<usize>, Vec<&'static str>)> {
        let end = checked_len(text);
        let mut edges = vec![0, end];
        for found in &self.found {
            for span in &found.spans {
                edges.extend([span.start.min(end), span.end.min(end)]);
            }
        }
        edges.sort_unstable();
        edges.dedup();
        let mut pieces: Vec<(Range<usize>, Vec<&'static str>)> = Vec::new();
        for pair in edges.windows(2) {
            let piece = pair[0]..pair[1];
            let ids: Vec<&'static str> = self
                .found
                .iter()
                .filter(|found| {
                    found
                        .spans
                        .iter()
                        .any(|span| span.start <= piece.start && piece.end <= span.end)
                })
                .map(|found| found.sign.id)
                .collect();
            match pieces.last_mut() {
                Some((last, last_ids)) if *last_ids == ids => last.end = piece.end,
                _ => pieces.push((piece, ids)),
            }
        }
        if end < text.len() {
            pieces.push((end..text.len(), Vec::new()));
        }
        pieces
    }
}

/// How many bytes of `text` are checked: its first [`MAX_CHARS`] characters.
fn checked_len(text: &str) -> usize {
    text.char_indices()
        .nth(MAX_CHARS)
        .map_or(text.len(), |(at, _)| at)
}

/// Checks a message, with the signs the person picked from what a caller said (`said`, sign
/// ids; unknown ones are ignored) and the numbers that are not unknown besides the public
/// ones (the partner's hotline).
pub fn check(text: &str, said: &[&str], known_numbers: &[&str]) -> Findings {
    let checked = &text[..checked_len(text)];
    let folded = fold(checked);
    let mut by_words = find_words(&folded.chars);
    let found = SIGNS
        .iter()
        .zip(by_words.iter_mut())
        .filter_map(|(sign, words)| {
            let spans = match sign.finder {
                Finder::Words { .. } => folded.origin_of(std::mem::take(words)),
                Finder::Link => folded.origin_of(find_links(&folded)),
                Finder::UnknownNumber => {
                    folded.origin_of(number::find_unknown(&folded, known_numbers))
                }
            };
            let picked = said.contains(&sign.id);
            (!spans.is_empty() || picked).then_some(Found { sign, spans })
        })
        .collect();
    Findings {
        found,
        cut: checked.len() < text.len(),
    }
}

/// Makes ready what every check uses (the compiled patterns), so the first check a person
/// asks for is as quick as the next.
pub fn prepare() {
    compiled();
}

/// Every match of every sign's patterns in folded text, by sign in the order of [`SIGNS`]:
/// one walk over the text, trying at each character only the patterns that can start with it.
fn find_words(chars: &[char]) -> Vec<Vec<Range<usize>>> {
    let compiled = compiled();
    let mut found: Vec<Vec<Range<usize>>> = vec![Vec::new(); SIGNS.len()];
    // Where each pattern may next match: its matches never overlap.
    let mut next: Vec<Vec<usize>> = compiled
        .patterns
        .iter()
        .map(|patterns| vec![0; patterns.len()])
        .collect();
    for at in 0..chars.len() {
        let Some(starting) = compiled.starting.get(&chars[at]) else {
            continue;
        };
        for &(sign, pattern) in starting {
            if at < next[sign][pattern] {
                continue;
            }
            let negatable = matches!(
                SIGNS[sign].finder,
                Finder::Words {
                    negatable: true,
                    ..
                }
            );
            if let Some(range) = compiled.patterns[sign][pattern].match_at(chars, at, negatable) {
                next[sign][pattern] = range.end;
                found[sign].push(range);
            }
        }
    }
    found
}

/// One term of a pattern: the alternatives that may stand at its place.
#[derive(Debug)]
enum Term {
    /// Any of these words.
    Words(Vec<Vec<char>>),
    /// A figure: digits (with a decimal point), or Chinese numerals.
    Figure,
}

/// A pattern, compiled from its text in [`signs`].
#[derive(Debug)]
struct Pattern {
    terms: Vec<Term>,
}

/// Every sign's patterns compiled, and which can start with each character.
struct Compiled {
    /// Each sign's patterns, in the order of [`SIGNS`] (none for signs not found by words).
    patterns: Vec<Vec<Pattern>>,
    /// For each character some pattern's first term can start with, those patterns (by sign
    /// and pattern), each once.
    starting: HashMap<char, Vec<(usize, usize)>>,
    /// The words of refusal, and the words that hold one without refusing.
    refusals: Refusals,
}

/// [`signs::REFUSALS`] and [`NOT_REFUSALS`] as characters.
struct Refusals {
    refusals: Vec<Vec<char>>,
    not_refusals: Vec<Vec<char>>,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let patterns: Vec<Vec<Pattern>> = SIGNS
            .iter()
            .map(|sign| match sign.finder {
                Finder::Words { patterns, .. } => {
                    let drafts = signs::DRAFTS
                        .iter()
                        .filter(|(id, _)| *id == sign.id)
                        .flat_map(|(_, drafts)| drafts.iter());
                    patterns
                        .iter()
                        .chain(drafts)
                        .map(|p| Pattern::new(p))
                        .collect()
                }
                Finder::Link | Finder::UnknownNumber => Vec::new(),
            })
            .collect();
        let mut starting: HashMap<char, Vec<(usize, usize)>> = HashMap::new();
        for (sign, sign_patterns) in patterns.iter().enumerate() {
            for (index, pattern) in sign_patterns.iter().enumerate() {
                for first in pattern.first_chars() {
                    let list = starting.entry(first).or_default();
                    if !list.contains(&(sign, index)) {
                        list.push((sign, index));
                    }
                }
            }
        }
        let chars = |words: &[&str]| -> Vec<Vec<char>> {
            words.iter().map(|word| word.chars().collect()).collect()
        };
        let refusals = Refusals {
            refusals: chars(signs::REFUSALS),
            not_refusals: chars(NOT_REFUSALS),
        };
        Compiled {
            patterns,
            starting,
            refusals,
        }
    })
}

/// Characters no gap reaches across: the ends of sentences.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n')
}

/// The Chinese numerals a figure may be written with.
const CHINESE_NUMERALS: &str = "一二两三四五六七八九十百千万零";

fn is_figure(c: char) -> bool {
    c.is_ascii_digit() || CHINESE_NUMERALS.contains(c)
}

impl Pattern {
    /// Compiles a pattern's text (see [`signs`]): terms split at `…`, alternatives at `|`,
    /// folded as messages are.
    fn new(text: &str) -> Pattern {
        let terms = text
            .split('…')
            .map(|term| match term {
                "#" => Term::Figure,
                words => Term::Words(words.split('|').map(|word| fold(word).chars).collect()),
            })
            .collect();
        Pattern { terms }
    }

    /// The length of the term's match at `at`, if it matches there.
    fn term_at(term: &Term, chars: &[char], at: usize) -> Option<usize> {
        match term {
            Term::Words(words) => words
                .iter()
                .find(|word| !word.is_empty() && chars[at..].starts_with(word))
                .map(Vec::len),
            Term::Figure => {
                let run = chars[at..]
                    .iter()
                    .take_while(|&&c| is_figure(c) || c == '.')
                    .count();
                (run > 0 && is_figure(chars[at])).then_some(run)
            }
        }
    }

    /// Where the terms after the first follow within their gaps from `end`: the match's end,
    /// the last term standing at the first place `last_fits` takes.
    fn rest_from(
        &self,
        chars: &[char],
        mut end: usize,
        last_fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let last = self.terms.len() - 1;
        for (index, term) in self.terms.iter().enumerate().skip(1) {
            let (start, len) = (end..chars.len())
                .take(signs::GAP + 1)
                .take_while(|&at| at == end || !ends_sentence(chars[at - 1]))
                .filter(|&at| index < last || last_fits(at))
                .find_map(|at| Pattern::term_at(term, chars, at).map(|len| (at, len)))?;
            end = start + len;
        }
        Some(end)
    }

    /// The characters a match can start with: the first of each word of the first term.
    fn first_chars(&self) -> Vec<char> {
        match self.terms.first() {
            Some(Term::Words(words)) => words
                .iter()
                .filter_map(|word| word.first().copied())
                .collect(),
            Some(Term::Figure) => ('0'..='9').chain(CHINESE_NUMERALS.chars()).collect(),
            None => Vec::new(),
        }
    }

    /// The match starting at `at`, as a range of folded characters, if there is one; with
    /// `negatable`, a refusal just before its first term cancels it, and one just before its
    /// last term passes that place over for a later one ("验证码不要告诉别人，只告诉我").
    fn match_at(&self, chars: &[char], at: usize, negatable: bool) -> Option<Range<usize>> {
        if negatable && refused_before(chars, at) {
            return None;
        }
        let first = Pattern::term_at(self.terms.first()?, chars, at)?;
        let last_fits = |start: usize| !(negatable && refused_before(chars, start));
        let end = match self.terms.len() {
            1 => at + first,
            _ => self.rest_from(chars, at + first, last_fits)?,
        };
        Some(at..end)
    }
}

/// How many characters before a term a refusal may stand to cancel it (请勿, 千万不要).
const REFUSAL_REACH: usize = 4;

/// Words that hold 别 without refusing anything.
const NOT_REFUSALS: &[&str] = &[
    "别人", "特别", "区别", "分别", "个别", "类别", "级别", "告别",
];

/// Whether a word of refusal ends within [`REFUSAL_REACH`] characters before `at`, in the same
/// sentence, and is not part of a word that refuses nothing (别人, 特别).
fn refused_before(chars: &[char], at: usize) -> bool {
    let from = (at.saturating_sub(REFUSAL_REACH)..at)
        .rev()
        .take_while(|&before| !ends_sentence(chars[before]))
        .last()
        .unwrap_or(at);
    let words = &compiled().refusals;
    (from..at).any(|place| {
        words.refusals.iter().any(|refusal| {
            chars[place..at].starts_with(refusal)
                && !words.not_refusals.iter().any(|word| {
                    (0..word.len()).any(|k| {
                        k <= place
                            && word[k..].starts_with(refusal)
                            && chars[place - k..].starts_with(word)
                    })
                })
        })
    })
}

/// The endings of web addresses that mark a word with dots as one (`abc.cn`, `t.cn/x`).
const TOP_LEVEL_DOMAINS: &[&str] = &[
    "com", "cn", "net", "org", "top", "xyz", "vip", "cc", "me", "io", "info", "club", "site",
    "online", "app", "link", "ly", "gl", "co", "hk", "mo", "tw", "tk", "shop", "live", "pro",
    "win", "wang", "ink", "fun", "icu", "cyou", "sbs", "life", "asia", "work", "ren", "la",
];

fn is_address_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~/?#=&%:+@".contains(c)
}

/// Web addresses and short links in folded text: a word with `://`, one starting `www.`, or
/// labels joined by dots ending in a known ending; a word never runs across a space.
fn find_links(folded: &Folded) -> Vec<Range<usize>> {
    let chars = &folded.chars;
    let mut links = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if !is_address_char(chars[at]) {
            at += 1;
            continue;
        }
        let mut end = at + 1;
        while end < chars.len() && is_address_char(chars[end]) && folded.touching(end - 1, end) {
            end += 1;
        }
        let word: String = chars[at..end].iter().collect();
        let word = word.trim_end_matches(['.', ':', '?', '#', '&', '=', '-', '/', '+']);
        if is_address(word) {
            links.push(at..at + word.chars().count());
        }
        at = end;
    }
    links
}

fn is_address(word: &str) -> bool {
    if word.contains("://") || word.starts_with("www.") {
        return true;
    }
    let host = word.split(['/', '?', '#', ':']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels[..labels.len() - 1]
            .iter()
            .any(|label| label.chars().any(|c| c.is_ascii_alphabetic()) || label.len() > 3)
        && TOP_LEVEL_DOMAINS.contains(labels.last().unwrap_or(&""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<&'static str> {
        check(text, &[], &[]).ids()
    }

    #[test]
    fn every_pattern_compiles_to_terms_of_words() {
        for (sign, patterns) in SIGNS.iter().zip(&compiled().patterns) {
            for pattern in patterns {
                assert!(!pattern.terms.is_empty(), "{}", sign.id);
                if let Term::Words(words) = &pattern.terms[0] {
                    assert!(words.iter().all(|w| !w.is_empty()), "{}", sign.id);
                } else {
                    panic!("{}: a pattern starts with words", sign.id);
                }
            }
        }
    }

    #[test]
    fn every_draft_is_of_a_sign_found_by_words() {
        for (id, drafts) in signs::DRAFTS {
            let sign = signs::find(id).unwrap_or_else(|| panic!("no sign {id}"));
            assert!(matches!(sign.finder, Finder::Words { .. }), "{id}");
            assert!(!drafts.is_empty(), "{id}");
        }
    }

    #[test]
    fn a_refusal_cancels_a_request_for_the_code() {
        assert_eq!(
            ids("您的验证码为482913，请勿告诉他人。"),
            Vec::<&str>::new()
        );
        assert_eq!(ids("把手机收到的验证码念给我听一下"), ["code-asked"]);
        assert_eq!(ids("唔該讀畀我聽個驗證碼"), ["code-asked"]);
        assert_eq!(ids("请勿将验证码告诉他人"), Vec::<&str>::new());
        let asked = ids("验证码不要告诉别人，只告诉我");
        assert!(
            asked.contains(&"code-asked"),
            "a later request is still one: {asked:?}"
        );
        assert_eq!(
            ids("客服特别提醒：验证码报给我"),
            ["code-asked"],
            "特别 refuses nothing"
        );
        assert_eq!(ids("明天去派出所注销户口"), Vec::<&str>::new());
        assert_eq!(
            ids("全额\n退保的事"),
            Vec::<&str>::new(),
            "no pattern across a line"
        );
    }

    #[test]
    fn links_and_numbers_are_found_in_any_script() {
        assert_eq!(ids("详情点 t.cn/A6xYz 办理"), ["link"]);
        assert_eq!(ids("ئۇلىنىش: https://example.top/a"), ["link"]);
        assert_eq!(ids("利率是3.5%，版本2.0"), Vec::<&str>::new());
        assert_eq!(
            ids("this is cool. Me too"),
            Vec::<&str>::new(),
            "no word across a space"
        );
        assert_eq!(ids("会议室 2301 分机 6688"), Vec::<&str>::new());
        assert_eq!(ids("请拨打 138 1234 5678"), ["unknown-number"]);
        assert_eq!(ids("有疑问请拨打12378或96110"), Vec::<&str>::new());
        assert_eq!(ids("金额13812345678.00元"), Vec::<&str>::new());
        let partner = check("请拨打 400-800-1234", &[], &["4008001234"]);
        assert!(partner.found.is_empty());
    }

    #[test]
    fn pieces_mark_what_was_found_in_the_message_as_received() {
        let text = "您好！您那份保險買虧了，我哋幫您全額退返。";
        let findings = check(text, &[], &[]);
        assert_eq!(findings.ids(), ["full-refund"]);
        let marked: Vec<&str> = findings
            .pieces(text)
            .into_iter()
            .filter(|(_, ids)| !ids.is_empty())
            .map(|(range, _)| &text[range])
            .collect();
        assert_eq!(marked, ["買虧了", "全額退返"]);
        let whole: String = findings
            .pieces(text)
            .into_iter()
            .map(|(r, _)| &text[r])
            .collect();
        assert_eq!(whole, text);
    }

    #[test]
    fn a_sign_picked_from_a_call_is_found_without_a_place() {
        let findings = check("", &["full-refund", "no-such-sign"], &[]);
        assert_eq!(findings.ids(), ["full-refund"]);
        assert_eq!(findings.verdict(), Verdict::SignsFound(1));
        assert_eq!(check("", &[], &[]).verdict(), Verdict::NoneOfTheKnownSigns);
    }

    #[test]
    fn a_long_message_is_checked_up_to_the_limit() {
        let text = format!("{}保本保息", "好".repeat(MAX_CHARS));
        let findings = check(&text, &[], &[]);
        assert!(findings.cut && findings.found.is_empty());
        let whole: String = findings
            .pieces(&text)
            .into_iter()
            .map(|(r, _)| &text[r])
            .collect();
        assert_eq!(whole, text);
    }
}
