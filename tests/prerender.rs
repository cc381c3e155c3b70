//! The build-time prerender: every screen in every language renders from the files the browser
//! will fetch, with no missing message, and the browser's first render of a page (in any
//! 长辈版 and plain-speech setting) has exactly the prerendered page's structure, which is what
//! lets the app take the page over instead of drawing it again.

#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

mod support;

use anxin::model::locale::Locale;
use anxin::model::view::{Frame, View};
use anxin::prerender::{every_view, page_catalog, render_view};
use anxin::state::AppState;
use anxin::theme::styles::{PAGE_RULES, SHELL};
use anxin::theme::{LOAD_FAILED_CLASS, NO_APP_CLASS, PARTNER_WAIT_CLASS};
use support::{render_state, visible_text};

/// Reads a message file by the path the browser fetches it under.
fn read(path: &str) -> Result<String, String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))
}

/// The element structure of some HTML: its tags in order, without attributes or text.
fn structure(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .filter(|tag| !tag.starts_with("!--"))
        .map(|tag| tag.split([' ', '>', '/']).next().unwrap_or_default())
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn every_page_renders_completely_in_its_language() {
    for locale in Locale::ALL {
        for view in every_view() {
            let (catalog, files) = page_catalog(locale, &view, read).unwrap();
            assert!(files
                .iter()
                .all(|f| f.starts_with(&format!("locales/{}/", locale.tag()))));
            let page = render_view(locale, &view, catalog, files, None).await;
            let name = format!("{locale} {}", view.to_param());
            assert_eq!(page.misses, Vec::<String>::new(), "{name}");
            assert!(
                page.body
                    .contains(&format!("data-view=\"{}\"", view.to_param())),
                "{name}"
            );
            assert!(
                page.body.contains(&format!("lang=\"{}\"", locale.tag())),
                "{name}"
            );
            assert!(
                !page.body.contains("data-ready"),
                "{name}: ready only in the browser"
            );
            assert!(
                page.body.contains(&format!("class=\"{SHELL}\""))
                    || page.body.contains(&format!("class=\"{SHELL} card-frame\"")),
                "{name}: the root has the class the stylesheet styles"
            );
            assert!(
                !page.title.is_empty() && !page.title.contains('\u{2068}'),
                "{name}"
            );
            // A card is brief; the daily card's question depends on the date, so its page
            // holds the card's frame, and the question arrives in its own small file.
            let least = match view.frame() {
                Frame::App => 40,
                Frame::Card if view == View::DailyCard => 2,
                Frame::Card => 10,
            };
            let text = visible_text(&page.body);
            assert!(
                text.chars().filter(|c| !c.is_whitespace()).count() > least,
                "{name}"
            );
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_browser_takes_a_page_over_with_the_same_structure_in_any_looks() {
    for locale in Locale::ALL {
        for view in every_view() {
            let (catalog, _) = page_catalog(locale, &view, read).unwrap();
            let prerendered = AppState::prerendered(locale, &view, catalog.clone(), None);
            let server = render_state(prerendered.clone()).await.html;
            for query in ["?elder=1", "?plain=1", "?elder=1&plain=1"] {
                let visit = support::boot_state(query, None, None);
                let client = render_state(prerendered.clone().with_looks_of(&visit))
                    .await
                    .html;
                assert_eq!(
                    structure(&server),
                    structure(&client),
                    "{locale} {} {query}",
                    view.to_param()
                );
            }
        }
    }
}

#[test]
fn the_page_scripts_and_the_theme_name_the_same_loading_states() {
    let file = |path: &str| read(path).unwrap();
    let (page, loader) = (file("index.html"), file("tools/post-build.mjs"));
    let rules = PAGE_RULES;
    for class in [NO_APP_CLASS, LOAD_FAILED_CLASS] {
        assert!(
            loader.contains(&format!("'{class}'")),
            "the loader sets {class}"
        );
        assert!(
            rules.contains(&format!(".{class}")),
            "the theme styles {class}"
        );
    }
    assert!(
        page.contains(&format!("' {NO_APP_CLASS}'")),
        "index.html sets {NO_APP_CLASS}"
    );
    assert!(
        rules.contains(&format!(
            "html.{PARTNER_WAIT_CLASS} .ax-shell {{ visibility: hidden; }}"
        )),
        "the theme hides the page while the partner file is read"
    );
    assert!(
        !page.contains("setTimeout"),
        "no timer ever tells a slow page that its browser is too old"
    );
}

/// Runs the prerender binary on a fresh output folder holding the app's template and its
/// message files, with `PARTNER_FILE` set to a file holding `partner` and `SITE_URL` to `site`
/// if given; returns the folder and whether it succeeded, with what it printed.
fn prerender_with_partner(partner: &str, site: Option<&str>) -> (std::path::PathBuf, bool, String) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::temp_dir().join(format!(
        "anxin-prerender-{}-{}-{}",
        std::process::id(),
        partner.len(),
        site.map_or(0, str::len)
    ));
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("a temporary folder");
    std::fs::copy(root.join("index.html"), out.join("index.html")).expect("the template");
    std::fs::copy(
        root.join("static/favicon.svg"),
        out.join("favicon-0123456789abcdef.svg"),
    )
    .expect("the favicon");
    for locale in Locale::ALL {
        let folder = out.join("locales").join(locale.tag());
        std::fs::create_dir_all(&folder).expect("a locale folder");
        for entry in std::fs::read_dir(root.join("locales").join(locale.tag())).expect("locales") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                std::fs::copy(&path, folder.join(path.file_name().expect("a name"))).expect("copy");
            }
        }
    }
    let file = out.join("the-partner.json");
    std::fs::write(&file, partner).expect("the partner file");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_prerender"));
    command
        .arg(&out)
        .env("PARTNER_FILE", &file)
        .env_remove("SITE_URL");
    if let Some(site) = site {
        command.env("SITE_URL", site);
    }
    let run = command.output().expect("the prerender runs");
    let printed =
        String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    (out, run.status.success(), printed)
}

#[test]
fn a_partner_file_at_build_time_is_copied_and_built_into_every_page() {
    let (out, ok, printed) = prerender_with_partner(
        support::TEST_PARTNER_FILE,
        Some("https://anxin.example.org"),
    );
    assert!(ok, "{printed}");
    // A leaflet's print page: the partner's hotline printed in, and a QR code of the
    // leaflet's page in its language with the address beside it.
    let print = std::fs::read_to_string(out.join("handouts-print/ug+zh-Hans/help.html"))
        .expect("the help leaflet's print page");
    assert!(print.contains("tel:1234567"));
    assert_eq!(print.matches("class=\"qr-code\"").count(), 1);
    assert_eq!(
        print
            .matches(">https://anxin.example.org/ug/handout.help.html<")
            .count(),
        2,
        "the address beside the code, in each language's column"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("partner.json")).expect("partner.json is copied"),
        support::TEST_PARTNER_FILE
    );
    for locale in Locale::ALL {
        let help = std::fs::read_to_string(out.join(format!("{}/help.html", locale.tag())))
            .expect("the help page");
        let partner = help.find("tel:1234567").expect("the partner's hotline");
        assert!(partner < help.find("tel:12378").expect("12378"), "{locale}");
        assert!(
            help.contains("data-partner=\""),
            "{locale}: the app reads it from the page"
        );
        assert!(
            help.contains("--ax-brand:#7a1f5c"),
            "{locale}: the brand colours"
        );
    }
    let loader = std::fs::read_to_string(out.join("embed.js")).expect("embed.js");
    assert!(
        !loader.contains("__ANXIN_"),
        "the loader's tables are filled in"
    );
    assert!(loader.contains(r#""case-card":{"page":"case-card","items":["agent-surrender","#));
    std::fs::remove_dir_all(out).expect("clean up");
}

#[test]
fn a_site_address_that_is_not_one_stops_the_build() {
    let (out, ok, printed) =
        prerender_with_partner(support::TEST_PARTNER_FILE, Some("anxin.example.org"));
    assert!(!ok, "the build stops");
    assert!(printed.contains("SITE_URL"), "{printed}");
    std::fs::remove_dir_all(out).expect("clean up");
}

#[test]
fn an_invalid_partner_file_at_build_time_stops_the_build_naming_its_problems() {
    let hostile = r##"{"version":1,"name":{"zh-Hans":"坏"},"hotline":"javascript:alert(1)",
        "colors":{"brand":"#777777","on-brand":"#888888"}}"##;
    let (out, ok, printed) = prerender_with_partner(hostile, None);
    assert!(!ok, "the build stops");
    assert!(printed.contains("hotline"), "{printed}");
    assert!(printed.contains("colors"), "{printed}");
    assert!(!out.join("partner.json").exists());
    std::fs::remove_dir_all(out).expect("clean up");
}

/// The JSON a line `var NAME = …;` of the loader holds.
fn loader_table(script: &str, name: &str) -> serde_json::Value {
    let start = format!("var {name} = ");
    let line = script
        .lines()
        .find_map(|line| line.trim().strip_prefix(start.as_str()))
        .unwrap_or_else(|| panic!("the loader has no {name}"));
    serde_json::from_str(line.trim_end_matches(';')).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_loader_passes_on_every_event_and_command_the_app_knows() {
    use anxin::i18n::{strip_isolation_marks, Localizer, MissLog};
    use anxin::model::embed::{COMMAND_TYPES, EVENT_TYPES};
    use anxin::model::view::ROUTES;
    let script = anxin::prerender::embed_script(read).expect("the loader is written");
    assert!(!script.contains("__ANXIN_"), "every table is filled in");
    assert_eq!(
        loader_table(&script, "EVENTS"),
        serde_json::json!(EVENT_TYPES)
    );
    assert_eq!(
        loader_table(&script, "COMMANDS"),
        serde_json::json!(COMMAND_TYPES)
    );
    assert!(
        script.contains("if (!has(EVENTS, m.type)"),
        "the loader drops only what EVENTS leaves out"
    );
    assert!(
        script.contains("if (!has(COMMANDS, command))"),
        "the loader refuses only what COMMANDS leaves out"
    );
    let cards = loader_table(&script, "CARDS");
    for route in ROUTES.iter().filter(|route| route.frame == Frame::Card) {
        let briefed = route.briefs().expect("a card briefs something");
        assert_eq!(cards[briefed], route.kind, "{briefed}");
        let param = View::parse(route.kind).map(|view| view.host_param());
        assert!(
            param.is_none() || param.as_deref() == Some(briefed),
            "{}: the frame names it to the host as the loader does",
            route.kind
        );
    }
    assert_eq!(cards.as_object().map(|cards| cards.len()), Some(4));
    // The loader takes exactly the views the frame's navigate takes: the consumer's screens
    // (never the workshop's), each item by its id.
    let routes = loader_table(&script, "ROUTES");
    for route in ROUTES.iter() {
        let loader = &routes[route.kind];
        if !route.entry.hosts_may_open() {
            assert!(loader.is_null(), "{}: not the consumer's", route.kind);
            continue;
        }
        assert_eq!(loader["page"], route.page, "{}", route.kind);
        let items = route.items.map(|items| items());
        assert_eq!(loader["items"], serde_json::json!(items), "{}", route.kind);
        for view in route.views() {
            assert_eq!(
                View::parse_for_host(&view.to_param()),
                Some(view.clone()),
                "{view:?}"
            );
        }
    }
    // The popup's close button is named as the app names its own, in every language.
    let close = loader_table(&script, "CLOSE");
    for locale in Locale::ALL {
        let (catalog, _) = page_catalog(locale, &View::Settings, read).expect("shell");
        let misses = MissLog::new(|_| {});
        let word = Localizer::new(&catalog, locale, false, misses).text("embed-close");
        assert_eq!(
            close[locale.tag()],
            strip_isolation_marks(&word),
            "{locale:?}"
        );
        assert!(!word.is_empty() && word != "embed-close", "{locale:?}");
    }
}

/// The service worker's list, as `src/bin/precache.rs` writes it into `sw.js`.
fn precache_list(out: &std::path::Path) -> serde_json::Value {
    let worker = std::fs::read_to_string(out.join("sw.js")).expect("sw.js is written");
    let start = worker.find("{\"version\"").expect("the list in sw.js");
    let mut list = serde_json::Deserializer::from_str(&worker[start..]).into_iter();
    list.next().expect("a list").expect("valid JSON")
}

/// Runs the precache tool on `out`; whether it succeeded, and what it printed.
fn run_precache(out: &std::path::Path) -> (bool, String) {
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_precache"))
        .arg(out)
        .output()
        .expect("the precache tool runs");
    let printed =
        String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    (run.status.success(), printed)
}

/// A PNG's width and height, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[1..4], b"PNG", "a PNG");
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    (number(16), number(20))
}

#[test]
fn the_precache_list_holds_every_file_each_language_needs_offline_and_nothing_else() {
    use anxin::model::offline::{groups_for, Group};
    let (out, ok, printed) = prerender_with_partner(support::TEST_PARTNER_FILE, None);
    assert!(ok, "{printed}");
    // Without SITE_URL, no leaflet has a QR code (and nothing in its place).
    let print = std::fs::read_to_string(out.join("handouts-print/bo/help.html"))
        .expect("the help leaflet's print page");
    assert!(!print.contains("class=\"qr-code\"") && !print.contains("class=\"block qr"));
    // The rest of a build as Trunk and the post-build hook write it: every entry's files,
    // fonts, a brotli copy.
    for file in [
        "anxin-0123456789abcdef.js",
        "anxin-0123456789abcdef_bg.wasm",
        "anxin-workshop-0123456789abcdef.js",
        "anxin-workshop-0123456789abcdef_bg.wasm",
        "anxin-quiz-0123456789abcdef.js",
        "anxin-quiz-0123456789abcdef_bg.wasm",
        "anxin-card-0123456789abcdef.js",
        "anxin-card-0123456789abcdef_bg.wasm",
        "fonts-0123456789abcdef.css",
        "fonts/anxin-tibetan.woff2",
        "fonts/LICENSE-ukij-tuz.txt",
        "embed/playground.js",
    ] {
        let path = out.join(file);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
        std::fs::write(&path, file).expect("a file");
    }
    std::fs::write(out.join("zh-Hans/rights.html.br"), [0u8; 7]).expect("a brotli copy");
    std::fs::remove_file(out.join("the-partner.json"))
        .expect("the partner file given to the build");
    let (ok, printed) = run_precache(&out);
    assert!(ok, "{printed}");
    let list = precache_list(&out);
    let groups = list["groups"].as_object().expect("groups");
    let listed = |group: Group| -> Vec<String> {
        groups[&group.name()]
            .as_array()
            .expect("a group's files")
            .iter()
            .map(|entry| entry[0].as_str().expect("a path").to_owned())
            .collect()
    };
    for locale in Locale::ALL {
        let pages = listed(Group::Pages(locale));
        for view in every_view() {
            let page = anxin::model::link::page_path(locale, &view);
            assert_eq!(
                pages.contains(&page),
                view.frame() != Frame::Card,
                "{page}: listed unless it is a card"
            );
        }
        assert!(pages.contains(&format!("{}/manifest.webmanifest", locale.tag())));
        let messages = listed(Group::Messages(locale));
        for resource in anxin::i18n::Resource::ALL {
            let file = format!("locales/{}/{}", locale.tag(), resource.file());
            assert!(messages.contains(&file), "{file}");
        }
        let daily = listed(Group::Daily(locale));
        assert_eq!(
            daily.len(),
            anxin::content::quiz::QUESTIONS.len(),
            "{locale}"
        );
        for group in groups_for(locale) {
            assert!(groups.contains_key(&group.name()), "{}", group.name());
        }
        assert_eq!(
            list["languages"][locale.tag()]["all"]
                .as_array()
                .expect("a language's groups")
                .len(),
            groups_for(locale).len()
        );
    }
    let core = listed(Group::Core);
    for file in [
        "index.html",
        "offline-bo.html",
        "offline-zh-Hans.html",
        "anxin-0123456789abcdef_bg.wasm",
        "anxin-workshop-0123456789abcdef_bg.wasm",
        "anxin-quiz-0123456789abcdef.js",
        "anxin-quiz-0123456789abcdef_bg.wasm",
        "fonts/anxin-tibetan.woff2",
        "icon-192.png",
        "icon-maskable-512.png",
    ] {
        assert!(core.contains(&file.to_owned()), "core holds {file}");
    }
    let all: Vec<&str> = groups
        .values()
        .flat_map(|files| files.as_array().expect("files"))
        .map(|entry| entry[0].as_str().expect("a path"))
        .collect();
    for left in [
        "partner.json",
        "embed/playground.js",
        "fonts/LICENSE-ukij-tuz.txt",
        "sw.js",
        "zh-Hans/rights.html.br",
        "anxin-card-0123456789abcdef.js",
        "anxin-card-0123456789abcdef_bg.wasm",
    ] {
        assert!(!all.contains(&left), "{left} is not kept offline");
    }
    // Sizes are as sent: the brotli copy's where there is one.
    let rights = groups["pages zh-Hans"]
        .as_array()
        .expect("pages")
        .iter()
        .find(|entry| entry[0] == "zh-Hans/rights.html")
        .expect("rights is listed");
    assert_eq!(rights[2], 7);

    // A changed file gets a new revision and the build a new name; a removed one is gone.
    let build = list["build"].clone();
    let revision = |list: &serde_json::Value, path: &str| {
        list["groups"]
            .as_object()
            .expect("groups")
            .values()
            .flat_map(|files| files.as_array().expect("files").clone())
            .find(|entry| entry[0] == path)
            .map(|entry| entry[1].clone())
    };
    let before = revision(&list, "bo/help.html");
    let help = out.join("bo/help.html");
    let page = std::fs::read_to_string(&help).expect("help") + "<!-- another release -->";
    std::fs::write(&help, page).expect("a changed page");
    std::fs::remove_file(
        out.join("locales/yue/daily").join(
            std::fs::read_dir(out.join("locales/yue/daily"))
                .expect("daily files")
                .next()
                .expect("one")
                .expect("an entry")
                .file_name(),
        ),
    )
    .expect("a removed file");
    let (ok, printed) = run_precache(&out);
    assert!(ok, "{printed}");
    let again = precache_list(&out);
    assert_ne!(again["build"], build);
    assert_ne!(revision(&again, "bo/help.html"), before);
    assert_eq!(
        again["groups"]["daily yue"]
            .as_array()
            .expect("daily")
            .len(),
        anxin::content::quiz::QUESTIONS.len() - 1
    );

    // A file no rule places stops the build, naming it.
    std::fs::write(out.join("notes.doc"), "?").expect("a stray file");
    let (ok, printed) = run_precache(&out);
    assert!(!ok && printed.contains("notes.doc"), "{printed}");

    // Each language's manifest: what installing needs, and icons that are what they claim.
    for locale in Locale::ALL {
        let path = out.join(locale.tag()).join("manifest.webmanifest");
        let manifest: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("a manifest"))
                .expect("valid JSON");
        assert_eq!(manifest["lang"], locale.tag());
        assert!(!manifest["name"].as_str().expect("a name").is_empty());
        assert!(!manifest["short_name"]
            .as_str()
            .expect("a short name")
            .is_empty());
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(
            manifest["start_url"], "index.html",
            "opens this language's home"
        );
        assert_eq!(manifest["scope"], "../", "the whole app");
        assert!(manifest["theme_color"]
            .as_str()
            .expect("a theme colour")
            .starts_with('#'));
        let icons = manifest["icons"].as_array().expect("icons");
        let mut sizes = Vec::new();
        for icon in icons {
            let file = icon["src"]
                .as_str()
                .expect("a src")
                .trim_start_matches("../");
            let (width, height) =
                png_size(&std::fs::read(out.join(file)).expect("the icon exists"));
            assert_eq!(icon["sizes"], format!("{width}x{height}"), "{file}");
            sizes.push((
                width,
                icon["purpose"].as_str().expect("a purpose").to_owned(),
            ));
        }
        for needed in [(192, "any"), (512, "any"), (512, "maskable")] {
            assert!(
                sizes.iter().any(|(w, p)| (*w, p.as_str()) == needed),
                "{needed:?} in {sizes:?}"
            );
        }
        let page =
            std::fs::read_to_string(out.join(locale.tag()).join("index.html")).expect("home");
        assert!(page.contains(&format!(
            r#"<link rel="manifest" href="{}/manifest.webmanifest">"#,
            locale.tag()
        )));
    }
}
