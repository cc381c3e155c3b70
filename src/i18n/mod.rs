//! Localization with Project Fluent: message files per locale, a fallback chain that ends in
//! Mandarin, the plain-speech register, and a Yew context that hands the localizer to views.

mod bundle;
mod context;
mod localizer;

pub use bundle::{Catalog, LocaleBundle};
pub use context::{use_i18n, I18n};
pub use localizer::{strip_isolation_marks, Localizer, MissLog};

use crate::model::locale::Locale;

/// The message files every locale has, under `locales/<tag>/`.
pub const FTL_FILES: &[&str] = &["shell.ftl"];

/// Mandarin's messages, built into the app: the end of every fallback chain, so that text is
/// on screen even when no other file can be fetched.
pub const ZH_HANS_SOURCES: &[&str] = &[include_str!("../../locales/zh-Hans/shell.ftl")];

/// The path, relative to the page, of one of a locale's message files.
pub fn ftl_path(locale: Locale, file: &str) -> String {
    format!("locales/{}/{file}", locale.tag())
}

/// A catalog holding the built-in Mandarin messages.
pub fn builtin_catalog() -> (Catalog, Vec<String>) {
    let (bundle, problems) = LocaleBundle::parse(Locale::ZhHans, ZH_HANS_SOURCES);
    (Catalog::default().with(bundle), problems)
}
