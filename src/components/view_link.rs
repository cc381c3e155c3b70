//! A link to another screen: a real `<a href>` to that screen's prerendered page (it can be
//! shared, opened in a new tab, and works before or without the app), handled in place when
//! tapped. A builder rather than a component: it has no state of its own, and every component
//! costs download size. What a link needs from the app state comes in the [`Links`] context.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::link::href;
use crate::model::settings::Effective;
use crate::model::view::View;
use crate::state::AppState;

/// What every link needs, provided by the app root: the visit's parameters and the settings
/// in force (a link keeps them), and a way to go to a screen in place. Compared by value, so
/// the views that hold links re-render only when a link would change.
#[derive(Clone, PartialEq)]
pub struct Links {
    pairs: Rc<Vec<(String, String)>>,
    effective: Effective,
    navigate: Callback<View>,
}

impl Links {
    /// The links of `state`, going to a screen with `navigate`.
    pub fn new(state: &AppState, navigate: Callback<View>) -> Links {
        Links {
            pairs: state.visit.link_pairs.clone(),
            effective: state.effective,
            navigate,
        }
    }

    /// The address of `view`, relative to the app's root (the same as `AppState::href_for`).
    pub fn href(&self, view: &View) -> String {
        href(&self.pairs, &self.effective.link_to(view))
    }
}

/// The links context provided by the app root.
#[hook]
pub fn use_links() -> Links {
    use_context::<Links>().expect("the app root provides the links")
}

/// A link to a screen, built up and then rendered with [`ViewLink::render`].
pub struct ViewLink {
    to: View,
    class: Classes,
    testid: Option<&'static str>,
    data_id: Option<&'static str>,
}

impl ViewLink {
    /// A link to `view`.
    pub fn to(view: View) -> ViewLink {
        ViewLink {
            to: view,
            class: Classes::new(),
            testid: None,
            data_id: None,
        }
    }

    /// Adds styling classes.
    pub fn class(mut self, class: impl Into<Classes>) -> ViewLink {
        self.class.push(class.into());
        self
    }

    /// Sets the `data-testid` hook.
    pub fn testid(mut self, testid: &'static str) -> ViewLink {
        self.testid = Some(testid);
        self
    }

    /// Sets the `data-id` of what the link shows (a right, a case), if any.
    pub fn data_id(mut self, id: Option<&'static str>) -> ViewLink {
        self.data_id = id;
        self
    }

    /// The link, showing `children`.
    pub fn render(self, links: &Links, children: Html) -> Html {
        let href = links.href(&self.to);
        let onclick = {
            let navigate = links.navigate.clone();
            let to = self.to;
            Callback::from(move |event: MouseEvent| {
                let modified =
                    event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
                if !modified && event.button() == 0 {
                    event.prevent_default();
                    navigate.emit(to.clone());
                }
            })
        };
        html! {
            <a {href} class={self.class} data-testid={self.testid} data-id={self.data_id} {onclick}>
                { children }
            </a>
        }
    }
}
