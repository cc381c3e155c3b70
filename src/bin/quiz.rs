//! The quiz's entry point, built into a wasm of its own (`anxin-quiz`, by
//! `tools/post-build.mjs`): the consumer's screens and the quiz, so that a visit that never
//! opens the quiz downloads none of its code.

fn main() {
    anxin::start(anxin::Screens::QUIZ);
}
