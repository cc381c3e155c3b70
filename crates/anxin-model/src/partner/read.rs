//! Reading a partner file field by field: each field's value checked against the rules in
//! [`super`], every problem a note at its field.

use super::notes::*;
use super::origin::*;
use super::*;
use crate::contrast::{contrast_ratio, ELDER_CONTRAST, STANDARD_CONTRAST};
use crate::json::Json;
use crate::locale::Locale;
use anxin_content::{cases, quiz};
use std::collections::BTreeSet;

/// Reads the whole file; the partner it describes, whose parts are meaningful only if no
/// error was noted.
pub(super) fn read(text: &str, notes: &mut Notes) -> Option<Partner> {
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

pub(super) fn version(value: Option<&Json>, notes: &mut Notes) {
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

pub(super) fn names(value: Option<&Json>, notes: &mut Notes) -> Vec<(Locale, String)> {
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

pub(super) fn hotline(value: Option<&Json>, notes: &mut Notes) -> String {
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

pub(super) fn website(value: &Json, notes: &mut Notes) -> Option<String> {
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

pub(super) fn hosts(value: &Json, notes: &mut Notes) -> Vec<String> {
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

pub(super) fn colors(value: &Json, notes: &mut Notes) -> Option<BrandColors> {
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

pub(super) fn logo(value: &Json, notes: &mut Notes) -> Option<String> {
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

pub(super) fn featured(value: &Json, notes: &mut Notes) -> (Vec<String>, Vec<String>) {
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

pub(super) fn languages(value: &Json, notes: &mut Notes) -> Vec<Locale> {
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

pub(super) fn share_score(value: &Json, notes: &mut Notes) -> bool {
    value.as_bool().unwrap_or_else(|| {
        notes.error(
            "share-score",
            words!("must be true or false, not {}", kind(value)),
        );
        false
    })
}

/// The locale whose tag is exactly `text`, else a note at `field`.
pub(super) fn tag(text: &str, field: &str, notes: &mut Notes) -> Option<Locale> {
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
pub(super) fn strings<'a>(
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
pub(super) fn text<'a>(value: &'a Json, field: &str, notes: &mut Notes) -> Option<&'a str> {
    let text = string(value, field, MAX_TEXT_CHARS, notes)?;
    if text.trim().is_empty() {
        notes.error(field, "is empty".to_owned());
        return None;
    }
    Some(text)
}

/// The string `value`, if it is at most [`MAX_ADDRESS_CHARS`] characters with no control or
/// direction-control character; else a note at `field`.
pub(super) fn address<'a>(value: &'a Json, field: &str, notes: &mut Notes) -> Option<&'a str> {
    string(value, field, MAX_ADDRESS_CHARS, notes)
}

/// The string `value`, if it is at most `limit` characters with no control or
/// direction-control character; else a note at `field`.
pub(super) fn string<'a>(
    value: &'a Json,
    field: &str,
    limit: usize,
    notes: &mut Notes,
) -> Option<&'a str> {
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
pub(super) fn spaceless<'a>(value: &'a Json, field: &str, notes: &mut Notes) -> Option<&'a str> {
    let text = address(value, field, notes)?;
    if text.chars().any(char::is_whitespace) {
        notes.error(field, words!("{} must not contain spaces", shown(text)));
        return None;
    }
    Some(text)
}

/// Notes for each key of an object at `path` that is not one of `known`.
pub(super) fn check_keys(fields: &[(String, Json)], path: &str, known: &[&str], notes: &mut Notes) {
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
pub(super) fn unique_keys(fields: &[(String, Json)]) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    fields
        .iter()
        .map(|(key, _)| key.as_str())
        .filter(|key| seen.insert(*key))
        .collect()
}
