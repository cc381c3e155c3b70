//! The theme's values as CSS custom properties, set on the app's root element by
//! [`inline_variables`] and read by every rule of `styles`; and the class that marks a page
//! read without the app.

use super::{min_contrast, palette, Mode, Theme};
use crate::model::contrast::{contrast_ratio, mix};
use crate::model::locale::Locale;
use crate::model::partner::BrandColors;

/// The class the page's own scripts put on `<html>` when the app cannot run there (no
/// WebAssembly, or its module fails to compile or instantiate): parts marked `ax-app-only` give
/// way to notes marked `ax-needs-app`, which say what the part needs. Until the app marks the
/// page `data-app`, those parts show the `ax-app-loading` line instead.
pub const NO_APP_CLASS: &str = "ax-no-app";

/// The class a page built without a partner puts on `<html>` while the deployment's
/// `partner.json` is read (`src/prerender/partner-wait.js`): the page is not drawn until a
/// partner dropped in after the build can be drawn in its colours. The app takes it away once
/// it has read the file; the script itself on the general build's `null`, and after a second.
pub const PARTNER_WAIT_CLASS: &str = "ax-partner-wait";

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

/// A partner's brand colours as declarations that follow [`inline_variables`] and override
/// its defaults; empty without colours, and in 长辈版 when the pair falls short of its 7:1
/// contrast. Where they go (EMBEDDING.md's table):
/// - always the filled parts (`--ax-brand`, `--ax-on-brand`): the top bar, the main buttons;
/// - where the brand colour also reads as text on the page and on cards (the mode's contrast
///   against both), the app's primary colour everywhere (`--ax-primary`: secondary buttons,
///   links, radios, switches, hotline and topic tiles, chosen answers) and a tint of it
///   (`--ax-tint`, behind brand-coloured text) where that tint keeps the contrast.
///
/// Type, targets and every other colour stay the theme's.
pub fn brand_variables(colors: Option<&BrandColors>, mode: Mode) -> String {
    let Some(colors) = colors.filter(|colors| mode == Mode::Standard || colors.in_elder) else {
        return String::new();
    };
    let (brand, on_brand) = (colors.brand.as_str(), colors.on_brand.as_str());
    let mut declarations = format!("--ax-brand:{brand};--ax-on-brand:{on_brand};");
    // The palette alone: the whole theme would bring its type scale into the download.
    let palette = palette(mode);
    let reads = |foreground: &str, background: &str| {
        contrast_ratio(foreground, background).is_some_and(|ratio| ratio >= min_contrast(mode))
    };
    if reads(brand, palette.page) && reads(brand, palette.surface) {
        declarations.push_str(&format!("--ax-primary:{brand};--ax-on-primary:{on_brand};"));
        let tint = mix(brand, palette.surface, BRAND_TINT)
            .filter(|tint| reads(brand, tint) && reads(palette.text, tint));
        if let Some(tint) = tint {
            declarations.push_str(&format!("--ax-tint:{tint};"));
        }
    }
    declarations
}

/// How much of the brand colour its tint (`--ax-tint`) carries over the card's white.
const BRAND_TINT: f64 = 0.1;

#[cfg(test)]
mod tests {
    use super::*;

    fn colors(brand: &str, on_brand: &str) -> BrandColors {
        let ratio = contrast_ratio(brand, on_brand).expect("colours");
        BrandColors {
            brand: brand.to_owned(),
            on_brand: on_brand.to_owned(),
            ratio,
            in_elder: ratio >= crate::model::contrast::ELDER_CONTRAST,
        }
    }

    /// The value a declaration list gives `name`, if any.
    fn value<'a>(declarations: &'a str, name: &str) -> Option<&'a str> {
        declarations
            .split(';')
            .find_map(|d| d.strip_prefix(name)?.strip_prefix(':'))
    }

    #[test]
    fn a_brand_colour_that_reads_as_text_is_the_primary_colour_everywhere() {
        let purple = colors("#6a1b9a", "#ffffff");
        let standard = brand_variables(Some(&purple), Mode::Standard);
        assert_eq!(value(&standard, "--ax-brand"), Some("#6a1b9a"));
        assert_eq!(value(&standard, "--ax-primary"), Some("#6a1b9a"));
        assert_eq!(value(&standard, "--ax-on-primary"), Some("#ffffff"));
        let tint = value(&standard, "--ax-tint").expect("a tint of the brand");
        let theme = Theme::new(Mode::Standard, Locale::ZhHans);
        for text in ["#6a1b9a", theme.palette.text] {
            assert!(
                contrast_ratio(text, tint).unwrap() >= theme.min_contrast(),
                "{text} on {tint}"
            );
        }
        // In 长辈版 (7:1 and more against white): the same, with its own threshold.
        let elder = brand_variables(Some(&purple), Mode::Elder);
        assert_eq!(value(&elder, "--ax-primary"), Some("#6a1b9a"));
    }

    #[test]
    fn a_light_brand_colour_fills_but_never_writes() {
        // Yellow with black text: a fine button, unreadable as text on white.
        let yellow = colors("#ffcc00", "#000000");
        let standard = brand_variables(Some(&yellow), Mode::Standard);
        assert_eq!(value(&standard, "--ax-brand"), Some("#ffcc00"));
        assert_eq!(value(&standard, "--ax-primary"), None);
        assert_eq!(value(&standard, "--ax-tint"), None);
        // Under 7:1 between them: nothing in 长辈版.
        let teal = colors("#00796b", "#ffffff");
        assert!(!teal.in_elder);
        assert_eq!(brand_variables(Some(&teal), Mode::Elder), "");
        assert_eq!(brand_variables(None, Mode::Standard), "");
    }
}
