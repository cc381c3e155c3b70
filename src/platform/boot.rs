//! Reading everything the app starts from: the URL, saved data and the browser's languages.

use crate::i18n::Catalog;
use crate::model::locale::Locale;
use crate::model::progress::Day;
use crate::model::saved::decode;
use crate::model::view::View;
use crate::state::visit::Boot;

use super::{storage, url};

/// Reads the page into a [`Boot`]. Unreadable saved data is copied aside first.
pub fn read(catalog: Catalog) -> Boot {
    let raw = storage::read();
    let saved = decode(raw.as_deref());
    if let (Some(raw), Some(_)) = (&raw, saved.problem) {
        storage::back_up_unreadable(raw);
    }
    Boot {
        link_pairs: url::current_pairs(),
        saved,
        default_locale: url::page_locale().or_else(browser_locale),
        storage_available: storage::is_available(),
        catalog,
        partner: crate::content::help::PARTNER,
        today: today(),
        seed: (js_sys::Math::random() * u64::MAX as f64) as u64 ^ js_sys::Date::now() as u64,
    }
}

/// Today's date in the device's own time zone.
fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::from_date(
        i64::from(now.get_full_year()),
        now.get_month() + 1,
        now.get_date(),
    )
}

fn browser_locale() -> Option<Locale> {
    let navigator = web_sys::window()?.navigator();
    let languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    Locale::negotiate(languages.iter().map(String::as_str))
        .or_else(|| navigator.language().as_deref().and_then(Locale::from_tag))
}

/// The language and screen of the prerendered page in `root`, if the page has one: read from
/// the `lang` and `data-view` of the frame the prerender wrote.
pub fn prerendered_page(root: &web_sys::Element) -> Option<(Locale, View)> {
    let frame = root.first_element_child()?;
    let locale = Locale::from_tag(&frame.get_attribute("lang")?)?;
    let view = View::parse(&frame.get_attribute("data-view")?)?;
    Some((locale, view))
}
