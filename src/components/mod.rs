//! Small reusable pieces of the interface, styled from the theme. The rule, honestly:
//! - components take what they show, and what to do when tapped, as props (`LanguageSwitch`,
//!   `ToggleSwitch`, `NavTile`, `QuestionCard`, `RedFlagSpotter`) and read the localizer
//!   (`use_i18n`) for their words;
//! - a component that holds links (`ViewLink`: `NavTile`, `QuestionCard`, `TopBar`,
//!   `DailyQuestion`) also reads the app handle (`use_app`), because a link's address follows
//!   the visit's parameters and settings and a tap navigates;
//! - `TopBar`, `DailyQuestion`, `Certificate`, `OfflinePanel` and `UpdateLine` read everything
//!   they show from the app handle, since each shows one part of the state and props would
//!   only copy it (and, measured, grow the first load);
//! - from `platform`, components call only what acts on the elements they render (focus, the
//!   certificate's canvas, an input's value) and read-aloud's player (`ReadAloud`, whose sound
//!   must start inside a tap's handler); storage, the URL and fetching are the sync hook's
//!   (held by `tests/architecture.rs`).

pub mod certificate;
pub mod daily_question;
pub mod hotline;
pub mod icon;
pub mod language_switch;
pub mod nav_tile;
pub mod notices;
pub mod offline;
pub mod question_card;
pub mod read_aloud;
pub mod red_flag_spotter;
pub mod toggle_switch;
pub mod top_bar;
pub mod view_link;

use fluent_bundle::FluentArgs;

use crate::i18n::{Localizer, Resource};
use crate::model::device::Device;
use crate::model::locale::Locale;

/// The text of message `id`, which names what the person is using (`$device`: "this phone",
/// "this computer"), where the app's data is kept.
pub fn text_on_device(i18n: &Localizer, id: &str, device: Device) -> String {
    let mut args = FluentArgs::new();
    args.set("device", device.as_str());
    i18n.text_with(id, &args)
}

/// The language `resource`'s text is shown in when it is not the language of the page (text
/// not yet translated shows in Mandarin). Content marked with it keeps its own font and
/// left-to-right order inside a Tibetan or Uyghur page.
pub fn fallback_language(i18n: &Localizer, resource: Resource) -> Option<Locale> {
    let shown_in = resource.shown_in(i18n.locale());
    (shown_in != i18n.locale()).then_some(shown_in)
}
