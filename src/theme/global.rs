//! Page-wide rules: the theme's values as CSS custom properties (set on the app's root element
//! by [`inline_variables`]), and the rules that read them: type, colours, focus ring, reduced
//! motion, the shared classes of markup that the views' plain functions write (`ax-button`,
//! `ax-card`, `ax-cards`, `ax-intro`, `ax-lead`, `ax-hotline`, `ax-notices`), and the `ax-app-only` / `ax-needs-app` pair for pages read without the app;
//! emitted by the app's frame with stylist's `<Global>`.

use stylist::StyleSource;

use super::{Mode, Theme};
use crate::model::locale::Locale;

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

/// The page-wide rules, which read only the variables.
pub fn page_rules() -> StyleSource {
    stylist::css!(
        r#"
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; }
        button, input, select { font: inherit; color: inherit; }
        h1, h2, h3, p { margin: 0; }
        h1 { font-size: var(--ax-fs-title); line-height: var(--ax-lh-heading); }
        h2 { font-size: var(--ax-fs-heading); line-height: var(--ax-lh-heading); }
        h3 { font-size: var(--ax-fs-button); line-height: var(--ax-lh-heading); }
        h1[tabindex="-1"]:focus { outline: none; }
        :focus-visible { outline: 4px solid var(--ax-focus); outline-offset: 3px; }
        a { color: var(--ax-primary); }
        .ax-button {
            display: inline-flex; align-items: center; justify-content: center; gap: var(--ax-sp-s);
            min-height: var(--ax-target); min-width: var(--ax-target); padding: 0 var(--ax-sp-l);
            border: 2px solid var(--ax-primary); border-radius: var(--ax-r-control);
            background: var(--ax-primary); color: var(--ax-on-primary);
            font-size: var(--ax-fs-button); font-weight: 700; text-decoration: none; text-align: center; cursor: pointer;
        }
        .ax-button.secondary { background: var(--ax-surface); color: var(--ax-primary); font-size: var(--ax-fs-body); }
        .ax-button svg { inline-size: 1.2em; block-size: 1.2em; flex: none; }
        .ax-hotline {
            display: flex; flex-direction: column; gap: var(--ax-sp-xs);
            min-height: var(--ax-target); padding: var(--ax-sp-s) var(--ax-sp-m);
            border-radius: var(--ax-r-control); background: var(--ax-primary); color: var(--ax-on-primary);
            text-decoration: none;
        }
        .ax-hotline .number { display: inline-flex; align-items: center; gap: var(--ax-sp-s); font-size: var(--ax-fs-title); font-weight: 700; line-height: 1.2; }
        .ax-hotline .number svg { inline-size: 0.8em; block-size: 0.8em; flex: none; }
        .ax-hotline .label { font-size: var(--ax-fs-small); }
        .ax-intro { color: var(--ax-muted); }
        .ax-notices { display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .ax-notice {
            display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s);
            padding: var(--ax-sp-s) var(--ax-sp-m); border-radius: var(--ax-r-control);
            background: var(--ax-notice); color: var(--ax-on-notice);
        }
        .ax-notice p { flex: 1 1 12em; }
        .ax-notice button {
            min-height: var(--ax-target); min-width: var(--ax-target); padding: 0 var(--ax-sp-m);
            border: 2px solid var(--ax-on-notice); border-radius: var(--ax-r-control);
            background: transparent; font-weight: 700; cursor: pointer;
        }
        .ax-lead { font-size: var(--ax-fs-heading); line-height: var(--ax-lh-heading); color: var(--ax-primary); font-weight: 700; }
        .ax-cards { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--ax-sp-m); list-style: none; margin: 0; padding: 0; }
        @media (min-width: 600px) { .ax-cards { grid-template-columns: repeat(var(--ax-tile-columns), minmax(0, 1fr)); } }
        .ax-card { padding: var(--ax-sp-m); border-radius: var(--ax-r-card); background: var(--ax-surface); border: 2px solid var(--ax-border); }
        .ax-app-only { display: contents; }
        .ax-needs-app { display: none; }
        .ax-no-app .ax-needs-app {
            display: block; padding: var(--ax-sp-s) var(--ax-sp-m); border-radius: var(--ax-r-control);
            background: var(--ax-notice); color: var(--ax-on-notice);
        }
        .ax-no-app .ax-app-only, .ax-load-failed .ax-app-only { display: none; }
        .ax-app-loading, .ax-app-load-failed { display: none; }
        html:not([data-app]):not(.ax-no-app):not(.ax-load-failed) .ax-app-loading {
            display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s); color: var(--ax-muted);
        }
        html:not([data-app]) .ax-app-only > * { pointer-events: none; }
        .ax-app-loading progress { inline-size: 8em; block-size: 0.6em; accent-color: var(--ax-primary); }
        .ax-load-failed .ax-app-load-failed {
            display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s);
            padding: var(--ax-sp-s) var(--ax-sp-m); border-radius: var(--ax-r-control);
            background: var(--ax-notice); color: var(--ax-on-notice);
        }
        .ax-needs-app a {
            display: inline-flex; align-items: center; justify-content: center;
            min-height: var(--ax-target); min-width: var(--ax-target); padding: 0 var(--ax-sp-s);
            font-weight: 700;
        }
        [lang="zh-Hans"], [lang="yue"] { font-family: var(--ax-font-zh); }
        [lang="bo"] { font-family: var(--ax-font-bo); }
        [lang="ug"] { font-family: var(--ax-font-ug); }
        @media (prefers-reduced-motion: reduce) {
            *, *::before, *::after { animation: none !important; transition: none !important; }
        }
        "#
    )
}
