//! Shared helpers for native tests: loading every locale from `locales/` and rendering the
//! app with Yew's server-side renderer.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;

use anxin::i18n::{Catalog, MissLog, Resource};
use anxin::model::link::parse_query;
use anxin::model::locale::Locale;
use anxin::model::partner::Partner;
use anxin::model::progress::Day;
use anxin::model::saved::decode;
use anxin::state::visit::Boot;
use anxin::state::AppState;
use anxin::{App, AppProps};

/// The path of a locale's message file.
pub fn ftl_file(locale: Locale, resource: Resource) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale.tag())
        .join(resource.file())
}

/// The source text of a locale's message file.
pub fn source(locale: Locale, resource: Resource) -> String {
    let path = ftl_file(locale, resource);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The files a locale's translators write, as (resource, source).
pub fn sources(locale: Locale) -> Vec<(Resource, String)> {
    Resource::ALL
        .into_iter()
        .filter(|r| r.cut_from().is_none() && r.is_translated(locale))
        .map(|r| (r, source(locale, r)))
        .collect()
}

/// A catalog with every file of every locale loaded; panics on any parse problem.
pub fn full_catalog() -> Catalog {
    catalog_of(&Locale::ALL)
}

/// Every locale's message files but `left_out`'s (a language whose text has not arrived).
pub fn catalog_without(left_out: Locale) -> Catalog {
    let locales: Vec<Locale> = Locale::ALL.into_iter().filter(|l| *l != left_out).collect();
    catalog_of(&locales)
}

fn catalog_of(locales: &[Locale]) -> Catalog {
    let mut catalog = Catalog::default();
    for &locale in locales {
        for (resource, text) in sources(locale) {
            let (next, problems) = catalog.with(locale, resource, text.into());
            assert!(problems.is_empty(), "{locale}: {problems:?}");
            catalog = next;
        }
    }
    catalog
}

/// The date the server-rendered views are rendered on.
pub const TEST_DAY: Day = Day(20_000);

/// A partner for tests of the help view.
pub fn test_partner() -> Rc<Partner> {
    Rc::new(
        Partner::check(TEST_PARTNER_FILE)
            .partner
            .expect("the test partner is valid"),
    )
}

/// The test partner's file: a made-up insurer with a made-up number.
pub const TEST_PARTNER_FILE: &str = r##"{
    "version": 1,
    "name": { "zh-Hans": "示例保险", "bo": "དཔེ་མཚོན་ཉེན་འགོག", "ug": "مىسال سۇغۇرتا", "yue": "示例保险" },
    "hotline": "1234567",
    "website": "https://www.example.com/",
    "hosts": ["https://m.example.com"],
    "colors": { "brand": "#7a1f5c", "on-brand": "#ffffff" },
    "featured": { "cases": ["agent-surrender"], "topics": ["credit-repair"] },
    "share-score": true
}"##;

/// The test partner's hotline.
pub const TEST_PARTNER_HOTLINE: &str = "1234567";

/// What a server-side render produced.
pub struct Rendered {
    /// The app's HTML.
    pub html: String,
    /// Messages reported missing while rendering.
    pub misses: Vec<String>,
}

/// Renders the app for `query` with every locale loaded and `saved` as the stored data.
pub async fn render(query: &str, saved: Option<&str>) -> Rendered {
    render_for(query, saved, None).await
}

/// Renders the app as [`render`] does, embedded for `partner`.
pub async fn render_for(
    query: &str,
    saved: Option<&str>,
    partner: Option<Rc<Partner>>,
) -> Rendered {
    render_state(boot_state(query, saved, partner)).await
}

/// The state a visit starts in, with every locale loaded, on [`TEST_DAY`].
pub fn boot_state(query: &str, saved: Option<&str>, partner: Option<Rc<Partner>>) -> AppState {
    boot_state_with(query, saved, partner, full_catalog())
}

/// The state a visit starts in with `catalog`'s messages only (a page's own files), on
/// [`TEST_DAY`].
pub fn boot_state_with(
    query: &str,
    saved: Option<&str>,
    partner: Option<Rc<Partner>>,
    catalog: Catalog,
) -> AppState {
    AppState::boot(Boot {
        link_pairs: parse_query(query),
        saved: decode(saved),
        default_locale: None,
        storage_available: true,
        catalog,
        partner,
        today: TEST_DAY,
        seed: 1,
        device: Default::default(),
    })
}

/// Renders the app from a given state.
pub async fn render_state(state: AppState) -> Rendered {
    render_state_with(state, anxin::prerender::EVERY_SCREEN).await
}

/// Renders the app from a given state, with `screens` beyond the consumer's.
pub async fn render_state_with(state: AppState, screens: anxin::Screens) -> Rendered {
    let misses = MissLog::new(|_| {});
    let props = AppProps {
        initial: Rc::new(state),
        misses: misses.clone(),
        resume: None,
        screens,
    };
    let html = yew::LocalServerRenderer::<App>::with_props(props)
        .render()
        .await;
    Rendered {
        html,
        misses: misses.reported(),
    }
}

/// Fails on any miss but a message shown in Mandarin because `locale` has no file of its
/// resource yet (the localization issue translates those).
pub fn assert_only_expected_fallbacks(query: &str, locale: Locale, misses: &[String]) {
    let untranslated: Vec<String> = Resource::ALL
        .into_iter()
        .filter(|r| !r.is_translated(locale))
        .flat_map(|r| message_ids(&source(Locale::ZhHans, r)))
        .collect();
    for miss in misses {
        let expected = untranslated
            .iter()
            .any(|id| *miss == format!("{locale}: message `{id}` is missing; showing zh-Hans"));
        assert!(expected, "{query}: {miss}");
    }
}

/// The text a person would read: the HTML without comments, tags, scripts and styles.
pub fn visible_text(html: &str) -> String {
    let mut rest = html;
    let mut text = String::new();
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        text.push(' ');
        rest = &rest[start..];
        let end_marker = if rest.starts_with("<!--") {
            "-->"
        } else if rest.starts_with("<script") {
            "</script>"
        } else if rest.starts_with("<style") {
            "</style>"
        } else {
            ">"
        };
        rest = match rest.find(end_marker) {
            Some(end) => &rest[end + end_marker.len()..],
            None => "",
        };
    }
    text.push_str(rest);
    text
}

/// Every message id defined in a Fluent source.
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// Each message's id and the text of its definition in one file.
pub fn file_messages(text: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase()) {
            let (id, value) = line.split_once('=').expect("a message line has '='");
            let id = id.trim().to_owned();
            assert!(
                map.insert(id.clone(), value.to_owned()).is_none(),
                "{id} twice"
            );
            current = Some(id);
        } else if line.starts_with(' ') {
            if let Some(id) = &current {
                let definition = map.get_mut(id).expect("current message");
                definition.push('\n');
                definition.push_str(line);
            }
        } else {
            current = None;
        }
    }
    map
}
