//! Where to turn for help: the hotlines the brief confirms (a partner's own comes from its
//! `partner.json`, `model::partner`).
//! Numbers come only from ../shared/brief/domain.md; 12386 and 12363 stay out until confirmed.

/// A public hotline the help view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hotline {
    /// The number to dial.
    pub number: &'static str,
    /// The message that says who answers and when to call.
    pub label: &'static str,
}

/// Banking and insurance consumer complaints (the national financial regulator).
pub const REGULATOR: Hotline = Hotline {
    number: "12378",
    label: "help-hotline-12378",
};

/// The anti-fraud warning line: it calls people who may be being defrauded.
pub const ANTI_FRAUD_WARNING: Hotline = Hotline {
    number: "96110",
    label: "help-hotline-96110",
};

/// The police.
pub const POLICE: Hotline = Hotline {
    number: "110",
    label: "help-hotline-110",
};

/// Every public number the app may show.
pub const PUBLIC_NUMBERS: [&str; 3] = [REGULATOR.number, ANTI_FRAUD_WARNING.number, POLICE.number];

/// The public hotline with this number, if the app may show it.
pub fn public_hotline(number: &str) -> Option<Hotline> {
    [REGULATOR, ANTI_FRAUD_WARNING, POLICE]
        .into_iter()
        .find(|line| line.number == number)
}

/// The things to have at hand before calling, as message ids.
pub const PREPARE: [&str; 5] = [
    "help-prepare-1",
    "help-prepare-2",
    "help-prepare-3",
    "help-prepare-4",
    "help-prepare-5",
];

/// The `tel:` link for a number.
pub fn tel_href(number: &str) -> String {
    format!("tel:{number}")
}
