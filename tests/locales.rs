//! Integrity of the message files: every locale has exactly Mandarin's message ids, with the
//! same variables, really translated; every message the code asks for exists.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anxin::i18n::Resource;
use anxin::model::locale::Locale;
use support::{file_messages, ftl_file, full_catalog, source, sources};

/// Each message's id and the text of its definition (value, selectors, attributes), over
/// every file the locale has.
fn messages(locale: Locale) -> BTreeMap<String, String> {
    sources(locale)
        .iter()
        .flat_map(|(_, text)| file_messages(text))
        .collect()
}

fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

/// The value without its `.plain` attribute, for comparing translations with Mandarin.
fn value_only(text: &str) -> String {
    text.lines()
        .take_while(|line| !line.trim_start().starts_with('.'))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

#[test]
fn every_locale_parses_cleanly() {
    full_catalog();
}

#[test]
fn the_table_of_translated_files_matches_the_disk() {
    for locale in Locale::ALL {
        for resource in Resource::ALL {
            assert_eq!(
                ftl_file(locale, resource).exists(),
                resource.is_translated(locale),
                "{locale}/{}",
                resource.file()
            );
        }
    }
}

#[test]
fn every_file_a_locale_has_holds_exactly_mandarins_ids() {
    for (resource, zh_text) in sources(Locale::ZhHans) {
        let zh: BTreeSet<String> = file_messages(&zh_text).into_keys().collect();
        assert!(zh.len() > 20, "{}", resource.file());
        for locale in [Locale::Bo, Locale::Ug, Locale::Yue] {
            if !resource.is_translated(locale) {
                continue;
            }
            let ids: BTreeSet<String> = file_messages(&source(locale, resource))
                .into_keys()
                .collect();
            let missing: Vec<_> = zh.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&zh).collect();
            let file = resource.file();
            assert!(missing.is_empty(), "{locale}/{file} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{locale}/{file} has ids Mandarin lacks: {extra:?}"
            );
        }
    }
}

#[test]
fn variables_match_mandarin() {
    let zh = messages(Locale::ZhHans);
    for locale in [Locale::Bo, Locale::Ug, Locale::Yue] {
        for (id, text) in messages(locale) {
            assert_eq!(
                variables(&text),
                variables(&zh[&id]),
                "{locale}: variables of {id}"
            );
        }
    }
}

/// Messages whose text is rightly the same as Mandarin's: (locale, id, why).
const INTENTIONALLY_IDENTICAL: &[(Locale, &str, &str)] =
    &[(Locale::Yue, "app-name", "the brand name in Chinese script")];

#[test]
fn translations_are_not_copies_of_mandarin() {
    let zh = messages(Locale::ZhHans);
    for locale in [Locale::Bo, Locale::Ug, Locale::Yue] {
        for (id, text) in messages(locale) {
            if INTENTIONALLY_IDENTICAL
                .iter()
                .any(|(l, i, _)| *l == locale && *i == id)
            {
                continue;
            }
            assert_ne!(
                value_only(&text),
                value_only(&zh[&id]),
                "{locale}: {id} is the Mandarin text"
            );
        }
    }
}

#[test]
fn only_mandarin_has_plain_variants() {
    let zh_plain = messages(Locale::ZhHans)
        .values()
        .filter(|t| t.contains(".plain"))
        .count();
    assert!(zh_plain > 10, "Mandarin has plain wording: {zh_plain}");
    for locale in [Locale::Bo, Locale::Ug, Locale::Yue] {
        assert!(
            messages(locale).values().all(|t| !t.contains(".plain")),
            "{locale}"
        );
    }
}

/// Message ids the code names (outside unit tests): kebab-case literals on lines that format
/// a message or map a view to its title.
fn ids_named_in(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            ids_named_in(&path, found);
            continue;
        }
        let code = std::fs::read_to_string(&path).expect("source is readable");
        for line in code
            .lines()
            .take_while(|line| !line.starts_with("#[cfg(test)]"))
        {
            let names_messages = ["text(", "text_with(", "page_title(", "=> \""];
            if !names_messages.iter().any(|call| line.contains(call)) {
                continue;
            }
            let pieces: Vec<&str> = line.split('"').collect();
            for (before, literal) in pieces.iter().zip(pieces.iter().skip(1)).step_by(2) {
                if before.ends_with('=')
                    || before.ends_with("class(")
                    || before.ends_with("testid(")
                {
                    continue; // an HTML attribute, a class or a test hook, not a message
                }
                let kebab = literal.contains('-')
                    && literal.split('-').all(|part| {
                        !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase())
                    });
                if kebab {
                    found.insert((*literal).to_owned());
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_names_exists_in_mandarin() {
    let mut named = BTreeSet::new();
    ids_named_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut named,
    );
    assert!(named.len() > 20, "ids found in the code: {}", named.len());
    let zh = messages(Locale::ZhHans);
    let missing: Vec<_> = named.iter().filter(|id| !zh.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "named in src/ but not in zh-Hans: {missing:?}"
    );
}
