//! Page-wide rules: the body's type, colours, focus ring and reduced motion.

use stylist::yew::{styled_component, Global};
use yew::prelude::*;

use super::{use_theme, Theme};

/// Emits the page-wide styles of the theme in force.
#[styled_component]
pub fn GlobalStyle() -> Html {
    let theme = use_theme();
    let p = &theme.palette;
    let t = &theme.type_scale;
    html! {
        <Global css={css!(
            r#"
            *, *::before, *::after { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body {
                margin: 0;
                background: ${page};
                color: ${text};
                font-family: ${fonts};
                font-size: ${body};
                line-height: ${leading};
                overflow-wrap: anywhere;
            }
            button, input, select { font: inherit; color: inherit; }
            h1, h2, h3, p { margin: 0; }
            :focus-visible { outline: 4px solid ${focus}; outline-offset: 3px; }
            a { color: ${primary}; }
            @media (prefers-reduced-motion: reduce) {
                *, *::before, *::after { animation: none !important; transition: none !important; }
            }
            "#,
            page = p.page,
            text = p.text,
            fonts = theme.font_family,
            body = Theme::rem(t.body),
            leading = t.line_height,
            focus = p.focus,
            primary = p.primary,
        )} />
    }
}
