//! The localizer as a Yew context.

use std::rc::Rc;

use yew::prelude::*;

use super::localizer::Localizer;

/// The localizer the views use. Comparing two contexts compares identity, which changes
/// exactly when the language, register or loaded messages change.
#[derive(Clone)]
pub struct I18n(pub Rc<Localizer>);

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for I18n {
    type Target = Localizer;

    fn deref(&self) -> &Localizer {
        &self.0
    }
}

/// The localizer provided by the app root.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("the app root provides an I18n context")
}
