//! The workshop's entry point, built into a wasm of its own (`anxin-workshop`, by
//! `tools/post-build.mjs`): the consumer's screens and workshop mode, so that only volunteers
//! download the workshop's code.

fn main() {
    anxin::start(anxin::app::workshop::SCREENS);
}
