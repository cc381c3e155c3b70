//! Parsed message bundles, one per locale, and the catalog of those loaded so far.

use std::rc::Rc;

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::{langid, LanguageIdentifier};

use crate::model::locale::Locale;

/// One locale's parsed messages.
pub struct LocaleBundle {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl LocaleBundle {
    /// Parses a locale's message files. Whatever parses is kept; each syntax error or
    /// duplicate id comes back as a readable problem.
    pub fn parse<S: AsRef<str>>(locale: Locale, sources: &[S]) -> (LocaleBundle, Vec<String>) {
        let mut bundle = FluentBundle::new(vec![language_identifier(locale)]);
        let mut problems = Vec::new();
        if let Err(error) = bundle.add_builtins() {
            problems.push(format!("{locale}: {error}"));
        }
        for source in sources {
            let resource = match FluentResource::try_new(source.as_ref().to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    problems.extend(errors.iter().map(|e| format!("{locale}: {e}")));
                    resource
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{locale}: {e}")));
            }
        }
        (LocaleBundle { locale, bundle }, problems)
    }

    /// The locale these messages are in.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The underlying Fluent bundle.
    pub fn fluent(&self) -> &FluentBundle<FluentResource> {
        &self.bundle
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

/// The locales loaded so far, one slot per locale. Cheap to clone; adding a locale makes a new
/// catalog, so views can tell by pointer whether anything changed.
#[derive(Clone, Default)]
pub struct Catalog(Rc<[Option<Rc<LocaleBundle>>; Locale::ALL.len()]>);

impl Catalog {
    /// A catalog with `bundle` added (replacing any earlier one of its locale).
    pub fn with(&self, bundle: LocaleBundle) -> Catalog {
        let mut slots = (*self.0).clone();
        let slot = bundle.locale.index();
        slots[slot] = Some(Rc::new(bundle));
        Catalog(Rc::new(slots))
    }

    /// The bundle of `locale`, if loaded.
    pub fn get(&self, locale: Locale) -> Option<Rc<LocaleBundle>> {
        self.0[locale.index()].clone()
    }

    /// Whether `locale` is loaded.
    pub fn contains(&self, locale: Locale) -> bool {
        self.0[locale.index()].is_some()
    }
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let loaded = Locale::ALL.into_iter().filter(|l| self.contains(*l));
        f.debug_list().entries(loaded).finish()
    }
}
