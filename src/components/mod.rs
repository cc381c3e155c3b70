//! Small reusable pieces of the interface. Each takes what it shows, and what to do when
//! tapped, as props, and styles itself from the theme. Two contexts are read here: the
//! localizer (`use_i18n`) for their words, and the links (`view_link::use_links`) for the
//! `ViewLink`s they hold, whose addresses follow the visit's parameters and settings. The app
//! state itself (`use_app`) is read only by the pages and the frame, which hand components
//! their part of it. From `platform`, components call only what acts on the elements they
//! render (focus, the certificate's canvas, an input's value).

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
