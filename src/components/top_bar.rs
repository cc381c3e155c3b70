//! The bar at the top of every screen: the app's name or a way back, and settings.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::icon::{Icon, IconKind};
use super::view_link::ViewLink;
use crate::i18n::use_i18n;
use crate::model::locale::Direction;
use crate::model::view::View;
use crate::state::use_app;
use crate::theme::{use_theme, Theme};

/// The top bar.
#[styled_component]
pub fn TopBar() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let theme = use_theme();
    let p = &theme.palette;
    let style = css!(
        r#"
        background: ${primary}; color: ${on_primary};
        .inner {
            max-inline-size: ${max}; margin: 0 auto; padding: ${xs} ${m};
            display: flex; align-items: center; justify-content: space-between; gap: ${s};
        }
        a {
            display: inline-flex; align-items: center; gap: ${xs};
            min-height: ${target}; min-width: ${target}; padding: 0 ${s};
            color: ${on_primary}; text-decoration: none; font-weight: 700;
            border-radius: ${radius};
        }
        a svg { inline-size: 1.4em; block-size: 1.4em; flex: none; }
        .back svg { transform: ${mirror}; }
        .brand { font-size: ${heading}; letter-spacing: 0.05em; }
        :focus-visible { outline-color: ${on_primary}; }
        "#,
        primary = p.primary,
        on_primary = p.on_primary,
        max = Theme::rem(theme.max_width),
        xs = Theme::rem(theme.space.xs),
        s = Theme::rem(theme.space.s),
        m = Theme::rem(theme.space.m),
        target = Theme::rem(theme.target),
        radius = Theme::rem(theme.radius.control),
        mirror = match theme.direction {
            Direction::Ltr => "none",
            Direction::Rtl => "scaleX(-1)",
        },
        heading = Theme::rem(theme.type_scale.heading),
    );
    let start = if app.view == View::Home {
        html! {
            <ViewLink to={View::Home} class="brand" testid="nav-home">{ i18n.text("app-name") }</ViewLink>
        }
    } else {
        let parent = app.view.parent();
        let (label, testid) = if parent == View::Home {
            (i18n.text("nav-home"), "nav-home")
        } else {
            (i18n.text("nav-back"), "nav-back")
        };
        html! {
            <ViewLink to={parent} class="back" testid={testid}>
                <Icon kind={IconKind::Back} />{ label }
            </ViewLink>
        }
    };
    html! {
        <header class={style}>
            <nav class="inner">
                { start }
                if app.view != View::Settings {
                    <ViewLink to={View::Settings} testid="nav-settings">
                        <Icon kind={IconKind::Sliders} />{ i18n.text("nav-settings") }
                    </ViewLink>
                }
            </nav>
        </header>
    }
}
