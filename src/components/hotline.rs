//! A phone number as a large `tel:` link (styled by the theme's `ax-hotline` rules).

use yew::prelude::*;

use super::icon::{icon, IconKind};
use super::read_aloud::Reader;
use crate::content::help::tel_href;
use crate::i18n::Localizer;

/// A phone number as a large `tel:` link, with who answers and when to call.
pub fn hotline_link(number: &str, label: String) -> Html {
    hotline_link_of(number, label.into())
}

/// A phone number as [`hotline_link`], its label (message `id`) read aloud with the number.
pub fn read_hotline(
    i18n: &Localizer,
    reader: &Reader,
    number: &str,
    id: &str,
    label: String,
) -> Html {
    let read = format!("{number} {label}");
    hotline_link_of(number, reader.read_as(i18n, id, label, read, false))
}

fn hotline_link_of(number: &str, label: Html) -> Html {
    html! {
        <a class="ax-hotline" href={tel_href(number)} data-testid="help-hotline">
            <span class="number" dir="ltr">{ icon(IconKind::Phone) }{ number.to_owned() }</span>
            <span class="label">{ label }</span>
        </a>
    }
}
