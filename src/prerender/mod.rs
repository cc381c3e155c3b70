//! Build-time prerendering (feature `ssr`): every screen in every language rendered with Yew's
//! server-side renderer into its own static page, from the same state the browser hydrates
//! ([`AppState::prerendered`]). The pages read and link to each other without the app; the app
//! takes them over when it starts. `src/bin/prerender.rs` writes them into Trunk's output.

use std::rc::Rc;

use crate::app::{document_title, App, AppProps};
use crate::i18n::{builtin_catalog, ftl_path, strip_isolation_marks, Catalog, Localizer, MissLog};
use crate::model::embed::{COMMAND_TYPES, EVENT_TYPES};
use crate::model::handout::Pairing;
use crate::model::json::Json;
use crate::model::locale::Locale;
use crate::model::partner::Partner;
use crate::model::progress::Day;
use crate::model::view::{Entry, Route, View, ROUTES};
use crate::state::AppState;
use crate::theme::{brand_variables, inline_variables, Mode, PARTNER_WAIT_CLASS};

pub mod offline;
pub mod qr;
pub mod reading;

/// Every screen of every entry, which the prerender writes pages of: the workshop's entry
/// (which carries the app's screens and the quiz) and the message checker's.
pub const EVERY_SCREEN: crate::pages::Screens = crate::pages::Screens {
    check: Some(crate::app::check::root),
    ..crate::app::workshop::SCREENS
};

/// The script that sends the root page's visitors to the page their link or language asks
/// for (`__VIEWS__` stands for the list of every screen).
const REDIRECT_SCRIPT: &str = include_str!("redirect.js");

/// The script that sends a page's visitors on to the same screen in the language they saved
/// (`__LOCALES__` stands for the list of every language tag).
const SAVED_LANGUAGE_SCRIPT: &str = include_str!("saved-language.js");

/// The script that preloads the page's web fonts and, once the app has started, loads the full
/// fonts behind the first ones (`__PRELOAD__` and `__FULL__` stand for their lists; see [`WEB_FONTS`]).
const FONT_SCRIPT: &str = include_str!("fonts.js");

/// The script that, on a page built without a partner, holds the first frame until the
/// deployment's `partner.json` has been read (a second at most); `__PARTNER_WAIT_CLASS__`
/// stands for [`PARTNER_WAIT_CLASS`].
const PARTNER_WAIT_SCRIPT: &str = include_str!("partner-wait.js");

/// The loader partners include in their pages (`embed.js` at the app's root; see
/// EMBEDDING.md). `__ANXIN_ROUTES__` stands for every screen's kind, page and item ids, `__ANXIN_CARDS__` for each card under the name of what it briefs, `__ANXIN_CLOSE__`
/// for the popup's close button's name in each language,
/// `__ANXIN_EVENTS__` and `__ANXIN_COMMANDS__` for the message types, and `__ANXIN_LOCALES__`
/// for every language tag.
const EMBED_SCRIPT: &str = include_str!("embed.js");

/// [`EMBED_SCRIPT`] with the route table, the cards, the message types, the languages and the
/// app's name for its close control in each (`embed-close`, from the shell message files
/// `read` gives) filled in, from the same tables as the app's own links and messages, so the
/// loader's page paths are always the app's and it never drops an event the app sends.
pub fn embed_script(read: impl Fn(&str) -> Result<String, String>) -> Result<String, String> {
    let mut close = Vec::new();
    for locale in Locale::ALL {
        let (catalog, _) = page_catalog(locale, &View::Settings, &read)?;
        let misses = MissLog::new(|_| {});
        let word = Localizer::new(&catalog, locale, false, misses.clone()).text("embed-close");
        if let Some(miss) = misses.reported().first() {
            return Err(format!("embed.js: {miss}"));
        }
        let word = Json::String(strip_isolation_marks(&word)).to_text();
        close.push(format!(r#""{}":{word}"#, locale.tag()));
    }
    // The consumer's screens (not the workshop's), each with the ids of its items if it has
    // any: the loader takes exactly what the frame's `navigate` takes
    // (`View::parse_for_host`).
    let routes: Vec<String> = ROUTES
        .iter()
        .filter(|route| route.entry.hosts_may_open())
        .map(|route| {
            let items = match route.items {
                Some(items) => {
                    let ids: Vec<String> = items().iter().map(|id| format!("\"{id}\"")).collect();
                    format!("[{}]", ids.join(","))
                }
                None => "null".to_owned(),
            };
            format!(
                r#""{}":{{"page":"{}","items":{items}}}"#,
                route.kind, route.page
            )
        })
        .collect();
    let cards: Vec<String> = ROUTES
        .iter()
        .filter_map(|route| Some(format!(r#""{}":"{}""#, route.briefs()?, route.kind)))
        .collect();
    let list = |names: &mut dyn Iterator<Item = &str>| {
        let quoted: Vec<String> = names.map(|name| format!("\"{name}\"")).collect();
        format!("[{}]", quoted.join(","))
    };
    Ok(EMBED_SCRIPT
        .replace("__ANXIN_ROUTES__", &format!("{{{}}}", routes.join(",")))
        .replace("__ANXIN_CLOSE__", &format!("{{{}}}", close.join(",")))
        .replace("__ANXIN_CARDS__", &format!("{{{}}}", cards.join(",")))
        .replace("__ANXIN_EVENTS__", &list(&mut EVENT_TYPES.into_iter()))
        .replace("__ANXIN_COMMANDS__", &list(&mut COMMAND_TYPES.into_iter()))
        .replace(
            "__ANXIN_LOCALES__",
            &list(&mut Locale::ALL.iter().map(|locale| locale.tag())),
        ))
}

/// A face of a web font (`static/fonts.css`, built by `scripts/fonts`).
struct WebFont {
    /// The language whose pages draw with it.
    locale: Locale,
    /// Its `font-family`.
    family: &'static str,
    /// Its `font-weight`.
    weight: u16,
    /// Its `unicode-range`.
    range: &'static str,
    /// The phone's own copies of the font that it uses first (`local()` sources).
    local: &'static str,
    /// The file pages draw with: for Tibetan, only the glyphs the app's own text is drawn with.
    text: &'static str,
    /// The full font, for any text made of the characters of the app's text, when `text` is not
    /// already that.
    full: Option<&'static str>,
}

/// Every web font face, as `static/fonts.css` declares their first fonts.
const WEB_FONTS: [WebFont; 3] = [
    WebFont {
        locale: Locale::Bo,
        family: "Anxin Tibetan",
        weight: 400,
        range: "U+0F00-0FFF",
        local: r#"local("Noto Serif Tibetan Regular"), local("NotoSerifTibetan-Regular")"#,
        text: "fonts/anxin-tibetan-text.woff2",
        full: Some("fonts/anxin-tibetan.woff2"),
    },
    WebFont {
        locale: Locale::Ug,
        family: "Anxin Uyghur",
        weight: 400,
        range: "U+0600-06FF, U+FB50-FDFF, U+FE70-FEFF",
        local: r#"local("UKIJ Tuz")"#,
        text: "fonts/anxin-uyghur.woff2",
        full: None,
    },
    WebFont {
        locale: Locale::Ug,
        family: "Anxin Uyghur",
        weight: 700,
        range: "U+0600-06FF, U+FB50-FDFF, U+FE70-FEFF",
        local: r#"local("UKIJ Tuz Bold")"#,
        text: "fonts/anxin-uyghur-bold.woff2",
        full: None,
    },
];

/// The folder a build-time tool works in: the one its first argument names, else Trunk's
/// staging folder (`$TRUNK_STAGING_DIR`, when Trunk's post-build hook runs it).
pub fn build_folder() -> Option<std::path::PathBuf> {
    std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(std::path::PathBuf::from)
}

/// Every screen of the app, each of which gets a page in every language.
pub fn every_view() -> Vec<View> {
    ROUTES
        .iter()
        .filter(|route| route.prerendered)
        .flat_map(Route::views)
        .collect()
}

/// One screen in one language, rendered.
pub struct RenderedView {
    /// The app's HTML for the screen.
    pub body: String,
    /// The document title.
    pub title: String,
    /// The page's description (shown in WeChat's link preview): the home screen's intro.
    pub description: String,
    /// Message files the browser fetches before it takes the page over (preloaded by the page's
    /// loader once the page is on screen: `data-preload`).
    pub files: Vec<String>,
    /// Messages that were missing (each one a bug: every locale has every file).
    pub misses: Vec<String>,
    /// The wasm that takes the page over (`data-entry`, read by `tools/post-build.mjs`).
    pub entry: Entry,
}

/// The catalog a page of `view` in `locale` is rendered with, and the browser takes it over
/// with: the built-in Mandarin shell plus every file the screen needs, read by `read`.
pub fn page_catalog(
    locale: Locale,
    view: &View,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(Catalog, Vec<String>), String> {
    let (mut catalog, problems) = builtin_catalog();
    if let Some(problem) = problems.first() {
        return Err(format!("zh-Hans/shell.ftl: {problem}"));
    }
    let mut files = Vec::new();
    catalog = load_missing(catalog, locale, view, &read, &mut files)?;
    Ok((catalog, files))
}

/// `catalog` with every file `view` needs in `locale` that it lacks, read by `read`; each file's
/// path is added to `files`.
fn load_missing(
    mut catalog: Catalog,
    locale: Locale,
    view: &View,
    read: impl Fn(&str) -> Result<String, String>,
    files: &mut Vec<String>,
) -> Result<Catalog, String> {
    for (file_locale, resource) in catalog.missing(locale, view) {
        // Day 0: the date every prerendered page is rendered on (`AppState::prerendered`).
        let path = ftl_path(file_locale, resource, Day(0));
        let source = read(&path)?;
        let (next, problems) = catalog.with(file_locale, resource, source.into());
        if let Some(problem) = problems.first() {
            return Err(format!("{path}: {problem}"));
        }
        catalog = next;
        files.push(path);
    }
    Ok(catalog)
}

/// The catalog a leaflet's print page in `pairing` is rendered with: its page's, and what the
/// language beside needs.
pub fn print_catalog(
    pairing: Pairing,
    view: &View,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Catalog, String> {
    let (catalog, mut files) = page_catalog(pairing.first, view, &read)?;
    match pairing.beside {
        Some(beside) => load_missing(catalog, beside, view, &read, &mut files),
        None => Ok(catalog),
    }
}

/// Renders `view` in `locale` as the browser will first render it.
pub async fn render_view(
    locale: Locale,
    view: &View,
    catalog: Catalog,
    files: Vec<String>,
    partner: Option<Rc<Partner>>,
) -> RenderedView {
    render_with_beside(locale, None, view, catalog, files, partner).await
}

/// Renders a leaflet's page in `pairing` as the browser shows it with the language beside
/// chosen: the page a PDF is printed from (`model::handout::print_page_path`).
pub async fn render_print_page(
    pairing: Pairing,
    view: &View,
    catalog: Catalog,
    partner: Option<Rc<Partner>>,
) -> RenderedView {
    render_with_beside(
        pairing.first,
        pairing.beside,
        view,
        catalog,
        Vec::new(),
        partner,
    )
    .await
}

/// Renders `view` in `locale`, with `beside`'s text next to it where the screen shows two.
async fn render_with_beside(
    locale: Locale,
    beside: Option<Locale>,
    view: &View,
    catalog: Catalog,
    files: Vec<String>,
    partner: Option<Rc<Partner>>,
) -> RenderedView {
    let misses = MissLog::new(|_| {});
    let mut state = AppState::prerendered(locale, view, catalog.clone(), partner);
    state.language.beside = beside;
    let localizer = Localizer::new(&catalog, locale, false, misses.clone());
    let title = document_title(view, &localizer, false);
    let description = strip_isolation_marks(&localizer.text("home-intro"));
    let props = AppProps {
        initial: Rc::new(state),
        misses: misses.clone(),
        resume: None,
        screens: EVERY_SCREEN,
    };
    let body = yew::LocalServerRenderer::<App>::with_props(props)
        .render()
        .await;
    RenderedView {
        body,
        title: strip_isolation_marks(&title),
        description,
        files,
        misses: misses.reported(),
        entry: view.entry(),
    }
}

/// Where a page sits: the app's root page, or one of the per-language pages one folder down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// `index.html` at the app's root: Mandarin home, sending other requests on.
    Root,
    /// `<locale>/<screen>.html`.
    InLocaleFolder,
    /// A leaflet's print page, `handouts-print/<pairing>/<leaflet>.html`
    /// (`model::handout::print_page_path`): printed to PDF at build time and removed, so it
    /// sends no one on to another page.
    Print,
}

/// Fills Trunk's `index.html` (`template`) with a rendered screen: `<html lang dir>`, the
/// `<base>` that makes every link relative to the app's root, the title and description, the
/// app's `stylesheet` (`theme::stylesheet`), the script that preloads the web fonts the page
/// needs (and later loads the full fonts), the message files to fetch once it is on screen
/// (`data-preload`), the 长辈版 values, the partner file the page was built with
/// (`data-partner`, read by the app when it starts), and the screen itself.
pub fn fill_template(
    template: &str,
    stylesheet: &str,
    locale: Locale,
    placement: Placement,
    rendered: &RenderedView,
    partner: Option<(&Partner, &str)>,
) -> Result<String, String> {
    let html_start = template.find("<html").ok_or("the template has no <html>")?;
    let html_end = html_start
        + template[html_start..]
            .find('>')
            .ok_or("the template's <html> is not closed")?;
    let base = match placement {
        Placement::Root => "./",
        Placement::InLocaleFolder => "../",
        Placement::Print => "../../",
    };
    let head_start = format!(
        r#"<html lang="{}" dir="{}"><base href="{base}">"#,
        locale.tag(),
        locale.direction().as_str()
    );
    let script = match placement {
        Placement::Root => {
            let views: Vec<String> = every_view()
                .iter()
                .map(|view| format!("\"{}\"", view.to_param()))
                .collect();
            REDIRECT_SCRIPT.replace("__VIEWS__", &format!("[{}]", views.join(",")))
        }
        Placement::InLocaleFolder => {
            let tags: Vec<String> = Locale::ALL
                .iter()
                .map(|locale| format!("\"{}\"", locale.tag()))
                .collect();
            SAVED_LANGUAGE_SCRIPT.replace("__LOCALES__", &format!("[{}]", tags.join(",")))
        }
        Placement::Print => String::new(),
    };
    let mut page = format!(
        "{}{head_start}{}",
        &template[..html_start],
        &template[html_end + 1..]
    );
    // The script goes after `<meta charset>`, which must stay within the first 1024 bytes.
    let after_charset = page
        .find("<meta charset")
        .and_then(|at| page[at..].find('>').map(|end| at + end + 1))
        .ok_or("the template has no <meta charset>")?;
    page.insert_str(after_charset, &format!("<script>{script}</script>"));

    let title_start = page.find("<title>").ok_or("the template has no <title>")?;
    let title_end = page
        .find("</title>")
        .ok_or("the template's <title> is not closed")?;
    page.replace_range(
        title_start..title_end + "</title>".len(),
        &format!("<title>{}</title>", escape_text(&rendered.title)),
    );

    let description_start = ["name=description", r#"name="description""#]
        .iter()
        .find_map(|name| page.find(name))
        .and_then(|at| page[..at].rfind("<meta"))
        .ok_or("the template has no <meta name=description>")?;
    let description_end = description_start
        + page[description_start..]
            .find('>')
            .ok_or("the template's description is not closed")?;
    page.replace_range(
        description_start..description_end + 1,
        &format!(
            r#"<meta name="description" content="{}">"#,
            escape_attribute(&rendered.description)
        ),
    );

    let mut head_end = format!(
        r#"<link rel="manifest" href="{}/{}"><style>{stylesheet}</style>"#,
        locale.tag(),
        offline::MANIFEST_FILE
    );
    head_end.push_str(&format!("<script>{}</script>", font_script(locale)));
    if partner.is_none() {
        let wait = PARTNER_WAIT_SCRIPT.replace("__PARTNER_WAIT_CLASS__", PARTNER_WAIT_CLASS);
        head_end.push_str(&format!("<script>{wait}</script>"));
    }
    let close_head = page.find("</head>").ok_or("the template has no </head>")?;
    page.insert_str(close_head, &head_end);

    let (root_start, root_end) = ["<div id=anxin></div>", r#"<div id="anxin"></div>"#]
        .iter()
        .find_map(|root| page.find(root).map(|start| (start, start + root.len())))
        .ok_or("the template has no empty <div id=\"anxin\">")?;
    let colors = partner.and_then(|(partner, _)| partner.colors.as_ref());
    let elder = inline_variables(Mode::Elder, locale) + &brand_variables(colors, Mode::Elder);
    let mut partner_file = partner
        .map(|(_, file)| format!(r#" data-partner="{}""#, escape_attribute(file)))
        .unwrap_or_default();
    if rendered.entry != Entry::App {
        partner_file.push_str(&format!(r#" data-entry="{}""#, rendered.entry.bin()));
    }
    page.replace_range(
        root_start..root_end,
        &format!(
            r#"<div id="anxin" data-elder-style="{}" data-preload="{}"{partner_file}>{}</div>"#,
            escape_attribute(&elder),
            escape_attribute(&rendered.files.join(" ")),
            rendered.body
        ),
    );
    Ok(page)
}

/// The page's [`FONT_SCRIPT`]: the web fonts of `locale` to preload, and every full font (the
/// app may switch to another language).
fn font_script(locale: Locale) -> String {
    let quoted = |text: &str| format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"));
    let preload: Vec<String> = WEB_FONTS
        .iter()
        .filter(|font| font.locale == locale)
        .map(|font| format!("[{},{}]", quoted(font.local), quoted(font.text)))
        .collect();
    let full: Vec<String> = WEB_FONTS
        .iter()
        .filter_map(|font| font.full.map(|full| (font, full)))
        .map(|(font, full)| {
            let sources = format!(r#"{}, url("{full}") format("woff2")"#, font.local);
            format!(
                "[{},{},{},{},{}]",
                quoted(font.locale.tag()),
                quoted(font.family),
                font.weight,
                quoted(&sources),
                quoted(font.range)
            )
        })
        .collect();
    FONT_SCRIPT
        .replace("__PRELOAD__", &format!("[{}]", preload.join(",")))
        .replace("__FULL__", &format!("[{}]", full.join(",")))
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn escape_attribute(text: &str) -> String {
    escape_text(text).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html dir=ltr lang=zh-Hans><meta charset=utf-8>\
        <meta content=安心：学会保护自己的钱。 name=description><title>安心</title><script type=module>import init from './app.js';</script></head>\
        <body><div id=anxin></div><script>page()</script></body></html>";

    const STYLESHEET: &str = ".ax-x{color:red}";

    fn rendered() -> RenderedView {
        RenderedView {
            body: "<div data-view=\"help\">帮助</div>".into(),
            title: "找谁帮忙 <安心>".into(),
            description: "认清\"骗局\"".into(),
            files: vec!["locales/bo/shell.ftl".into()],
            entry: Entry::App,
            misses: Vec::new(),
        }
    }

    #[test]
    fn a_page_in_a_locale_folder_names_the_root_and_carries_its_screen() {
        let page = fill_template(
            TEMPLATE,
            STYLESHEET,
            Locale::Bo,
            Placement::InLocaleFolder,
            &rendered(),
            None,
        )
        .unwrap();
        assert!(page.starts_with(
            "<!doctype html><html lang=\"bo\" dir=\"ltr\"><base href=\"../\"><meta charset=utf-8>"
        ));
        assert!(page.contains("<title>找谁帮忙 &lt;安心&gt;</title>"));
        assert!(page.contains("<meta name=\"description\" content=\"认清&quot;骗局&quot;\">"));
        assert!(!page.contains("学会保护"));
        assert!(page.contains("data-preload=\"locales/bo/shell.ftl\""));
        assert!(page.contains("[['local(\"Noto Serif Tibetan Regular\"), local(\"NotoSerifTibetan-Regular\")','fonts/anxin-tibetan-text.woff2']]"));
        assert!(!page.contains("'fonts/anxin-uyghur.woff2'"));
        assert!(page.contains("url(\"fonts/anxin-tibetan.woff2\")"));
        assert!(page.contains("<style>.ax-x{color:red}</style>"));
        assert!(page.contains("<div data-view=\"help\">帮助</div></div><script>page()</script>"));
        assert!(page.contains("data-elder-style=\"--ax-"));
        assert!(page.contains("[\"zh-Hans\",\"bo\",\"ug\",\"yue\"].indexOf(saved)"));
        assert!(!page.contains("__VIEWS__"));
    }

    #[test]
    fn a_page_carries_the_app_stylesheet_once() {
        let stylesheet = crate::theme::stylesheet(Entry::App).unwrap();
        let page = fill_template(
            TEMPLATE,
            &stylesheet,
            Locale::Ug,
            Placement::Root,
            &rendered(),
            None,
        )
        .unwrap();
        assert_eq!(page.matches("<style>").count(), 1);
        let head = &page[..page.find("</head>").unwrap()];
        assert!(head.contains(&format!("<style>{stylesheet}</style>")));
        assert!(stylesheet.contains(&format!(".{} {{", crate::theme::styles::SHELL)));
    }

    #[test]
    fn the_root_page_sends_other_requests_on() {
        let page = fill_template(
            TEMPLATE,
            STYLESHEET,
            Locale::ZhHans,
            Placement::Root,
            &rendered(),
            None,
        )
        .unwrap();
        assert!(page.contains("<base href=\"./\"><meta charset=utf-8><script>"));
        assert!(page.contains("\"case:agent-surrender\""));
        assert!(!page.contains("__VIEWS__"));
        assert!(!page.contains("__LOCALES__"));
    }

    #[test]
    fn a_template_without_an_empty_root_is_refused() {
        let broken = TEMPLATE.replace("<div id=anxin></div>", "<div id=other></div>");
        assert!(fill_template(
            &broken,
            STYLESHEET,
            Locale::Bo,
            Placement::Root,
            &rendered(),
            None
        )
        .is_err());
    }

    #[test]
    fn every_case_right_and_leaflet_has_a_page_and_a_card() {
        let views = every_view();
        let rights = crate::content::rights::RIGHTS.len();
        let cases = crate::content::cases::CASES.len();
        let leaflets = crate::model::handout::ids().len();
        assert_eq!(views.len(), 11 + 2 * (rights + cases) + leaflets);
        assert!(views.contains(&View::Check) && views.contains(&View::CheckCard));
        assert!(views.contains(&View::Handouts));
        assert!(views.contains(&View::Handout("help".into())));
        assert!(views.contains(&View::Workshop));
        assert!(views.contains(&View::Case("agent-surrender".into())));
        assert!(views.contains(&View::CaseCard("agent-surrender".into())));
    }

    #[test]
    fn the_fonts_match_the_style_sheet() {
        let css = include_str!("../../static/fonts.css");
        let faces: Vec<&str> = css.split("@font-face").skip(1).collect();
        assert_eq!(faces.len(), WEB_FONTS.len());
        for font in &WEB_FONTS {
            let declared = [
                format!("font-family: \"{}\";", font.family),
                format!(
                    "src: {}, url(\"{}\") format(\"woff2\");",
                    font.local, font.text
                ),
                format!("font-weight: {};", font.weight),
                format!("unicode-range: {};", font.range),
            ];
            assert!(
                faces
                    .iter()
                    .any(|face| declared.iter().all(|line| face.contains(line.as_str()))),
                "static/fonts.css declares {} {} as {declared:?}",
                font.family,
                font.weight
            );
        }
    }
}
