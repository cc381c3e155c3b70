//! Messages for developers in the browser console.

/// Writes a warning to the console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
