//! Content model: what the app teaches, as language-neutral data. All wording is Fluent
//! messages (under `locales/`) named after the stable ids here.
//!
//! The bottom of the house: this crate names no other crate of the project and no web API
//! (its Cargo.toml has no dependencies), so the logic over it (`anxin_model`) sits above it.

pub mod cases;
mod cases_bank;
pub mod help;
pub mod quiz;
mod quiz_bank;
pub mod rights;
pub mod signs;
pub mod workshop;
