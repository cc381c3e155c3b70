//! The cards' entry point, built into a wasm of its own (`anxin-card`, by
//! `tools/post-build.mjs`): the cards partners embed (`daily-card`, `right-card`, `case-card`)
//! and nothing else, so that a partner's frame downloads only what a card runs.

fn main() {
    anxin::start(anxin::Screens::CARD);
}
