//! Offline use and updates: whether this browser can keep the app offline, what the service
//! worker says is ready, the languages the person chose to prepare and the download's progress,
//! a new version waiting, and the browser's offer to add the app to the home screen. The
//! platform (`platform::offline`) asks the worker and reports back; the counters here say what
//! the person asked for since.

use crate::model::locale::Locale;
use crate::model::offline::{download_bytes, WorkerReport, WorkerStatus};

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
    /// The last download stopped before the end.
    pub failed: bool,
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
    /// The worker said something.
    Report(WorkerReport),
    /// The browser answered the request to keep the download.
    Persisted(bool),
    /// The network went or came back.
    OfflineNow(bool),
    /// Add or remove a language from the choice; `current` is the default choice it starts
    /// from.
    Toggle {
        /// The language.
        locale: Locale,
        /// The choice shown before this tap.
        current: Vec<Locale>,
    },
    /// Download the chosen languages.
    Prepare(Vec<Locale>),
    /// A new version is waiting.
    UpdateReady,
    /// The person asked for the new version.
    Update,
    /// The browser offers to add the app to the home screen.
    InstallOffered,
    /// The person asked to add it.
    Install,
}

impl Offline {
    /// The state after `action`.
    pub fn apply(mut self, action: OfflineAction) -> Offline {
        match action {
            OfflineAction::Supported(support) => self.support = support,
            OfflineAction::Report(WorkerReport::Status(status)) => {
                self.progress = None;
                self.status = Some(status);
            }
            OfflineAction::Report(WorkerReport::Progress(percent)) => {
                self.failed = false;
                self.progress = Some(percent);
            }
            OfflineAction::Report(WorkerReport::Failed) => {
                self.progress = None;
                self.failed = true;
            }
            OfflineAction::Persisted(kept) => self.persisted = Some(kept),
            OfflineAction::OfflineNow(offline) => self.offline_now = offline,
            OfflineAction::Toggle { locale, current } => {
                let mut chosen = current;
                if let Some(at) = chosen.iter().position(|l| *l == locale) {
                    chosen.remove(at);
                } else {
                    chosen.push(locale);
                }
                chosen.sort_by_key(|l| l.index());
                self.chosen = Some(chosen);
            }
            OfflineAction::Prepare(choice) => {
                if self.progress.is_none() && !choice.is_empty() {
                    self.chosen = Some(choice);
                    self.failed = false;
                    self.progress = Some(0);
                    self.prepare_requests += 1;
                }
            }
            OfflineAction::UpdateReady => self.update_ready = true,
            OfflineAction::Update => self.update_requested = true,
            OfflineAction::InstallOffered => self.install_offered = true,
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
        let mut choice: Vec<Locale> = default.to_vec();
        if let Some(status) = &self.status {
            choice.extend(status.ready.iter().chain(&status.missed).copied());
        }
        choice.sort_by_key(|l| l.index());
        choice.dedup();
        choice
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
        let offline = Offline::default().apply(OfflineAction::Report(WorkerReport::Status(
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
        let offline = offline.apply(OfflineAction::Report(WorkerReport::Progress(40)));
        assert_eq!(offline.progress, Some(40));
        let failed = offline
            .clone()
            .apply(OfflineAction::Report(WorkerReport::Failed));
        assert!(failed.failed && failed.progress.is_none());
        let done = offline.apply(OfflineAction::Report(WorkerReport::Status(status(
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
