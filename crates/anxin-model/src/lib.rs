//! Pure model and logic over the content (`anxin_content`): routes, links, saved data, the
//! quiz's progress and draws, the partner file, the embed contract, the workshop's sessions.
//! No web API and no view crate: Cargo.toml names none, so everything here runs and is tested
//! natively, and the browser's side lives in the app crate's `platform/`.
//!
//! - [`view`]: the route table (every screen's link form, page, files and title).
//! - [`resource`]: the message files, and which locales have which.
//! - [`locale`]: language tags, the fallback chain, writing direction.
//! - [`link`]: query parsing and rewriting, page paths.
//! - [`settings`]: saved settings against the ones in force.
//! - [`saved`]: the versioned saved-state codec and its three-way merge.
//! - [`progress`]: the 错题本 rule, topics done, the daily answer.
//! - [`draw`]: which questions a visit asks (the daily question, mixed rounds).
//! - [`random`]: seeded SplitMix64.
//! - [`device`]: phone, tablet or computer, from the browser's user agent.
//! - [`wrap`]: line breaking for the certificate.
//! - [`json`]: the small JSON reader and writer.
//! - [`contrast`]: the WCAG contrast ratio of two colours.
//! - [`check`]: the message checker: which known warning signs a message shows, and where.
//! - [`partner`]: the embedding partner's `partner.json`, read and checked.
//! - [`embed`]: embed modes, and the messages between the frame and its host page.
//! - [`tally`]: the workshop's show-of-hands count, hidden until the reveal.
//! - [`offline`]: which files each language needs offline, in the service worker's groups.
//! - [`session`]: a workshop session as the device keeps it, and its CSV.
//! - [`speech`]: read-aloud: what is spoken, which voices may speak, audio packs and their
//!   stale rule.

pub mod check;
pub mod contrast;
pub mod device;
pub mod draw;
pub mod embed;
pub mod handout;
pub mod json;
pub mod link;
pub mod locale;
pub mod offline;
pub mod partner;
pub mod progress;
pub mod random;
pub mod resource;
pub mod saved;
pub mod session;
pub mod settings;
pub mod speech;
pub mod tally;
pub mod view;
pub mod wrap;
