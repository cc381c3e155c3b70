//! Small reusable pieces of the interface. Each takes what it shows as props and styles
//! itself from the theme.

pub mod certificate;
pub mod daily_question;
pub mod hotline;
pub mod icon;
pub mod language_switch;
pub mod nav_tile;
pub mod notices;
pub mod question_card;
pub mod red_flag_spotter;
pub mod toggle_switch;
pub mod top_bar;
pub mod view_link;

use crate::i18n::{Localizer, Resource};
use crate::model::locale::Locale;

/// The language `resource`'s text is shown in when it is not the language of the page (text
/// not yet translated shows in Mandarin). Content marked with it keeps its own font and
/// left-to-right order inside a Tibetan or Uyghur page.
pub fn fallback_language(i18n: &Localizer, resource: Resource) -> Option<Locale> {
    let shown_in = resource.shown_in(i18n.locale());
    (shown_in != i18n.locale()).then_some(shown_in)
}
