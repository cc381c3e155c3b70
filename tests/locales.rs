//! Integrity of the message files: every locale has exactly Mandarin's message ids, with the
//! same variables, really translated; every message the code asks for exists; every variable is
//! described for translators; the app's name is one term per locale.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anxin::i18n::{builtin_catalog, Localizer, MissLog, Resource, ZH_HANS_SHELL};
use anxin::model::locale::Locale;
use fluent_bundle::FluentArgs;
use fluent_syntax::{ast, parser};
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

/// Messages (and terms, `-` before the id) whose text is rightly the same as Mandarin's:
/// (locale, id, why).
const INTENTIONALLY_IDENTICAL: &[(Locale, &str, &str)] = &[
    (Locale::Bo, "app-name", BRAND_TERM),
    (Locale::Ug, "app-name", BRAND_TERM),
    (Locale::Yue, "app-name", BRAND_TERM),
    (
        Locale::Yue,
        "-brand-name",
        "the brand name in Chinese script",
    ),
    (Locale::Yue, "embed-close", "关闭 is written Cantonese too"),
    (
        Locale::Yue,
        "check-hotline-96110",
        "the line's official name, as yue's help screen writes it",
    ),
    (
        Locale::Yue,
        "check-hotline-110",
        "the line's name, as yue's help screen writes it",
    ),
    (
        Locale::Yue,
        "share-score-agree",
        "同意发送 is written Cantonese too",
    ),
];
const BRAND_TERM: &str = "`{ -brand-name }`: the brand is the locale's own term, checked below";

/// The workshop's short labels that written Cantonese writes as Mandarin does (下一步, 公布答案,
/// 日期, a column's name…): checked by the Cantonese glossary's workshop table, not here.
const CANTONESE_WORKSHOP_LABELS: &[&str] = &[
    "workshop-title",
    "workshop-open",
    "workshop-block-quiz",
    "workshop-block-right",
    "workshop-start",
    "workshop-next",
    "workshop-back",
    "workshop-end",
    "tally-add",
    "tally-remove",
    "tally-reveal",
    "tally-hands",
    "workshop-date",
    "workshop-export",
    "workshop-again",
    "workshop-csv-place",
    "workshop-csv-question",
    "workshop-csv-option",
    "workshop-csv-hands",
];

fn intentionally_identical(locale: Locale, id: &str) -> bool {
    INTENTIONALLY_IDENTICAL
        .iter()
        .any(|(l, i, _)| *l == locale && *i == id)
        || (locale == Locale::Yue && CANTONESE_WORKSHOP_LABELS.contains(&id))
}

#[test]
fn translations_are_not_copies_of_mandarin() {
    let zh = messages(Locale::ZhHans);
    for locale in [Locale::Bo, Locale::Ug, Locale::Yue] {
        for (id, text) in messages(locale) {
            if intentionally_identical(locale, &id) {
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
        if path.ends_with("Cargo.toml") {
            continue; // a crate's manifest
        }
        if path.ends_with("anxin-model/src/embed.rs") {
            continue; // its `=> "…"` lines name the types of messages to a host page
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ids_named_in(&root.join("src"), &mut named);
    ids_named_in(&root.join("crates"), &mut named);
    assert!(named.len() > 20, "ids found in the code: {}", named.len());
    let zh = messages(Locale::ZhHans);
    let missing: Vec<_> = named.iter().filter(|id| !zh.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "named in the code but not in zh-Hans: {missing:?}"
    );
}

/// Every message file on disk, as (path under `locales/`, source), in a stable order.
fn ftl_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    for folder in std::fs::read_dir(&root).expect("locales/ is readable") {
        let folder = folder.expect("entry").path();
        if !folder.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&folder).expect("a locale's folder is readable") {
            let path = file.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).expect("a message file is readable");
                let name = path.strip_prefix(&root).expect("under locales/");
                files.push((name.display().to_string(), text));
            }
        }
    }
    files.sort();
    files
}

/// A message file read by Fluent's own parser, comments kept. Panics, naming the file, on a
/// syntax error.
fn parse<'s>(file: &str, text: &'s str) -> ast::Resource<&'s str> {
    parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{file}: {errors:?}"))
}

/// A message or term: its id (`-` before a term's), its patterns (value and attributes) and
/// the comment attached to it (the `#` lines right above it).
struct Entry<'a, 's> {
    id: String,
    patterns: Vec<&'a ast::Pattern<&'s str>>,
    comment: Option<&'a ast::Comment<&'s str>>,
}

fn entries<'a, 's>(resource: &'a ast::Resource<&'s str>) -> Vec<Entry<'a, 's>> {
    let patterns = |value: Option<&'a ast::Pattern<&'s str>>,
                    attributes: &'a [ast::Attribute<&'s str>]| {
        value
            .into_iter()
            .chain(attributes.iter().map(|a| &a.value))
            .collect()
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(Entry {
                id: m.id.name.to_owned(),
                patterns: patterns(m.value.as_ref(), &m.attributes),
                comment: m.comment.as_ref(),
            }),
            ast::Entry::Term(t) => Some(Entry {
                id: format!("-{}", t.id.name),
                patterns: patterns(Some(&t.value), &t.attributes),
                comment: t.comment.as_ref(),
            }),
            _ => None,
        })
        .collect()
}

/// The variables a pattern uses: in placeables, as selectors, in variants and as arguments.
fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, found: &mut BTreeSet<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, found: &mut BTreeSet<&'s str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, found: &mut BTreeSet<&'s str>) {
    let arguments = match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name);
            return;
        }
        ast::InlineExpression::Placeable { expression } => {
            return expression_variables(expression, found);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments,
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => arguments,
        _ => return,
    };
    for argument in &arguments.positional {
        inline_variables(argument, found);
    }
    for argument in &arguments.named {
        inline_variables(&argument.value, found);
    }
}

/// The variables a comment's `# Variables:` block describes, one a line as
/// `#   $name (Number) - what it holds` (or `(String)`; a longer description may go on in
/// lines indented further). A line of the block in another shape is the error.
fn described_variables(comment: Option<&ast::Comment<&str>>) -> Result<BTreeSet<String>, String> {
    let mut described = BTreeSet::new();
    let mut lines = comment.map_or(&[][..], |c| &c.content[..]).iter();
    if !lines.any(|line| *line == "Variables:") {
        return Ok(described);
    }
    for line in lines {
        if line.starts_with("    ") && !described.is_empty() {
            continue; // a description that goes on
        }
        let Some(entry) = line.strip_prefix("  $") else {
            break; // the block ends where its indented lines do
        };
        let well_formed = entry.split_once(" (").and_then(|(name, rest)| {
            let (kind, what) = rest.split_once(") - ")?;
            let ok =
                !name.is_empty() && matches!(kind, "Number" | "String") && !what.trim().is_empty();
            ok.then_some(name)
        });
        described.insert(well_formed.ok_or_else(|| (*line).to_owned())?.to_owned());
    }
    Ok(described)
}

#[test]
fn every_variable_is_described_for_translators() {
    let files = ftl_files();
    assert!(files.len() >= 16, "message files found: {}", files.len());
    let mut problems = Vec::new();
    let mut described_entries = 0;
    for (file, text) in &files {
        let resource = parse(file, text);
        for entry in entries(&resource) {
            let id = &entry.id;
            let mut used = BTreeSet::new();
            for pattern in &entry.patterns {
                pattern_variables(pattern, &mut used);
            }
            let described = match described_variables(entry.comment) {
                Ok(described) => described,
                Err(line) => {
                    problems.push(format!(
                        "{file}: {id}: `# {line}` is not `#   $name (Number|String) - what it holds`"
                    ));
                    continue;
                }
            };
            if !used.is_empty() {
                described_entries += 1;
            }
            for variable in &used {
                if !described.contains(*variable) {
                    problems.push(format!(
                        "{file}: {id} uses ${variable}, which the `# Variables:` comment right above it does not describe"
                    ));
                }
            }
            for variable in &described {
                if !used.contains(variable.as_str()) {
                    problems.push(format!(
                        "{file}: {id} describes ${variable}, which it does not use"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    assert!(
        described_entries >= 40,
        "messages with variables found: {described_entries}"
    );
}

/// Each locale's `-brand-name` term: the brand, as plain text; its `app-name` message (which
/// the code shows) is `{ -brand-name }`.
fn brand(locale: Locale) -> String {
    let text = source(locale, Resource::Shell);
    let file = format!("{locale}/shell.ftl");
    let resource = parse(&file, &text);
    let mut term = None;
    let mut message = None;
    for entry in &resource.body {
        match entry {
            ast::Entry::Term(t) if t.id.name == "brand-name" => term = Some(t),
            ast::Entry::Message(m) if m.id.name == "app-name" => message = Some(m),
            _ => {}
        }
    }
    let term = term.unwrap_or_else(|| panic!("{file} defines no `-brand-name` term"));
    let brand = match &term.value.elements[..] {
        [ast::PatternElement::TextElement { value }] if !value.trim().is_empty() => value.trim(),
        _ => panic!("{file}: `-brand-name` is not the name as plain text"),
    };
    let message = message.unwrap_or_else(|| panic!("{file} has no `app-name` message"));
    let refers_to_the_term = matches!(
        message.value.as_ref().map(|v| &v.elements[..]),
        Some([ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            }),
        }]) if id.name == "brand-name"
    );
    assert!(
        refers_to_the_term && message.attributes.is_empty(),
        "{file}: `app-name` is not `{{ -brand-name }}`"
    );
    brand.to_owned()
}

#[test]
fn every_locale_names_the_app_by_its_term() {
    // (The term is not `-app-name`: fluent-bundle keeps terms and messages in one map by their
    // names without the `-`, so a term beside a message of the same name is "defined twice"
    // and one of the two is dropped.)
    for locale in Locale::ALL {
        let mut messages = BTreeSet::new();
        let mut terms = BTreeSet::new();
        for (resource, text) in sources(locale) {
            let file = format!("{locale}/{}", resource.file());
            for entry in &parse(&file, &text).body {
                match entry {
                    ast::Entry::Message(m) => messages.insert(m.id.name.to_owned()),
                    ast::Entry::Term(t) => terms.insert(t.id.name.to_owned()),
                    _ => false,
                };
            }
        }
        let clashes: Vec<_> = terms.intersection(&messages).collect();
        assert!(
            clashes.is_empty(),
            "{locale}: a term and a message share a name: {clashes:?}"
        );
    }
    let mandarin = brand(Locale::ZhHans);
    for locale in [Locale::Bo, Locale::Ug, Locale::Yue] {
        let brand = brand(locale);
        if !intentionally_identical(locale, "-brand-name") {
            assert_ne!(
                brand, mandarin,
                "{locale}: `-brand-name` is the Mandarin name"
            );
        }
    }
}

#[test]
fn messages_naming_the_app_resolve_in_every_locale() {
    let catalog = full_catalog();
    let mut total = FluentArgs::new();
    total.set("total", 21);
    for locale in Locale::ALL {
        let misses = MissLog::new(|_| {});
        let i18n = Localizer::new(&catalog, locale, false, misses.clone());
        let brand = i18n.text("app-name");
        assert_eq!(brand, self::brand(locale), "{locale}");
        for id in ["cert-heading", "cert-anonymous", "cert-image-alt"] {
            assert!(i18n.text(id).contains(&brand), "{locale}: {id}");
        }
        assert!(i18n.text_with("cert-body", &total).contains(&brand));
        assert!(
            misses.reported().is_empty(),
            "{locale}: {:?}",
            misses.reported()
        );
    }
}

/// A translated file that is missing or broken is shown from Mandarin's file, in the Mandarin
/// bundle, whose term comes with the built-in shell.
#[test]
fn a_mandarin_fallback_names_the_app_in_mandarin() {
    let (catalog, _) = builtin_catalog();
    let (catalog, problems) = catalog.with(
        Locale::Bo,
        Resource::Shell,
        source(Locale::Bo, Resource::Shell).into(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    let (catalog, problems) = catalog.with(
        Locale::ZhHans,
        Resource::Quiz,
        source(Locale::ZhHans, Resource::Quiz).into(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    let misses = MissLog::new(|_| {});
    let bo = Localizer::new(&catalog, Locale::Bo, false, misses.clone());
    let zh = Localizer::new(&catalog, Locale::ZhHans, false, MissLog::new(|_| {}));
    assert_eq!(bo.text("app-name"), brand(Locale::Bo));
    let heading = bo.text("cert-heading");
    assert!(heading.starts_with(&brand(Locale::ZhHans)), "{heading}");
    assert_eq!(heading, zh.text("cert-heading"));
    assert_eq!(
        misses.reported(),
        vec!["bo: message `cert-heading` is missing; showing zh-Hans".to_owned()]
    );
}

/// The Mandarin shell built into the app (`build.rs`) is `locales/zh-Hans/shell.ftl` without its
/// comments, line for line.
#[test]
fn the_built_in_shell_is_the_source_without_its_comments() {
    let source = source(Locale::ZhHans, Resource::Shell);
    let shipped: Vec<&str> = ZH_HANS_SHELL.lines().collect();
    let lines: Vec<&str> = source.lines().collect();
    assert!(lines.iter().any(|line| line.starts_with('#')));
    assert_eq!(
        shipped.len(),
        lines.len(),
        "one line for each line of the source"
    );
    for (n, (shipped, line)) in shipped.iter().zip(&lines).enumerate() {
        let expected = if line.starts_with('#') { "" } else { line };
        assert_eq!(*shipped, expected, "line {}", n + 1);
    }
}
