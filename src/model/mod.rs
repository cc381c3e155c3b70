//! Pure model and logic: no web APIs, everything here runs and is tested natively.

pub mod contrast;
pub mod embed;
pub mod json;
pub mod link;
pub mod locale;
pub mod partner;
pub mod progress;
pub mod random;
pub mod resource;
pub mod saved;
pub mod settings;
pub mod view;
pub mod wrap;
