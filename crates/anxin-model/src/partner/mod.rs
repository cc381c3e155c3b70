//! The embedding partner's file, `partner.json` beside `index.html`: read with
//! [`Json`](crate::json::Json) and checked against the rules of version 1, which
//! `schemas/partner.schema.json` mirrors as far as a schema can. Every problem is a [`Note`] that
//! names the field and says, in words a partner's developer understands, what is wrong and what
//! would be right. A file with any error is refused as a whole; warnings keep the file but say what
//! it will not do.
//!
//! Nothing in the file reaches a style but the two brand colours, and only when they pass
//! the contrast check: type sizes and target sizes are not the file's to set.
//!
//! Split by stage, as the rules are met: this file holds the types, the limits and the entry
//! ([`Partner::check`]); `read` reads the file field by field; `origin` holds the origin rules
//! (what `hosts` may list, where events may go); `notes` gathers the notes and writes their
//! words.

/// A note's words for people (check-partner, the playground's checker, the tests). The app in
/// the browser only needs whether a file is valid and which fields are not, so in its wasm the
/// words are left out, with the code that writes them (ratios with decimals among it): the
/// console names the fields, and `scripts/check-partner` the problems. The playground's
/// checker, a wasm of its own, asks for them with the feature `words`.
macro_rules! words {
    ($($arg:tt)*) => {
        if cfg!(all(target_arch = "wasm32", not(feature = "words"))) {
            String::new()
        } else {
            format!($($arg)*)
        }
    };
}

mod notes;
mod origin;
mod read;

use super::locale::Locale;

use notes::Notes;
pub use notes::{floored, logo_problem};
pub use origin::is_origin;
pub(crate) use origin::{origin_problem, Http};
use read::read;

/// Whether a partner file's text is the general build's `null`: no partner, and nothing to
/// check.
pub fn is_general_build(text: &str) -> bool {
    text.trim() == "null"
}

/// The largest partner file read; a larger one is refused before it is parsed.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

/// Every top-level field a version-1 file may have, in the schema's order.
pub const FIELDS: [&str; 11] = [
    "$schema",
    "version",
    "name",
    "hotline",
    "website",
    "hosts",
    "colors",
    "logo",
    "featured",
    "languages",
    "share-score",
];

/// The longest name, in characters.
pub(super) const MAX_TEXT_CHARS: usize = 80;
/// The longest address (`$schema`, `website`, `logo`, each of `hosts`), in characters.
pub(super) const MAX_ADDRESS_CHARS: usize = 200;
/// The most entries an array may have.
pub(super) const MAX_ITEMS: usize = 20;
/// The fewest and most digits of a hotline.
pub(super) const HOTLINE_DIGITS: std::ops::RangeInclusive<usize> = 3..=15;
/// The most notes listed; the rest are counted in one last note.
pub(super) const MAX_NOTES: usize = 50;
/// The most characters of a value quoted in a note.
pub(super) const SHOWN_CHARS: usize = 40;

/// A valid partner file, as the app uses it.
#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    /// The partner's name in each language the file gives, in the order of [`Locale::ALL`];
    /// Mandarin is always there.
    pub names: Vec<(Locale, String)>,
    /// The customer hotline, digits only.
    pub hotline: String,
    /// The partner's own `https://` website.
    pub website: Option<String>,
    /// Brand colours that passed the contrast check.
    pub colors: Option<BrandColors>,
    /// The logo: a relative path to an `.svg`, from the folder of `partner.json`.
    pub logo: Option<String>,
    /// The exact origins allowed to embed the app and to exchange messages with it.
    pub hosts: Vec<String>,
    /// Ids of the cases to show first.
    pub featured_cases: Vec<String>,
    /// Ids of the quiz topics to show first.
    pub featured_topics: Vec<String>,
    /// The languages offered, in the file's order; [`Locale::ALL`] when the file has none.
    pub languages: Vec<Locale>,
    /// Whether a person may choose to share a quiz score, or how many warning signs a message
    /// check found, with the partner.
    pub share_score: bool,
}

/// The partner's brand colours: a background and the text drawn on it.
#[derive(Clone, Debug, PartialEq)]
pub struct BrandColors {
    /// The brand colour, `#rrggbb` in lower case.
    pub brand: String,
    /// The colour of text on the brand colour, `#rrggbb` in lower case.
    pub on_brand: String,
    /// Their contrast ratio, measured.
    pub ratio: f64,
    /// Whether 长辈版 may use them too: the ratio is at least 7:1.
    pub in_elder: bool,
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The file is refused.
    Error,
    /// The file is used, but the note says what it will not do.
    Warning,
}

/// One problem in a partner file.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// Where: a field path such as `colors.brand` or `hosts[2]`; empty for the file as a whole.
    pub field: String,
    /// Whether the file is refused for it.
    pub severity: Severity,
    /// What is wrong and what would be right, in plain words, written to follow the field:
    /// `hotline: must be a string of digits, not a number` (see the `Display` form).
    pub message: String,
}

impl std::fmt::Display for Note {
    /// `field: message`, or the message alone for the file as a whole.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

/// What checking a partner file found.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The partner, exactly when no note is an error.
    pub partner: Option<Partner>,
    /// Every problem, in the order of the file's fields.
    pub notes: Vec<Note>,
}

impl Partner {
    /// Reads and checks the text of a partner file (a leading byte-order mark is skipped, as
    /// browsers skip it). The partner is `Some` exactly when no note is an
    /// [`Severity::Error`]; any text at all gives an answer, never a panic.
    pub fn check(text: &str) -> Checked {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut notes = Notes::default();
        let partner = read(text, &mut notes);
        let notes = notes.finish();
        let refused = notes.iter().any(|note| note.severity == Severity::Error);
        Checked {
            partner: if refused { None } else { partner },
            notes,
        }
    }

    /// The partner's name in `locale`, else in the next language of its fallback chain (which
    /// ends in Mandarin, a name every valid file has).
    pub fn name(&self, locale: Locale) -> &str {
        locale
            .chain()
            .into_iter()
            .find_map(|wanted| self.names.iter().find(|(locale, _)| *locale == wanted))
            .map_or("", |(_, name)| name)
    }

    /// Whether the page at `origin` (as the browser writes it, `https://m.example.cn`) is one
    /// of the hosts: the origins must match exactly.
    pub fn allows_host(&self, origin: &str) -> bool {
        self.hosts.iter().any(|host| host == origin)
    }

    /// Whether the app is offered in `locale`.
    pub fn offers(&self, locale: Locale) -> bool {
        self.languages.contains(&locale)
    }
}

#[cfg(test)]
mod tests {
    use super::notes::*;
    use super::origin::*;

    use super::*;

    #[test]
    fn a_logo_file_must_be_there_and_be_a_plain_svg() {
        let message =
            |bytes: Option<&[u8]>| logo_problem("partner/logo.svg", bytes).map(|n| n.message);
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>"#;
        assert_eq!(message(Some(svg)), None);
        assert!(message(None).is_some_and(|m| m.contains("no readable file partner/logo.svg")));
        assert!(message(Some(b"\x89PNG")).is_some_and(|m| m.contains("no <svg element")));
        let scripted = br#"<svg><script>alert(1)</script></svg>"#;
        assert!(message(Some(scripted)).is_some_and(|m| m.contains("contains a script")));
    }

    #[test]
    fn only_the_general_builds_null_means_no_partner() {
        for text in ["null", " null\n"] {
            assert!(is_general_build(text), "{text:?}");
        }
        for text in ["", "{}", "NULL", "nul", "[null]"] {
            assert!(!is_general_build(text), "{text:?}");
        }
    }

    #[test]
    fn origins_are_written_as_browsers_write_them() {
        for origin in [
            "https://m.example-insurer.cn",
            "https://example.cn:8443",
            "http://localhost",
            "http://localhost:8080",
            "http://127.0.0.1:4173",
        ] {
            assert!(is_origin(origin), "{origin}");
        }
        for not in [
            "*",
            "",
            "null",
            "m.example.cn",
            "https://",
            "https://m.example.cn/",
            "https://m.example.cn/path",
            "https://M.Example.cn",
            "https://m.example.cn:443",
            "http://localhost:80",
            "https://m.example.cn:0443",
            "https://m.example.cn:65536",
            "https://user@m.example.cn",
            "https://-bad.cn",
            "https://a..cn",
            "http://m.example.cn",
            "javascript:alert(1)",
            "https://例子.cn",
        ] {
            assert!(!is_origin(not), "{not}");
        }
        assert!(origin_problem("http://m.example.cn", Http::Any).is_none());
    }

    #[test]
    fn notes_quote_values_safely_and_ratios_never_round_up() {
        assert_eq!(shown("a\"b\u{202E}c\n"), "\"a\\\"b\\u{202E}c\\u{000A}\"");
        assert_eq!(shown(&"x".repeat(100)).chars().count(), SHOWN_CHARS + 3);
        assert_eq!(floored(4.499), "4.4");
        assert_eq!(floored(21.0), "21.0");
        assert_eq!(edits("colors", "colours"), 1);
        assert_eq!(edits("hosts", "languages"), 3);
    }

    #[test]
    fn too_many_notes_are_counted_in_one() {
        let fields: Vec<String> = (0..200).map(|n| format!("\"x{n}\": 0")).collect();
        let checked = Partner::check(&format!("{{{}}}", fields.join(",")));
        assert_eq!(checked.notes.len(), MAX_NOTES + 1);
        let last = checked.notes.last().unwrap();
        assert_eq!(last.severity, Severity::Error);
        assert!(
            last.message.starts_with("153 more problems"),
            "{}",
            last.message
        );
    }
}
