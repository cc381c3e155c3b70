//! The theme's values as CSS custom properties, set on the app's root element by
//! [`inline_variables`] and read by every rule of `styles`; and the class that marks a page
//! read without the app.

use super::{Mode, Theme};
use crate::model::locale::Locale;
use crate::model::partner::BrandColors;

/// The class the page's own scripts put on `<html>` when the app cannot run there (no
/// WebAssembly, or its module fails to compile or instantiate): parts marked `ax-app-only` give
/// way to notes marked `ax-needs-app`, which say what the part needs. Until the app marks the
/// page `data-app`, those parts show the `ax-app-loading` line instead.
pub const NO_APP_CLASS: &str = "ax-no-app";

/// The class the page's loader puts on `<html>` when the app's files could not be downloaded:
/// parts marked `ax-app-only` give way to the `ax-app-load-failed` line and its retry.
pub const LOAD_FAILED_CLASS: &str = "ax-load-failed";

/// The theme's values for a mode and locale as custom-property declarations
/// (`--ax-page: #f5f3ee; …`), put in the `style` attribute of the app's root element. Being
/// part of the same render as the content, a change of language or of 长辈版 restyles the
/// page in the same frame as its new text, so nothing shifts after it is drawn.
pub fn inline_variables(mode: Mode, locale: Locale) -> String {
    Theme::new(mode, locale)
        .variables()
        .into_iter()
        .map(|(name, value)| format!("{name}:{value};"))
        .collect()
}

/// A partner's brand colours (`--ax-brand`, `--ax-on-brand`: the top bar and the main
/// buttons) as declarations that follow [`inline_variables`] and override its defaults; empty
/// without colours, and in 长辈版 when the pair falls short of its 7:1 contrast. Only these
/// two values are the partner's: type, targets and every other colour stay the theme's.
pub fn brand_variables(colors: Option<&BrandColors>, mode: Mode) -> String {
    match colors {
        Some(colors) if mode == Mode::Standard || colors.in_elder => {
            format!(
                "--ax-brand:{};--ax-on-brand:{};",
                colors.brand, colors.on_brand
            )
        }
        _ => String::new(),
    }
}
