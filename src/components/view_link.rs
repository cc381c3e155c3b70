//! A link to another screen: a real `<a href>` (it can be shared, opened in a new tab, and
//! works before the app starts), handled in place when tapped.

use yew::prelude::*;

use crate::model::view::View;
use crate::state::{use_app, Action};

/// Properties of [`ViewLink`].
#[derive(Properties, PartialEq)]
pub struct ViewLinkProps {
    /// The screen to open.
    pub to: View,
    /// Styling classes.
    #[prop_or_default]
    pub class: Classes,
    /// The `data-testid` hook, if any.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// What the link shows.
    #[prop_or_default]
    pub children: Html,
}

/// A link to another screen of the app.
#[function_component]
pub fn ViewLink(props: &ViewLinkProps) -> Html {
    let app = use_app();
    let query = app.query_for(&props.to);
    let href = if query.is_empty() {
        "?".to_owned()
    } else {
        query
    };
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            let modified =
                event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
            if !modified && event.button() == 0 {
                event.prevent_default();
                app.dispatch(Action::Navigate(to.clone()));
            }
        })
    };
    html! {
        <a {href} class={props.class.clone()} data-testid={props.testid.clone()} {onclick}>
            { props.children.clone() }
        </a>
    }
}
