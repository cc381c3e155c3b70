//! Platform glue: everything that touches the browser. Called from effects and event
//! handlers only, never while rendering, so every view also renders natively (SSR). Storage,
//! the URL, the document's language and title, and fetching are the sync hook's
//! (`sync::use_platform_sync`): it brings the browser in line with the state after every
//! render. Views call only `document` (focus, an input's value), `certificate`, `speech` (from
//! the read-aloud control's taps and effects), the workshop's `presenter` (fitting its
//! stage, its keys, its clock, a held button) and `clipboard` (the checker's paste button).

pub mod boot;
pub mod certificate;
pub mod check;
pub mod clipboard;
pub mod console;
pub mod document;
pub mod embed;
pub mod fetch;
pub mod offline;
pub mod presenter;
pub mod speech;
pub mod storage;
pub mod sync;
pub mod tasks;
pub mod url;
pub mod workshop;
