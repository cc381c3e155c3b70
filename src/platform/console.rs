//! Messages for developers in the browser console.

/// Writes a warning to the console.
pub fn warn(message: &str) {
    gloo::console::warn!(message.to_owned());
}
