//! A large tile leading to one part of the app.

use yew::prelude::*;

use super::icon::{icon, IconKind};
use super::view_link::ViewLink;
use crate::model::view::View;
use crate::state::use_app;
use crate::theme::styles::NAV_TILE;

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
#[function_component]
pub fn NavTile(props: &NavTileProps) -> Html {
    let app = use_app();
    html! {
        { ViewLink::to(props.to.clone()).class(NAV_TILE).testid(props.testid).data_id(props.data_id).render(&app, html! {
            <>
                <span class="ax-picture">{ icon(props.icon) }</span>
                <span class="words">
                    <span class="title">{ props.title.clone() }</span>
                    <span class="subtitle">{ props.subtitle.clone() }</span>
                </span>
            </>
        }) }
    }
}
