//! Platform glue: everything that touches the browser. Called from effects and event
//! handlers only, never while rendering, so every view also renders natively (SSR).

pub mod boot;
pub mod certificate;
pub mod console;
pub mod document;
pub mod fetch;
pub mod storage;
pub mod sync;
pub mod tasks;
pub mod url;
