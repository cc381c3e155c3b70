//! The message checker's entry point, built into a wasm of its own (`anxin-check`, by
//! `tools/post-build.mjs`): the consumer's screens and the checker, so that a visit that never
//! checks a message downloads none of its patterns or code.

fn main() {
    anxin::start(anxin::app::check::SCREENS);
}
