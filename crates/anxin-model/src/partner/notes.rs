//! The notes a check finds, at most so many listed, and the words they are written in (a
//! typo's likely field, hidden characters, clipped values, floored ratios).

use super::*;
use crate::json::Json;

/// The notes found so far, at most [`MAX_NOTES`] of them listed.
#[derive(Default)]
pub(super) struct Notes {
    listed: Vec<Note>,
    more_errors: usize,
    more_warnings: usize,
}

impl Notes {
    fn add(&mut self, field: &str, severity: Severity, message: String) {
        if self.listed.len() < MAX_NOTES {
            self.listed.push(Note {
                field: field.to_owned(),
                severity,
                message,
            });
        } else if severity == Severity::Error {
            self.more_errors += 1;
        } else {
            self.more_warnings += 1;
        }
    }

    pub(super) fn error(&mut self, field: &str, message: String) {
        self.add(field, Severity::Error, message);
    }

    pub(super) fn warning(&mut self, field: &str, message: String) {
        self.add(field, Severity::Warning, message);
    }

    /// The listed notes, and one more that counts those left out.
    pub(super) fn finish(mut self) -> Vec<Note> {
        let more = self.more_errors + self.more_warnings;
        if more > 0 {
            self.listed.push(Note {
                field: String::new(),
                severity: if self.more_errors > 0 {
                    Severity::Error
                } else {
                    Severity::Warning
                },
                message: words!("{more} more problems, not listed: fix these first"),
            });
        }
        self.listed
    }
}

pub(super) fn unknown_field(key: &str, known: &[&str]) -> String {
    let close = known
        .iter()
        .find(|name| name.eq_ignore_ascii_case(key) || edits(name, key) <= 2);
    let hint = close
        .map(|name| words!("did you mean \"{name}\"? "))
        .unwrap_or_default();
    words!(
        "{} is not a field here: {hint}the fields are {}",
        shown(key),
        known.join(", ")
    )
}

/// The edit distance between `a` and `b`, counted only while it is small: anything over 2
/// counts as 3.
pub(super) fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 || b.len() > 40 {
        return 3;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substituted = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()].min(3)
}

/// A control character (C0, DEL, C1) or a direction control (the Unicode Bidi_Control set),
/// which could hide text or show it in a misleading order.
pub(super) fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

pub(super) fn hidden_problem(c: char) -> String {
    let what = if c.is_control() {
        "the control character"
    } else {
        "the direction control"
    };
    words!(
        "contains {what} U+{:04X}, which can hide text or show it in a misleading order: \
         remove it",
        u32::from(c)
    )
}

pub(super) fn too_long(text: &str, limit: usize) -> String {
    words!(
        "{} is {} characters long; at most {limit} are allowed",
        shown(text),
        text.chars().count()
    )
}

/// What a JSON value is, for "must be …, not …".
pub(super) fn kind(value: &Json) -> &'static str {
    match value {
        Json::Null => "null",
        Json::Bool(true) => "true",
        Json::Bool(false) => "false",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "a list [ … ]",
        Json::Object(_) => "an object { … }",
    }
}

/// `text` quoted for a note (see [`clip`]).
pub(super) fn shown(text: &str) -> String {
    words!("\"{}\"", clip(text))
}

/// `text` for a note: at most [`SHOWN_CHARS`] characters, and every quote, backslash, control
/// and direction control escaped, so a hostile value cannot garble the message.
pub(super) fn clip(text: &str) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == SHOWN_CHARS {
            out.push('…');
            break;
        }
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if is_hidden(c) => out.push_str(&words!("\\u{{{:04X}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// A key as it stands in a field path: as written when it is a plain name, else quoted.
pub(super) fn shown_key(key: &str) -> String {
    let plain = !key.is_empty()
        && key.chars().count() <= SHOWN_CHARS
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '$'));
    if plain {
        key.to_owned()
    } else {
        shown(key)
    }
}

/// A contrast ratio to one decimal, rounded down, so a ratio just under a limit never reads
/// as the limit (`4.4` for 4.499).
pub fn floored(ratio: f64) -> String {
    words!("{:.1}", (ratio * 10.0).floor() / 10.0)
}

/// How much of a logo file is read to see whether it is an SVG.
const LOGO_SNIFF_BYTES: usize = 64 * 1024;

/// What is wrong with the logo file the partner file names (`logo`, its path), given its bytes,
/// or `None` when it could not be read (missing, unreadable, HTTP error): the same note
/// whether `scripts/check-partner` reads the file beside the partner file or the playground
/// fetches it from the deployment.
pub fn logo_problem(logo: &str, file: Option<&[u8]>) -> Option<Note> {
    let message = match file {
        None => words!("there is no readable file {logo} beside the partner file"),
        Some(bytes) => {
            let head =
                String::from_utf8_lossy(&bytes[..bytes.len().min(LOGO_SNIFF_BYTES)]).to_lowercase();
            if !head.contains("<svg") {
                words!("{logo} does not look like an SVG file: it has no <svg element")
            } else if head.contains("<script")
                || head.contains("javascript:")
                || head.contains("<foreignobject")
            {
                words!(
                    "{logo} contains a script or embedded HTML: shown as an image it would not \
                     run, but opened on its own it would run on this site; remove it"
                )
            } else {
                return None;
            }
        }
    };
    Some(Note {
        field: "logo".to_owned(),
        severity: Severity::Error,
        message,
    })
}
