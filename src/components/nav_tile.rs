//! A large tile leading to one part of the app.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::icon::{Icon, IconKind};
use super::view_link::ViewLink;
use crate::model::view::View;
use crate::theme::{use_theme, Theme};

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
    pub testid: AttrValue,
}

/// A tile with a picture, a name and one line of explanation.
#[styled_component]
pub fn NavTile(props: &NavTileProps) -> Html {
    let theme = use_theme();
    let p = &theme.palette;
    let t = &theme.type_scale;
    let style = css!(
        r#"
        display: flex; align-items: center; gap: ${m};
        min-height: ${target}; padding: ${m};
        border: 2px solid ${border}; border-radius: ${radius};
        background: ${surface}; color: ${text}; text-decoration: none;
        .picture {
            flex: none; display: grid; place-items: center;
            inline-size: ${picture}; block-size: ${picture}; border-radius: 50%;
            background: ${tint}; color: ${primary};
        }
        .picture svg { inline-size: 60%; block-size: 60%; }
        .words { display: flex; flex-direction: column; min-inline-size: 0; }
        .title { font-size: ${title}; font-weight: 700; line-height: 1.3; color: ${primary}; }
        .subtitle { font-size: ${small}; color: ${muted}; }
        "#,
        m = Theme::rem(theme.space.m),
        target = Theme::rem(theme.target),
        border = p.border,
        radius = Theme::rem(theme.radius.card),
        surface = p.surface,
        text = p.text,
        picture = Theme::rem(theme.target),
        tint = p.primary_tint,
        primary = p.primary,
        title = Theme::rem(t.button),
        small = Theme::rem(t.small),
        muted = p.text_muted,
    );
    html! {
        <ViewLink to={props.to.clone()} class={style} testid={props.testid.clone()}>
            <span class="picture"><Icon kind={props.icon} /></span>
            <span class="words">
                <span class="title">{ props.title.clone() }</span>
                <span class="subtitle">{ props.subtitle.clone() }</span>
            </span>
        </ViewLink>
    }
}
