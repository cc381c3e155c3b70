//! Workshop plans: what a volunteer can run for a room, as data. Each plan is a list of blocks
//! built from what the app already teaches (a case's story, its red-flag conversation, quiz
//! questions, a right, the help numbers), each with a time guide in minutes. Wording is in
//! `locales/<tag>/workshop.ftl` (`workshop-plan-<id>`, `-desc`) and in the content's own files.
//!
//! Invariants (tested below): every block names content that exists; a plan's time guides add
//! up to its minutes; every question asked to a room has one right answer, so a show of hands
//! can count it; no question is asked twice in a plan.

use super::{cases, quiz, rights};

/// One part of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// A case's story, told scene by scene.
    Story(&'static str),
    /// The room goes through a case's conversation and calls out its red flags.
    RedFlags(&'static str),
    /// Questions asked to the room and counted by a show of hands, one a step.
    Quiz(&'static [&'static str]),
    /// A right in brief.
    Right(&'static str),
    /// Where to turn for help, the numbers large.
    Help,
}

impl Block {
    /// The kind's name in message ids (`workshop-note-<kind>-say`).
    pub fn kind(self) -> &'static str {
        match self {
            Block::Story(_) => "story",
            Block::RedFlags(_) => "flags",
            Block::Quiz(_) => "quiz",
            Block::Right(_) => "right",
            Block::Help => "help",
        }
    }
}

/// A block with its time guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timed {
    /// What is done.
    pub block: Block,
    /// About how long it takes, in minutes.
    pub minutes: u8,
}

/// A session plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Stable id; its messages are `workshop-plan-<id>` and `-desc`.
    pub id: &'static str,
    /// About how long the whole session takes, in minutes.
    pub minutes: u8,
    /// Its blocks, in order.
    pub blocks: &'static [Timed],
}

/// One screen of a running session: a block's part the room sees at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Scene `scene` (from 1) of a case's story.
    Scene(&'static cases::Case, u8),
    /// A case's conversation, for the room to call out its red flags.
    RedFlags(&'static cases::Case),
    /// One question, counted by a show of hands.
    Question(&'static quiz::Question),
    /// A right in brief.
    Right(&'static rights::Right),
    /// The help numbers.
    Help,
}

const fn timed(block: Block, minutes: u8) -> Timed {
    Timed { block, minutes }
}

/// Every plan, shortest first.
pub static PLANS: &[Plan] = &[
    Plan {
        id: "short",
        minutes: 20,
        blocks: &[
            timed(Block::Story("impersonated-police"), 5),
            timed(Block::RedFlags("impersonated-police"), 6),
            timed(
                Block::Quiz(&[
                    "impersonated-police-safe-account",
                    "impersonated-police-answer-96110",
                ]),
                5,
            ),
            timed(Block::Help, 4),
        ],
    },
    Plan {
        id: "standard",
        minutes: 45,
        blocks: &[
            timed(Block::Story("fake-customer-service"), 6),
            timed(Block::RedFlags("fake-customer-service"), 7),
            timed(
                Block::Quiz(&[
                    "fake-customer-service-screen-share",
                    "payments-and-passwords-code-to-caller",
                ]),
                6,
            ),
            timed(Block::Story("elderly-scheme"), 6),
            timed(Block::RedFlags("elderly-scheme"), 6),
            timed(Block::Right("information-security"), 5),
            timed(Block::Quiz(&["elderly-scheme-keep-it-secret"]), 3),
            timed(Block::Help, 6),
        ],
    },
    Plan {
        id: "long",
        minutes: 90,
        blocks: &[
            timed(Block::Story("impersonated-police"), 6),
            timed(Block::RedFlags("impersonated-police"), 8),
            timed(
                Block::Quiz(&[
                    "impersonated-police-safe-account",
                    "impersonated-police-answer-96110",
                ]),
                6,
            ),
            timed(Block::Story("agent-surrender"), 6),
            timed(Block::RedFlags("agent-surrender"), 8),
            timed(Block::Right("seek-compensation"), 6),
            timed(
                Block::Quiz(&[
                    "agent-surrender-cash-value",
                    "seek-compensation-need-paid-agent",
                ]),
                6,
            ),
            timed(Block::Story("high-yield"), 6),
            timed(Block::RedFlags("high-yield"), 8),
            timed(Block::Right("free-choice"), 6),
            timed(
                Block::Quiz(&[
                    "high-yield-guaranteed-return",
                    "free-choice-loan-tie-in",
                    "personal-information-sms-link",
                ]),
                9,
            ),
            timed(Block::Help, 15),
        ],
    },
];

/// Every plan's id, in the order of [`PLANS`]: what a link or a leaflet may name without
/// carrying the plans themselves (the consumer's wasm names leaflets but runs no plan).
pub const PLAN_IDS: [&str; 3] = ["short", "standard", "long"];

/// What the volunteer makes ready before a session, as message ids.
pub const PREPARE: [&str; 4] = [
    "workshop-prepare-charge",
    "workshop-prepare-leaflets",
    "workshop-prepare-bright",
    "workshop-prepare-rehearse",
];

/// The plan with this id.
pub fn find(id: &str) -> Option<&'static Plan> {
    PLANS.iter().find(|plan| plan.id == id)
}

impl Plan {
    /// The plan's name message.
    pub fn name_message(&self) -> String {
        format!("workshop-plan-{}", self.id)
    }

    /// The message that says what the plan covers.
    pub fn description_message(&self) -> String {
        format!("workshop-plan-{}-desc", self.id)
    }

    /// The session's screens in order, each with the index of the block it belongs to. A
    /// block naming content that does not exist gives no screens (the tests below keep every
    /// block's content in the bank).
    pub fn steps(&self) -> Vec<(usize, Step)> {
        let mut steps = Vec::new();
        for (index, timed) in self.blocks.iter().enumerate() {
            match timed.block {
                Block::Story(id) => {
                    if let Some(case) = cases::find(id) {
                        steps.extend(
                            (1..=case.scenes).map(|scene| (index, Step::Scene(case, scene))),
                        );
                    }
                }
                Block::RedFlags(id) => {
                    steps.extend(cases::find(id).map(|c| (index, Step::RedFlags(c))))
                }
                Block::Quiz(ids) => steps.extend(
                    ids.iter()
                        .filter_map(|id| quiz::find(id))
                        .map(|question| (index, Step::Question(question))),
                ),
                Block::Right(id) => steps.extend(rights::find(id).map(|r| (index, Step::Right(r)))),
                Block::Help => steps.push((index, Step::Help)),
            }
        }
        steps
    }

    /// Every question the plan asks the room, in order.
    pub fn questions(&self) -> Vec<&'static quiz::Question> {
        self.steps()
            .into_iter()
            .filter_map(|(_, step)| match step {
                Step::Question(question) => Some(question),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_ids_are_the_plans_own() {
        let ids: Vec<&str> = PLANS.iter().map(|plan| plan.id).collect();
        assert_eq!(ids, PLAN_IDS);
    }

    #[test]
    fn every_block_names_content_that_exists() {
        for plan in PLANS {
            for timed in plan.blocks {
                let exists = match timed.block {
                    Block::Story(id) | Block::RedFlags(id) => cases::find(id).is_some(),
                    Block::Quiz(ids) => {
                        !ids.is_empty() && ids.iter().all(|id| quiz::find(id).is_some())
                    }
                    Block::Right(id) => rights::find(id).is_some(),
                    Block::Help => true,
                };
                assert!(exists, "plan {}: {:?} names nothing", plan.id, timed.block);
                assert!(timed.minutes > 0, "plan {}: a block without time", plan.id);
            }
        }
    }

    #[test]
    fn time_guides_add_up_to_the_plan() {
        for plan in PLANS {
            let sum: u32 = plan
                .blocks
                .iter()
                .map(|timed| u32::from(timed.minutes))
                .sum();
            assert_eq!(sum, u32::from(plan.minutes), "plan {}", plan.id);
        }
        let minutes: Vec<u8> = PLANS.iter().map(|plan| plan.minutes).collect();
        assert_eq!(minutes, [20, 45, 90]);
    }

    #[test]
    fn a_room_is_asked_only_questions_with_one_answer_and_never_twice() {
        for plan in PLANS {
            let questions = plan.questions();
            for (n, question) in questions.iter().enumerate() {
                assert!(
                    !question.kind.answers_many(),
                    "plan {}: {}",
                    plan.id,
                    question.id
                );
                assert!(
                    !questions[..n].contains(question),
                    "plan {}: {} twice",
                    plan.id,
                    question.id
                );
            }
        }
    }

    #[test]
    fn a_story_is_one_screen_a_scene_then_its_red_flags() {
        let plan = find("short").unwrap();
        let steps = plan.steps();
        let case = cases::find("impersonated-police").unwrap();
        assert_eq!(steps[0], (0, Step::Scene(case, 1)));
        assert_eq!(steps[usize::from(case.scenes)], (1, Step::RedFlags(case)));
        assert_eq!(steps.last(), Some(&(3, Step::Help)));
        assert_eq!(steps.len(), usize::from(case.scenes) + 1 + 2 + 1);
    }
}
