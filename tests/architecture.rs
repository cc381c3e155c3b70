//! The architecture's rules (ARCHITECTURE.md, its "Architecture invariant" lines).
//!
//! The two pure layers are crates of their own (`crates/anxin-content`, `crates/anxin-model`):
//! Cargo holds them, and this file checks their manifests name nothing but the layer below.
//! The app crate's layers share one crate, so their rules are read from the code with a Rust
//! parser (syn): every `use` tree (grouped, renamed, globbed), every path in an expression, a
//! type or a pattern, and every path inside a macro (`html!`), with `crate`, `self` and `super`
//! resolved against the file's module. Comments and strings are not code, so neither hides nor
//! fakes a name.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// Crates that reach the browser.
const BROWSER: &[&str] = &[
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "wasm_bindgen_futures",
];

/// The crate that reads and scopes the stylesheets, at build time only.
const STYLE_TOOL: &str = "stylist";

/// Where the style tool may be named: the theme's build-time part and the prerender (both
/// native only, feature `ssr`), so the wasm carries no style code.
const BUILD_TIME_STYLES: &[&str] = &["theme/stylesheet.rs", "prerender/"];

/// Every crate of the workspace but the app, each with the only crates it may depend on: the
/// pure crates from the bottom up, then the playground's checker (the model's partner rules
/// and the one crate that exposes them to the page).
const CRATE_DEPENDENCIES: &[(&str, &[&str])] = &[
    ("anxin-content", &[]),
    ("anxin-model", &["anxin-content"]),
    ("anxin-partner-check", &["anxin-model", "wasm-bindgen"]),
];

/// The app crate, whose layers are read from its code.
const APP_CRATE: &str = "anxin";

/// The app crate's names for the pure crates (`crate::content` is `anxin_content`).
const PURE_LAYERS: &[(&str, &str)] = &[("anxin_content", "content"), ("anxin_model", "model")];

/// The layers, from the bottom up (`crate::<name>`): the pure crates first, as the app crate
/// re-exports them, then the app crate's folders.
const LAYERS: &[&str] = &[
    "content",
    "model",
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
/// elements the view renders (the presenter's: its stage, keys, clock and held buttons), and
/// read-aloud's player, whose first sound must be asked for inside the tap's handler.
/// Storage, the URL and fetching belong to the sync hook.
const PLATFORM_FOR_VIEWS: &[&str] = &[
    "document",
    "certificate",
    "presenter",
    "speech",
    "clipboard",
];

/// A file of the app crate: its path under `src/` and every path its code names, resolved
/// (`crate::state::AppState`, `web_sys::window`).
struct Source {
    file: String,
    named: Vec<String>,
}

/// The module a file under `src/` is (`state/quiz.rs` is `state::quiz`, `state/mod.rs` is
/// `state`, `lib.rs` and a binary are the crate's root).
fn module_of(file: &str) -> Vec<String> {
    let path = file.trim_end_matches(".rs");
    let mut parts: Vec<String> = path.split('/').map(str::to_owned).collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    if parts.first().is_some_and(|first| first == "bin") {
        parts.clear();
    }
    parts
}

/// Collects the paths a file names, resolving `crate`, `self` and `super` against the module
/// it is in (inline `mod` blocks included).
struct Names {
    module: Vec<String>,
    found: Vec<String>,
}

impl Names {
    /// Records a path given as its segments.
    fn record(&mut self, segments: &[String]) {
        let Some(first) = segments.first() else {
            return;
        };
        let resolved: Vec<String> = match first.as_str() {
            "crate" | "anxin" => std::iter::once("crate".to_owned())
                .chain(segments[1..].iter().cloned())
                .collect(),
            "self" => std::iter::once("crate".to_owned())
                .chain(self.module.iter().cloned())
                .chain(segments[1..].iter().cloned())
                .collect(),
            "super" => {
                let ups = segments.iter().take_while(|s| *s == "super").count();
                let kept = self.module.len().saturating_sub(ups);
                std::iter::once("crate".to_owned())
                    .chain(self.module[..kept].iter().cloned())
                    .chain(segments[ups..].iter().cloned())
                    .collect()
            }
            _ => match PURE_LAYERS.iter().find(|(name, _)| name == first) {
                Some((_, layer)) => ["crate", layer]
                    .iter()
                    .map(|s| (*s).to_owned())
                    .chain(segments[1..].iter().cloned())
                    .collect(),
                None => segments.to_vec(),
            },
        };
        self.found.push(resolved.join("::"));
    }

    /// Records every path of a `use` tree.
    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) => {
                let mut whole = prefix.clone();
                if name.ident != "self" {
                    whole.push(name.ident.to_string());
                }
                self.record(&whole);
            }
            syn::UseTree::Rename(rename) => {
                let mut whole = prefix.clone();
                if rename.ident != "self" {
                    whole.push(rename.ident.to_string());
                }
                self.record(&whole);
            }
            syn::UseTree::Glob(_) => self.record(prefix),
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.use_tree(prefix, tree);
                }
            }
        }
    }

    /// Records the `a::b::c` runs of a macro's tokens (`html! { <crate::x::Y /> }`).
    fn tokens(&mut self, tokens: TokenStream) {
        let mut run: Vec<String> = Vec::new();
        let mut colons = 0;
        for token in tokens {
            match token {
                TokenTree::Ident(ident) if colons == 2 || run.is_empty() => {
                    run.push(ident.to_string());
                    colons = 0;
                }
                TokenTree::Punct(punct) if punct.as_char() == ':' && !run.is_empty() => {
                    colons += 1;
                }
                other => {
                    if run.len() > 1 {
                        self.record(&run);
                    }
                    run.clear();
                    colons = 0;
                    if let TokenTree::Ident(ident) = other {
                        run.push(ident.to_string());
                    } else if let TokenTree::Group(group) = other {
                        self.tokens(group.stream());
                    }
                }
            }
        }
        if run.len() > 1 {
            self.record(&run);
        }
    }
}

impl<'ast> Visit<'ast> for Names {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        self.module.push(item.ident.to_string());
        syn::visit::visit_item_mod(self, item);
        self.module.pop();
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut prefix = Vec::new();
        self.use_tree(&mut prefix, &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            self.record(&segments);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.tokens(mac.tokens.clone());
        syn::visit::visit_macro(self, mac);
    }
}

/// Every path a file's code names, resolved; a file that does not parse fails the test.
fn names_in(file: &str, code: &str) -> Vec<String> {
    let syntax = syn::parse_file(code).unwrap_or_else(|e| panic!("{file} does not parse: {e}"));
    let mut names = Names {
        module: module_of(file),
        found: Vec::new(),
    };
    names.visit_file(&syntax);
    names.found
}

/// Every `.rs` file of the app crate under `src/`, with the paths it names.
fn sources() -> Vec<Source> {
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
            let file = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let named = names_in(&file, &fs::read_to_string(&path).unwrap());
            Source { file, named }
        })
        .collect()
}

/// Whether a resolved path is `thing` or lies under it (`web_sys::window` is under `web_sys`,
/// `crate::state::AppState` under `crate::state`).
fn is_under(path: &str, thing: &str) -> bool {
    path == thing || path.starts_with(&format!("{thing}::"))
}

/// The "file names thing" lines for every source in `folder` that names any of `forbidden`.
fn offenders(sources: &[Source], folder: &str, forbidden: &[String]) -> Vec<String> {
    let mut found: Vec<String> = sources
        .iter()
        .filter(|source| source.file.starts_with(folder))
        .flat_map(|source| {
            forbidden
                .iter()
                .filter(|thing| source.named.iter().any(|path| is_under(path, thing)))
                .map(|thing| format!("{} names {thing}", source.file))
        })
        .collect();
    found.dedup();
    found
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

/// The rule for the app crate's lower folders: each names no web API crate and no layer above
/// it.
fn lower_layer_problems(sources: &[Source]) -> Vec<String> {
    [
        ("i18n/", "state"),
        ("state/", "theme"),
        ("theme/", "components"),
    ]
    .into_iter()
    .flat_map(|(folder, above)| {
        let mut forbidden = crates(BROWSER);
        forbidden.extend(layers_from(above));
        offenders(sources, folder, &forbidden)
    })
    .collect()
}

/// The rule for the browser: only `platform/` and the start-up name a web API crate.
fn browser_problems(sources: &[Source]) -> Vec<String> {
    offenders(sources, "", &crates(BROWSER))
        .into_iter()
        .filter(|line| !line.starts_with("platform/") && !line.starts_with(START_UP))
        .collect()
}

/// The rule for the views: of `platform`, they name only the modules that act on their own
/// elements.
fn view_problems(sources: &[Source]) -> Vec<String> {
    sources
        .iter()
        .filter(|source| {
            source.file.starts_with("components/") || source.file.starts_with("pages/")
        })
        .flat_map(|source| {
            source
                .named
                .iter()
                .filter(|path| is_under(path, "crate::platform"))
                .filter(|path| {
                    !PLATFORM_FOR_VIEWS
                        .iter()
                        .any(|module| is_under(path, &format!("crate::platform::{module}")))
                })
                .map(|path| format!("{} names {path}", source.file))
        })
        .collect()
}

/// Each workspace crate's normal dependencies (not dev or build), read with `cargo metadata`.
fn dependencies() -> Vec<(String, Vec<String>)> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "{output:?}");
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|package| {
            let names = package["dependencies"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|dependency| dependency["kind"].is_null())
                .map(|dependency| dependency["name"].as_str().unwrap().to_owned())
                .collect();
            (package["name"].as_str().unwrap().to_owned(), names)
        })
        .collect()
}

/// The workspace crates' dependencies that their rule does not allow, and crates with no rule.
fn crate_problems(dependencies: &[(String, Vec<String>)]) -> Vec<String> {
    let unruled = dependencies
        .iter()
        .filter(|(package, _)| {
            package != APP_CRATE && !CRATE_DEPENDENCIES.iter().any(|(name, _)| name == package)
        })
        .map(|(package, _)| format!("{package} has no rule in CRATE_DEPENDENCIES"));
    let broken = CRATE_DEPENDENCIES.iter().flat_map(|(name, allowed)| {
        let (_, theirs) = dependencies
            .iter()
            .find(|(package, _)| package == name)
            .unwrap_or_else(|| panic!("{name} is a member of the workspace"));
        theirs
            .iter()
            .filter(|dependency| !allowed.contains(&dependency.as_str()))
            .map(move |dependency| format!("{name} depends on {dependency}"))
    });
    unruled.chain(broken).collect()
}

#[test]
fn the_crates_below_the_app_depend_only_on_what_their_rule_allows() {
    let found = crate_problems(&dependencies());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn i18n_state_and_theme_name_no_web_api_and_no_layer_above_them() {
    let found = lower_layer_problems(&sources());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn only_platform_and_the_start_up_touch_the_browser() {
    let found = browser_problems(&sources());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn only_the_build_time_styles_name_the_style_tool() {
    let sources = sources();
    let found: Vec<String> = offenders(&sources, "", &crates(&[STYLE_TOOL]))
        .into_iter()
        .filter(|line| !BUILD_TIME_STYLES.iter().any(|part| line.starts_with(part)))
        .collect();
    assert!(found.is_empty(), "{found:#?}");
    assert!(sources
        .iter()
        .any(|source| source.file == BUILD_TIME_STYLES[0]
            && source.named.iter().any(|path| is_under(path, STYLE_TOOL))));
}

#[test]
fn views_leave_storage_the_url_and_fetching_to_the_sync_hook() {
    let found = view_problems(&sources());
    assert!(found.is_empty(), "{found:#?}");
}

/// Files written to slip past a rule: each must be caught.
#[test]
fn the_rules_catch_what_they_guard() {
    let probe = |file: &str, code: &str| {
        vec![Source {
            file: file.to_owned(),
            named: names_in(file, code),
        }]
    };
    // A grouped `use`, and a browser call after a `//` inside a string.
    let state = probe(
        "state/probe.rs",
        r#"use crate::{state::AppState, pages::Page};
           fn f() { let url = "https://example.com"; let w = web_sys::window(); }"#,
    );
    let found = lower_layer_problems(&state);
    assert!(
        found.contains(&"state/probe.rs names crate::pages".to_owned()),
        "{found:?}"
    );
    assert!(
        found.contains(&"state/probe.rs names web_sys".to_owned()),
        "{found:?}"
    );
    assert_eq!(browser_problems(&state), ["state/probe.rs names web_sys"]);
    // `super::` out of an inline module, and a path inside an expression.
    let i18n = probe(
        "i18n/probe.rs",
        "mod inner { fn f() { super::super::super::platform::storage::write(); } }",
    );
    assert_eq!(
        lower_layer_problems(&i18n),
        ["i18n/probe.rs names crate::platform"]
    );
    // A path inside a macro, and a renamed import of a pure crate.
    let theme = probe(
        "theme/probe.rs",
        "use anxin_model as m; fn f() { html! { <crate::app::App /> } }",
    );
    assert_eq!(
        lower_layer_problems(&theme),
        ["theme/probe.rs names crate::app"]
    );
    // A view reaching storage through `self`-relative and absolute paths.
    let view = probe(
        "pages/probe.rs",
        "use crate::platform::{document, storage}; fn f() { crate::platform::url::push(); }",
    );
    assert_eq!(
        view_problems(&view),
        [
            "pages/probe.rs names crate::platform::storage",
            "pages/probe.rs names crate::platform::url::push"
        ]
    );
    // Names in comments and strings are not code.
    let quiet = probe(
        "state/quiet.rs",
        "// use web_sys::Window;\nconst A: &str = \"crate::pages::x web_sys::window\";",
    );
    assert!(lower_layer_problems(&quiet).is_empty());
    // A pure crate that takes on a web API crate, and a new crate nobody gave a rule.
    let names = |list: &[&str]| list.iter().map(|name| (*name).to_owned()).collect();
    let manifests = [
        ("anxin".to_owned(), names(&["yew", "web-sys"])),
        ("anxin-content".to_owned(), vec![]),
        (
            "anxin-model".to_owned(),
            names(&["anxin-content", "web-sys"]),
        ),
        (
            "anxin-partner-check".to_owned(),
            names(&["anxin-model", "wasm-bindgen"]),
        ),
        ("anxin-extra".to_owned(), vec![]),
    ];
    assert_eq!(
        crate_problems(&manifests),
        [
            "anxin-extra has no rule in CRATE_DEPENDENCIES",
            "anxin-model depends on web-sys"
        ]
    );
    // The real tree is what the rules read.
    let files = sources();
    assert!(files.iter().any(|source| source.file == START_UP));
    assert!(files
        .iter()
        .any(|source| source.file.starts_with("platform/")));
    assert!(files.len() > 40, "{} files", files.len());
}
