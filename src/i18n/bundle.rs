//! Parsed message bundles, one per locale, and the catalog of those loaded so far.

use std::collections::BTreeMap;
use std::rc::Rc;

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

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
        let langid: LanguageIdentifier = locale
            .tag()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default());
        let mut bundle = FluentBundle::new(vec![langid]);
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

/// The locales loaded so far. Cheap to clone; adding a locale makes a new catalog, so views
/// can tell by pointer whether anything changed.
#[derive(Clone, Default)]
pub struct Catalog(Rc<BTreeMap<Locale, Rc<LocaleBundle>>>);

impl Catalog {
    /// A catalog with `bundle` added (replacing any earlier one of its locale).
    pub fn with(&self, bundle: LocaleBundle) -> Catalog {
        let mut map = (*self.0).clone();
        map.insert(bundle.locale, Rc::new(bundle));
        Catalog(Rc::new(map))
    }

    /// The bundle of `locale`, if loaded.
    pub fn get(&self, locale: Locale) -> Option<Rc<LocaleBundle>> {
        self.0.get(&locale).cloned()
    }

    /// Whether `locale` is loaded.
    pub fn contains(&self, locale: Locale) -> bool {
        self.0.contains_key(&locale)
    }
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.0.keys()).finish()
    }
}
