//! A large tile leading to one part of the app.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::icon::{icon, IconKind};
use super::view_link::ViewLink;
use crate::model::view::View;
use crate::state::use_app;

/// Properties of [`NavTile`].
#[derive(Properties, PartialEq)]
pub struct NavTileProps {
    /// Where it leads.
    pub to: View,
    /// Its picture.
    pub icon: IconKind,
    /// Its name.
    pub title: AttrValue,
    /// One line on what is there.
    pub subtitle: AttrValue,
    /// The `data-testid` hook.
    pub testid: &'static str,
    /// The `data-id` of what the tile leads to, if any.
    #[prop_or_default]
    pub data_id: Option<&'static str>,
}

/// A tile with a picture, a name and one line of explanation.
#[styled_component]
pub fn NavTile(props: &NavTileProps) -> Html {
    let app = use_app();
    let style = css!(
        r#"
        display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-m);
        min-height: var(--ax-target); padding: var(--ax-sp-m);
        border: 2px solid var(--ax-border); border-radius: var(--ax-r-card);
        background: var(--ax-surface); color: var(--ax-text); text-decoration: none;
        .picture {
            flex: none; display: grid; place-items: center;
            inline-size: var(--ax-target); block-size: var(--ax-target); border-radius: 50%;
            background: var(--ax-tint); color: var(--ax-primary);
        }
        .picture svg { inline-size: 60%; block-size: 60%; }
        .words { flex: 1 1 8em; display: flex; flex-direction: column; min-inline-size: 0; }
        .title { font-size: var(--ax-fs-button); font-weight: 700; line-height: var(--ax-lh-heading); color: var(--ax-primary); }
        .subtitle { font-size: var(--ax-fs-small); color: var(--ax-muted); }
        "#
    );
    html! {
        { ViewLink::to(props.to.clone()).class(style).testid(props.testid).data_id(props.data_id).render(&app, html! {
            <>
                <span class="picture">{ icon(props.icon) }</span>
                <span class="words">
                    <span class="title">{ props.title.clone() }</span>
                    <span class="subtitle">{ props.subtitle.clone() }</span>
                </span>
            </>
        }) }
    }
}
