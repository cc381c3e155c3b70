//! Anxin (安心): a financial-education and scam-awareness widget.
//!
//! Layers, from the bottom up (see ARCHITECTURE.md):
//! - [`content`]: what the app teaches, as language-neutral data (the crate `anxin-content`);
//! - [`model`]: pure logic over it (locales, views, links, saved state), no web APIs (the crate
//!   `anxin-model`);
//! - [`i18n`]: Fluent messages, fallback chain, plain speech;
//! - [`state`]: the app state and its reducer;
//! - [`theme`]: the one theme every style comes from;
//! - [`components`] and [`pages`]: the views;
//! - [`platform`]: storage, URL, document and fetching;
//! - [`app`]: the root that wires them together;
//! - `prerender` (feature `ssr`): every screen in every language as a static page, at build time.

pub mod app;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod platform;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod state;
pub mod theme;

pub use anxin_content as content;
pub use anxin_model as model;
pub use app::{start, App, AppProps};
pub use pages::Screens;
