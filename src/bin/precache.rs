//! Writes the service worker (`sw.js`) into a finished build (`$TRUNK_STAGING_DIR`, or the
//! folder given as the first argument), run by `tools/post-build.mjs` once every file is in its
//! final form and compressed: the worker (`src/platform/sw.js`) with this build's precache list
//! filled in. Every file of the build is placed by `model::offline::classify`; a file no rule
//! knows stops the build. Each listed file, under its group, carries the start of its SHA-256 (the
//! worker checks what it fetches against it, and carries an unchanged file over from an older
//! build's cache), its size as sent (its brotli copy's, where there is one) and its group.

use std::path::Path;
use std::process::ExitCode;

use anxin::model::json::Json;
use anxin::model::locale::Locale;
use anxin::model::offline::{
    classify, groups_for, install_groups, not_ready_page, Group, Placement, WORKER_FILE,
};
use anxin::prerender::build_folder;
use sha2::{Digest, Sha256};

/// The worker's source, with `self.__ANXIN_PRECACHE__` standing for the list.
const WORKER: &str = include_str!("../platform/sw.js");
const PLACEHOLDER: &str = "self.__ANXIN_PRECACHE__";
/// How much of a file's SHA-256 names its revision: enough to tell builds apart, and the
/// worker's list stays small (the hashes are most of its bytes).
const REVISION_BYTES: usize = 6;

fn main() -> ExitCode {
    let Some(out) = build_folder() else {
        eprintln!("precache: give the build's folder, or run from Trunk");
        return ExitCode::FAILURE;
    };
    match precache_list(&out).and_then(|list| write_worker(&out, &list)) {
        Ok(count) => {
            println!(
                "precache: {count} files listed in {}",
                out.join(WORKER_FILE).display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("precache: {error}");
            ExitCode::FAILURE
        }
    }
}

/// One file the worker may keep.
struct Listed {
    path: String,
    revision: String,
    bytes: u64,
    group: Group,
}

fn walk(root: &Path, folder: &Path, found: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            walk(root, &path, found)?;
        } else {
            let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
            let parts: Vec<String> = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            found.push(parts.join("/"));
        }
    }
    Ok(())
}

/// Every file of the build that a language needs offline, sorted by path.
fn precache_list(out: &Path) -> Result<Vec<Listed>, String> {
    let mut paths = Vec::new();
    walk(out, out, &mut paths)?;
    paths.sort();
    let mut listed = Vec::new();
    for path in paths {
        match classify(&path) {
            None => {
                return Err(format!(
                    "{path}: no rule says whether it is kept offline (model::offline::classify)"
                ))
            }
            Some(Placement::Left) => {}
            Some(Placement::In(group)) => {
                let body = std::fs::read(out.join(&path)).map_err(|e| format!("{path}: {e}"))?;
                let digest = Sha256::digest(&body);
                let revision: String = digest[..REVISION_BYTES]
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                let bytes = std::fs::metadata(out.join(format!("{path}.br")))
                    .map(|meta| meta.len())
                    .unwrap_or(body.len() as u64);
                listed.push(Listed {
                    path,
                    revision,
                    bytes,
                    group,
                });
            }
        }
    }
    for locale in Locale::ALL {
        let page = not_ready_page(locale);
        if !listed.iter().any(|file| file.path == page) {
            return Err(format!("{page} is missing: the prerender writes it"));
        }
    }
    Ok(listed)
}

/// The list as the worker reads it.
fn list_json(list: &[Listed]) -> Json {
    let string = |text: &str| Json::String(text.to_owned());
    let mut build = Sha256::new();
    for file in list {
        build.update(file.path.as_bytes());
        build.update(file.revision.as_bytes());
    }
    let build: String = build.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut files: Vec<(String, Json)> = Vec::new();
    for file in list {
        let name = file.group.name();
        let entry = Json::Array(vec![
            string(&file.path),
            string(&file.revision),
            Json::Number(file.bytes.to_string()),
        ]);
        match files.iter_mut().find(|(group, _)| *group == name) {
            Some((_, Json::Array(entries))) => entries.push(entry),
            _ => files.push((name, Json::Array(vec![entry]))),
        }
    }
    let names =
        |groups: Vec<Group>| Json::Array(groups.iter().map(|g| string(&g.name())).collect());
    let languages = Locale::ALL
        .into_iter()
        .map(|locale| {
            let groups = Json::Object(vec![
                ("all".into(), names(groups_for(locale))),
                ("install".into(), names(install_groups(locale))),
            ]);
            (locale.tag().to_owned(), groups)
        })
        .collect();
    let not_ready = Locale::ALL
        .into_iter()
        .map(|locale| (locale.tag().to_owned(), string(&not_ready_page(locale))))
        .collect();
    Json::Object(vec![
        (
            "version".into(),
            string(&format!("{} ({build})", env!("CARGO_PKG_VERSION"))),
        ),
        ("build".into(), string(&build)),
        ("rootLanguage".into(), string(Locale::ZhHans.tag())),
        ("groups".into(), Json::Object(files)),
        ("languages".into(), Json::Object(languages)),
        ("notReady".into(), Json::Object(not_ready)),
    ])
}

fn write_worker(out: &Path, list: &[Listed]) -> Result<usize, String> {
    if !WORKER.contains(PLACEHOLDER) {
        return Err(format!("src/platform/sw.js no longer names {PLACEHOLDER}"));
    }
    let worker = WORKER.replace(PLACEHOLDER, &list_json(list).to_text());
    std::fs::write(out.join(WORKER_FILE), worker).map_err(|e| format!("{WORKER_FILE}: {e}"))?;
    Ok(list.len())
}
