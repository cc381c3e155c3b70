//! Parsed message bundles, one per locale, and the catalog of message files loaded so far.

use std::rc::Rc;

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::{FluentBundle, FluentError, FluentResource};
use unic_langid::{langid, LanguageIdentifier};

use crate::model::locale::Locale;
use crate::model::resource::Resource;
use crate::model::view::View;

/// One locale's parsed messages.
pub struct LocaleBundle {
    locale: Locale,
    bundle: FluentBundle<Rc<FluentResource>>,
}

/// One message file, parsed once: what parses, and each syntax error as a readable problem.
struct ParsedFile {
    resource: Rc<FluentResource>,
    problems: Vec<String>,
}

impl ParsedFile {
    /// Parses a message file of `locale`. Whatever parses is kept.
    fn parse(locale: Locale, text: &str) -> ParsedFile {
        let (resource, problems) = match FluentResource::try_new(text.to_owned()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => {
                let problems = errors
                    .iter()
                    .map(|e| {
                        // The line where the broken entry starts, else where parsing stopped.
                        let at = e.slice.as_ref().map_or(e.pos.start, |slice| slice.start);
                        let before = &text.as_bytes()[..at.min(text.len())];
                        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
                        format!("{locale}: syntax error on line {line}")
                    })
                    .collect();
                (resource, problems)
            }
        };
        ParsedFile {
            resource: Rc::new(resource),
            problems,
        }
    }
}

impl LocaleBundle {
    /// Parses a locale's message files. Whatever parses is kept; each syntax error or
    /// duplicate id comes back as a readable problem.
    pub fn parse(locale: Locale, sources: &[&str]) -> (LocaleBundle, Vec<String>) {
        let files: Vec<ParsedFile> = sources
            .iter()
            .map(|text| ParsedFile::parse(locale, text))
            .collect();
        LocaleBundle::from_files(locale, files.iter())
    }

    /// A locale's bundle of files already parsed (nothing is parsed again), with their
    /// problems and each duplicate id, file by file.
    fn from_files<'a>(
        locale: Locale,
        files: impl Iterator<Item = &'a ParsedFile>,
    ) -> (LocaleBundle, Vec<String>) {
        let mut bundle = FluentBundle::new(vec![language_identifier(locale)]);
        let mut problems = Vec::new();
        if let Err(error) = bundle.add_builtins() {
            problems.push(format!("{locale}: {}", describe(&error)));
        }
        for file in files {
            problems.extend(file.problems.iter().cloned());
            if let Err(errors) = bundle.add_resource(file.resource.clone()) {
                problems.extend(errors.iter().map(|e| format!("{locale}: {}", describe(e))));
            }
        }
        (LocaleBundle { locale, bundle }, problems)
    }

    /// The locale these messages are in.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The underlying Fluent bundle.
    pub fn fluent(&self) -> &FluentBundle<Rc<FluentResource>> {
        &self.bundle
    }
}

/// A short description of a Fluent problem. (Fluent's own `Display` pulls in large `Debug`
/// code; this keeps the download small and still names what is wrong.)
pub fn describe(error: &FluentError) -> String {
    match error {
        FluentError::Overriding { id, .. } => format!("`{id}` is defined twice"),
        FluentError::ParserError(e) => {
            format!("syntax error at bytes {}..{}", e.pos.start, e.pos.end)
        }
        FluentError::ResolverError(e) => match e {
            ResolverError::Reference(_) => {
                "refers to a message, term or variable that does not exist"
            }
            ResolverError::NoValue(_) => "refers to a message without a value",
            ResolverError::MissingDefault => "has a selector without a default variant",
            ResolverError::Cyclic => "refers to itself",
            ResolverError::TooManyPlaceables => "has too many placeables",
        }
        .to_owned(),
    }
}

/// The identifier Fluent uses for plural rules, known at compile time.
fn language_identifier(locale: Locale) -> LanguageIdentifier {
    match locale {
        Locale::ZhHans => langid!("zh-Hans"),
        Locale::Bo => langid!("bo"),
        Locale::Ug => langid!("ug"),
        Locale::Yue => langid!("yue"),
    }
}

const LOCALES: usize = Locale::ALL.len();
const RESOURCES: usize = Resource::ALL.len();

/// The message files loaded so far, and each locale's bundle built from them. Cheap to clone;
/// adding a file makes a new catalog, so views can tell by pointer whether anything changed.
#[derive(Clone, Default)]
pub struct Catalog(Rc<Slots>);

#[derive(Clone, Default)]
struct Slots {
    sources: [[Option<Rc<ParsedFile>>; RESOURCES]; LOCALES],
    bundles: [Option<Rc<LocaleBundle>>; LOCALES],
}

impl Catalog {
    /// A catalog with one more message file (replacing an earlier copy of it), and the
    /// problems found parsing the locale's files. A file cut from another one that is already
    /// here changes nothing; the whole file replaces what was cut from it (their messages
    /// would otherwise be defined twice).
    pub fn with(
        &self,
        locale: Locale,
        resource: Resource,
        source: Rc<str>,
    ) -> (Catalog, Vec<String>) {
        if resource
            .cut_from()
            .is_some_and(|whole| self.has(locale, whole))
        {
            return (self.clone(), Vec::new());
        }
        let mut slots = (*self.0).clone();
        let files = &mut slots.sources[locale.index()];
        for part in Resource::ALL {
            if part.cut_from() == Some(resource) {
                files[part.index()] = None;
            }
        }
        files[resource.index()] = Some(Rc::new(ParsedFile::parse(locale, &source)));
        let (bundle, problems) =
            LocaleBundle::from_files(locale, files.iter().flatten().map(|file| &**file));
        slots.bundles[locale.index()] = Some(Rc::new(bundle));
        (Catalog(Rc::new(slots)), problems)
    }

    /// The bundle of `locale`, if any of its files is loaded.
    pub fn get(&self, locale: Locale) -> Option<Rc<LocaleBundle>> {
        self.0.bundles[locale.index()].clone()
    }

    /// Whether a message file's text is loaded: the file itself, or the one it is cut from.
    pub fn has(&self, locale: Locale, resource: Resource) -> bool {
        let loaded = |r: Resource| self.0.sources[locale.index()][r.index()].is_some();
        loaded(resource) || resource.cut_from().is_some_and(loaded)
    }

    /// The files still to fetch before `view` can be shown in `locale`: each resource the
    /// view needs, for the locale and each fallback that has its own file of it.
    pub fn missing(&self, locale: Locale, view: &View) -> Vec<(Locale, Resource)> {
        self.missing_of(locale, view.needs())
    }

    /// The files of `resources` still to fetch for `locale`: each in the locale itself, or in
    /// the first language of its fallback chain that has it (a translated file is complete, so
    /// its Mandarin original is not fetched as well).
    pub fn missing_of(&self, locale: Locale, resources: &[Resource]) -> Vec<(Locale, Resource)> {
        resources
            .iter()
            .map(|r| (r.shown_in(locale), *r))
            .filter(|(l, r)| !self.has(*l, *r))
            .collect()
    }
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let loaded = Locale::ALL.into_iter().flat_map(|l| {
            Resource::ALL
                .into_iter()
                .filter(move |r| self.0.sources[l.index()][r.index()].is_some())
                .map(move |r| format!("{l}/{r:?}"))
        });
        f.debug_list().entries(loaded).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_files_follow_the_view_and_the_chain() {
        let (catalog, _) =
            Catalog::default().with(Locale::ZhHans, Resource::Shell, "a = b\n".into());
        assert!(catalog.missing(Locale::ZhHans, &View::Home).is_empty());
        assert_eq!(
            catalog.missing(Locale::ZhHans, &View::Help),
            vec![(Locale::ZhHans, Resource::Rights)]
        );
        assert_eq!(
            catalog.missing(Locale::Bo, &View::Rights),
            vec![
                (Locale::Bo, Resource::Shell),
                (Locale::Bo, Resource::Rights)
            ]
        );
        assert_eq!(
            catalog.missing(Locale::Yue, &View::Quiz),
            vec![
                (Locale::Yue, Resource::Shell),
                (Locale::Yue, Resource::Quiz)
            ],
            "a translated file comes without its Mandarin original"
        );
    }

    #[test]
    fn problems_name_the_line_and_the_duplicate() {
        let (_, problems) = LocaleBundle::parse(Locale::Bo, &["a = 1\n\nb = {\n", "a = 2\n"]);
        assert_eq!(
            problems,
            vec![
                "bo: syntax error on line 3".to_owned(),
                "bo: `a` is defined twice".to_owned()
            ]
        );
    }

    #[test]
    fn the_whole_quiz_file_stands_in_for_the_daily_cut() {
        let (catalog, _) =
            Catalog::default().with(Locale::ZhHans, Resource::Daily, "q-a = 1\n".into());
        assert!(catalog.has(Locale::ZhHans, Resource::Daily));
        assert!(!catalog.has(Locale::ZhHans, Resource::Quiz));
        let (catalog, problems) =
            catalog.with(Locale::ZhHans, Resource::Quiz, "q-a = 1\nq-b = 2\n".into());
        assert!(
            problems.is_empty(),
            "no message is defined twice: {problems:?}"
        );
        assert!(catalog.has(Locale::ZhHans, Resource::Daily));
        let (later, problems) = catalog.with(Locale::ZhHans, Resource::Daily, "q-a = 1\n".into());
        assert!(problems.is_empty());
        assert_eq!(later, catalog, "a daily file arriving late changes nothing");
        let bundle = catalog.get(Locale::ZhHans).unwrap();
        assert!(bundle.fluent().has_message("q-b"));
    }

    #[test]
    fn adding_a_file_rebuilds_the_locale_bundle() {
        let (catalog, _) =
            Catalog::default().with(Locale::ZhHans, Resource::Shell, "a = 1\n".into());
        let (catalog, problems) = catalog.with(Locale::ZhHans, Resource::Rights, "b = 2\n".into());
        assert!(problems.is_empty());
        let bundle = catalog.get(Locale::ZhHans).unwrap();
        assert!(bundle.fluent().has_message("a") && bundle.fluent().has_message("b"));
    }
}
