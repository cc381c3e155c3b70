//! Reading everything the app starts from: the URL, saved data and the browser's languages.

use std::rc::Rc;

use crate::i18n::Catalog;
use crate::model::device::Device;
use crate::model::link::LinkRequest;
use crate::model::locale::Locale;
use crate::model::partner::Partner;
use crate::model::progress::Day;
use crate::model::saved::decode;
use crate::model::view::View;
use crate::state::visit::Boot;

use super::{storage, url};

/// Reads the page into a [`Boot`]. Unreadable saved data is copied aside first.
pub fn read(catalog: Catalog, root: &web_sys::Element) -> Boot {
    let raw = storage::read();
    let saved = decode(raw.as_deref());
    if let (Some(raw), Some(_)) = (&raw, saved.problem) {
        storage::back_up_unreadable(raw);
    }
    let link_pairs = url::current_pairs();
    let link = LinkRequest::from_pairs(&link_pairs);
    // Embedded, the page's language is only the loader's default: the host's language comes
    // first, then the browser's (below the person's saved choice, which `Effective` puts first).
    let default_locale = match link.embed {
        Some(_) => link.host_lang.or_else(browser_locale),
        None => url::page_locale().or_else(browser_locale),
    };
    Boot {
        link_pairs,
        saved,
        default_locale,
        storage_available: storage::is_available(),
        catalog,
        partner: built_partner(root),
        today: today(),
        seed: (js_sys::Math::random() * u64::MAX as f64) as u64 ^ js_sys::Date::now() as u64,
        device: device(),
    }
}

/// What the person is using, as the browser tells it.
fn device() -> Device {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Device::default();
    };
    let user_agent = navigator.user_agent().unwrap_or_default();
    let touch_points = u32::try_from(navigator.max_touch_points()).unwrap_or(0);
    Device::from_browser(&user_agent, touch_points)
}

/// The partner the page was built with (its `data-partner`, the build's `partner.json`).
fn built_partner(root: &web_sys::Element) -> Option<Rc<Partner>> {
    let file = root.get_attribute("data-partner")?;
    Partner::check(&file).partner.map(Rc::new)
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
