//! Offline use: which files of a build each language needs, as groups the service worker
//! downloads together, and what the person is told about it. The build's precache list
//! (`src/bin/precache.rs`) sorts every file of `dist/` with [`classify`], so a file no rule
//! knows stops the build; the app sums the groups' sizes with [`download_bytes`], so the size
//! shown is the one the worker will fetch.

use crate::handout::{PDF_FOLDER, PRINT_FOLDER};
use crate::json::Json;
use crate::locale::Locale;
use crate::speech::AUDIO_FOLDER;
use crate::view::{Entry, Frame, View};

/// A set of files the worker keeps or fetches together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// What every screen in every language needs: the root page, every entry's JS and wasm but
    /// the cards', the styles, fonts, icons and the notice for a screen that is not ready
    /// offline.
    Core,
    /// A language's pages, one a screen (the cards partners embed are left out: the partner's
    /// page owns offline use there).
    Pages(Locale),
    /// A language's message files (`locales/<tag>/*.ftl`).
    Messages(Locale),
    /// A language's daily-question files (`locales/<tag>/daily/*.ftl`).
    Daily(Locale),
    /// A language's audio pack for read-aloud (`audio/<tag>/`: its manifest and clips).
    Audio(Locale),
}

impl Group {
    /// The group's name in the worker's list (`core`, `pages bo`, `messages zh-Hans`).
    pub fn name(self) -> String {
        match self {
            Group::Core => "core".to_owned(),
            Group::Pages(locale) => format!("pages {locale}"),
            Group::Messages(locale) => format!("messages {locale}"),
            Group::Daily(locale) => format!("daily {locale}"),
            Group::Audio(locale) => format!("audio {locale}"),
        }
    }

    /// Reads a group's name as [`Group::name`] writes it.
    pub fn from_name(name: &str) -> Option<Group> {
        if name == "core" {
            return Some(Group::Core);
        }
        let (kind, tag) = name.split_once(' ')?;
        let locale = Locale::ALL.into_iter().find(|l| l.tag() == tag)?;
        match kind {
            "pages" => Some(Group::Pages(locale)),
            "messages" => Some(Group::Messages(locale)),
            "daily" => Some(Group::Daily(locale)),
            "audio" => Some(Group::Audio(locale)),
            _ => None,
        }
    }
}

/// Every group `locale` needs offline: the core, its own pages, and the message, daily and
/// audio files of each language along its fallback chain (a Tibetan screen shows, and reads,
/// Mandarin where a Tibetan message is missing).
pub fn groups_for(locale: Locale) -> Vec<Group> {
    let mut groups = vec![Group::Core, Group::Pages(locale)];
    for language in locale.chain() {
        groups.push(Group::Messages(language));
        groups.push(Group::Daily(language));
        groups.push(Group::Audio(language));
    }
    groups
}

/// What the worker keeps at install for a page in `locale`, before anyone asks for more: the
/// core and the message files along the chain (with the page itself, which the worker adds).
pub fn install_groups(locale: Locale) -> Vec<Group> {
    let mut groups = vec![Group::Core];
    groups.extend(locale.chain().into_iter().map(Group::Messages));
    groups
}

/// Every group there is: the core, then each language's pages, messages, daily files and
/// audio pack.
pub fn every_group() -> Vec<Group> {
    let mut groups = vec![Group::Core];
    for locale in Locale::ALL {
        groups.extend([
            Group::Pages(locale),
            Group::Messages(locale),
            Group::Daily(locale),
            Group::Audio(locale),
        ]);
    }
    groups
}

/// Every group the languages of `choice` need, each once, in [`every_group`]'s order (no
/// sorting: the app's wasm carries no sort for this).
pub fn groups_for_all(choice: &[Locale]) -> Vec<Group> {
    let needed: Vec<Group> = choice.iter().flat_map(|l| groups_for(*l)).collect();
    every_group()
        .into_iter()
        .filter(|group| needed.contains(group))
        .collect()
}

/// The bytes to download for `choice`, given each group's size (`size_of`; a group it does
/// not know counts nothing).
pub fn download_bytes(choice: &[Locale], size_of: impl Fn(Group) -> Option<u64>) -> u64 {
    groups_for_all(choice).into_iter().filter_map(size_of).sum()
}

/// Bytes as megabytes with one decimal, rounded up so the figure shown is never below what is
/// downloaded (`0.1` at least, for anything).
pub fn megabytes(bytes: u64) -> String {
    let tenths = bytes.div_ceil(100_000).max(1);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Where a file of the build (its path relative to the build's root, `/`-separated) belongs
/// offline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// In a group.
    In(Group),
    /// Never kept offline: compressed copies, documentation and licences, the deployer's own
    /// files (replaced after the build), the partners' loader and playground, the worker itself,
    /// and the cards partners embed, with their entry's wasm.
    Left,
}

/// The worker's own file, at the build's root.
pub const WORKER_FILE: &str = "sw.js";

/// The page the worker answers with when a screen in `locale` is not ready offline (at the
/// build's root).
pub fn not_ready_page(locale: Locale) -> String {
    format!("offline-{locale}.html")
}

/// Where `path` belongs offline; `None` for a file no rule knows (the build stops, so a new
/// kind of file is given a place on purpose).
pub fn classify(path: &str) -> Option<Placement> {
    use Placement::{In, Left};
    let (folder, file) = path.rsplit_once('/').unwrap_or(("", path));
    let extension = file.rsplit_once('.').map_or("", |(_, ext)| ext);
    if matches!(extension, "br" | "gz" | "md" | "txt") {
        return Some(Left);
    }
    if path == WORKER_FILE
        || path == "partner.json"
        || path == "embed.js"
        || folder == "partner"
        || folder.starts_with("partner/")
        || folder == "embed"
        || folder.starts_with("embed/")
        || [PDF_FOLDER, PRINT_FOLDER]
            .iter()
            .any(|kept_out| folder == *kept_out || folder.starts_with(&format!("{kept_out}/")))
    {
        return Some(Left);
    }
    let segments: Vec<&str> = if folder.is_empty() {
        Vec::new()
    } else {
        folder.split('/').collect()
    };
    let locale_of = |tag: &str| Locale::ALL.into_iter().find(|l| l.tag() == tag);
    match (segments.as_slice(), extension) {
        ([], "html")
            if file == "index.html"
                || file == "404.html"
                || Locale::ALL.iter().any(|l| file == not_ready_page(*l)) =>
        {
            Some(In(Group::Core))
        }
        ([], "js" | "wasm") if entry_of(file).is_some_and(|entry| !entry.kept_offline()) => {
            Some(Left)
        }
        ([], "js" | "wasm" | "css" | "svg" | "png") | (["fonts"], "woff2") => Some(In(Group::Core)),
        ([tag], "html") => {
            let locale = locale_of(tag)?;
            let page = file.strip_suffix(".html")?;
            let view = if page == "index" {
                View::Home
            } else {
                View::from_page(page)?
            };
            Some(if view.frame() == Frame::Card {
                Left
            } else {
                In(Group::Pages(locale))
            })
        }
        ([tag], "webmanifest") => locale_of(tag).map(|l| In(Group::Pages(l))),
        (["locales", tag], "ftl") => locale_of(tag).map(|l| In(Group::Messages(l))),
        (["locales", tag, "daily"], "ftl") => locale_of(tag).map(|l| In(Group::Daily(l))),
        ([AUDIO_FOLDER, tag], "mp3" | "json") => locale_of(tag).map(|l| In(Group::Audio(l))),
        _ => None,
    }
}

/// The entry whose glue or wasm `file` is (`anxin-card-<hash>.js`, `…_bg.wasm`), if it is one.
fn entry_of(file: &str) -> Option<Entry> {
    let name = file
        .strip_suffix(".js")
        .or_else(|| file.strip_suffix("_bg.wasm"))?;
    let (bin, hash) = name.rsplit_once('-')?;
    let hashed = !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit());
    Entry::ALL
        .into_iter()
        .find(|entry| hashed && entry.bin() == bin)
}

/// What the page's side of offline use (`src/platform/offline.js`) tells the app, read from
/// its JSON: its own findings, and the service worker's messages passed on as they came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfflineReport {
    /// Whether a service worker could be registered here.
    Support(bool),
    /// Whether the network is gone.
    Network {
        /// No network now.
        offline: bool,
    },
    /// Whether the browser keeps what is stored (`navigator.storage.persist`).
    Persisted(bool),
    /// A new version is installed and waits.
    UpdateReady,
    /// The browser offers to add the app to the home screen.
    InstallOffered,
    /// The worker: what is ready offline, and how large each group is.
    Status(WorkerStatus),
    /// The worker: a download's progress, 0 to 100.
    Progress(u8),
    /// The worker: a download stopped (what arrived is kept).
    Failed {
        /// Because the device's storage is full (not the network).
        space: bool,
    },
}

/// The worker's account of offline use on this device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkerStatus {
    /// The app version the worker serves (`0.1.0 (a1b2c3d4)`).
    pub version: String,
    /// Each group's size as sent, in bytes.
    pub sizes: Vec<(Group, u64)>,
    /// The languages whose every file is kept now.
    pub ready: Vec<Locale>,
    /// The day the person last prepared (`2026-12-07`), empty if never.
    pub date: String,
    /// Languages whose screen was asked for with no network before they were prepared.
    pub missed: Vec<Locale>,
}

impl WorkerStatus {
    /// The size of `group`, if the worker named it.
    pub fn size_of(&self, group: Group) -> Option<u64> {
        self.sizes
            .iter()
            .find(|(g, _)| *g == group)
            .map(|(_, bytes)| *bytes)
    }
}

/// The longest text kept from the worker (a version or a date).
const MAX_TEXT: usize = 40;

impl OfflineReport {
    /// Reads a report; `None` for anything else (unknown kinds, bad fields).
    pub fn read(json: &Json) -> Option<OfflineReport> {
        let text = |key: &str| {
            json.get(key)
                .and_then(Json::as_str)
                .filter(|t| t.len() <= MAX_TEXT && !t.chars().any(char::is_control))
                .map(str::to_owned)
        };
        let locales = |key: &str| -> Option<Vec<Locale>> {
            let Json::Array(items) = json.get(key)? else {
                return None;
            };
            let mut found: Vec<Locale> = items
                .iter()
                .filter_map(|item| {
                    Locale::ALL
                        .into_iter()
                        .find(|l| Some(l.tag()) == item.as_str())
                })
                .collect();
            found.dedup();
            Some(found)
        };
        let flag = |key: &str| json.get(key).and_then(Json::as_bool);
        match json.get("kind")?.as_str()? {
            "support" => Some(OfflineReport::Support(flag("worker")?)),
            "network" => Some(OfflineReport::Network {
                offline: flag("offline")?,
            }),
            "persisted" => Some(OfflineReport::Persisted(flag("kept")?)),
            "update-ready" => Some(OfflineReport::UpdateReady),
            "install-offered" => Some(OfflineReport::InstallOffered),
            "progress" => {
                let percent = json.get("percent")?.as_u64()?;
                Some(OfflineReport::Progress(percent.min(100) as u8))
            }
            "failed" => Some(OfflineReport::Failed {
                space: flag("space").unwrap_or(false),
            }),
            "status" => {
                let Json::Object(fields) = json.get("sizes")? else {
                    return None;
                };
                let sizes = fields
                    .iter()
                    .filter_map(|(name, bytes)| Some((Group::from_name(name)?, bytes.as_u64()?)))
                    .collect();
                Some(OfflineReport::Status(WorkerStatus {
                    version: text("version")?,
                    sizes,
                    ready: locales("ready")?,
                    date: text("date").unwrap_or_default(),
                    missed: locales("missed").unwrap_or_default(),
                }))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_name_reads_back() {
        for group in every_group() {
            assert_eq!(Group::from_name(&group.name()), Some(group));
        }
        for locale in Locale::ALL {
            for group in groups_for(locale) {
                assert!(every_group().contains(&group));
            }
        }
        assert_eq!(Group::from_name("pages xx"), None);
        assert_eq!(Group::from_name("fonts bo"), None);
        assert_eq!(Group::from_name(""), None);
    }

    #[test]
    fn a_language_needs_its_fallbacks_messages_but_not_their_pages() {
        let bo = groups_for(Locale::Bo);
        assert!(bo.contains(&Group::Messages(Locale::ZhHans)));
        assert!(bo.contains(&Group::Daily(Locale::ZhHans)));
        assert!(!bo.contains(&Group::Pages(Locale::ZhHans)));
        assert_eq!(
            install_groups(Locale::Ug),
            [
                Group::Core,
                Group::Messages(Locale::Ug),
                Group::Messages(Locale::ZhHans)
            ]
        );
    }

    #[test]
    fn shared_groups_count_once() {
        let size = |group: Group| {
            Some(match group {
                Group::Core => 1000,
                _ => 10,
            })
        };
        // Core, pages, messages, daily and audio of bo, and messages, daily and audio of
        // zh-Hans.
        assert_eq!(download_bytes(&[Locale::Bo], size), 1070);
        // zh-Hans adds only its pages.
        assert_eq!(download_bytes(&[Locale::Bo, Locale::ZhHans], size), 1080);
        assert_eq!(download_bytes(&[], size), 0);
    }

    #[test]
    fn megabytes_round_up() {
        assert_eq!(megabytes(0), "0.1");
        assert_eq!(megabytes(1), "0.1");
        assert_eq!(megabytes(2_900_000), "2.9");
        assert_eq!(megabytes(2_900_001), "3.0");
    }

    #[test]
    fn the_reports_are_read() {
        let read = |text: &str| OfflineReport::read(&Json::parse(text).unwrap());
        let reports = [
            (
                r#"{"kind":"progress","percent":42}"#,
                OfflineReport::Progress(42),
            ),
            (
                r#"{"kind":"progress","percent":420}"#,
                OfflineReport::Progress(100),
            ),
            (
                r#"{"kind":"failed"}"#,
                OfflineReport::Failed { space: false },
            ),
            (
                r#"{"kind":"failed","space":true}"#,
                OfflineReport::Failed { space: true },
            ),
            (
                r#"{"kind":"support","worker":false}"#,
                OfflineReport::Support(false),
            ),
            (
                r#"{"kind":"network","offline":true}"#,
                OfflineReport::Network { offline: true },
            ),
            (
                r#"{"kind":"persisted","kept":true}"#,
                OfflineReport::Persisted(true),
            ),
            (r#"{"kind":"update-ready"}"#, OfflineReport::UpdateReady),
            (
                r#"{"kind":"install-offered"}"#,
                OfflineReport::InstallOffered,
            ),
        ];
        for (text, report) in reports {
            assert_eq!(read(text), Some(report), "{text}");
        }
        let status = read(
            r#"{"kind":"status","version":"0.1.0 (ab)","sizes":{"core":5,"pages bo":7,"junk":1},
            "ready":["bo","xx","bo"],"date":"2026-12-07","missed":["ug"]}"#,
        );
        let Some(OfflineReport::Status(status)) = status else {
            panic!("a status: {status:?}");
        };
        assert_eq!(status.size_of(Group::Pages(Locale::Bo)), Some(7));
        assert_eq!(status.sizes.len(), 2);
        assert_eq!(status.ready, [Locale::Bo]);
        assert_eq!(status.missed, [Locale::Ug]);
        for bad in [
            r#"{"kind":"status"}"#,
            r#"{"kind":"status","version":"v","sizes":[],"ready":[]}"#,
            r#"{"kind":"progress","percent":-1}"#,
            r#"{"kind":"other"}"#,
            r#"{"kind":"support"}"#,
            r#"{"kind":"persisted","kept":"yes"}"#,
            r#"[]"#,
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
    }

    #[test]
    fn files_are_placed() {
        use Placement::{In, Left};
        let cases = [
            ("index.html", Some(In(Group::Core))),
            ("offline-bo.html", Some(In(Group::Core))),
            ("offline.html", None),
            ("anxin-0123_bg.wasm", Some(In(Group::Core))),
            ("anxin-quiz-0123.js", Some(In(Group::Core))),
            ("anxin-card-0123_bg.wasm", Some(Left)),
            ("anxin-card-0123.js", Some(Left)),
            ("fonts/anxin-tibetan.woff2", Some(In(Group::Core))),
            ("icon-512.png", Some(In(Group::Core))),
            ("bo/index.html", Some(In(Group::Pages(Locale::Bo)))),
            (
                "ug/case.agent-surrender.html",
                Some(In(Group::Pages(Locale::Ug))),
            ),
            ("yue/workshop.html", Some(In(Group::Pages(Locale::Yue)))),
            ("bo/case-card.agent-surrender.html", Some(Left)),
            ("zh-Hans/daily-card.html", Some(Left)),
            (
                "bo/manifest.webmanifest",
                Some(In(Group::Pages(Locale::Bo))),
            ),
            ("locales/bo/quiz.ftl", Some(In(Group::Messages(Locale::Bo)))),
            (
                "locales/yue/daily/x.ftl",
                Some(In(Group::Daily(Locale::Yue))),
            ),
            ("locales/bo/quiz.ftl.br", Some(Left)),
            (
                "audio/yue/manifest.json",
                Some(In(Group::Audio(Locale::Yue))),
            ),
            (
                "audio/zh-Hans/help-intro.mp3",
                Some(In(Group::Audio(Locale::ZhHans))),
            ),
            ("audio/xx/a.mp3", None),
            ("locales/bo/GLOSSARY.md", Some(Left)),
            ("fonts/LICENSE-ukij-tuz.txt", Some(Left)),
            ("partner.json", Some(Left)),
            ("partner/logo.svg", Some(Left)),
            ("embed/index.html", Some(Left)),
            ("embed.js", Some(Left)),
            ("sw.js", Some(Left)),
            ("xx/index.html", None),
            ("bo/no-such-screen.html", None),
            ("locales/xx/quiz.ftl", None),
            ("notes/readme.doc", None),
        ];
        for (path, placement) in cases {
            assert_eq!(classify(path), placement, "{path}");
        }
    }
}
