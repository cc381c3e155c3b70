//! The checker's notes: messages a person chose to keep ("save to my notes"), on the device
//! only, under a key of their own, like the workshop's sessions: never sent anywhere, erased by
//! clearing my data. Unreadable notes are set aside before anything is written over them; a
//! newer build's are left alone.

use super::super::json::Json;
use super::super::progress::Day;

/// The localStorage key of the notes.
pub const NOTES_KEY: &str = "anxin-check-notes";

/// Where unreadable notes are copied before new ones are written.
pub const NOTES_BACKUP_KEY: &str = "anxin-check-notes.unreadable";

/// The version of the notes' form this build writes.
const VERSION: u64 = 1;

/// At most this many notes are kept (the oldest go first).
pub const MAX_NOTES: usize = 30;

/// A note keeps at most this many characters of its message.
pub const MAX_NOTE_CHARS: usize = 4_000;

/// One message kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The day it was kept.
    pub day: Day,
    /// The message (at most [`MAX_NOTE_CHARS`] characters).
    pub text: String,
    /// The ids of the signs the check found in it, in order.
    pub signs: Vec<String>,
}

impl Note {
    /// A note of `text` with its signs, kept on `day`; a longer message keeps its start.
    pub fn new(day: Day, text: &str, signs: &[&str]) -> Note {
        Note {
            day,
            text: text.chars().take(MAX_NOTE_CHARS).collect(),
            signs: signs.iter().map(|id| (*id).to_owned()).collect(),
        }
    }
}

/// What the device holds under [`NOTES_KEY`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Notes this build reads (none when nothing is stored).
    Notes(Vec<Note>),
    /// Notes of a newer build: left alone, and this build writes none over them.
    Newer,
    /// Something this build cannot read: set aside before new notes are written.
    Unreadable,
}

/// Reads what is stored (`None`: nothing).
pub fn read(text: Option<&str>) -> Stored {
    let Some(text) = text else {
        return Stored::Notes(Vec::new());
    };
    let Some(json) = Json::parse(text) else {
        return Stored::Unreadable;
    };
    match json.get("v").and_then(Json::as_u64) {
        Some(VERSION) => {}
        Some(version) if version > VERSION => return Stored::Newer,
        _ => return Stored::Unreadable,
    }
    let Some(Json::Array(items)) = json.get("notes") else {
        return Stored::Unreadable;
    };
    let notes: Option<Vec<Note>> = items.iter().map(read_note).collect();
    match notes {
        Some(notes) => Stored::Notes(notes.into_iter().take(MAX_NOTES).collect()),
        None => Stored::Unreadable,
    }
}

fn read_note(item: &Json) -> Option<Note> {
    let day = item
        .get("day")?
        .as_u64()
        .and_then(|day| i64::try_from(day).ok())?;
    let text = item.get("text")?.as_str()?;
    let Json::Array(signs) = item.get("signs")? else {
        return None;
    };
    let signs: Option<Vec<&str>> = signs.iter().map(Json::as_str).collect();
    Some(Note::new(Day(day), text, &signs?))
}

/// The notes as stored.
pub fn write(notes: &[Note]) -> String {
    let notes = notes
        .iter()
        .map(|note| {
            let signs = note
                .signs
                .iter()
                .map(|id| Json::String(id.clone()))
                .collect();
            Json::Object(vec![
                (
                    "day".to_owned(),
                    Json::Number(note.day.0.max(0).to_string()),
                ),
                ("text".to_owned(), Json::String(note.text.clone())),
                ("signs".to_owned(), Json::Array(signs)),
            ])
        })
        .collect();
    Json::Object(vec![
        ("v".to_owned(), Json::Number(VERSION.to_string())),
        ("notes".to_owned(), Json::Array(notes)),
    ])
    .to_text()
}

/// `notes` with `note` first, at most [`MAX_NOTES`] (the oldest go); the same message kept
/// again replaces its older note.
pub fn keep(notes: &[Note], note: Note) -> Vec<Note> {
    std::iter::once(note.clone())
        .chain(notes.iter().filter(|old| old.text != note.text).cloned())
        .take(MAX_NOTES)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_read_back_as_written_and_the_newest_comes_first() {
        let first = Note::new(Day(20_000), "验证码念给我\n第二行\"引号\"", &["code-asked"]);
        let second = Note::new(Day(20_001), "保本保息", &["high-return"]);
        let notes = keep(&keep(&[], first.clone()), second.clone());
        assert_eq!(notes, [second.clone(), first.clone()]);
        assert_eq!(read(Some(&write(&notes))), Stored::Notes(notes.clone()));
        let again = keep(
            &notes,
            Note::new(Day(20_002), "验证码念给我\n第二行\"引号\"", &[]),
        );
        assert_eq!(again.len(), 2, "the same message replaces its older note");
        assert_eq!(again[0].day, Day(20_002));
    }

    #[test]
    fn at_most_so_many_notes_of_so_many_characters() {
        let mut notes = Vec::new();
        for n in 0..(MAX_NOTES + 5) {
            notes = keep(&notes, Note::new(Day(0), &n.to_string(), &[]));
        }
        assert_eq!(notes.len(), MAX_NOTES);
        assert_eq!(notes[0].text, (MAX_NOTES + 4).to_string());
        let long = Note::new(Day(0), &"字".repeat(MAX_NOTE_CHARS + 10), &[]);
        assert_eq!(long.text.chars().count(), MAX_NOTE_CHARS);
    }

    #[test]
    fn nothing_stored_is_no_notes_and_a_newer_build_is_left_alone() {
        assert_eq!(read(None), Stored::Notes(Vec::new()));
        assert_eq!(read(Some(r#"{"v":2,"notes":"?"}"#)), Stored::Newer);
        for bad in [
            "",
            "{",
            "[]",
            r#"{"v":1}"#,
            r#"{"v":1,"notes":[{"day":-1}]}"#,
            r#"{"v":0,"notes":[]}"#,
        ] {
            assert_eq!(read(Some(bad)), Stored::Unreadable, "{bad}");
        }
    }
}
