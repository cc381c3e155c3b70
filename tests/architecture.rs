//! The architecture's rules (ARCHITECTURE.md, "Invariants"), read from the source: each layer
//! names only the layers below it, only `platform/` (and the app's start-up) touches the
//! browser, and only the build-time styles name stylist.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Crates that reach the browser.
const BROWSER: &[&str] = &[
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "wasm_bindgen_futures",
];

/// Crates that render views.
const VIEW_CRATES: &[&str] = &["yew"];

/// The crate that reads and scopes the stylesheets, at build time only.
const STYLE_TOOL: &str = "stylist";

/// Where the style tool may be named: the theme's build-time part and the prerender (both
/// native only, feature `ssr`), so the wasm carries no style code.
const BUILD_TIME_STYLES: &[&str] = &["theme/stylesheet.rs", "prerender/"];

/// The layers, from the bottom up (`crate::<name>`).
const LAYERS: &[&str] = &[
    "model",
    "content",
    "i18n",
    "state",
    "theme",
    "components",
    "pages",
    "platform",
    "app",
    "prerender",
];

/// The one file outside `platform/` that may touch the browser: the app's start-up.
const START_UP: &str = "app/start.rs";

/// The platform modules the views may call from their effects and handlers: they act on the
/// elements the view renders. Storage, the URL and fetching belong to the sync hook.
const PLATFORM_FOR_VIEWS: &[&str] = &["document", "certificate"];

/// Every `.rs` file under `src/`, with its path relative to `src/` and its code without
/// comments.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = fs::read_to_string(&path).unwrap();
            let code: Vec<&str> = text
                .lines()
                .map(|line| line.split("//").next().unwrap_or(""))
                .collect();
            (name, code.join("\n"))
        })
        .collect()
}

/// Whether `code` names the path segment `name` (`web_sys::…`, `use yew::…`, `crate::state`).
fn names(code: &str, name: &str) -> bool {
    code.match_indices(name).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + name.len()..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        boundary(before) && boundary(after) && code[at + name.len()..].starts_with("::")
    })
}

/// The files of `folder` that name any of `forbidden`, as "file names thing" lines.
fn offenders(folder: &str, forbidden: &[String]) -> Vec<String> {
    sources()
        .into_iter()
        .filter(|(file, _)| file.starts_with(folder))
        .flat_map(|(file, code)| {
            forbidden
                .iter()
                .filter(|thing| names(&code, thing))
                .map(|thing| format!("{file} names {thing}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn crates(list: &[&str]) -> Vec<String> {
    list.iter().map(|name| (*name).to_owned()).collect()
}

/// `crate::<layer>` for the layers from `from` up.
fn layers_from(from: &str) -> Vec<String> {
    let start = LAYERS.iter().position(|layer| *layer == from).unwrap();
    LAYERS[start..]
        .iter()
        .map(|layer| format!("crate::{layer}"))
        .collect()
}

#[test]
fn the_pure_layers_name_no_web_api_no_view_crate_and_nothing_above_them() {
    let mut forbidden = crates(BROWSER);
    forbidden.extend(crates(VIEW_CRATES));
    forbidden.extend(layers_from("i18n"));
    let mut found = offenders("model/", &forbidden);
    found.extend(offenders("content/", &forbidden));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn i18n_state_and_theme_name_no_web_api_and_no_layer_above_them() {
    for (folder, above) in [
        ("i18n/", "state"),
        ("state/", "theme"),
        ("theme/", "components"),
    ] {
        let mut forbidden = crates(BROWSER);
        forbidden.extend(layers_from(above));
        let found = offenders(folder, &forbidden);
        assert!(found.is_empty(), "{found:#?}");
    }
}

#[test]
fn only_platform_and_the_start_up_touch_the_browser() {
    let found: Vec<String> = offenders("", &crates(BROWSER))
        .into_iter()
        .filter(|line| !line.starts_with("platform/") && !line.starts_with(START_UP))
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn only_the_build_time_styles_name_the_style_tool() {
    let found: Vec<String> = offenders("", &crates(&[STYLE_TOOL]))
        .into_iter()
        .filter(|line| !BUILD_TIME_STYLES.iter().any(|part| line.starts_with(part)))
        .collect();
    assert!(found.is_empty(), "{found:#?}");
    assert!(sources()
        .iter()
        .any(|(file, code)| file == BUILD_TIME_STYLES[0] && names(code, STYLE_TOOL)));
}

#[test]
fn views_leave_storage_the_url_and_fetching_to_the_sync_hook() {
    let allowed: Vec<String> = PLATFORM_FOR_VIEWS
        .iter()
        .map(|module| format!("crate::platform::{module}"))
        .collect();
    for folder in ["components/", "pages/"] {
        for (file, code) in sources()
            .into_iter()
            .filter(|(file, _)| file.starts_with(folder))
        {
            for (at, _) in code.match_indices("crate::platform") {
                let rest = &code[at..];
                assert!(
                    allowed.iter().any(|ok| rest.starts_with(ok.as_str())),
                    "{file}: {}",
                    rest.lines().next().unwrap_or(rest)
                );
            }
        }
    }
}

#[test]
fn the_rules_see_what_they_guard() {
    assert!(names("use web_sys::Window;", "web_sys"));
    assert!(names(
        "let x = crate::state::AppState::boot",
        "crate::state"
    ));
    assert!(!names("my_web_sys::x", "web_sys"));
    assert!(!names("crate::stateful::x", "crate::state"));
    let files = sources();
    assert!(files.iter().any(|(file, _)| file == START_UP));
    assert!(files.iter().any(|(file, _)| file.starts_with("platform/")));
    assert!(files.len() > 50, "{} files", files.len());
}
