//! Page-wide rules: the theme's values as CSS custom properties on `:root`, and the body's
//! type, colours, focus ring and reduced motion, which read them.

use stylist::ast::{
    Block, RuleBlockContent, ScopeContent, Selector, Sheet, StringFragment, StyleAttribute,
};
use stylist::yew::{styled_component, Global};
use yew::prelude::*;

use super::{use_theme, Theme};

/// `:root { --ax-…: …; }` for a theme, built directly (no CSS parsing at run time).
fn variables_sheet(theme: &Theme) -> Sheet {
    let declarations: Vec<RuleBlockContent> = theme
        .variables()
        .into_iter()
        .map(|(name, value)| {
            RuleBlockContent::from(StyleAttribute {
                key: name.into(),
                value: vec![StringFragment::from(value)].into(),
            })
        })
        .collect();
    let root = Selector::from(vec![StringFragment::from(":root")]);
    Sheet::from(vec![ScopeContent::Block(Block {
        condition: vec![root].into(),
        content: declarations.into(),
    })])
}

/// Emits the theme in force as `--ax-…` custom properties, plus the page-wide rules.
#[styled_component]
pub fn GlobalStyle() -> Html {
    let theme = use_theme();
    let variables = use_memo(theme, |theme| variables_sheet(theme));
    html! {
        <>
            <Global css={(*variables).clone()} />
            <Global css={css!(
                r#"
                *, *::before, *::after { box-sizing: border-box; }
                html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
                body {
                    margin: 0;
                    background: var(--ax-page);
                    color: var(--ax-text);
                    font-family: var(--ax-font);
                    font-size: var(--ax-fs-body);
                    line-height: var(--ax-lh);
                    overflow-wrap: anywhere;
                }
                button, input, select { font: inherit; color: inherit; }
                h1, h2, h3, p { margin: 0; }
                :focus-visible { outline: 4px solid var(--ax-focus); outline-offset: 3px; }
                a { color: var(--ax-primary); }
                @media (prefers-reduced-motion: reduce) {
                    *, *::before, *::after { animation: none !important; transition: none !important; }
                }
                "#
            )} />
        </>
    }
}
