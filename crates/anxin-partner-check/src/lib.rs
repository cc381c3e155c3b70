//! The embedding playground's partner-file checker (`embed/partner-check.js`, built by
//! `tools/post-build.mjs`): the app's own rules (`anxin_model::partner`), with their words,
//! compiled for the browser, so the page and `scripts/check-partner` give the same notes. It
//! runs in the page: the file is never sent anywhere. Only the playground loads it.

use anxin_model::json::Json;
use anxin_model::partner::{floored, logo_problem, Note, Partner, Severity};
use wasm_bindgen::prelude::wasm_bindgen;

/// Checks the text of a partner file as the app reads it, as JSON:
/// `{"valid": bool, "notes": [{"severity": "error"|"warning", "field": "colors", "message":
/// "…", "text": "colors: …"}], "contrast": "12.6:1" | null}`. `message` is what is wrong,
/// `text` the whole note as `check-partner` prints it after its severity; `contrast` is the
/// brand colours' measured ratio when they are used.
#[wasm_bindgen]
pub fn check(text: &str) -> String {
    let checked = Partner::check(text);
    let string = |value: &str| Json::String(value.to_owned());
    let notes = checked.notes.iter().map(note_json).collect();
    let contrast = checked
        .partner
        .as_ref()
        .and_then(|partner| partner.colors.as_ref())
        .map_or(Json::Null, |colors| {
            string(&format!("{}:1", floored(colors.ratio)))
        });
    Json::Object(vec![
        ("valid".to_owned(), Json::Bool(checked.partner.is_some())),
        ("notes".to_owned(), Json::Array(notes)),
        ("contrast".to_owned(), contrast),
    ])
    .to_text()
}

/// Checks the logo file a valid partner file names (`logo`, its path), as fetched from the
/// deployment: `bytes`, or nothing when it could not be fetched. The notes as JSON, in
/// [`check`]'s form (`[]` when the file is fine).
#[wasm_bindgen]
pub fn check_logo(logo: &str, bytes: Option<Box<[u8]>>) -> String {
    let notes = logo_problem(logo, bytes.as_deref());
    Json::Array(notes.iter().map(note_json).collect()).to_text()
}

/// A note as the page reads it: `{"severity", "field", "message", "text"}`.
fn note_json(note: &Note) -> Json {
    let string = |value: &str| Json::String(value.to_owned());
    let severity = match note.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    Json::Object(vec![
        ("severity".to_owned(), string(severity)),
        ("field".to_owned(), string(&note.field)),
        ("message".to_owned(), string(&note.message)),
        ("text".to_owned(), string(&note.to_string())),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_note_comes_with_its_words_and_the_verdict() {
        let report = Json::parse(&check(
            r##"{"version":1,"name":{"zh-Hans":"坏"},"hotline":"95a","colors":{"brand":"#777777","on-brand":"#888888"}}"##,
        ))
        .unwrap();
        assert_eq!(report.get("valid"), Some(&Json::Bool(false)));
        let Some(Json::Array(notes)) = report.get("notes") else {
            panic!("no notes")
        };
        let fields: Vec<&str> = notes
            .iter()
            .filter_map(|note| note.get("field")?.as_str())
            .collect();
        assert!(
            fields.contains(&"hotline") && fields.contains(&"colors"),
            "{fields:?}"
        );
        assert!(notes
            .iter()
            .all(|note| note.get("text").and_then(Json::as_str).is_some_and(
                |text| text.len() > note.get("field").and_then(Json::as_str).unwrap().len() + 2
            )));
        let good = Json::parse(&check(
            r##"{"version":1,"name":{"zh-Hans":"好"},"hotline":"95500","colors":{"brand":"#0b4f8a","on-brand":"#ffffff"}}"##,
        ))
        .unwrap();
        assert_eq!(good.get("valid"), Some(&Json::Bool(true)));
        assert!(good
            .get("contrast")
            .and_then(Json::as_str)
            .is_some_and(|text| text.ends_with(":1")));
    }
}
