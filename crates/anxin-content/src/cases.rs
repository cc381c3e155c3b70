//! Scam case studies (以案说险) as language-neutral data: the story's shape, the conversation
//! used for "spot the red flags" (which lines are red flags), the rights each case touches,
//! who to call and the quiz questions that practise it. Wording is `case-<id>-…` messages in
//! `cases.ftl`. Also the scoring of the red-flag exercise.

pub use super::cases_bank::CASES;

/// The groups the case list can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseGroup {
    /// Paid "help" with surrender, complaints, debts or credit records.
    Fees,
    /// Investments and sales: high yields, commissions, misleading sales.
    Investment,
    /// Someone posing as customer service, police or a regulator.
    Impersonation,
    /// Schemes aimed at older people.
    Elderly,
}

impl CaseGroup {
    /// Every group, in the order the filter lists them.
    pub const ALL: [CaseGroup; 4] = [
        CaseGroup::Fees,
        CaseGroup::Investment,
        CaseGroup::Impersonation,
        CaseGroup::Elderly,
    ];

    /// Its name message.
    pub fn message(self) -> &'static str {
        match self {
            CaseGroup::Fees => "cases-group-fees",
            CaseGroup::Investment => "cases-group-investment",
            CaseGroup::Impersonation => "cases-group-impersonation",
            CaseGroup::Elderly => "cases-group-elderly",
        }
    }
}

/// How the scam reaches the person, which sets how the conversation is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// A chat in a messaging app.
    Chat,
    /// Text messages.
    Sms,
    /// A phone call, as a transcript.
    Call,
}

/// Who says a line of the conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// The other side: the scammer, the "agent", the "customer service".
    Them,
    /// The person being targeted.
    Me,
}

/// One line of a case's conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// Who says it.
    pub speaker: Speaker,
    /// Whether it is a red flag to spot.
    pub red_flag: bool,
}

/// A line from the other side, a red flag or not.
pub const fn them(red_flag: bool) -> Line {
    Line {
        speaker: Speaker::Them,
        red_flag,
    }
}

/// A line from the person targeted (never a red flag).
pub const fn me(red_flag: bool) -> Line {
    Line {
        speaker: Speaker::Me,
        red_flag,
    }
}

/// One case study.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Case {
    /// Stable id, used in links (`view=case:<id>`) and message ids.
    pub id: &'static str,
    /// The filter group it is listed under.
    pub group: CaseGroup,
    /// How the conversation reaches the person.
    pub channel: Channel,
    /// How many scenes the story has (`case-<id>-scene-<n>`).
    pub scenes: u8,
    /// How many red flags the summary lists (`case-<id>-flag-<n>`).
    pub flags: u8,
    /// How many steps "what to do now" has (`case-<id>-now-<n>`).
    pub now: u8,
    /// How many steps "next time" has (`case-<id>-next-<n>`).
    pub next: u8,
    /// The conversation, in order (`case-<id>-msg-<n>`, with `-why` for the other side's lines).
    pub conversation: &'static [Line],
    /// The rights it touches, by id.
    pub rights: &'static [&'static str],
    /// The hotlines to call, by number (only numbers from the help screen).
    pub hotlines: &'static [&'static str],
    /// Quiz questions that practise it, by id.
    pub questions: &'static [&'static str],
}

impl Case {
    /// A message of this case (`field` such as `title`, `trap`, `scene-1`).
    pub fn message(&self, field: &str) -> String {
        format!("case-{}-{field}", self.id)
    }

    /// Messages numbered 1..=count under `field` (`scene`, `flag`, `now`, `next`).
    pub fn numbered(&self, field: &str, count: u8) -> Vec<String> {
        (1..=count)
            .map(|n| self.message(&format!("{field}-{n}")))
            .collect()
    }

    /// The message of conversation line `index` (from zero).
    pub fn line_message(&self, index: usize) -> String {
        self.message(&format!("msg-{}", index + 1))
    }

    /// The message explaining whether line `index` is a red flag.
    pub fn line_why(&self, index: usize) -> String {
        self.message(&format!("msg-{}-why", index + 1))
    }

    /// Every message the case shows, for integrity checks.
    pub fn messages(&self) -> Vec<String> {
        let mut ids = vec![self.message("title"), self.message("trap")];
        ids.extend(self.numbered("scene", self.scenes));
        ids.extend(self.numbered("flag", self.flags));
        ids.extend(self.numbered("now", self.now));
        ids.extend(self.numbered("next", self.next));
        for (index, line) in self.conversation.iter().enumerate() {
            ids.push(self.line_message(index));
            if line.speaker == Speaker::Them {
                ids.push(self.line_why(index));
            }
        }
        ids
    }
}

/// The case with this id.
pub fn find(id: &str) -> Option<&'static Case> {
    CASES.iter().find(|case| case.id == id)
}

/// Every case's id, in order.
pub fn ids() -> Vec<&'static str> {
    CASES.iter().map(|case| case.id).collect()
}

/// The message id of the title of the case with this id, if there is one.
pub fn title_message(id: &str) -> Option<String> {
    find(id).map(|case| case.message("title"))
}

/// The case that practises a quiz question, if one does.
pub fn teaching(question: &str) -> Option<&'static Case> {
    CASES.iter().find(|case| case.questions.contains(&question))
}

/// How a "spot the red flags" attempt went.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spotting {
    /// Red flags tapped.
    pub found: Vec<usize>,
    /// Red flags not tapped.
    pub missed: Vec<usize>,
    /// Harmless lines tapped.
    pub false_alarms: Vec<usize>,
}

impl Spotting {
    /// Scores the lines tapped (by index) against the conversation.
    pub fn score(conversation: &[Line], tapped: &[usize]) -> Spotting {
        let mut result = Spotting::default();
        for (index, line) in conversation.iter().enumerate() {
            match (line.red_flag, tapped.contains(&index)) {
                (true, true) => result.found.push(index),
                (true, false) => result.missed.push(index),
                (false, true) => result.false_alarms.push(index),
                (false, false) => {}
            }
        }
        result
    }

    /// Whether every red flag was found with no false alarm.
    pub fn is_perfect(&self) -> bool {
        self.missed.is_empty() && self.false_alarms.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TALK: [Line; 5] = [them(false), them(true), me(false), them(true), them(false)];

    #[test]
    fn spotting_counts_found_missed_and_false_alarms() {
        let result = Spotting::score(&TALK, &[1, 4, 9]);
        assert_eq!(result.found, vec![1]);
        assert_eq!(result.missed, vec![3]);
        assert_eq!(result.false_alarms, vec![4]);
        assert!(!result.is_perfect());
        assert!(Spotting::score(&TALK, &[3, 1]).is_perfect());
        assert_eq!(Spotting::score(&TALK, &[]).missed, vec![1, 3]);
    }

    #[test]
    fn messages_are_numbered_from_one() {
        let case = &CASES[0];
        assert_eq!(case.line_message(0), format!("case-{}-msg-1", case.id));
        assert_eq!(
            case.numbered("scene", 2)[1],
            format!("case-{}-scene-2", case.id)
        );
    }
}
