//! What the visit started from: the link it opened, today's date and
//! the random draws, read from the page by the platform layer ([`Boot`]).

use std::rc::Rc;

use crate::i18n::Catalog;
use crate::model::device::Device;
use crate::model::link::LinkRequest;
use crate::model::locale::Locale;
use crate::model::partner::Partner;
use crate::model::progress::Day;
use crate::model::random::Random;
use crate::model::saved::Decoded;

/// What the app starts from, read from the page by the platform layer.
#[derive(Clone, Debug, Default)]
pub struct Boot {
    /// What the page's URL asks for, as decoded pairs (`model::link::url_pairs`).
    pub link_pairs: Vec<(String, String)>,
    /// The saved data, decoded.
    pub saved: Decoded,
    /// The language to use when neither the link's `lang` nor a saved choice names one: the
    /// language of the prerendered page the visit opened, else the first of the browser's
    /// languages that the app speaks.
    pub default_locale: Option<Locale>,
    /// Whether saved data can be written on this device.
    pub storage_available: bool,
    /// The messages available without fetching.
    pub catalog: Catalog,
    /// The partner the page was built with, if any.
    pub partner: Option<Rc<Partner>>,
    /// Today's date on the device.
    pub today: Day,
    /// A seed for random draws.
    pub seed: u64,
    /// What the person is using (a phone unless the browser says otherwise).
    pub device: Device,
}

/// What this visit started from, kept for its whole length.
#[derive(Clone, Debug)]
pub struct Visit {
    /// The page's original query pairs, for writing links that keep foreign parameters.
    pub link_pairs: Rc<Vec<(String, String)>>,
    /// Today's date on the device (for the daily question and the 错题本).
    pub today: Day,
    /// The random draws for mixed rounds.
    pub random: Random,
    /// What the person is using: the messages about where data is kept name it.
    pub device: Device,
}

impl Visit {
    /// The visit `boot` describes.
    pub fn new(boot: &Boot) -> Visit {
        Visit {
            link_pairs: Rc::new(boot.link_pairs.clone()),
            today: boot.today,
            random: Random::new(boot.seed),
            device: boot.device,
        }
    }

    /// What the visit's link asks for.
    pub fn link(&self) -> LinkRequest {
        LinkRequest::from_pairs(&self.link_pairs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::builtin_catalog;
    use crate::model::link::url_pairs;
    use crate::model::saved::decode;
    use crate::model::view::View;
    use crate::state::notices::Notice;
    use crate::state::saved::SavedAction;
    use crate::state::testing::boot;
    use crate::state::{Action, AppState};

    #[test]
    fn a_plain_visit_opens_home_in_mandarin_ready_to_show() {
        let state = boot("", None);
        assert_eq!(state.view, View::Home);
        assert_eq!(state.effective.locale, Locale::ZhHans);
        assert!(!state.language.booting);
        assert!(state.notices.as_slice().is_empty());
    }

    #[test]
    fn bad_links_and_bad_saved_data_are_reported_and_survived() {
        let state = boot("?lang=xx&view=nowhere", Some("{not json"));
        assert_eq!(state.view, View::Home);
        assert_eq!(
            state.notices.as_slice(),
            [
                Notice::LinkLanguage,
                Notice::LinkView,
                Notice::SavedUnreadable
            ]
        );
        let state = state.apply(Action::Dismiss(Notice::LinkView));
        assert_eq!(state.notices.as_slice().len(), 2);
    }

    #[test]
    fn links_follow_the_state_and_keep_foreign_parameters() {
        let state =
            boot("?from=groupmessage&lang=zh&elder=0", None).apply(SavedAction::SetElder(true));
        assert_eq!(
            state.href_for(&View::Help),
            "zh-Hans/help.html?from=groupmessage&lang=zh-Hans&elder=1"
        );
        assert_eq!(
            state.href_for(&View::Home),
            "zh-Hans/index.html?from=groupmessage&lang=zh-Hans&elder=1"
        );
    }

    #[test]
    fn a_saved_language_wins_over_the_language_of_the_page() {
        let visit = |saved: Option<&str>| {
            AppState::boot(Boot {
                link_pairs: url_pairs("/app/bo/help.html", ""),
                saved: decode(saved),
                default_locale: Some(Locale::Bo),
                storage_available: true,
                catalog: builtin_catalog().0,
                ..Boot::default()
            })
        };
        assert_eq!(visit(None).view, View::Help);
        assert_eq!(visit(None).wanted_locale(), Locale::Bo);
        let saved = r#"{"version":1,"settings":{"lang":"ug"}}"#;
        assert_eq!(visit(Some(saved)).wanted_locale(), Locale::Ug);
    }
}
