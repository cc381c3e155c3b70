//! The eight basic rights of financial consumers (金融消费者八项基本权利), in the order of the
//! 2022 rules (银保监会令2022年第9号). Each right's wording is the messages
//! `right-<id>-name`, `-summary`, `-gist`, `-meaning`, `-example-<n>` and `-step-<n>`.

/// A picture that helps people who read little recognise a right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Symbol {
    /// An eye: knowing the truth.
    Eye,
    /// A ticked box: choosing for oneself.
    Tick,
    /// A pair of scales: fair dealing.
    Scales,
    /// A padlock: money kept safe.
    Lock,
    /// A megaphone: speaking up for redress.
    Megaphone,
    /// A book: learning.
    Book,
    /// A heart: respect.
    Heart,
    /// A key: personal information kept private.
    Key,
}

/// Something else in the app that teaches the same right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Related {
    /// A scam case study, by its stable id.
    Case(&'static str),
    /// A quiz topic that practises it, by its stable id.
    Quiz(&'static str),
}

/// One right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Right {
    /// Stable id, used in links (`view=right:<id>`) and message ids.
    pub id: &'static str,
    /// Its picture.
    pub symbol: Symbol,
    /// How many everyday examples of the right being broken it has.
    pub examples: usize,
    /// How many steps of what to do it has.
    pub steps: usize,
    /// Case studies and quiz questions on the same right; shown once they exist.
    pub related: &'static [Related],
}

/// The eight rights.
pub const RIGHTS: [Right; 8] = [
    Right {
        id: "right-to-know",
        symbol: Symbol::Eye,
        examples: 2,
        steps: 3,
        related: &[
            Related::Quiz("right-to-know"),
            Related::Case("misleading-sales"),
            Related::Case("high-yield"),
        ],
    },
    Right {
        id: "free-choice",
        symbol: Symbol::Tick,
        examples: 2,
        steps: 3,
        related: &[
            Related::Quiz("free-choice"),
            Related::Case("misleading-sales"),
        ],
    },
    Right {
        id: "fair-dealing",
        symbol: Symbol::Scales,
        examples: 2,
        steps: 3,
        related: &[Related::Quiz("fair-dealing")],
    },
    Right {
        id: "property-safety",
        symbol: Symbol::Lock,
        examples: 2,
        steps: 3,
        related: &[
            Related::Quiz("property-safety"),
            Related::Case("impersonated-police"),
            Related::Case("high-yield"),
        ],
    },
    Right {
        id: "seek-compensation",
        symbol: Symbol::Megaphone,
        examples: 2,
        steps: 3,
        related: &[
            Related::Quiz("seek-compensation"),
            Related::Case("agent-surrender"),
            Related::Case("paid-rights-defence"),
        ],
    },
    Right {
        id: "financial-education",
        symbol: Symbol::Book,
        examples: 1,
        steps: 3,
        related: &[Related::Quiz("financial-education")],
    },
    Right {
        id: "respect-and-dignity",
        symbol: Symbol::Heart,
        examples: 2,
        steps: 3,
        related: &[
            Related::Quiz("respect-and-dignity"),
            Related::Case("elderly-scheme"),
        ],
    },
    Right {
        id: "information-security",
        symbol: Symbol::Key,
        examples: 2,
        steps: 3,
        related: &[
            Related::Quiz("information-security"),
            Related::Case("fake-customer-service"),
            Related::Case("agent-surrender"),
        ],
    },
];

/// The right with this id.
pub fn find(id: &str) -> Option<&'static Right> {
    RIGHTS.iter().find(|right| right.id == id)
}

/// Every right's id, in order.
pub fn ids() -> Vec<&'static str> {
    RIGHTS.iter().map(|right| right.id).collect()
}

/// The message id of the name of the right with this id, if there is one.
pub fn name_message(id: &str) -> Option<String> {
    find(id).map(|right| right.message("name"))
}

impl Right {
    /// The message id of one of this right's texts (`name`, `summary`, `gist`, `meaning`).
    pub fn message(&self, field: &str) -> String {
        format!("right-{}-{field}", self.id)
    }

    /// The message ids of its examples, in order.
    pub fn example_messages(&self) -> Vec<String> {
        (1..=self.examples)
            .map(|n| self.message(&format!("example-{n}")))
            .collect()
    }

    /// The message ids of its steps, in order.
    pub fn step_messages(&self) -> Vec<String> {
        (1..=self.steps)
            .map(|n| self.message(&format!("step-{n}")))
            .collect()
    }

    /// Every message id of the right.
    pub fn all_messages(&self) -> Vec<String> {
        let mut ids: Vec<String> = ["name", "summary", "gist", "meaning"]
            .iter()
            .map(|field| self.message(field))
            .collect();
        ids.extend(self.example_messages());
        ids.extend(self.step_messages());
        ids
    }
}

/// The related items whose targets exist, so no link ever leads nowhere.
pub fn available(
    related: &[Related],
    case_exists: impl Fn(&str) -> bool,
    quiz_exists: impl Fn(&str) -> bool,
) -> Vec<Related> {
    related
        .iter()
        .copied()
        .filter(|item| match item {
            Related::Case(id) => case_exists(id),
            Related::Quiz(id) => quiz_exists(id),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_rights_with_unique_ids() {
        let mut ids: Vec<_> = RIGHTS.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 8);
        assert!(
            find("property-safety").is_some(),
            "the contract's example id"
        );
    }

    #[test]
    fn every_right_has_examples_and_steps() {
        for right in RIGHTS {
            assert!((1..=2).contains(&right.examples), "{}", right.id);
            assert!(right.steps >= 2, "{}", right.id);
        }
    }

    #[test]
    fn links_show_only_when_their_target_exists() {
        let related = [Related::Case("a"), Related::Quiz("q"), Related::Case("b")];
        assert_eq!(
            available(&related, |id| id == "b", |_| true),
            vec![Related::Quiz("q"), Related::Case("b")]
        );
        assert!(available(&related, |_| false, |_| false).is_empty());
    }
}
