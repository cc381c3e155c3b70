//! Content model: what the app teaches, as language-neutral data. All wording is Fluent
//! messages (under `locales/`) named after the stable ids here.

pub mod cases;
mod cases_bank;
pub mod help;
pub mod quiz;
mod quiz_bank;
pub mod rights;
pub mod workshop;
