//! Looking messages up: the active locale first, then its fallbacks; the plain-speech variant
//! when asked for and present; a report the first time any message is missing.

use std::cell::RefCell;
use std::rc::Rc;

use fluent_bundle::FluentArgs;

use super::bundle::{describe, Catalog, LocaleBundle};
use crate::model::locale::Locale;

/// Shown when a message exists in no locale at all, so that no raw id ever reaches the page.
/// Tests make sure it never appears.
const LAST_RESORT: &str = "…";
/// The attribute that holds a message's plain-speech wording.
const PLAIN_ATTRIBUTE: &str = "plain";

/// Remembers which problems were already reported, so each is reported once.
pub struct MissLog {
    reported: RefCell<Vec<String>>,
    sink: fn(&str),
}

impl MissLog {
    /// A log that hands each new problem to `sink` (the browser console, in the app).
    pub fn new(sink: fn(&str)) -> Rc<MissLog> {
        Rc::new(MissLog {
            reported: RefCell::new(Vec::new()),
            sink,
        })
    }

    /// Records a problem; reports it if it is new.
    pub fn report(&self, problem: String) {
        if !self.reported.borrow().contains(&problem) {
            (self.sink)(&problem);
            self.reported.borrow_mut().push(problem);
        }
    }

    /// Every problem reported so far, in the order they were first reported.
    pub fn reported(&self) -> Vec<String> {
        self.reported.borrow().clone()
    }
}

/// Formats messages for one locale and register.
pub struct Localizer {
    locale: Locale,
    plain: bool,
    chain: Vec<Rc<LocaleBundle>>,
    misses: Rc<MissLog>,
}

impl Localizer {
    /// A localizer for `locale`, falling back along its chain through whatever `catalog` holds.
    pub fn new(catalog: &Catalog, locale: Locale, plain: bool, misses: Rc<MissLog>) -> Localizer {
        let chain = locale
            .chain()
            .into_iter()
            .filter_map(|l| catalog.get(l))
            .collect();
        Localizer {
            locale,
            plain: plain && locale.has_plain_register(),
            chain,
            misses,
        }
    }

    /// A localizer for another locale through the same `catalog`, in the same register and
    /// reporting to the same log (a second language shown beside this one).
    pub fn beside(&self, catalog: &Catalog, locale: Locale) -> Localizer {
        Localizer::new(catalog, locale, self.plain, self.misses.clone())
    }

    /// The locale being shown.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether plain-speech wording is in use.
    pub fn plain(&self) -> bool {
        self.plain
    }

    /// The text of message `id`.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of message `id` with its variables.
    pub fn text_with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// The locale whose file supplies message `id`: the one shown, or a fallback.
    pub fn source_of(&self, id: &str) -> Option<Locale> {
        self.chain
            .iter()
            .find(|b| b.fluent().has_message(id))
            .map(|b| b.locale())
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in &self.chain {
            let fluent = bundle.fluent();
            let Some(message) = fluent.get_message(id) else {
                continue;
            };
            let plain = self
                .plain
                .then(|| message.get_attribute(PLAIN_ATTRIBUTE))
                .flatten()
                .map(|attribute| attribute.value());
            let Some(pattern) = plain.or_else(|| message.value()) else {
                continue;
            };
            if bundle.locale() != self.locale {
                self.misses.report(format!(
                    "{}: message `{id}` is missing; showing {}",
                    self.locale,
                    bundle.locale()
                ));
            }
            let mut errors = Vec::new();
            let text = fluent.format_pattern(pattern, args, &mut errors);
            for error in errors {
                self.misses.report(format!(
                    "{}: message `{id}` {}",
                    bundle.locale(),
                    describe(&error)
                ));
            }
            return text.into_owned();
        }
        self.misses.report(format!(
            "{}: message `{id}` exists in no locale",
            self.locale
        ));
        LAST_RESORT.to_owned()
    }
}

/// Removes Fluent's bidi isolation marks and the other direction marks, for text that leaves
/// the page (the document title, the clipboard); one rule with read-aloud's (`model::speech`).
pub fn strip_isolation_marks(text: &str) -> String {
    crate::model::speech::without_direction_marks(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Resource;

    const ZH: &str =
        "hello = 你好\n    .plain = 你好呀\ncount = 共 { $n } 项\nonly-zh = 只有中文\n";
    const UG: &str =
        "hello = ياخشىمۇسىز\ncount = { $n ->\n    [one] بىر تۈر\n   *[other] { $n } تۈر\n}\n";

    fn catalog_of(sources: &[(Locale, &str)]) -> Catalog {
        sources
            .iter()
            .fold(Catalog::default(), |catalog, (locale, source)| {
                let (catalog, problems) = catalog.with(*locale, Resource::Shell, (*source).into());
                assert!(problems.is_empty(), "{problems:?}");
                catalog
            })
    }

    fn catalog() -> Catalog {
        catalog_of(&[(Locale::ZhHans, ZH), (Locale::Ug, UG)])
    }

    fn silent() -> Rc<MissLog> {
        MissLog::new(|_| {})
    }

    #[test]
    fn falls_back_along_the_chain_and_reports_once() {
        let misses = silent();
        let ug = Localizer::new(&catalog(), Locale::Ug, false, misses.clone());
        assert_eq!(ug.text("hello"), "ياخشىمۇسىز");
        assert_eq!(ug.text("only-zh"), "只有中文");
        assert_eq!(ug.text("only-zh"), "只有中文");
        assert_eq!(
            misses.reported(),
            vec!["ug: message `only-zh` is missing; showing zh-Hans".to_owned()]
        );
    }

    #[test]
    fn a_message_missing_everywhere_never_shows_its_id() {
        let misses = silent();
        let zh = Localizer::new(&catalog(), Locale::ZhHans, false, misses.clone());
        let text = zh.text("no-such-message");
        assert!(!text.is_empty());
        assert!(!text.contains("no-such-message"));
        assert_eq!(misses.reported().len(), 1);
    }

    #[test]
    fn the_source_of_a_message_is_known() {
        let ug = Localizer::new(&catalog(), Locale::Ug, false, silent());
        assert_eq!(ug.source_of("hello"), Some(Locale::Ug));
        assert_eq!(ug.source_of("only-zh"), Some(Locale::ZhHans));
        assert_eq!(ug.source_of("nothing"), None);
    }

    #[test]
    fn a_locale_not_yet_loaded_shows_its_fallback() {
        let yue = Localizer::new(&catalog(), Locale::Yue, false, silent());
        assert_eq!(yue.text("hello"), "你好");
    }

    #[test]
    fn plain_register_applies_to_mandarin_only() {
        let zh_plain = Localizer::new(&catalog(), Locale::ZhHans, true, silent());
        assert_eq!(zh_plain.text("hello"), "你好呀");
        assert_eq!(zh_plain.text("only-zh"), "只有中文");
        let ug_plain = Localizer::new(&catalog(), Locale::Ug, true, silent());
        assert!(!ug_plain.plain());
        assert_eq!(ug_plain.text("hello"), "ياخشىمۇسىز");
    }

    #[test]
    fn uyghur_plurals_select_one_and_other() {
        let ug = Localizer::new(&catalog(), Locale::Ug, false, silent());
        let mut one = FluentArgs::new();
        one.set("n", 1);
        let mut eight = FluentArgs::new();
        eight.set("n", 8);
        assert_eq!(ug.text_with("count", &one), "بىر تۈر");
        assert_eq!(
            strip_isolation_marks(&ug.text_with("count", &eight)),
            "8 تۈر"
        );
    }

    #[test]
    fn placeables_keep_their_isolation_marks() {
        let zh = Localizer::new(&catalog(), Locale::ZhHans, false, silent());
        let mut args = FluentArgs::new();
        args.set("n", 8);
        let text = zh.text_with("count", &args);
        assert_eq!(text, "共 \u{2068}8\u{2069} 项");
        assert_eq!(strip_isolation_marks(&text), "共 8 项");
    }

    #[test]
    fn number_builtin_is_available() {
        let catalog = catalog_of(&[(
            Locale::ZhHans,
            "n = { NUMBER($x, minimumFractionDigits: 1) }\n",
        )]);
        let localizer = Localizer::new(&catalog, Locale::ZhHans, false, silent());
        let mut args = FluentArgs::new();
        args.set("x", 3);
        assert_eq!(
            strip_isolation_marks(&localizer.text_with("n", &args)),
            "3.0"
        );
    }

    #[test]
    fn syntax_errors_are_reported_and_the_rest_kept() {
        let (bundle, problems) = LocaleBundle::parse(Locale::Bo, &["good = ལེགས།\nbad = {\n"]);
        assert!(!problems.is_empty());
        assert!(bundle.fluent().has_message("good"));
    }
}
