//! The person's choices: language, 长辈版 and plain speech.

use super::link::{LinkRequest, LinkState};
use super::locale::Locale;
use super::view::View;

/// Choices the person has made and the app remembers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The language chosen, if the person ever chose one.
    pub locale: Option<Locale>,
    /// 长辈版: large type, large targets, high contrast.
    pub elder: bool,
    /// Plain-speech Mandarin wording where it exists.
    pub plain: bool,
}

impl Settings {
    /// Brings a change made in this tab (`base` to `mine`) into what another tab saved since
    /// (`theirs`): each setting this tab changed takes this tab's choice, the latest; every other
    /// setting keeps the other tab's.
    pub fn merge(base: &Settings, mine: &Settings, theirs: &Settings) -> Settings {
        fn pick<T: PartialEq + Copy>(base: T, mine: T, theirs: T) -> T {
            if mine != base {
                mine
            } else {
                theirs
            }
        }
        Settings {
            locale: pick(base.locale, mine.locale, theirs.locale),
            elder: pick(base.elder, mine.elder, theirs.elder),
            plain: pick(base.plain, mine.plain, theirs.plain),
        }
    }
}

/// The settings in force for this visit: the saved ones, with the link's parameters on top.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Effective {
    /// The language to show.
    pub locale: Locale,
    /// Whether 长辈版 is on.
    pub elder: bool,
    /// Whether plain speech is on.
    pub plain: bool,
}

impl Effective {
    /// What a link to `view` under these settings carries.
    pub fn link_to<'a>(&self, view: &'a View) -> LinkState<'a> {
        LinkState {
            view,
            lang: self.locale,
            elder: self.elder,
            plain: self.plain,
        }
    }

    /// Resolves the language (link, else saved choice, else the browser's languages, else
    /// Mandarin) and the switches (link, else saved).
    pub fn resolve(saved: &Settings, link: &LinkRequest, browser: Option<Locale>) -> Effective {
        Effective {
            locale: link
                .lang
                .or(saved.locale)
                .or(browser)
                .unwrap_or(Locale::ZhHans),
            elder: link.elder.unwrap_or(saved.elder),
            plain: link.plain.unwrap_or(saved.plain),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_beats_saved_beats_browser_beats_default() {
        let saved = Settings {
            locale: Some(Locale::Bo),
            elder: true,
            plain: false,
        };
        let link = LinkRequest {
            lang: Some(Locale::Ug),
            plain: Some(true),
            ..LinkRequest::default()
        };
        let effective = Effective::resolve(&saved, &link, Some(Locale::Yue));
        assert_eq!(effective.locale, Locale::Ug);
        assert!(effective.elder);
        assert!(effective.plain);

        let no_link = LinkRequest::default();
        assert_eq!(
            Effective::resolve(&saved, &no_link, Some(Locale::Yue)).locale,
            Locale::Bo
        );
        let fresh = Settings::default();
        assert_eq!(
            Effective::resolve(&fresh, &no_link, Some(Locale::Yue)).locale,
            Locale::Yue
        );
        assert_eq!(
            Effective::resolve(&fresh, &no_link, None).locale,
            Locale::ZhHans
        );
    }
}
