//! Content integrity: the eight rights and the help view have every text in Mandarin, with
//! plain-speech wording, and only the numbers the brief confirms.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use anxin::content::help::{PREPARE, PUBLIC_NUMBERS};
use anxin::content::rights::RIGHTS;
use anxin::i18n::Resource;
use anxin::model::locale::Locale;
use support::{file_messages, source};

/// Messages that need no plain wording: names of rights (terms people must learn) and labels
/// that are already as plain as they can be.
fn needs_no_plain(id: &str) -> bool {
    id.ends_with("-name") || ["right-related-case", "help-step-regulator-title"].contains(&id)
}

fn value_and_plain(definition: &str) -> (String, Option<String>) {
    let mut value = Vec::new();
    let mut plain = None;
    for line in definition.lines() {
        match line.trim_start().strip_prefix(".plain =") {
            Some(text) => plain = Some(text.trim().to_owned()),
            None if plain.is_none() => value.push(line.trim()),
            None => {}
        }
    }
    (value.join(" ").trim().to_owned(), plain)
}

#[test]
fn every_right_has_every_text_in_mandarin() {
    let messages = file_messages(&source(Locale::ZhHans, Resource::Rights));
    for right in RIGHTS {
        for id in right.all_messages() {
            let definition = messages
                .get(&id)
                .unwrap_or_else(|| panic!("{id} is missing"));
            assert!(!value_and_plain(definition).0.is_empty(), "{id} is empty");
        }
    }
}

#[test]
fn every_rights_and_help_text_has_its_own_plain_wording() {
    let messages = file_messages(&source(Locale::ZhHans, Resource::Rights));
    assert!(messages.len() > 80);
    for (id, definition) in &messages {
        let (value, plain) = value_and_plain(definition);
        if needs_no_plain(id) {
            assert_eq!(plain, None, "{id} needs no plain wording");
            continue;
        }
        let plain = plain.unwrap_or_else(|| panic!("{id} has no .plain"));
        assert!(!plain.is_empty(), "{id}: empty .plain");
        assert_ne!(plain, value, "{id}: .plain repeats the text");
    }
}

#[test]
fn help_texts_exist_and_name_only_known_numbers() {
    let messages = file_messages(&source(Locale::ZhHans, Resource::Rights));
    for id in PREPARE {
        assert!(messages.contains_key(id), "{id}");
    }
    for (id, definition) in messages.iter().filter(|(id, _)| id.starts_with("help-")) {
        for run in definition
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| run.len() >= 3)
        {
            assert!(PUBLIC_NUMBERS.contains(&run), "{id} names {run}");
        }
    }
}
