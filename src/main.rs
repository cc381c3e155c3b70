//! The browser entry point, built by Trunk into WebAssembly.

fn main() {
    anxin::start(anxin::Screens::APP);
}
