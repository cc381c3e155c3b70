//! A link to another screen: a real `<a href>` to that screen's prerendered page (it can be
//! shared, opened in a new tab, and works before or without the app), handled in place when
//! tapped. A builder rather than a component: it has no state of its own, and every component
//! costs download size.

use yew::prelude::*;

use crate::model::view::View;
use crate::state::{Action, AppHandle};

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
    pub fn render(self, app: &AppHandle, children: Html) -> Html {
        let href = app.href_for(&self.to);
        let onclick = {
            let app = app.clone();
            let to = self.to;
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
            <a {href} class={self.class} data-testid={self.testid} data-id={self.data_id} {onclick}>
                { children }
            </a>
        }
    }
}
