//! Writes Mandarin's shell messages without their comments into `OUT_DIR`, for
//! `src/i18n/mod.rs` to build into the app: the comments are for translators, and every byte
//! of the .wasm is downloaded before the first screen. Each comment line (in Fluent, a line
//! that begins with `#`) becomes an empty line, so a problem's line number is still its line
//! in `locales/zh-Hans/shell.ftl`. (`tools/post-build.mjs` does the same to the message files
//! the app fetches.)

use std::path::Path;

const SOURCE: &str = "locales/zh-Hans/shell.ftl";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out_dir = std::env::var("OUT_DIR").expect("Cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join("zh-Hans-shell.ftl");
    std::fs::write(&out, without_comments(&text))
        .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

/// The text with every comment line emptied, keeping the line breaks.
fn without_comments(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            if line.starts_with('#') {
                &line[line.trim_end_matches(['\r', '\n']).len()..]
            } else {
                line
            }
        })
        .collect()
}
