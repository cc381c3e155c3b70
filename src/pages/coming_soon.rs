//! An honest placeholder for a screen whose content is still being written.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::{view_title_id, PageTitle};
use crate::components::view_link::ViewLink;
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::theme::{use_theme, Theme};

/// Properties of [`ComingSoon`].
#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    /// The screen that is not ready yet.
    pub view: View,
}

/// Says plainly that this part is coming, and leads back home.
#[styled_component]
pub fn ComingSoon(props: &ComingSoonProps) -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let p = &theme.palette;
    let style = css!(
        r#"
        display: flex; flex-direction: column; gap: ${m}; align-items: flex-start;
        .status { font-size: ${heading}; font-weight: 700; }
        .home {
            display: inline-flex; align-items: center; justify-content: center;
            min-height: ${target}; padding: 0 ${l};
            background: ${primary}; color: ${on_primary}; border-radius: ${radius};
            font-size: ${button}; font-weight: 700; text-decoration: none;
        }
        "#,
        m = Theme::rem(theme.space.m),
        l = Theme::rem(theme.space.l),
        heading = Theme::rem(theme.type_scale.heading),
        target = Theme::rem(theme.target),
        primary = p.primary,
        on_primary = p.on_primary,
        radius = Theme::rem(theme.radius.control),
        button = Theme::rem(theme.type_scale.button),
    );
    html! {
        <div class={style}>
            <PageTitle text={i18n.text(view_title_id(&props.view))} />
            <p class="status">{ i18n.text("coming-soon-title") }</p>
            <p>{ i18n.text("coming-soon-body") }</p>
            <ViewLink to={View::Home} class="home">{ i18n.text("coming-soon-home") }</ViewLink>
        </div>
    }
}
