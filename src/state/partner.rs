//! The embedding partner (an insurer or bank): the one the pages were built with, then the
//! deployment's own `partner.json` once it has been read, so a partner can change its file
//! without a rebuild. An invalid or missing file means the general build.

use std::rc::Rc;

use crate::model::partner::Partner;

/// The partner in force, and whether the deployment's file has been read yet.
#[derive(Clone, Debug, Default)]
pub struct PartnerState {
    /// The partner, if there is a valid one.
    pub partner: Option<Rc<Partner>>,
    /// Whether the deployment's `partner.json` has been read (or found missing or invalid).
    pub deployed_read: bool,
}

/// What can happen to the partner.
pub enum PartnerAction {
    /// The deployment's file was read: its valid partner, or `None` for no file or an invalid
    /// one (the platform has said why in the console).
    Deployed(Option<Rc<Partner>>),
    /// The deployment's file could not be fetched (no network): the built-in partner stays.
    Unreachable,
}

impl PartnerState {
    /// The partner the pages were built with.
    pub fn new(built: Option<Rc<Partner>>) -> PartnerState {
        PartnerState {
            partner: built,
            deployed_read: false,
        }
    }

    /// The partner, if there is one.
    pub fn get(&self) -> Option<&Partner> {
        self.partner.as_deref()
    }

    /// The cases `items` with those the partner features first, in the partner's order, then
    /// the rest in theirs. (Featured topics get a list of their own: the quiz screen.)
    pub fn featured_cases_first<T>(&self, items: Vec<T>, id: impl Fn(&T) -> &str) -> Vec<T> {
        let Some(partner) = self.get() else {
            return items;
        };
        let featured = &partner.featured_cases;
        // No sort: it would bring a sorting routine into the download for a handful of items.
        let mut rest = items;
        let mut first = Vec::with_capacity(rest.len());
        for wanted in featured {
            if let Some(at) = rest.iter().position(|item| id(item) == wanted) {
                first.push(rest.remove(at));
            }
        }
        first.extend(rest);
        first
    }

    /// Applies `action`.
    pub fn apply(&mut self, action: PartnerAction) {
        match action {
            PartnerAction::Deployed(partner) => {
                if self.partner != partner {
                    self.partner = partner;
                }
                self.deployed_read = true;
            }
            PartnerAction::Unreachable => self.deployed_read = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partner(hotline: &str) -> Rc<Partner> {
        let text =
            format!(r#"{{"version":1,"name":{{"zh-Hans":"示例保险"}},"hotline":"{hotline}"}}"#);
        Rc::new(Partner::check(&text).partner.expect("a valid partner"))
    }

    #[test]
    fn featured_items_come_first_in_the_partners_order() {
        let text = r#"{"version":1,"name":{"zh-Hans":"示例保险"},"hotline":"4000000001",
            "featured":{"cases":["agent-surrender"]}}"#;
        let mut state = PartnerState::default();
        let items = vec!["a", "agent-surrender", "b"];
        assert_eq!(state.featured_cases_first(items.clone(), |i| i), items);
        state.apply(PartnerAction::Deployed(
            Partner::check(text).partner.map(Rc::new),
        ));
        assert_eq!(
            state.featured_cases_first(items.clone(), |i| i),
            vec!["agent-surrender", "a", "b"]
        );
    }

    #[test]
    fn the_deployed_file_replaces_the_built_one_and_its_absence_removes_it() {
        let mut state = PartnerState::new(Some(partner("4000000001")));
        assert!(!state.deployed_read);
        state.apply(PartnerAction::Deployed(Some(partner("4000000002"))));
        assert_eq!(state.get().map(|p| p.hotline.as_str()), Some("4000000002"));
        assert!(state.deployed_read);
        state.apply(PartnerAction::Deployed(None));
        assert!(state.get().is_none());
    }
}
