//! What the person should be told: notices shown in the page, oldest first, each once, until
//! put away (never a pop-up).

use crate::model::locale::Locale;

/// Something the person should be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A language's messages could not be fetched; the current language stays.
    LanguageFailed(Locale),
    /// The link named a language the app does not speak.
    LinkLanguage,
    /// The link named a screen that does not exist.
    LinkView,
    /// Saved data could not be read and was set aside.
    SavedUnreadable,
    /// A screen's text could not be fetched.
    ContentFailed,
    /// The person's data was erased.
    DataCleared,
    /// This device would not keep the person's choices: they last only while the page is open.
    StorageRefused,
}

/// The notices on screen, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notices(Vec<Notice>);

impl Notices {
    /// Shows `notice`, unless it is already shown.
    pub fn show(&mut self, notice: Notice) {
        if !self.0.contains(&notice) {
            self.0.push(notice);
        }
    }

    /// Puts `notice` away.
    pub fn dismiss(&mut self, notice: &Notice) {
        self.0.retain(|shown| shown != notice);
    }

    /// Puts away the notices about languages: a language switch answers them.
    pub fn dismiss_language_problems(&mut self) {
        self.0
            .retain(|n| !matches!(n, Notice::LanguageFailed(_) | Notice::LinkLanguage));
    }

    /// The notices, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &Notice> {
        self.0.iter()
    }

    /// The notices as a list, oldest first.
    pub fn as_slice(&self) -> &[Notice] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_shows_once_until_put_away() {
        let mut notices = Notices::default();
        notices.show(Notice::LinkView);
        notices.show(Notice::LinkView);
        notices.show(Notice::LanguageFailed(Locale::Bo));
        notices.show(Notice::ContentFailed);
        assert_eq!(notices.as_slice().len(), 3);
        notices.dismiss_language_problems();
        notices.dismiss(&Notice::LinkView);
        assert_eq!(notices.as_slice(), [Notice::ContentFailed]);
    }
}
