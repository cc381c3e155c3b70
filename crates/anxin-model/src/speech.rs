//! Read-aloud's pure side: what is spoken for a text on screen, which system voices may speak a
//! language, an audio pack's manifest with its stale rule, and the order of sources.
//!
//! A clip is recorded from a message's text as shown ([`shown_text`]); [`text_hash`] of that
//! text is kept beside it, and a clip whose message has changed since is stale: never played.

use crate::json::Json;
use crate::locale::Locale;
use anxin_content::help;

/// Where a language's audio pack is, relative to the app's root: `audio/<tag>/manifest.json`,
/// its clips beside it.
pub const AUDIO_FOLDER: &str = "audio";

/// The manifest's file name in a pack's folder.
pub const MANIFEST_FILE: &str = "manifest.json";

/// The manifest format this build reads and writes.
pub const MANIFEST_VERSION: u64 = 1;

/// The longest clip a manifest may name, in milliseconds (ten minutes).
pub const MAX_CLIP_MILLISECONDS: u64 = 600_000;

/// The longest piece of text given to a system voice at once, in characters: Chrome cuts an
/// utterance after about 15 seconds, and Mandarin is read at about four characters a second.
pub const MAX_UTTERANCE_CHARS: usize = 48;

/// The address of `locale`'s audio pack manifest, relative to the app's root.
pub fn manifest_path(locale: Locale) -> String {
    format!("{AUDIO_FOLDER}/{}/{MANIFEST_FILE}", locale.tag())
}

/// The address of a clip of `locale`'s pack, relative to the app's root.
pub fn clip_path(locale: Locale, file: &str) -> String {
    format!("{AUDIO_FOLDER}/{}/{file}", locale.tag())
}

/// Marks that steer direction but are never read: Fluent's isolation marks around placeables,
/// and the other bidi controls.
fn is_silent_mark(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` without the marks that steer direction but are never read (for the document's
/// title, the clipboard and speech).
pub fn without_direction_marks(text: &str) -> String {
    text.chars().filter(|c| !is_silent_mark(*c)).collect()
}

/// A message's text as the person reads it: direction marks gone, spaces at its ends trimmed.
/// A clip is recorded from this, and its hash is taken of this.
pub fn shown_text(text: &str) -> String {
    without_direction_marks(text).trim().to_owned()
}

/// The hash an audio pack keeps of the text a clip was recorded from: FNV-1a (64 bits) of
/// [`shown_text`]'s UTF-8, as 16 lower-case hex digits. Not a secret, only a check that the
/// text is still the same.
pub fn text_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in shown_text(text).bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// How `locale` says the digits 0 to 9 when a number is read digit by digit: in Mandarin 1 is
/// 幺, as on the phone; Cantonese says 一. Tibetan and Uyghur keep the digits, spaced, for a
/// voice to read one by one.
fn digit_words(locale: Locale) -> Option<[&'static str; 10]> {
    match locale {
        Locale::ZhHans => Some(["零", "幺", "二", "三", "四", "五", "六", "七", "八", "九"]),
        Locale::Yue => Some(["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]),
        Locale::Bo | Locale::Ug => None,
    }
}

/// Whether a run of digits is a number to read digit by digit: a phone number (five digits or
/// more, or one of the short numbers the help screen lists, such as 110), unless a unit
/// follows it (`next`: 50000元 is an amount, 2026年 a year).
fn is_phone_number(digits: &str, next: Option<char>) -> bool {
    let counted = next.is_some_and(|c| "元万千百块角%％岁年月日号天分秒个次倍位人".contains(c));
    !counted && (digits.len() >= 5 || help::PUBLIC_NUMBERS.contains(&digits))
}

/// What a system voice is given for a text on screen in `locale`: [`shown_text`], with phone
/// numbers read digit by digit (110 as 幺幺零 in Mandarin), and runs of spaces as one.
pub fn spoken(text: &str, locale: Locale) -> String {
    let shown = shown_text(text);
    let mut out = String::with_capacity(shown.len());
    let mut rest = shown.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        // A number may be written in groups: 400-820-8820, 0755 1234 5678.
        let mut end = 0;
        let mut digits = String::new();
        for (at, c) in rest.char_indices() {
            if c.is_ascii_digit() {
                digits.push(c);
                end = at + 1;
            } else if !(c == '-' || c == ' ')
                || rest[at + 1..]
                    .chars()
                    .next()
                    .is_none_or(|n| !n.is_ascii_digit())
            {
                break;
            }
        }
        let number = &rest[..end];
        if is_phone_number(&digits, rest[end..].trim_start().chars().next()) {
            match digit_words(locale) {
                Some(words) => {
                    for d in digits.bytes() {
                        out.push_str(words[usize::from(d - b'0')]);
                    }
                }
                None => {
                    let spaced: Vec<String> = digits.chars().map(String::from).collect();
                    out.push_str(&spaced.join(" "));
                }
            }
        } else {
            out.push_str(number);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a sentence ends, in the app's four languages (a full stop only before a space or
/// the end: 2.9 is one number).
fn ends_sentence(c: char, next: Option<char>) -> bool {
    match c {
        '.' => next.is_none_or(char::is_whitespace),
        _ => matches!(
            c,
            '。' | '！' | '？' | '!' | '?' | '；' | ';' | '།' | '؟' | '\n'
        ),
    }
}

/// Where a long sentence may be cut.
fn ends_clause(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '：' | ':' | '་' | '،' | ' ')
}

/// The pieces a system voice is given one at a time: sentence by sentence, a sentence longer
/// than [`MAX_UTTERANCE_CHARS`] cut at its clauses (or, with none, at that length). Joined, the
/// pieces are the text again, less spaces at their ends; none is empty.
pub fn utterances(text: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut count = 0;
    let mut last_clause: Option<(usize, usize)> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        piece.push(c);
        count += 1;
        if ends_clause(c) {
            last_clause = Some((piece.len(), count));
        }
        if ends_sentence(c, chars.peek().copied()) {
            push_piece(&mut pieces, &piece);
            piece.clear();
            count = 0;
            last_clause = None;
        } else if count >= MAX_UTTERANCE_CHARS {
            let (cut, kept) = match last_clause {
                Some((cut, at)) if at < count => (cut, count - at),
                _ => (piece.len(), 0),
            };
            let tail = piece.split_off(cut);
            push_piece(&mut pieces, &piece);
            piece = tail;
            count = kept;
            last_clause = None;
        }
    }
    push_piece(&mut pieces, &piece);
    pieces
}

fn push_piece(pieces: &mut Vec<String>, piece: &str) {
    let piece = piece.trim();
    if !piece.is_empty() {
        pieces.push(piece.to_owned());
    }
}

/// Whether a system voice whose language tag is `voice_lang` (as `SpeechSynthesisVoice.lang`
/// gives it: `zh-CN`, `cmn_CN`, `yue-HK`…) speaks `locale`. Never a voice of another language:
/// Chrome on Android lists voices whose pack is not installed, and then speaks English.
pub fn voice_speaks(voice_lang: &str, locale: Locale) -> bool {
    let tag = voice_lang.trim().to_ascii_lowercase().replace('_', "-");
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or_default();
    let rest: Vec<&str> = subtags.collect();
    let has = |subtag: &str| rest.contains(&subtag);
    match locale {
        Locale::ZhHans => match language {
            "cmn" => !has("hk") && !has("mo"),
            "zh" => {
                !(has("hk") || has("mo") || has("yue") || has("hant"))
                    && (rest.is_empty() || has("cn") || has("sg") || has("hans"))
            }
            _ => false,
        },
        Locale::Yue => {
            language == "yue" || (language == "zh" && (has("hk") || has("mo") || has("yue")))
        }
        Locale::Bo => language == "bo",
        Locale::Ug => language == "ug",
    }
}

/// A recorded clip of one message, as a pack's manifest names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Clip {
    /// The clip's file name in the pack's folder.
    pub file: String,
    /// How long it plays, in milliseconds (a whole number: the app's wasm then carries no
    /// decimal reader).
    pub milliseconds: u32,
    /// [`text_hash`] of the text it was recorded from.
    pub text_hash: String,
}

impl Clip {
    /// Whether the clip was recorded from `text` as it reads now.
    pub fn is_current(&self, text: &str) -> bool {
        self.text_hash == text_hash(text)
    }
}

/// A language's audio pack, as its `manifest.json` says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Manifest {
    /// Made by a speech synthesiser (the demonstration pack), not recorded by a person.
    pub synthetic: bool,
    /// Each recorded message's clip, by message id.
    pub clips: Vec<(String, Clip)>,
}

/// Why a manifest was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ManifestProblem {
    /// Not JSON, or not an object.
    NotJson,
    /// A `version` this build does not read.
    Version,
}

/// Whether a clip's file name is a plain name in the pack's own folder: no path, no scheme,
/// nothing hidden, an audio file.
fn is_safe_file(file: &str) -> bool {
    !file.is_empty()
        && file.len() <= 128
        && !file.starts_with('.')
        && file
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && file.ends_with(".mp3")
}

impl Manifest {
    /// Reads a manifest. A clip entry that is not well formed (a file outside the pack's
    /// folder, a length that is not a whole number of milliseconds from 1 to [`MAX_CLIP_MILLISECONDS`], a hash that
    /// is not 16 hex digits) is left out; the rest is kept.
    pub fn parse(text: &str) -> Result<Manifest, ManifestProblem> {
        let json = Json::parse(text).ok_or(ManifestProblem::NotJson)?;
        let Json::Object(_) = json else {
            return Err(ManifestProblem::NotJson);
        };
        if json.get("version").and_then(Json::as_u64) != Some(MANIFEST_VERSION) {
            return Err(ManifestProblem::Version);
        }
        let synthetic = json
            .get("synthetic")
            .and_then(Json::as_bool)
            .unwrap_or(false);
        let mut clips: Vec<(String, Clip)> = Vec::new();
        if let Some(Json::Object(entries)) = json.get("clips") {
            for (id, entry) in entries {
                let Some(clip) = Self::read_clip(entry) else {
                    continue;
                };
                if id.is_empty() || id.len() > 200 {
                    continue;
                }
                clips.retain(|(kept, _)| kept != id);
                clips.push((id.clone(), clip));
            }
        }
        Ok(Manifest { synthetic, clips })
    }

    fn read_clip(entry: &Json) -> Option<Clip> {
        let file = entry.get("file")?.as_str()?;
        let milliseconds = entry
            .get("milliseconds")?
            .as_u64()
            .filter(|ms| (1..=MAX_CLIP_MILLISECONDS).contains(ms))?;
        let hash = entry.get("text")?.as_str()?;
        let hash_ok = hash.len() == 16
            && hash
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
        (is_safe_file(file) && hash_ok).then(|| Clip {
            file: file.to_owned(),
            milliseconds: milliseconds as u32,
            text_hash: hash.to_owned(),
        })
    }

    /// The manifest as JSON, which [`Manifest::parse`] reads back equal.
    pub fn encode(&self) -> String {
        let clips = self
            .clips
            .iter()
            .map(|(id, clip)| {
                (
                    id.clone(),
                    Json::Object(vec![
                        ("file".into(), Json::String(clip.file.clone())),
                        (
                            "milliseconds".into(),
                            Json::Number(clip.milliseconds.to_string()),
                        ),
                        ("text".into(), Json::String(clip.text_hash.clone())),
                    ]),
                )
            })
            .collect();
        Json::Object(vec![
            ("version".into(), Json::Number(MANIFEST_VERSION.to_string())),
            ("synthetic".into(), Json::Bool(self.synthetic)),
            ("clips".into(), Json::Object(clips)),
        ])
        .to_text()
    }

    /// The clip of message `id`, if there is one.
    pub fn clip(&self, id: &str) -> Option<&Clip> {
        self.clips
            .iter()
            .find(|(kept, _)| kept == id)
            .map(|(_, clip)| clip)
    }

    /// The clip of message `id` if it was recorded from `text` as it reads now.
    pub fn current_clip(&self, id: &str, text: &str) -> Option<&Clip> {
        self.clip(id).filter(|clip| clip.is_current(text))
    }
}

/// What reads one part of a screen aloud, in the order they are tried.
#[derive(Clone, Debug, PartialEq)]
pub enum Source<'a> {
    /// A recorded clip of this message, recorded from the text as it reads now.
    Clip(&'a Clip),
    /// The system voice of this language.
    Voice,
    /// Neither: the part is said to be not recorded yet.
    Nothing,
}

/// The source for a part (message `id`, shown as `text`): a current clip from the pack, else the
/// system voice if one speaks the language, else nothing.
pub fn source<'a>(manifest: Option<&'a Manifest>, id: &str, text: &str, voice: bool) -> Source<'a> {
    match manifest.and_then(|manifest| manifest.current_clip(id, text)) {
        Some(clip) => Source::Clip(clip),
        None if voice => Source::Voice,
        None => Source::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolation_marks_are_never_spoken() {
        assert_eq!(shown_text(" \u{2068}张三\u{2069}，你好 "), "张三，你好");
        assert_eq!(
            spoken("\u{2068}12378\u{2069}", Locale::ZhHans),
            "幺二三七八"
        );
    }

    #[test]
    fn phone_numbers_are_read_digit_by_digit_in_each_language() {
        assert_eq!(
            spoken("马上打110报警。", Locale::ZhHans),
            "马上打幺幺零报警。"
        );
        assert_eq!(spoken("打96110", Locale::Yue), "打九六一一零");
        assert_eq!(
            spoken("400-820-8820", Locale::ZhHans),
            "四零零八二零八八二零"
        );
        assert_eq!(spoken("110", Locale::Bo), "1 1 0");
        // Amounts and counts are left to the voice.
        assert_eq!(
            spoken("转了 3000 元，20 分钟", Locale::ZhHans),
            "转了 3000 元，20 分钟"
        );
        assert_eq!(
            spoken("存了50000元，2026年", Locale::ZhHans),
            "存了50000元，2026年"
        );
    }

    #[test]
    fn a_number_followed_by_a_dash_keeps_the_dash() {
        assert_eq!(spoken("110-", Locale::ZhHans), "幺幺零-");
        assert_eq!(spoken("12 - 3", Locale::ZhHans), "12 - 3");
    }

    #[test]
    fn utterances_are_sentences_and_never_too_long() {
        assert_eq!(
            utterances("先挂电话。再打110！好吗？"),
            ["先挂电话。", "再打110！", "好吗？"]
        );
        assert_eq!(utterances("年化 2.9%. Then"), ["年化 2.9%.", "Then"]);
        let long = "一二三四五六七八九十".repeat(10);
        let pieces = utterances(&long);
        assert!(pieces
            .iter()
            .all(|p| p.chars().count() <= MAX_UTTERANCE_CHARS));
        assert_eq!(pieces.concat(), long);
        let clauses = format!("{}，{}。", "甲".repeat(30), "乙".repeat(30));
        assert_eq!(
            utterances(&clauses),
            [
                format!("{}，", "甲".repeat(30)),
                format!("{}。", "乙".repeat(30))
            ]
        );
    }

    #[test]
    fn voices_are_matched_by_language_never_another() {
        for tag in [
            "zh-CN",
            "cmn-CN",
            "cmn_CN",
            "zh-Hans-CN",
            "zh",
            "zh-SG",
            "cmn-Hans-CN",
        ] {
            assert!(voice_speaks(tag, Locale::ZhHans), "{tag}");
        }
        for tag in [
            "zh-HK",
            "yue-HK",
            "en-US",
            "zh-TW",
            "zh-Hant-TW",
            "yue",
            "",
            "cmn-HK",
        ] {
            assert!(!voice_speaks(tag, Locale::ZhHans), "{tag}");
        }
        for tag in ["yue-HK", "zh-HK", "yue", "zh-yue", "yue-Hant-HK", "zh_HK"] {
            assert!(voice_speaks(tag, Locale::Yue), "{tag}");
        }
        for tag in ["zh-CN", "en-GB", "cmn-CN"] {
            assert!(!voice_speaks(tag, Locale::Yue), "{tag}");
        }
        for locale in Locale::ALL {
            for other in ["en-US", "en", "ar-SA", "und", "hi-IN"] {
                assert!(!voice_speaks(other, locale), "{other} for {locale:?}");
            }
        }
        assert!(voice_speaks("bo-CN", Locale::Bo) && !voice_speaks("zh-CN", Locale::Bo));
        assert!(voice_speaks("ug", Locale::Ug) && !voice_speaks("ar", Locale::Ug));
    }

    fn manifest_with(text: &str) -> Manifest {
        Manifest {
            synthetic: false,
            clips: vec![(
                "help-title".into(),
                Clip {
                    file: "help-title.mp3".into(),
                    milliseconds: 1500,
                    text_hash: text_hash(text),
                },
            )],
        }
    }

    #[test]
    fn a_clip_whose_text_changed_is_stale_and_never_chosen() {
        let manifest = manifest_with("求助");
        assert!(matches!(
            source(Some(&manifest), "help-title", "\u{2068}求助\u{2069}", false),
            Source::Clip(_)
        ));
        assert_eq!(
            source(Some(&manifest), "help-title", "求助电话", true),
            Source::Voice
        );
        assert_eq!(
            source(Some(&manifest), "help-title", "求助电话", false),
            Source::Nothing
        );
        assert_eq!(source(None, "help-title", "求助", false), Source::Nothing);
        assert_eq!(
            source(Some(&manifest), "other", "求助", true),
            Source::Voice
        );
    }

    #[test]
    fn a_manifest_reads_back_what_it_wrote() {
        let manifest = manifest_with("求助");
        assert_eq!(Manifest::parse(&manifest.encode()), Ok(manifest));
    }

    #[test]
    fn a_manifest_keeps_only_well_formed_clips() {
        let hash = text_hash("求助");
        let text = format!(
            r#"{{"version":1,"synthetic":true,"clips":{{
              "a":{{"file":"a.mp3","milliseconds":2000,"text":"{hash}"}},
              "b":{{"file":"../b.mp3","milliseconds":2000,"text":"{hash}"}},
              "c":{{"file":"https://x.example/c.mp3","milliseconds":2000,"text":"{hash}"}},
              "d":{{"file":"d.mp3","milliseconds":-1,"text":"{hash}"}},
              "e":{{"file":"e.mp3","milliseconds":2000,"text":"nothex"}},
              "f":{{"file":"f.mp3","milliseconds":1e9,"text":"{hash}"}}
            }}}}"#
        );
        let manifest = Manifest::parse(&text).unwrap();
        assert!(manifest.synthetic);
        assert_eq!(
            manifest
                .clips
                .iter()
                .map(|(id, _)| id.as_str())
                .collect::<Vec<_>>(),
            ["a"]
        );
        assert_eq!(Manifest::parse("[]"), Err(ManifestProblem::NotJson));
        assert_eq!(
            Manifest::parse(r#"{"version":2,"clips":{}}"#),
            Err(ManifestProblem::Version)
        );
    }

    #[test]
    fn paths_name_the_language() {
        assert_eq!(manifest_path(Locale::Bo), "audio/bo/manifest.json");
        assert_eq!(clip_path(Locale::Yue, "a.mp3"), "audio/yue/a.mp3");
    }
}
