//! Anxin (安心): a financial-education and scam-awareness widget.
//!
//! Layers, from the bottom up (see ARCHITECTURE.md):
//! - [`model`]: pure logic (locales, views, links, saved state), no web APIs;
//! - [`content`]: what the app teaches, as language-neutral data;
//! - [`i18n`]: Fluent messages, fallback chain, plain speech;
//! - [`state`]: the app state and its reducer;
//! - [`theme`]: the one theme every style comes from;
//! - [`components`] and [`pages`]: the views;
//! - [`platform`]: storage, URL, document and fetching;
//! - [`app`]: the root that wires them together;
//! - `prerender` (feature `ssr`): every screen in every language as a static page, at build time.

pub mod app;
pub mod components;
pub mod content;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod platform;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod state;
pub mod theme;

pub use app::{start, App, AppProps};
pub use pages::Screens;
