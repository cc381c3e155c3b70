//! The embedding partner's file, `partner.json` beside `index.html`: read with [`Json`] and
//! checked against the rules of version 1, which `schemas/partner.schema.json` mirrors as far
//! as a schema can. Every problem is a [`Note`] that names the field and says, in words a
//! partner's developer understands, what is wrong and what would be right. A file with any
//! error is refused as a whole; warnings keep the file but say what it will not do.
//!
//! Nothing in the file reaches a style but the two brand colours, and only when they pass
//! the contrast check: type sizes and target sizes are not the file's to set.

/// A note's words for people (check-partner, the playground's twin, the tests). The app in the
/// browser only needs whether a file is valid and which fields are not, so there the words are
/// left out, with the code that writes them (ratios with decimals among it): the console names
/// the fields, and `scripts/check-partner` the problems.
macro_rules! words {
    ($($arg:tt)*) => {
        if cfg!(target_arch = "wasm32") {
            String::new()
        } else {
            format!($($arg)*)
        }
    };
}

use std::collections::BTreeSet;

use super::contrast::{contrast_ratio, ELDER_CONTRAST, STANDARD_CONTRAST};
use super::json::Json;
use super::locale::Locale;
use anxin_content::{cases, quiz};

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
const MAX_TEXT_CHARS: usize = 80;
/// The longest address (`$schema`, `website`, `logo`, each of `hosts`), in characters.
const MAX_ADDRESS_CHARS: usize = 200;
/// The most entries an array may have.
const MAX_ITEMS: usize = 20;
/// The fewest and most digits of a hotline.
const HOTLINE_DIGITS: std::ops::RangeInclusive<usize> = 3..=15;
/// The most notes listed; the rest are counted in one last note.
const MAX_NOTES: usize = 50;
/// The most characters of a value quoted in a note.
const SHOWN_CHARS: usize = 40;

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
    /// Whether a person may choose to share a quiz score with the partner.
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

/// Whether `text` is an origin the partner file may list in `hosts`: `https://host[:port]` in
/// lower case with no path, or `http://localhost[:port]` or `http://127.0.0.1[:port]` for
/// development, written exactly as a browser writes an origin (no default port).
pub fn is_origin(text: &str) -> bool {
    origin_problem(text, Http::LoopbackOnly).is_none()
}

/// Whether an origin may use `http://`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Http {
    /// Only for `localhost` and `127.0.0.1`.
    LoopbackOnly,
    /// For any host.
    Any,
}

/// What keeps `text` from being an origin as a browser writes it, or `None` when it is one.
pub(crate) fn origin_problem(text: &str, http: Http) -> Option<String> {
    if text == "*" {
        return Some(words!(
            "\"*\" would let any site embed Anxin and receive its events: list each origin \
             exactly, such as https://m.example.cn"
        ));
    }
    if text.chars().count() > MAX_ADDRESS_CHARS {
        return Some(too_long(text, MAX_ADDRESS_CHARS));
    }
    let (scheme, rest) = if let Some(rest) = text.strip_prefix("https://") {
        ("https", rest)
    } else if let Some(rest) = text.strip_prefix("http://") {
        ("http", rest)
    } else {
        return Some(words!(
            "{} is not an origin: write https:// and the host name, such as \
             https://m.example.cn (http:// only for localhost and 127.0.0.1)",
            shown(text)
        ));
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let bare = words!("{scheme}://{authority}");
    if authority_end < rest.len() {
        return Some(words!(
            "{} has a path; an origin is the scheme and host only: {}",
            shown(text),
            shown(&bare)
        ));
    }
    if authority.contains('@') {
        return Some(words!(
            "{} has a user name before the host (the part up to @); write the host only",
            shown(text)
        ));
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if !is_host_name(host) {
        return Some(words!(
            "{} has no valid host name: letters, digits, hyphens and dots, such as \
             m.example.cn (an international domain in its xn-- form)",
            shown(text)
        ));
    }
    if host != host.to_ascii_lowercase() {
        return Some(words!(
            "{} must be in lower case, as browsers write origins: {}",
            shown(text),
            shown(&text.to_ascii_lowercase())
        ));
    }
    if let Some(port) = port {
        let default = if scheme == "https" { "443" } else { "80" };
        if port == default {
            return Some(words!(
                "{} names the default port; browsers write this origin without it: {}",
                shown(text),
                shown(&words!("{scheme}://{host}"))
            ));
        }
        if !is_port(port) {
            return Some(words!(
                "{} has no valid port: a number from 1 to 65535, without leading zeros",
                shown(text)
            ));
        }
    }
    if scheme == "http" && http == Http::LoopbackOnly && !matches!(host, "localhost" | "127.0.0.1")
    {
        return Some(words!(
            "{} must use https://; http:// is allowed only for localhost and 127.0.0.1, \
             for development",
            shown(text)
        ));
    }
    None
}

/// A DNS host name (or a dotted IPv4 address): dot-separated labels of letters, digits and
/// inner hyphens.
fn is_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// A port number as a browser writes it: 1 to 65535, no leading zero.
fn is_port(port: &str) -> bool {
    !port.starts_with('0')
        && (1..=5).contains(&port.len())
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|n| n <= 65535)
}

/// The notes found so far, at most [`MAX_NOTES`] of them listed.
#[derive(Default)]
struct Notes {
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

    fn error(&mut self, field: &str, message: String) {
        self.add(field, Severity::Error, message);
    }

    fn warning(&mut self, field: &str, message: String) {
        self.add(field, Severity::Warning, message);
    }

    /// The listed notes, and one more that counts those left out.
    fn finish(mut self) -> Vec<Note> {
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

/// Reads the whole file; the partner it describes, whose parts are meaningful only if no
/// error was noted.
fn read(text: &str, notes: &mut Notes) -> Option<Partner> {
    if text.len() > MAX_FILE_BYTES {
        notes.error(
            "",
            words!(
                "the file is {} bytes; a partner file may have at most {MAX_FILE_BYTES} \
                 bytes (64 KiB)",
                text.len()
            ),
        );
        return None;
    }
    let Some(file) = Json::parse(text) else {
        notes.error(
            "",
            words!(
                "the file is not valid JSON: look for a missing comma, quote or bracket, a comma \
                 after the last entry, or a comment (JSON has none); nesting deeper than 32 levels \
                 is refused too"
            ),
        );
        return None;
    };
    let Json::Object(fields) = &file else {
        notes.error(
            "",
            words!(
                "the file must be one JSON object, {{ … }}, not {}",
                kind(&file)
            ),
        );
        return None;
    };
    for key in unique_keys(fields) {
        if !FIELDS.contains(&key) {
            notes.error(&shown_key(key), unknown_field(key, &FIELDS));
        }
    }
    if let Some(schema) = file.get("$schema") {
        spaceless(schema, "$schema", notes);
    }
    version(file.get("version"), notes);
    let names = names(file.get("name"), notes);
    let hotline = hotline(file.get("hotline"), notes);
    let website = file.get("website").and_then(|value| website(value, notes));
    let hosts = file.get("hosts").map_or_else(Vec::new, |v| hosts(v, notes));
    let colors = file.get("colors").and_then(|value| colors(value, notes));
    let logo = file.get("logo").and_then(|value| logo(value, notes));
    let (featured_cases, featured_topics) = file
        .get("featured")
        .map_or_else(Default::default, |value| featured(value, notes));
    let languages = file
        .get("languages")
        .map_or_else(|| Locale::ALL.to_vec(), |value| languages(value, notes));
    let share_score = file
        .get("share-score")
        .is_some_and(|value| share_score(value, notes));
    Some(Partner {
        names,
        hotline,
        website,
        colors,
        logo,
        hosts,
        featured_cases,
        featured_topics,
        languages,
        share_score,
    })
}

fn version(value: Option<&Json>, notes: &mut Notes) {
    let problem = match value {
        None => "is missing: add \"version\": 1".to_owned(),
        Some(value) if value.as_u64() == Some(1) => return,
        Some(Json::String(text)) if text.trim() == "1" => {
            words!(
                "must be the number 1, not the string \"1\": write \"version\": 1, without \
                 quotes"
            )
        }
        Some(Json::Number(number)) => words!(
            "{} is not one this build reads; it reads version 1 (\"version\": 1)",
            clip(number)
        ),
        Some(other) => words!("must be the number 1, not {}", kind(other)),
    };
    notes.error("version", problem);
}

fn names(value: Option<&Json>, notes: &mut Notes) -> Vec<(Locale, String)> {
    let Some(value) = value else {
        notes.error(
            "name",
            "is missing: add the partner's name in Mandarin at least, such as \"name\": \
             { \"zh-Hans\": \"示例保险\" }"
                .to_owned(),
        );
        return Vec::new();
    };
    let Json::Object(fields) = value else {
        notes.error(
            "name",
            words!(
                "must be an object from language tag to name, such as {{ \"zh-Hans\": \
                 \"示例保险\" }}, not {}",
                kind(value)
            ),
        );
        return Vec::new();
    };
    let mut names = Vec::new();
    for key in unique_keys(fields) {
        let field = format!("name.{}", shown_key(key));
        let Some(locale) = tag(key, &field, notes) else {
            continue;
        };
        let name = value.get(key).and_then(|name| text(name, &field, notes));
        if let Some(name) = name {
            names.push((locale, name.to_owned()));
        }
    }
    if value.get(Locale::ZhHans.tag()).is_none() {
        notes.error(
            "name",
            words!("has no Mandarin name: add \"zh-Hans\", which every language falls back to"),
        );
    }
    // In `Locale::ALL` order, picked rather than sorted: a sort would bring a sorting routine
    // into the download for four names.
    Locale::ALL
        .into_iter()
        .filter_map(|locale| names.iter().find(|(named, _)| *named == locale).cloned())
        .collect()
}

fn hotline(value: Option<&Json>, notes: &mut Notes) -> String {
    let problem = match value {
        None => words!("is missing: add the customer hotline as a string of digits"),
        Some(Json::String(number)) => {
            let count = number.chars().count();
            if number.bytes().all(|b| b.is_ascii_digit()) && HOTLINE_DIGITS.contains(&count) {
                return number.clone();
            }
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            let separators_only = number
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '+' | '.'));
            if separators_only && HOTLINE_DIGITS.contains(&digits.len()) {
                words!(
                    "{} must be digits only, without spaces, dashes, brackets or a \
                     plus sign: \"{digits}\"",
                    shown(number)
                )
            } else {
                words!("must be 3 to 15 digits, and {} is not", shown(number))
            }
        }
        Some(Json::Number(number)) if number.bytes().all(|b| b.is_ascii_digit()) => words!(
            "is a number; write it as a string of digits, in quotes: \"hotline\": \
             {} (a number loses leading zeros)",
            shown(number)
        ),
        Some(other) => words!("must be a string of digits, not {}", kind(other)),
    };
    notes.error("hotline", problem);
    String::new()
}

fn website(value: &Json, notes: &mut Notes) -> Option<String> {
    let url = spaceless(value, "website", notes)?;
    let problem = if let Some(rest) = url.strip_prefix("https://") {
        let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
        let host = authority
            .rsplit_once(':')
            .filter(|(_, port)| is_port(port))
            .map_or(authority, |(host, _)| host);
        if authority.contains('@') {
            words!(
                "{} has a user name before the host (the part up to @); write the \
                 address without it",
                shown(url)
            )
        } else if !is_host_name(host) {
            words!(
                "{} has no valid host name after https:// (letters, digits, hyphens \
                 and dots; an international domain in its xn-- form)",
                shown(url)
            )
        } else {
            return Some(url.to_owned());
        }
    } else if url.starts_with("http://") {
        words!("{} must use https://, not http://", shown(url))
    } else {
        words!(
            "must be an https:// address, such as https://www.example.cn, and {} is \
             not",
            shown(url)
        )
    };
    notes.error("website", problem);
    None
}

fn hosts(value: &Json, notes: &mut Notes) -> Vec<String> {
    let mut hosts = Vec::new();
    for (field, host) in strings(
        value,
        "hosts",
        "origins such as https://m.example.cn",
        notes,
    ) {
        match origin_problem(host, Http::LoopbackOnly) {
            Some(problem) => notes.error(&field, problem),
            None => hosts.push(host.to_owned()),
        }
    }
    hosts
}

fn colors(value: &Json, notes: &mut Notes) -> Option<BrandColors> {
    let Json::Object(fields) = value else {
        notes.error(
            "colors",
            words!(
                "must be an object with \"brand\" and \"on-brand\", such as {{ \
                 \"brand\": \"#0a5c36\", \"on-brand\": \"#ffffff\" }}, not {}",
                kind(value)
            ),
        );
        return None;
    };
    check_keys(fields, "colors", &["brand", "on-brand"], notes);
    let mut colour = |key: &str| -> Option<String> {
        let field = format!("colors.{key}");
        let Some(value) = value.get(key) else {
            notes.error(
                &field,
                words!("is missing: colors needs both brand and on-brand"),
            );
            return None;
        };
        let Some(text) = value.as_str() else {
            notes.error(
                &field,
                words!(
                    "must be a colour as a string \"#rrggbb\", not {}",
                    kind(value)
                ),
            );
            return None;
        };
        let hex = text.strip_prefix('#').unwrap_or("");
        if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            Some(text.to_ascii_lowercase())
        } else {
            notes.error(
                &field,
                words!(
                    "must be a colour written #rrggbb (six hexadecimal digits, such as \
                     #0a5c36), and {} is not",
                    shown(text)
                ),
            );
            None
        }
    };
    let brand = colour("brand");
    let on_brand = colour("on-brand");
    let (brand, on_brand) = (brand?, on_brand?);
    let ratio = contrast_ratio(&on_brand, &brand)?;
    let measured = words!(
        "brand {brand} behind on-brand {on_brand}: contrast {}:1",
        floored(ratio)
    );
    if ratio < STANDARD_CONTRAST {
        notes.error(
            "colors",
            words!("{measured}, needs at least {STANDARD_CONTRAST}:1"),
        );
        return None;
    }
    let in_elder = ratio >= ELDER_CONTRAST;
    if !in_elder {
        notes.warning(
            "colors",
            words!(
                "{measured}, under the {ELDER_CONTRAST}:1 长辈版 needs: 长辈版 keeps Anxin's own \
                 colours"
            ),
        );
    }
    Some(BrandColors {
        brand,
        on_brand,
        ratio,
        in_elder,
    })
}

fn logo(value: &Json, notes: &mut Notes) -> Option<String> {
    let path = address(value, "logo", notes)?;
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '/' | '-');
    let problem = if !path.chars().all(allowed) {
        words!(
            "{} may use only letters, digits, '.', '_', '-' and '/': a path such as \
             logo.svg or brand/logo.svg, beside partner.json",
            shown(path)
        )
    } else if path.starts_with('/') || path.contains("//") {
        words!(
            "{} must be a path relative to partner.json, such as brand/logo.svg, without \
             a leading / or an empty folder (//)",
            shown(path)
        )
    } else if path.split('/').any(|segment| segment == "..") {
        words!(
            "{} must not leave the deployment's folder (..)",
            shown(path)
        )
    } else if !path.ends_with(".svg") || path.ends_with("/.svg") || path == ".svg" {
        words!(
            "{} must be an SVG file whose name ends in .svg",
            shown(path)
        )
    } else {
        return Some(path.to_owned());
    };
    notes.error("logo", problem);
    None
}

fn featured(value: &Json, notes: &mut Notes) -> (Vec<String>, Vec<String>) {
    let Json::Object(fields) = value else {
        notes.error(
            "featured",
            words!(
                "must be an object with \"cases\" and \"topics\", lists of ids, not {}",
                kind(value)
            ),
        );
        return Default::default();
    };
    check_keys(fields, "featured", &["cases", "topics"], notes);
    let case_ids = cases::ids();
    let topic_ids: Vec<&str> = quiz::TOPICS.iter().map(|topic| topic.id).collect();
    let mut ids = |key: &str, known: &[&str], what: &str| -> Vec<String> {
        let path = format!("featured.{key}");
        let Some(list) = value.get(key) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for (field, id) in strings(list, &path, &words!("{what} ids"), notes) {
            if known.contains(&id) {
                found.push(id.to_owned());
            } else {
                notes.error(
                    &field,
                    words!(
                        "no {what} has the id {}; the {what} ids are: {}",
                        shown(id),
                        known.join(", ")
                    ),
                );
            }
        }
        found
    };
    (
        ids("cases", &case_ids, "case"),
        ids("topics", &topic_ids, "quiz topic"),
    )
}

fn languages(value: &Json, notes: &mut Notes) -> Vec<Locale> {
    if matches!(value, Json::Array(items) if items.is_empty()) {
        notes.error(
            "languages",
            words!(
                "is empty: list at least one tag, or leave the field out to offer every \
                 language"
            ),
        );
    }
    strings(value, "languages", "language tags", notes)
        .into_iter()
        .filter_map(|(field, tag_text)| tag(tag_text, &field, notes))
        .collect()
}

fn share_score(value: &Json, notes: &mut Notes) -> bool {
    value.as_bool().unwrap_or_else(|| {
        notes.error(
            "share-score",
            words!("must be true or false, not {}", kind(value)),
        );
        false
    })
}

/// The locale whose tag is exactly `text`, else a note at `field`.
fn tag(text: &str, field: &str, notes: &mut Notes) -> Option<Locale> {
    if let Some(locale) = Locale::ALL.into_iter().find(|l| l.tag() == text) {
        return Some(locale);
    }
    let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
    let hint = Locale::from_tag(text)
        .map(|l| words!(" (for {}, write \"{}\")", shown(text), l.tag()))
        .unwrap_or_default();
    notes.error(
        field,
        words!(
            "{} is not one of Anxin's language tags: {}{hint}",
            shown(text),
            tags.join(", ")
        ),
    );
    None
}

/// The strings of the array `value` with their field paths (`hosts[2]`), each a string that
/// appears once; notes for anything else. `what` says what the entries are.
fn strings<'a>(
    value: &'a Json,
    path: &str,
    what: &str,
    notes: &mut Notes,
) -> Vec<(String, &'a str)> {
    let Json::Array(items) = value else {
        notes.error(
            path,
            words!("must be a list [ … ] of {what}, not {}", kind(value)),
        );
        return Vec::new();
    };
    if items.len() > MAX_ITEMS {
        notes.error(
            path,
            words!(
                "has {} entries; it may have at most {MAX_ITEMS}",
                items.len()
            ),
        );
        return Vec::new();
    }
    let mut found: Vec<(String, &str)> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let field = format!("{path}[{index}]");
        match item.as_str() {
            Some(text) if found.iter().any(|(_, seen)| *seen == text) => {
                notes.error(&field, words!("repeats {}; list each once", shown(text)))
            }
            Some(text) => found.push((field, text)),
            None => notes.error(&field, words!("must be a string, not {}", kind(item))),
        }
    }
    found
}

/// The string `value`, if it is a non-blank text of at most [`MAX_TEXT_CHARS`] characters with
/// no control or direction-control character; else a note at `field`.
fn text<'a>(value: &'a Json, field: &str, notes: &mut Notes) -> Option<&'a str> {
    let text = string(value, field, MAX_TEXT_CHARS, notes)?;
    if text.trim().is_empty() {
        notes.error(field, "is empty".to_owned());
        return None;
    }
    Some(text)
}

/// The string `value`, if it is at most [`MAX_ADDRESS_CHARS`] characters with no control or
/// direction-control character; else a note at `field`.
fn address<'a>(value: &'a Json, field: &str, notes: &mut Notes) -> Option<&'a str> {
    string(value, field, MAX_ADDRESS_CHARS, notes)
}

/// The string `value`, if it is at most `limit` characters with no control or
/// direction-control character; else a note at `field`.
fn string<'a>(value: &'a Json, field: &str, limit: usize, notes: &mut Notes) -> Option<&'a str> {
    let Some(text) = value.as_str() else {
        notes.error(field, words!("must be a string, not {}", kind(value)));
        return None;
    };
    let problem = if text.chars().count() > limit {
        too_long(text, limit)
    } else if let Some(c) = text.chars().find(|c| is_hidden(*c)) {
        hidden_problem(c)
    } else {
        return Some(text);
    };
    notes.error(field, problem);
    None
}

/// The string `value`, if it is an [`address`] without spaces; else a note at `field`.
fn spaceless<'a>(value: &'a Json, field: &str, notes: &mut Notes) -> Option<&'a str> {
    let text = address(value, field, notes)?;
    if text.chars().any(char::is_whitespace) {
        notes.error(field, words!("{} must not contain spaces", shown(text)));
        return None;
    }
    Some(text)
}

/// Notes for each key of an object at `path` that is not one of `known`.
fn check_keys(fields: &[(String, Json)], path: &str, known: &[&str], notes: &mut Notes) {
    for key in unique_keys(fields) {
        if !known.contains(&key) {
            notes.error(
                &format!("{path}.{}", shown_key(key)),
                unknown_field(key, known),
            );
        }
    }
}

/// An object's keys in order, each once (a repeated key's last value is the one read).
fn unique_keys(fields: &[(String, Json)]) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    fields
        .iter()
        .map(|(key, _)| key.as_str())
        .filter(|key| seen.insert(*key))
        .collect()
}

fn unknown_field(key: &str, known: &[&str]) -> String {
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
fn edits(a: &str, b: &str) -> usize {
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
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn hidden_problem(c: char) -> String {
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

fn too_long(text: &str, limit: usize) -> String {
    words!(
        "{} is {} characters long; at most {limit} are allowed",
        shown(text),
        text.chars().count()
    )
}

/// What a JSON value is, for "must be …, not …".
fn kind(value: &Json) -> &'static str {
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
fn shown(text: &str) -> String {
    words!("\"{}\"", clip(text))
}

/// `text` for a note: at most [`SHOWN_CHARS`] characters, and every quote, backslash, control
/// and direction control escaped, so a hostile value cannot garble the message.
fn clip(text: &str) -> String {
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
fn shown_key(key: &str) -> String {
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
/// as the limit.
fn floored(ratio: f64) -> String {
    words!("{:.1}", (ratio * 10.0).floor() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

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
