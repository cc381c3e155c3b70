//! Offline use and updates: whether this browser can keep the app offline, what the service
//! worker says is ready, the languages the person chose to prepare and the download's progress,
//! a new version waiting, and the browser's offer to add the app to the home screen. The
//! platform (`platform::offline`) asks the worker and reports back; the counters here say what
//! the person asked for since.

use crate::model::locale::Locale;
use crate::model::offline::{download_bytes, OfflineReport, WorkerStatus};

/// Whether this browser can keep the app for offline use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Support {
    /// Not known yet (a prerendered page, or the app just started).
    #[default]
    Unknown,
    /// No service worker here (WeChat on iOS, many WebViews): online only.
    Missing {
        /// Inside WeChat, whose "···" menu opens the page in the phone's browser.
        wechat: bool,
    },
    /// A service worker looks after offline use.
    Worker,
}

/// Offline use and updates during this visit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Offline {
    /// Whether offline use is possible.
    pub support: Support,
    /// What the worker last said.
    pub status: Option<WorkerStatus>,
    /// The languages the person chose to prepare; `None` until they choose (see
    /// [`Offline::choice`]).
    pub chosen: Option<Vec<Locale>>,
    /// The download in progress, in percent.
    pub progress: Option<u8>,
    /// The last download stopped before the end: `Some(true)` because storage is full.
    pub failed: Option<bool>,
    /// Languages whose files the worker said are not ready offline, asked for with no network.
    pub not_ready: Vec<Locale>,
    /// Whether the browser promised to keep what was downloaded (`navigator.storage.persist`).
    pub persisted: Option<bool>,
    /// Whether the network is there.
    pub offline_now: bool,
    /// A new version is installed and waiting for the person's tap.
    pub update_ready: bool,
    /// How many times the person asked to prepare (the platform sends each new one).
    pub prepare_requests: u32,
    /// Whether the person asked for the new version (the page reloads when it takes over).
    pub update_requested: bool,
    /// Whether the browser offers to add the app to the home screen.
    pub install_offered: bool,
    /// How many times the person asked to add it.
    pub install_requests: u32,
}

/// What can happen to offline use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfflineAction {
    /// The platform found out what this browser supports.
    Supported(Support),
    /// The page's side of offline use, or the worker, said something (whether a worker could
    /// be registered comes as [`OfflineAction::Supported`], with what the platform knows of
    /// WeChat).
    Report(OfflineReport),
    /// Add or remove a language from the choice; `current` is the default choice it starts
    /// from.
    Toggle {
        /// The language.
        locale: Locale,
        /// The choice shown before this tap.
        current: Vec<Locale>,
    },
    /// A file of this language was asked for with no network, and the worker said it is not
    /// ready offline.
    NotReady(Locale),
    /// Download the chosen languages.
    Prepare(Vec<Locale>),
    /// The person asked for the new version.
    Update,
    /// The person asked to add the app to the home screen.
    Install,
}

impl Offline {
    /// The state after `action`.
    pub fn apply(mut self, action: OfflineAction) -> Offline {
        match action {
            OfflineAction::Supported(support) => self.support = support,
            OfflineAction::Report(report) => match report {
                OfflineReport::Support(_) => {}
                OfflineReport::Network { offline } => self.offline_now = offline,
                OfflineReport::Persisted(kept) => self.persisted = Some(kept),
                OfflineReport::UpdateReady => self.update_ready = true,
                OfflineReport::InstallOffered => self.install_offered = true,
                OfflineReport::Status(status) => {
                    self.progress = None;
                    self.status = Some(status);
                }
                OfflineReport::Progress(percent) => {
                    self.failed = None;
                    self.progress = Some(percent);
                }
                OfflineReport::Failed { space } => {
                    self.progress = None;
                    self.failed = Some(space);
                }
            },
            OfflineAction::Toggle { locale, current } => {
                // In the languages' own order, with `locale` flipped (no sort in the wasm).
                let chosen = Locale::ALL
                    .into_iter()
                    .filter(|l| current.contains(l) != (*l == locale))
                    .collect();
                self.chosen = Some(chosen);
            }
            OfflineAction::NotReady(locale) => {
                if !self.not_ready.contains(&locale) {
                    self.not_ready.push(locale);
                }
            }
            OfflineAction::Prepare(choice) => {
                if self.progress.is_none() && !choice.is_empty() {
                    self.chosen = Some(choice);
                    self.failed = None;
                    self.progress = Some(0);
                    self.prepare_requests += 1;
                }
            }
            OfflineAction::Update => self.update_requested = true,
            OfflineAction::Install => {
                self.install_requests += 1;
                self.install_offered = false;
            }
        }
        self
    }

    /// The languages to prepare: the person's choice, else what `default` gives (the language
    /// in use, or every language for a workshop) with what is ready and what was missed offline.
    pub fn choice(&self, default: &[Locale]) -> Vec<Locale> {
        if let Some(chosen) = &self.chosen {
            return chosen.clone();
        }
        let (ready, missed) = self
            .status
            .as_ref()
            .map_or((&[][..], &[][..]), |s| (&s.ready[..], &s.missed[..]));
        Locale::ALL
            .into_iter()
            .filter(|l| default.contains(l) || ready.contains(l) || missed.contains(l))
            .collect()
    }

    /// Bytes to download for `choice`, once the worker has said its sizes.
    pub fn download_size(&self, choice: &[Locale]) -> Option<u64> {
        let status = self.status.as_ref()?;
        Some(download_bytes(choice, |group| status.size_of(group)))
    }

    /// Whether every language of `choice` is ready offline.
    pub fn is_ready(&self, choice: &[Locale]) -> bool {
        self.status.as_ref().is_some_and(|status| {
            !choice.is_empty() && choice.iter().all(|l| status.ready.contains(l))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::offline::Group;

    fn status(ready: &[Locale], missed: &[Locale]) -> WorkerStatus {
        WorkerStatus {
            version: "0.1.0 (ab)".into(),
            sizes: vec![
                (Group::Core, 1_000_000),
                (Group::Pages(Locale::Bo), 500_000),
            ],
            ready: ready.to_vec(),
            date: "2026-12-07".into(),
            missed: missed.to_vec(),
        }
    }

    #[test]
    fn the_choice_starts_from_the_default_with_what_is_ready_and_missed() {
        let offline = Offline::default().apply(OfflineAction::Report(OfflineReport::Status(
            status(&[Locale::Yue], &[Locale::Bo]),
        )));
        assert_eq!(
            offline.choice(&[Locale::ZhHans]),
            [Locale::ZhHans, Locale::Bo, Locale::Yue]
        );
        let current = offline.choice(&[Locale::ZhHans]);
        let offline = offline.apply(OfflineAction::Toggle {
            locale: Locale::Bo,
            current,
        });
        assert_eq!(offline.choice(&[Locale::Ug]), [Locale::ZhHans, Locale::Yue]);
    }

    #[test]
    fn a_download_runs_once_and_ends_with_the_workers_word() {
        let offline = Offline::default().apply(OfflineAction::Prepare(vec![Locale::Bo]));
        assert_eq!((offline.progress, offline.prepare_requests), (Some(0), 1));
        // A second tap while it runs asks for nothing more.
        let offline = offline.apply(OfflineAction::Prepare(vec![Locale::Bo]));
        assert_eq!(offline.prepare_requests, 1);
        let offline = offline.apply(OfflineAction::Report(OfflineReport::Progress(40)));
        assert_eq!(offline.progress, Some(40));
        let failed = offline
            .clone()
            .apply(OfflineAction::Report(OfflineReport::Failed { space: true }));
        assert!(failed.failed == Some(true) && failed.progress.is_none());
        let done = offline.apply(OfflineAction::Report(OfflineReport::Status(status(
            &[Locale::Bo],
            &[],
        ))));
        assert!(done.is_ready(&[Locale::Bo]) && !done.is_ready(&[Locale::Bo, Locale::Ug]));
        assert_eq!(done.download_size(&[Locale::Bo]), Some(1_500_000));
        assert!(!done.is_ready(&[]));
    }

    #[test]
    fn nothing_is_downloaded_for_no_language() {
        let offline = Offline::default().apply(OfflineAction::Prepare(Vec::new()));
        assert_eq!((offline.progress, offline.prepare_requests), (None, 0));
    }
}
