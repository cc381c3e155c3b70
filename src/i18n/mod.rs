//! Localization with Project Fluent: message files per locale, a fallback chain that ends in
//! Mandarin, the plain-speech register, and a Yew context that hands the localizer to views.

mod bundle;
mod context;
mod daily;
mod localizer;

/// The message files (declared with the screens that need them, in `model`).
pub use crate::model::resource::Resource;
pub use bundle::{Catalog, LocaleBundle};
pub use context::{use_i18n, I18n};
pub use daily::daily_file;
pub use localizer::{strip_isolation_marks, Localizer, MissLog};

use crate::model::draw::daily_question;
use crate::model::locale::Locale;
use crate::model::progress::Day;

/// Mandarin's shell messages, built into the app: the end of every fallback chain, so that
/// names, navigation and notices are on screen even when nothing else can be fetched. The
/// comments of `locales/zh-Hans/shell.ftl` are left out (`build.rs`), line for line.
pub const ZH_HANS_SHELL: &str = include_str!(concat!(env!("OUT_DIR"), "/zh-Hans-shell.ftl"));

/// The path, relative to the page, of a locale's message file; for [`Resource::Daily`], the
/// file of the question for `today`.
pub fn ftl_path(locale: Locale, resource: Resource, today: Day) -> String {
    match resource {
        Resource::Daily => daily_path(locale, daily_question(today).id),
        _ => format!("locales/{}/{}", locale.tag(), resource.file()),
    }
}

/// The path, relative to the page, of the daily file of question `id` (written by the
/// prerender, [`daily_file`]).
pub fn daily_path(locale: Locale, id: &str) -> String {
    format!("locales/{}/daily/{id}.ftl", locale.tag())
}

/// A catalog holding the built-in Mandarin shell messages.
pub fn builtin_catalog() -> (Catalog, Vec<String>) {
    Catalog::default().with(Locale::ZhHans, Resource::Shell, ZH_HANS_SHELL.into())
}
