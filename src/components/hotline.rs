//! A phone number as a large `tel:` link (styled by the theme's `ax-hotline` rules).

use yew::prelude::*;

use super::icon::{icon, IconKind};
use crate::content::help::tel_href;

/// A phone number as a large `tel:` link, with who answers and when to call.
pub fn hotline_link(number: &str, label: String) -> Html {
    html! {
        <a class="ax-hotline" href={tel_href(number)} data-testid="help-hotline">
            <span class="number" dir="ltr">{ icon(IconKind::Phone) }{ number.to_owned() }</span>
            <span class="label">{ label }</span>
        </a>
    }
}
