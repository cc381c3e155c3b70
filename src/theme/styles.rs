//! Every stylesheet of the app, in one table: each component's and screen's fixed class (the
//! constants here, which the views put on their root element) and its rules, written as stylist
//! reads them (declarations for the element itself, nested selectors for what is inside it,
//! `&` for the element with another class or attribute); and the page-wide rules
//! ([`PAGE_RULES`]). Every rule reads the theme only through its `--ax-…` variables, so one
//! stylesheet serves every mode and locale. The rules are not in the wasm: at build time stylist
//! scopes each sheet under its class (`theme::stylesheet`, feature `ssr`) and the prerender puts
//! the result into every page's `<head>`.

use crate::model::view::Entry;

/// One stylesheet: the class its rules are scoped to, and the rules.
pub struct Stylesheet {
    /// The class of the element the rules style, or `None` for page-wide rules, written as they
    /// are.
    pub class: Option<&'static str>,
    /// The rules, with nesting, as stylist reads them.
    pub source: &'static str,
    /// The entry whose screens alone use the sheet: only the pages of entries that carry it
    /// get it. `None` for every page.
    pub only: Option<Entry>,
}

/// Declares every scoped stylesheet: a constant per row holding its class, and
/// [`STYLESHEETS`], the page-wide rules followed by the rows in order (the order they cascade
/// in). A row marked `only Workshop` is written only into the pages of the entries that carry
/// that entry's screens (`Entry::carries`).
macro_rules! stylesheets {
    ($($(#[$meta:meta])* $name:ident = $class:literal $(only $entry:ident)? => $source:literal,)*) => {
        $($(#[$meta])* pub const $name: &str = $class;)*

        /// Every stylesheet: the page-wide rules, then each class's, in the order of the table.
        pub const STYLESHEETS: &[Stylesheet] = &[
            Stylesheet { class: None, source: PAGE_RULES, only: None },
            $(Stylesheet { class: Some($name), source: $source, only: only!($($entry)?) },)*
        ];
    };
}

/// The entry a row of [`stylesheets!`] is limited to, if any.
macro_rules! only {
    () => {
        None
    };
    ($entry:ident) => {
        Some(Entry::$entry)
    };
}

/// The printed page's box, which stylist does not read, so [`stylesheet`](super::stylesheet)
/// writes it after the sheets as it is: every printed page keeps the leaflets' margin
/// (`model::handout::MARGIN_MM`), which home and shop printers keep clear.
pub fn page_box_rule() -> String {
    format!("@page{{margin:{}mm}}", crate::model::handout::MARGIN_MM)
}

/// The page-wide rules, which read only the variables: type, colours, focus ring, reduced
/// motion, the shared classes of markup that the views' plain functions write (`ax-button`,
/// `ax-card`, `ax-cards`, `ax-intro`, `ax-lead`, `ax-hotline`, `ax-picture`, `ax-notices`), and the
/// `ax-app-only` / `ax-needs-app` pair for pages read without the app.
pub const PAGE_RULES: &str = r#"
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; }
    html[data-embed] .ax-shell { min-block-size: 0; }
    html.ax-partner-wait .ax-shell { visibility: hidden; }
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
        border: 2px solid var(--ax-brand); border-radius: var(--ax-r-control);
        background: var(--ax-brand); color: var(--ax-on-brand);
        font-size: var(--ax-fs-button); font-weight: 700; text-decoration: none; text-align: center; cursor: pointer;
    }
    .ax-button.secondary { border-color: var(--ax-primary); background: var(--ax-surface); color: var(--ax-primary); font-size: var(--ax-fs-body); }
    .ax-button svg { inline-size: 1.2em; block-size: 1.2em; flex: none; }
    .ax-chip {
        min-height: var(--ax-target); padding: 0 var(--ax-sp-m);
        border: 2px solid var(--ax-primary); border-radius: var(--ax-r-control);
        background: var(--ax-surface); color: var(--ax-primary); font-weight: 700; cursor: pointer;
    }
    .ax-chip[aria-pressed="true"] { background: var(--ax-primary); color: var(--ax-on-primary); }
    .ax-picture {
        flex: none; display: grid; place-items: center;
        inline-size: var(--ax-target); block-size: var(--ax-target); border-radius: 50%;
        background: var(--ax-tint); color: var(--ax-primary);
    }
    .ax-picture svg { inline-size: 60%; block-size: 60%; }
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
        display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: var(--ax-sp-s);
        position: fixed; inset-inline: 0; inset-block-end: 0; z-index: 1;
        padding: var(--ax-sp-s) var(--ax-sp-m); background: var(--ax-surface); color: var(--ax-text);
        border-block-start: 2px solid var(--ax-border);
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
    .ax-read.current {
        background: var(--ax-tint); box-shadow: 0 0 0 0.15em var(--ax-tint); border-radius: 0.2em;
        text-decoration: underline 0.15em var(--ax-primary); text-underline-offset: 0.3em;
        -webkit-box-decoration-break: clone; box-decoration-break: clone;
    }
    [lang="zh-Hans"], [lang="yue"] { font-family: var(--ax-font-zh); }
    [lang="bo"] { font-family: var(--ax-font-bo); line-height: var(--ax-lh-bo); }
    [lang="ug"] { font-family: var(--ax-font-ug); }
    @media print {
        .ax-top-bar, .ax-notices, .ax-app-loading, .ax-app-load-failed, .ax-needs-app { display: none !important; }
        main { padding: 0 !important; max-inline-size: none !important; }
    }
    @media (prefers-reduced-motion: reduce) {
        *, *::before, *::after { animation: none !important; transition: none !important; }
    }
"#;

stylesheets! {
    /// The frame around every screen (`app::shell`): the page's colours and type, the column,
    /// the splash.
    SHELL = "ax-shell" => r#"
        min-block-size: 100vh;
        background: var(--ax-page); color: var(--ax-text);
        /* A card sits in a partner's page: white like the section around it, not the page's
           warm grey. */
        &.card-frame { background: var(--ax-surface); }
        font-family: var(--ax-font); font-size: var(--ax-fs-body); line-height: var(--ax-lh);
        overflow-wrap: anywhere;
        main {
            max-inline-size: var(--ax-max); margin: 0 auto;
            padding: var(--ax-sp-m) var(--ax-sp-m) var(--ax-sp-xl);
            display: flex; flex-direction: column;
        }
        main > * + * { margin-block-start: var(--ax-sp-m); }
        main > [role="status"]:empty + * { margin-block-start: 0; }
        main.card { padding: var(--ax-sp-m); }
        .close-bar { display: flex; justify-content: flex-end; padding: var(--ax-sp-xs) var(--ax-sp-m) 0; }
        .splash { display: grid; place-items: center; min-block-size: 60vh; font-size: var(--ax-fs-title); color: var(--ax-primary); font-weight: 700; }
    "#,
    /// The bar at the top of every screen: back, the app's name, settings (`TopBar`).
    TOP_BAR = "ax-top-bar" => r#"
        background: var(--ax-brand); color: var(--ax-on-brand);
        .inner {
            max-inline-size: var(--ax-max); margin: 0 auto; padding: var(--ax-sp-xs) var(--ax-sp-m);
            display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--ax-sp-s);
        }
        a {
            display: inline-flex; align-items: center; gap: var(--ax-sp-xs);
            min-height: var(--ax-target); min-width: var(--ax-target); padding: 0 var(--ax-sp-s);
            color: var(--ax-on-brand); text-decoration: none; font-weight: 700;
            border-radius: var(--ax-r-control);
        }
        a svg { inline-size: 1.4em; block-size: 1.4em; flex: none; }
        .back svg { transform: var(--ax-mirror); }
        /* Tibetan letters sit in the upper part of their line (the room below is for stacked
           letters): the icon beside a Tibetan label is lifted to the letters' middle. */
        &:lang(bo) a svg { position: relative; inset-block-start: calc(-1 * var(--ax-bo-icon-lift)); }
        .brand { font-size: var(--ax-fs-heading); letter-spacing: 0.05em; }
        .partner { block-size: 1.6em; inline-size: auto; max-inline-size: 8em; }
        :focus-visible { outline-color: var(--ax-on-brand); }
    "#,
    /// A screen whose text is still coming or could not be fetched (`pages::Page`).
    PAGE_STATUS = "ax-page-status" => r#"
        display: flex; flex-direction: column; align-items: flex-start; gap: var(--ax-sp-m);
        button {
            min-height: var(--ax-target); padding: 0 var(--ax-sp-l);
            border: none; border-radius: var(--ax-r-control);
            background: var(--ax-primary); color: var(--ax-on-primary);
            font-size: var(--ax-fs-button); font-weight: 700; cursor: pointer;
        }
    "#,
    /// The home screen.
    HOME = "ax-home" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        .settings { display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .tiles { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--ax-sp-m); }
        @media (min-width: 600px) { .tiles { grid-template-columns: repeat(var(--ax-tile-columns), minmax(0, 1fr)); } }
        /* An odd tile out at the end takes the whole row. */
        @media (min-width: 600px) { .tiles > :last-child:nth-child(odd) { grid-column: 1 / -1; } }
        .privacy { font-size: var(--ax-fs-small); color: var(--ax-muted); }
        .workshop { display: none; align-self: flex-start; }
        .handouts { align-self: flex-start; }
        @media (min-width: 700px) { .workshop { display: inline-flex; } }
    "#,
    /// The settings screen.
    SETTINGS = "ax-settings" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        h2 { margin-block-end: var(--ax-sp-s); }
        .muted { color: var(--ax-muted); font-size: var(--ax-fs-small); }
        .actions { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); margin-block-start: var(--ax-sp-s); }
        .actions button {
            min-height: var(--ax-target); padding: 0 var(--ax-sp-m);
            border: 2px solid var(--ax-primary); border-radius: var(--ax-r-control);
            background: var(--ax-surface); color: var(--ax-primary); font-weight: 700; cursor: pointer;
        }
        .actions button.confirm { background: var(--ax-primary); color: var(--ax-on-primary); }
    "#,
    /// Offline use (`components::offline::OfflinePanel`): the languages to prepare, the
    /// download, what is ready.
    OFFLINE = "ax-offline" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-s);
        .muted { color: var(--ax-muted); font-size: var(--ax-fs-small); }
        .languages { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
        .languages button[lang="bo"] { font-family: var(--ax-font-bo); line-height: var(--ax-lh-bo); }
        .languages button[lang="ug"] { font-family: var(--ax-font-ug); }
        > .ax-button { align-self: flex-start; }
        .progress { display: flex; flex-direction: column; gap: var(--ax-sp-xs); }
        .progress progress { inline-size: 100%; block-size: 1em; accent-color: var(--ax-primary); }
        .ready { padding: var(--ax-sp-m); border-radius: var(--ax-r-card); background: var(--ax-tint); }
        .install { display: flex; flex-direction: column; gap: var(--ax-sp-s); align-items: flex-start; }
    "#,
    /// The line saying a new version is ready (`components::offline::UpdateLine`).
    UPDATE_LINE = "ax-update" => r#"
        display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s);
        margin: 0 0 var(--ax-sp-m); padding: var(--ax-sp-s) var(--ax-sp-m);
        border-radius: var(--ax-r-card); background: var(--ax-tint); color: var(--ax-text);
    "#,
    /// The list of rights.
    RIGHTS_LIST = "ax-rights-list" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
    "#,
    /// One right in depth.
    /// A card a partner embeds (`pages::cards`): one item in brief and a link to learn more.
    EMBED_CARD = "ax-embed-card" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m);
        h1 { font-size: var(--ax-fs-heading); }
        h2 { font-size: var(--ax-fs-button); }
        .head { display: flex; align-items: center; gap: var(--ax-sp-s); }
        .trap { font-weight: 700; }
        ul { margin: 0; padding-inline-start: 1.2em; display: flex; flex-direction: column; gap: var(--ax-sp-xs); }
        .learn-more { align-self: flex-start; }
    "#,
    RIGHT_DETAIL = "ax-right-detail" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        .head { display: flex; align-items: center; gap: var(--ax-sp-m); }
        section {
            padding: var(--ax-sp-m); border-radius: var(--ax-r-card);
            background: var(--ax-surface); border: 2px solid var(--ax-border);
        }
        h2 { margin-block-end: var(--ax-sp-s); }
        ul, ol { margin: 0; padding-inline-start: 1.4em; display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .links { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
        .button {
            display: inline-flex; align-items: center; justify-content: center; gap: var(--ax-sp-s);
            min-height: var(--ax-target); padding: 0 var(--ax-sp-l);
            border-radius: var(--ax-r-control); font-size: var(--ax-fs-button); font-weight: 700;
            text-decoration: none; background: var(--ax-primary); color: var(--ax-on-primary);
        }
        .button svg { inline-size: 1.2em; block-size: 1.2em; flex: none; }
        .secondary { background: var(--ax-surface); color: var(--ax-primary); border: 2px solid var(--ax-primary); font-size: var(--ax-fs-body); }
    "#,
    /// The help screen: who to call, in order.
    HELP = "ax-help" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        h2 { margin-block-end: var(--ax-sp-s); }
        .path { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .step, .card {
            display: flex; flex-direction: column; gap: var(--ax-sp-s);
            padding: var(--ax-sp-m); border-radius: var(--ax-r-card);
            background: var(--ax-surface); border: 2px solid var(--ax-border);
        }
        ul { margin: 0; padding-inline-start: 1.4em; display: flex; flex-direction: column; gap: var(--ax-sp-xs); }
        .never { font-weight: 700; padding: var(--ax-sp-s) var(--ax-sp-m); border-radius: var(--ax-r-control); background: var(--ax-notice); color: var(--ax-on-notice); }
    "#,
    /// The quiz screen: topics, a round, the score, the 错题本.
    QUIZ = "ax-quiz" only Quiz => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        section { display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .row { display: flex; flex-wrap: wrap; gap: var(--ax-sp-m); align-items: center; }
        .muted { color: var(--ax-muted); font-size: var(--ax-fs-small); }
        .topics { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 8em), 1fr)); gap: var(--ax-sp-m); list-style: none; margin: 0; padding: 0; }
        .topic {
            display: flex; align-items: center; gap: var(--ax-sp-m); inline-size: 100%; block-size: 100%;
            min-height: var(--ax-target); padding: var(--ax-sp-s) var(--ax-sp-m);
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-control);
            background: var(--ax-surface); text-align: start; cursor: pointer;
        }
        .topic .words { flex: 1; display: flex; flex-direction: column; }
        .topic .name { font-weight: 700; color: var(--ax-primary); }
        .topic .count { font-size: var(--ax-fs-small); color: var(--ax-muted); }
        .done { flex: none; display: inline-flex; align-items: center; gap: var(--ax-sp-xs); font-size: var(--ax-fs-small); color: var(--ax-primary); font-weight: 700; }
        .done svg { inline-size: 1.2em; block-size: 1.2em; }
        .list { margin: 0; padding-inline-start: 1.4em; display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        progress { inline-size: 100%; block-size: 12px; accent-color: var(--ax-primary); }
        h2:focus { outline: none; }
        .score { font-size: var(--ax-fs-title); line-height: var(--ax-lh-heading); font-weight: 700; color: var(--ax-primary); }
    "#,
    /// The list of cases, with its filter.
    CASES_LIST = "ax-cases-list" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        .filters { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
    "#,
    /// One case: the story, what to do, its rights and questions.
    CASE_DETAIL = "ax-case-detail" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        section { display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .story { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .scene { display: flex; flex-direction: column; gap: var(--ax-sp-xs); padding-inline-start: var(--ax-sp-m); border-inline-start: 4px solid var(--ax-primary); }
        .scene-label { font-size: var(--ax-fs-small); font-weight: 700; color: var(--ax-muted); }
        ul, ol { margin: 0; padding-inline-start: 1.4em; display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .story { padding: 0; }
        .links { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
        .calls { display: flex; flex-direction: column; gap: var(--ax-sp-s); }
    "#,
    /// The read-aloud control (`ReadAloud`): its buttons in a row that wraps, what it says under
    /// them; held at the top of the screen while it reads, so 停止 is always in reach.
    READ_ALOUD = "ax-read-aloud" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-xs);
        padding: var(--ax-sp-s); border-radius: var(--ax-r-card);
        background: var(--ax-surface); border: 2px solid var(--ax-border);
        &[data-state="reading"] { position: sticky; inset-block-start: 0; z-index: 1; border-color: var(--ax-primary); }
        .buttons { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
        .buttons:empty { display: none; }
        .buttons .ax-button { flex: 1 1 auto; }
        /* Why it cannot read takes the buttons' place at their height (two lines, the rest in
           its title and read out whole by a screen reader): the page under it never moves
           when the state becomes known after the page is shown. */
        &[data-state="unavailable"] > .said {
            min-block-size: var(--ax-target); color: var(--ax-text); line-height: calc(var(--ax-target) / 2);
            display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;
        }
        &.compact {
            flex: 0 1 auto; min-inline-size: 0; max-inline-size: 12em; display: inline-flex; flex-direction: row; align-items: center;
            gap: var(--ax-sp-s); padding: 0; border: none; border-radius: 0; background: none;
        }
        &.compact .ax-button { flex: none; }
        &.compact .said { min-inline-size: 0; font-size: var(--ax-fs-small); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        @media print { display: none; }
    "#,
    /// A tile leading to a screen (`NavTile`).
    NAV_TILE = "ax-nav-tile" => r#"
        display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-m);
        min-height: var(--ax-target); padding: var(--ax-sp-m);
        border: 2px solid var(--ax-border); border-radius: var(--ax-r-card);
        background: var(--ax-surface); color: var(--ax-text); text-decoration: none;
        .words { flex: 1 1 8em; display: flex; flex-direction: column; min-inline-size: 0; }
        .title { font-size: var(--ax-fs-button); font-weight: 700; line-height: var(--ax-lh-heading); color: var(--ax-primary); }
        .subtitle { font-size: var(--ax-fs-small); color: var(--ax-muted); }
    "#,
    /// An on/off switch (`ToggleSwitch`); `prominent` for 长辈版's own switch.
    TOGGLE_SWITCH = "ax-toggle-switch" => r#"
        display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s) var(--ax-sp-m);
        inline-size: 100%; min-height: var(--ax-target);
        padding: var(--ax-sp-s) var(--ax-sp-m);
        border: 2px solid var(--ax-border); border-radius: var(--ax-r-card);
        background: var(--ax-surface); color: var(--ax-text);
        text-align: start; cursor: pointer;
        &.prominent { border: 3px solid var(--ax-primary); }
        .icon { display: inline-flex; inline-size: 1.6em; block-size: 1.6em; flex: none; color: var(--ax-primary); }
        .icon svg { inline-size: 100%; block-size: 100%; }
        .words { flex: 1 1 6em; display: flex; flex-direction: column; }
        .label { font-size: var(--ax-fs-body); font-weight: 700; line-height: var(--ax-lh-heading); }
        &.prominent .label { font-size: var(--ax-fs-button); }
        .hint { font-size: var(--ax-fs-small); color: var(--ax-muted); }
        .state { display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s); flex: 0 1 auto; min-inline-size: 0; font-size: var(--ax-fs-small); font-weight: 700; }
        .track {
            inline-size: 3.2em; block-size: 1.8em; border-radius: 1em; flex: none;
            background: var(--ax-muted); position: relative;
        }
        .thumb {
            position: absolute; inset-block-start: 0.2em; inset-inline-start: 0.2em;
            inline-size: 1.4em; block-size: 1.4em; border-radius: 50%; background: var(--ax-surface);
        }
        &[aria-checked="true"] .track { background: var(--ax-primary); }
        &[aria-checked="true"] .thumb { inset-inline-start: 1.6em; }
    "#,
    /// The language switch (`LanguageSwitch`).
    LANGUAGE_SWITCH = "ax-language-switch" => r#"
        .label { display: flex; align-items: center; gap: var(--ax-sp-s); font-weight: 700; margin-block-end: var(--ax-sp-s); }
        .label svg { width: 1.3em; height: 1.3em; flex: none; }
        .options { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: var(--ax-sp-s); }
        @media (min-width: 600px) { .options { grid-template-columns: repeat(4, minmax(0, 1fr)); } }
        button {
            min-height: var(--ax-target); min-width: var(--ax-target);
            padding: var(--ax-sp-xs) var(--ax-sp-s);
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-control);
            background: var(--ax-surface); color: var(--ax-text);
            font-size: var(--ax-fs-body); font-weight: 600; line-height: 1.5;
            cursor: pointer;
        }
        button[aria-pressed="true"] { background: var(--ax-primary); border-color: var(--ax-primary); color: var(--ax-on-primary); }
        button[aria-busy="true"] { border-style: dashed; }
        .status { margin-block-start: var(--ax-sp-xs); color: var(--ax-muted); font-size: var(--ax-fs-small); }
    "#,
    /// One quiz question with its options and feedback (`QuestionCard`); `many` when several
    /// options may be chosen.
    QUESTION_CARD = "ax-question-card" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m);
        .kind { font-size: var(--ax-fs-small); color: var(--ax-muted); font-weight: 700; }
        .story { padding: var(--ax-sp-m); border-inline-start: 6px solid var(--ax-primary); background: var(--ax-tint); border-radius: var(--ax-r-control); }
        h2:focus { outline: none; }
        .options { display: flex; flex-direction: column; gap: var(--ax-sp-m); list-style: none; margin: 0; padding: 0; }
        .option {
            display: flex; align-items: center; gap: var(--ax-sp-m); inline-size: 100%;
            min-height: var(--ax-target); padding: var(--ax-sp-s) var(--ax-sp-m);
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-control);
            background: var(--ax-surface); text-align: start; cursor: pointer;
        }
        .option[aria-pressed="true"] { border-color: var(--ax-primary); background: var(--ax-tint); border-width: 3px; }
        .option:disabled { cursor: default; color: var(--ax-text); opacity: 1; }
        .option.correct { border-color: var(--ax-primary); border-width: 3px; }
        .box {
            flex: none; display: grid; place-items: center; inline-size: 1.4em; block-size: 1.4em;
            border: 2px solid var(--ax-primary); border-radius: 50%; color: var(--ax-on-primary);
        }
        .many .box { border-radius: 4px; }
        [aria-pressed="true"] .box { background: var(--ax-primary); }
        .box svg { inline-size: 1em; block-size: 1em; }
        .words { flex: 1; display: flex; flex-direction: column; }
        .marks { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); font-size: var(--ax-fs-small); font-weight: 700; }
        .mark { color: var(--ax-primary); }
        .actions { display: flex; flex-wrap: wrap; gap: var(--ax-sp-m); }
        .nudge { color: var(--ax-danger); font-weight: 700; }
        .feedback { display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .feedback:focus { outline: none; }
        .verdict { font-size: var(--ax-fs-heading); line-height: var(--ax-lh-heading); font-weight: 700; color: var(--ax-primary); }
        .why { display: flex; flex-direction: column; gap: var(--ax-sp-s); margin: 0; padding-inline-start: 1.2em; }
        .why strong { display: block; }
        .links { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
    "#,
    /// A case's red-flag exercise (`RedFlagSpotter`).
    RED_FLAG_SPOTTER = "ax-red-flag-spotter" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m);
        .phone { display: flex; flex-direction: column; gap: var(--ax-sp-m); padding: var(--ax-sp-s); border-radius: var(--ax-r-card); background: var(--ax-tint); list-style: none; margin: 0; }
        .channel { display: flex; align-items: center; gap: var(--ax-sp-s); font-weight: 700; color: var(--ax-primary); }
        .channel svg { inline-size: 1.2em; block-size: 1.2em; }
        .line { display: flex; flex-direction: column; gap: var(--ax-sp-xs); max-inline-size: 90%; min-inline-size: 0; }
        .line.them { align-self: flex-start; align-items: flex-start; }
        .line.me { align-self: flex-end; align-items: flex-end; }
        .bubble {
            padding: var(--ax-sp-s); min-height: var(--ax-target); max-inline-size: 100%;
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-card);
            background: var(--ax-surface); color: var(--ax-text); text-align: start;
        }
        button.bubble { cursor: pointer; display: flex; align-items: center; gap: var(--ax-sp-s); }
        button.bubble > span:last-child { min-inline-size: 0; }
        button.bubble[aria-pressed="true"] { border: 3px solid var(--ax-danger); }
        button.bubble .mark { flex: none; display: grid; place-items: center; inline-size: 1.4em; block-size: 1.4em; border-radius: 50%; border: 2px solid var(--ax-danger); color: var(--ax-on-primary); }
        button.bubble[aria-pressed="true"] .mark { background: var(--ax-danger); }
        button.bubble .mark svg { inline-size: 1em; block-size: 1em; }
        button.bubble:disabled { cursor: default; opacity: 1; }
        .me .bubble { background: var(--ax-primary); color: var(--ax-on-primary); border-color: var(--ax-primary); display: flex; align-items: center; }
        .verdict { font-size: var(--ax-fs-small); font-weight: 700; }
        .verdict.flag { color: var(--ax-danger); }
        .why { font-size: var(--ax-fs-small); }
        .actions { display: flex; flex-wrap: wrap; gap: var(--ax-sp-m); }
        .summary { font-size: var(--ax-fs-heading); line-height: var(--ax-lh-heading); font-weight: 700; color: var(--ax-primary); }
        .summary:focus { outline: none; }
    "#,
    /// The message checker (`pages::check`): the message box, a caller's words, what was
    /// found marked in the message, the signs and the three steps.
    CHECK = "ax-check" only Check => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        .entry { display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        label, legend { font-weight: 700; }
        textarea {
            inline-size: 100%; box-sizing: border-box; min-block-size: 8em; resize: vertical;
            padding: var(--ax-sp-s); font: inherit; line-height: var(--ax-lh);
            color: var(--ax-text); background: var(--ax-surface);
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-control);
        }
        .row { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
        .calls { border: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .hint, .limits, .said { font-size: var(--ax-fs-small); color: var(--ax-muted); }
        .choices { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
        .choice {
            min-height: var(--ax-target); padding: var(--ax-sp-xs) var(--ax-sp-m); text-align: start;
            font: inherit; color: var(--ax-text); background: var(--ax-surface); cursor: pointer;
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-control);
        }
        .choice[aria-pressed="true"] { border: 3px solid var(--ax-danger); font-weight: 700; }
        .run { align-self: flex-start; }
        .problem { font-weight: 700; color: var(--ax-danger); }
        .result { display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .result:empty { display: none; }
        .found h2 { color: var(--ax-danger); }
        .lead, .none p { font-weight: 700; }
        .none, .steps, .sign {
            display: flex; flex-direction: column; gap: var(--ax-sp-s);
            padding: var(--ax-sp-m); border-radius: var(--ax-r-card);
            background: var(--ax-surface); border: 2px solid var(--ax-border);
        }
        .steps { border-color: var(--ax-primary); }
        .steps ol { margin: 0; padding-inline-start: 1.4em; display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .numbers { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
        .message {
            margin: 0; padding: var(--ax-sp-m); white-space: pre-wrap;
            background: var(--ax-tint); border-radius: var(--ax-r-card);
        }
        mark {
            background: var(--ax-notice); color: var(--ax-on-notice);
            border-block-end: 3px solid var(--ax-danger); padding: 0 0.1em;
        }
        .signs { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .sign h3 { margin: 0; color: var(--ax-danger); }
        .sign p { margin: 0; }
        .notes { display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .notes ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--ax-sp-m); }
        .note {
            display: flex; flex-direction: column; gap: var(--ax-sp-xs);
            padding: var(--ax-sp-m); border-radius: var(--ax-r-card);
            background: var(--ax-surface); border: 2px solid var(--ax-border);
        }
        .note p { margin: 0; }
        .excerpt { overflow-wrap: anywhere; }
    "#,
    /// 每日一题 on the home screen (`DailyQuestion`).
    DAILY_QUESTION = "ax-daily-question" => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m); min-block-size: 12em;
        .muted { color: var(--ax-muted); font-size: var(--ax-fs-small); }
    "#,
    /// Workshop mode (`pages::workshop`): the plans, and the presenter view a volunteer holds up
    /// to a room, in the presenter's sizes (`--ax-fs-stage…`), with the controls at the foot.
    WORKSHOP = "ax-workshop" only Workshop => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m);
        .plans, .blocks, .prepare, .past { margin: 0; padding-inline-start: 1.2em; display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .plans, .past { list-style: none; padding: 0; }
        .plan { display: flex; flex-direction: column; gap: var(--ax-sp-xs); inline-size: 100%; text-align: start; cursor: pointer; border: 2px solid var(--ax-border); }
        .plan[aria-pressed="true"] { border: 3px solid var(--ax-primary); background: var(--ax-tint); }
        .plan-name { font-size: var(--ax-fs-button); font-weight: 700; }
        .plan-time { color: var(--ax-muted); font-weight: 700; white-space: nowrap; }
        .blocks li { display: flex; flex-wrap: wrap; justify-content: space-between; gap: var(--ax-sp-s); }
        .chosen { display: flex; flex-direction: column; gap: var(--ax-sp-m); align-items: flex-start; }
        .field { display: flex; flex-direction: column; gap: var(--ax-sp-xs); font-weight: 700; inline-size: 100%; }
        .field input {
            min-height: var(--ax-target); padding: 0 var(--ax-sp-m); inline-size: 100%; max-inline-size: 24em;
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-control); background: var(--ax-surface);
        }
        .muted { color: var(--ax-muted); }
        .presenter {
            position: fixed; inset: 0; z-index: 20; display: grid; grid-template-rows: auto minmax(0, 1fr) auto; grid-template-columns: minmax(0, 1fr);
            background: var(--ax-page); color: var(--ax-text);
        }
        .strip {
            display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-xs) var(--ax-sp-m);
            padding: var(--ax-sp-xs) var(--ax-sp-m); border-block-end: 2px solid var(--ax-border);
        }
        .strip .clock { flex: none; font-weight: 700; white-space: nowrap; }
        .strip .clock.over { color: var(--ax-danger); }
        .strip .status { flex: 1 1 0; min-inline-size: 0; font-size: var(--ax-fs-small); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        .strip .switches { flex: none; margin-inline-start: auto; display: flex; gap: var(--ax-sp-s); }
        .strip .ax-button { min-block-size: var(--ax-target); padding-block: 0; }
        .strip .ax-button[aria-pressed="true"] { border-width: 3px; background: var(--ax-tint); }
        .middle { position: relative; min-block-size: 0; }
        .stage {
            block-size: 100%; overflow: auto; display: flex; flex-direction: column; gap: 0.35em;
            padding: var(--ax-sp-s) var(--ax-sp-l); background: var(--ax-surface); color: var(--ax-text);
            font-size: var(--ax-fs-stage);
        }
        .label { font-size: var(--ax-stage-label); line-height: var(--ax-lh-heading); font-weight: 700; color: var(--ax-primary); }
        .big { font-size: 1em; line-height: 1.35; font-weight: 700; }
        .medium, .stage .why { font-size: var(--ax-stage-medium); line-height: 1.4; }
        .hint, .counted { font-size: var(--ax-stage-label); color: var(--ax-muted); }
        .counted { font-weight: 700; }
        .stage .field { font-size: var(--ax-stage-medium); }
        .stage > .ax-button { align-self: flex-start; min-block-size: var(--ax-stage-target); }
        .stage .field input { min-height: var(--ax-stage-target); font-size: 1em; max-inline-size: 8em; }
        .tally, .conversation { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.25em; }
        .option {
            position: relative; display: flex; align-items: center; gap: 0.5em; min-block-size: var(--ax-target);
            padding: 0.1em 0.5em; border: 2px solid var(--ax-border); border-radius: var(--ax-r-control);
            font-size: var(--ax-stage-medium); line-height: 1.3; overflow: hidden;
        }
        .option.correct { border: 4px solid var(--ax-primary); }
        .option .letter { flex: none; font-weight: 700; min-inline-size: 1.2em; }
        .option .text { flex: 1; position: relative; }
        .option .bar { position: absolute; inset-block: 0; inset-inline-start: 0; background: var(--ax-tint); }
        .option > :not(.bar) { position: relative; z-index: 1; }
        .option .count, .option .answer { position: relative; font-weight: 700; white-space: nowrap; }
        .option .answer { color: var(--ax-primary); }
        .buttons { display: flex; align-items: center; gap: 0.3em; }
        .buttons .ax-button { min-block-size: max(var(--ax-target), 1.9em); min-inline-size: max(var(--ax-target), 1.9em); padding: 0; font-size: 1em; touch-action: manipulation; user-select: none; -webkit-user-select: none; }
        .buttons .typed {
            inline-size: 3.4em; min-block-size: max(var(--ax-target), 1.9em); text-align: center; font-weight: 700;
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-control); background: var(--ax-surface);
        }
        .line button {
            inline-size: 100%; min-block-size: var(--ax-target); padding: 0.2em 0.5em; text-align: start;
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-card); background: var(--ax-surface);
            font-size: var(--ax-stage-medium); line-height: 1.3; cursor: pointer;
        }
        .line.me button { background: var(--ax-tint); }
        .line button[aria-pressed="true"] { border: 4px solid var(--ax-danger); }
        .line button:disabled { cursor: default; color: var(--ax-text); opacity: 1; }
        .line.found button { border: 4px solid var(--ax-primary); }
        .line.missed button { border: 4px solid var(--ax-danger); }
        .verdict { display: flex; align-items: center; gap: 0.4em; margin-block-start: 0.15em; font-size: var(--ax-stage-medium); font-weight: 700; }
        .verdict > .pair { flex: 1; }
        .verdict .icon {
            display: inline-grid; place-items: center; flex: none; inline-size: 1.4em; block-size: 1.4em; border-radius: 50%;
            background: var(--ax-muted); color: var(--ax-on-primary);
        }
        .verdict.found { color: var(--ax-primary); }
        .verdict.found .icon { background: var(--ax-primary); }
        .verdict.missed { color: var(--ax-danger); }
        .verdict.missed .icon { background: var(--ax-danger); }
        .verdict.false-alarm { color: var(--ax-muted); }
        .line .why { margin: 0.1em 0 0; }
        .totals { display: flex; flex-direction: column; gap: 0.1em; padding: 0.2em 0.5em; border-inline-start: 6px solid var(--ax-primary); background: var(--ax-tint); color: var(--ax-text); font-weight: 700; }
        .numbers { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.4em; }
        .hotline { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.1em 0.8em; padding: 0.2em 0.5em; border: 2px solid var(--ax-border); border-radius: var(--ax-r-card); }
        .hotline .number { font-size: 1.2em; font-weight: 700; color: var(--ax-primary); text-decoration: none; }
        .hotline .who { flex: 1 1 12em; font-size: var(--ax-stage-medium); line-height: 1.35; }
        .notes {
            position: absolute; inset-block: 0; inset-inline-end: 0; z-index: 2; inline-size: min(30rem, 50%); overflow: auto;
            padding: var(--ax-sp-m); background: var(--ax-notice); color: var(--ax-on-notice); border-inline-start: 4px solid var(--ax-border);
        }
        .notes h3 { margin-block-start: var(--ax-sp-s); }
        .bar {
            display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s) var(--ax-sp-m);
            padding: var(--ax-sp-s) var(--ax-sp-m); border-block-start: 2px solid var(--ax-border); background: var(--ax-page);
        }
        .bar .where { flex: 1; text-align: center; color: var(--ax-muted); font-weight: 700; }
        .bar .ax-button { min-block-size: var(--ax-stage-target); min-inline-size: 8rem; }
        .blank {
            position: fixed; inset: 0; z-index: 30; display: flex; align-items: flex-end; justify-content: center;
            padding: var(--ax-sp-xl); border: none; background: var(--ax-text); color: var(--ax-page); font-size: var(--ax-fs-small); cursor: pointer;
        }
        .notes-window { display: flex; flex-direction: column; gap: var(--ax-sp-s); font-size: var(--ax-fs-button); }
        .notes-window .where, .notes-window .clock { font-weight: 700; color: var(--ax-muted); }
        .notes-window h3 { margin-block-start: var(--ax-sp-m); color: var(--ax-primary); }
        .notes-window .next { margin-block-start: var(--ax-sp-l); padding-block-start: var(--ax-sp-s); border-block-start: 2px solid var(--ax-border); }
        .confirm-backdrop {
            position: fixed; inset: 0; z-index: 40; display: grid; place-items: center; padding: var(--ax-sp-m);
            background: color-mix(in srgb, var(--ax-text) 60%, transparent);
        }
        .confirm {
            display: flex; flex-direction: column; gap: var(--ax-sp-m); max-inline-size: 36rem; padding: var(--ax-sp-l);
            border-radius: var(--ax-r-card); background: var(--ax-surface); color: var(--ax-text); font-size: var(--ax-fs-button);
        }
        .confirm .actions { display: flex; flex-wrap: wrap; gap: var(--ax-sp-m); }
        .confirm .ax-button { min-block-size: var(--ax-stage-target); }
        .confirm .danger { background: var(--ax-danger); border-color: var(--ax-danger); color: var(--ax-on-primary); }
        .summary { display: flex; flex-direction: column; gap: var(--ax-sp-m); align-items: flex-start; }
        .summary dl { margin: 0; display: grid; gap: var(--ax-sp-s); }
        .summary dt { font-weight: 700; }
        .summary dd { margin: 0; }
        .summary .actions { display: flex; flex-wrap: wrap; gap: var(--ax-sp-m); }
        .tallies { display: flex; flex-direction: column; gap: var(--ax-sp-m); inline-size: 100%; }
        .hands { border-collapse: collapse; inline-size: 100%; }
        .hands caption { text-align: start; font-weight: 700; padding-block-end: var(--ax-sp-xs); }
        .hands th, .hands td { padding: var(--ax-sp-xs) var(--ax-sp-s); border-block-end: 1px solid var(--ax-border); text-align: start; font-weight: 400; }
        .hands td { text-align: end; font-weight: 700; inline-size: 4em; }
        .hands td.origin { inline-size: auto; font-weight: 400; color: var(--ax-muted); }
        .hands thead th { text-align: end; font-weight: 700; }
        .hands .correct th { font-weight: 700; color: var(--ax-primary); }
        .beside { display: flex; flex-direction: column; gap: var(--ax-sp-s); inline-size: 100%; }
        .choices { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); }
        .choices .ax-button { padding-block: var(--ax-sp-s); }
        .choices [aria-pressed="true"] { border-width: 3px; background: var(--ax-tint); }
        .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: var(--ax-sp-l); }
        span.pair { gap: var(--ax-sp-m); }
        .pair > * { text-align: start; }
        .pair > * + * { padding-inline-start: var(--ax-sp-l); border-inline-start: 2px solid var(--ax-border); }
        span.pair > * + * { padding-inline-start: var(--ax-sp-m); }
        @media (max-width: 699px) {
            .pair { grid-template-columns: minmax(0, 1fr); gap: var(--ax-sp-s); }
            .pair > * + *, span.pair > * + * {
                padding-inline-start: 0; border-inline-start: none;
                padding-block-start: var(--ax-sp-s); border-block-start: 2px solid var(--ax-border);
            }
        }
        @media (max-width: 699px) {
            .strip .status { white-space: normal; }
            .strip .switches { flex: 1 1 100%; flex-wrap: wrap; margin-inline-start: 0; }
            .bar .where { flex: 1 1 100%; order: -1; }
        }
        @media print {
            .summary .actions, .strip, .bar, .notes, .blank, .confirm-backdrop { display: none; }
            .presenter { position: static; display: block; }
        }
    "#,
    /// The handouts screen (`pages::handouts`): the pairings, and each leaflet with its links.
    HANDOUTS = "ax-handouts" only Workshop => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-l);
        .choices, .actions { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); margin-block-start: var(--ax-sp-s); }
        .ax-card { display: flex; flex-direction: column; gap: var(--ax-sp-xs); }
    "#,
    /// One leaflet (`pages::handouts`): on screen a white sheet under its tools; printed, the
    /// sheet alone, black on white, in print sizes (`--ax-print-fs` and shares of it), each
    /// block whole on one page, each language in its own column.
    HANDOUT = "ax-handout" only Workshop => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m);
        .tools { display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .choices, .actions { display: flex; flex-wrap: wrap; gap: var(--ax-sp-s); margin-block-start: var(--ax-sp-xs); }
        .no-print { padding: var(--ax-sp-s) var(--ax-sp-m); border-radius: var(--ax-r-control); background: var(--ax-notice); color: var(--ax-on-notice); }
        .sheet {
            display: flex; flex-direction: column; gap: var(--ax-sp-m);
            padding: var(--ax-sp-l); background: #fff; color: #000;
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-card);
        }
        .block { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--ax-sp-m); break-inside: avoid; }
        .block.paired > * + * { border-block-start: 1px solid #000; padding-block-start: var(--ax-sp-s); }
        /* Side by side, the rule between the columns is the first column's end: each column
           has the direction of its own language, so the first's end faces the second in
           either page direction. */
        @media (min-width: 600px) {
            .block.paired { grid-template-columns: repeat(2, minmax(0, 1fr)); }
            .block.paired > * + * { border-block-start: none; padding-block-start: 0; }
            .block.paired > :first-child { border-inline-end: 1px solid #000; padding-inline-end: var(--ax-sp-m); }
        }
        .column { display: flex; flex-direction: column; gap: var(--ax-sp-xs); }
        .column h1, .column .title { font-size: var(--ax-fs-title); line-height: var(--ax-lh-heading); font-weight: 700; }
        .column h2 { font-size: var(--ax-fs-button); }
        ul { margin: 0; padding-inline-start: 1.2em; }
        dl { margin: 0; } dt { font-weight: 700; } dd { margin: 0 0 var(--ax-sp-xs); }
        .example, .minutes { font-style: normal; }
        .hotline { display: flex; flex-direction: column; align-items: flex-start; }
        .number { font-size: 1.8em; font-weight: 700; line-height: 1.2; white-space: nowrap; color: #000; text-decoration: none; }
        .write-in { min-block-size: 2.5em; border-block-end: 2px solid #000; }
        .never { font-weight: 700; }
        .block.qr { display: flex; align-items: center; gap: var(--ax-sp-m); }
        .qr-code { flex: none; inline-size: 22mm; block-size: 22mm; }
        .url { font-size: 0.8em; overflow-wrap: anywhere; }
        @media print {
            .tools { display: none; }
            .sheet { padding: 0; border: none; gap: 0.9em; font-size: var(--ax-print-fs); line-height: 1.45; }
            .sheet [lang="bo"], .sheet [lang="bo"] h1, .sheet [lang="bo"] h2, .sheet [lang="bo"] .title { line-height: 1.75; }
            .block { gap: 1.2em; padding-block-start: 0.2em; }
            .block.paired { grid-template-columns: repeat(2, minmax(0, 1fr)); }
            .block.paired > * + * { border-block-start: none; padding-block-start: 0; }
            .block.paired > :first-child { border-inline-end: 0.5pt solid #000; padding-inline-end: 1em; }
            .column { gap: 0.3em; }
            .column h1, .column .title { font-size: 1.6em; }
            .column h2 { font-size: 1.2em; }
        }
        /* On A4, a leaflet in one language sets its rights and steps two to a row. */
        @media print and (min-width: 150mm) {
            .sheet.single { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 2em; align-items: start; }
            .sheet.single > .block { grid-column: 1 / -1; }
            .sheet.single > .block.right, .sheet.single > .block.step { grid-column: auto; }
        }
    "#,
    /// The certificate drawn on the device (`Certificate`).
    CERTIFICATE = "ax-certificate" only Quiz => r#"
        display: flex; flex-direction: column; gap: var(--ax-sp-m);
        progress { inline-size: 100%; block-size: 12px; accent-color: var(--ax-primary); }
        label { font-weight: 700; }
        input {
            min-height: var(--ax-target); padding: 0 var(--ax-sp-m); inline-size: 100%; max-inline-size: 24em;
            border: 2px solid var(--ax-border); border-radius: var(--ax-r-control); background: var(--ax-surface);
        }
        .muted { color: var(--ax-muted); font-size: var(--ax-fs-small); }
        img { inline-size: 100%; max-inline-size: 480px; block-size: auto; border: 2px solid var(--ax-border); }
    "#,
}
