//! Audio packs for read-aloud (`scripts/audio-pack`), read against a built site's prerendered
//! pages, whose reading matter names each part's message (`prerender::reading`).
//!
//! - `audio-pack check DIR [SITE]`: the coverage of the packs in `DIR` (`DIR/<tag>/manifest.json`,
//!   as `dist/audio/`) per screen and language, and every stale or missing clip, against the
//!   pages of `SITE` (default `dist`). Fails if a manifest cannot be read or names a clip that
//!   is not there.
//! - `audio-pack demo SITE`: writes the demonstration pack into `SITE/audio/`: the help screen
//!   in Mandarin and Cantonese, spoken by Debian's espeak-ng and encoded by ffmpeg (MP3, mono,
//!   48 kbps), marked as synthetic. espeak-ng has no Tibetan voice, and reads Uyghur poorly:
//!   those languages get no demonstration clips, and say so in the app.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anxin::model::link::page_path;
use anxin::model::locale::Locale;
use anxin::model::speech::{spoken, text_hash, Clip, Manifest, AUDIO_FOLDER, MANIFEST_FILE};
use anxin::model::view::View;
use anxin::prerender::every_view;
use anxin::prerender::reading::{parts_in, SpokenPart};

/// The screens the demonstration pack covers.
const DEMO_VIEWS: [View; 1] = [View::Help];

/// The languages the demonstration pack covers, with espeak-ng's voice for each.
const DEMO_VOICES: [(Locale, &str); 2] = [(Locale::ZhHans, "cmn"), (Locale::Yue, "yue")];

/// The clips' encoding: MP3, mono, 48 kbps, which plays in WeChat on Android and iOS.
const MP3_BITRATE: &str = "48k";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["check", dir] => check(Path::new(dir), Path::new("dist")),
        ["check", dir, site] => check(Path::new(dir), Path::new(site)),
        ["demo", site] => demo(Path::new(site)),
        _ => Err("usage: audio-pack check DIR [SITE] | audio-pack demo SITE".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("audio-pack: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Every prerendered screen of `site` in `locale`, with its reading matter (screens without
/// any left out).
fn screens(site: &Path, locale: Locale) -> Result<Vec<(View, Vec<SpokenPart>)>, String> {
    let mut screens = Vec::new();
    for view in every_view() {
        let path = site.join(page_path(locale, &view));
        let html = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{}: {e} (build the site first: trunk build --release)",
                path.display()
            )
        })?;
        let mut parts = parts_in(&html);
        let mut seen = std::collections::BTreeSet::new();
        parts.retain(|part| seen.insert(part.id.clone()));
        if !parts.is_empty() {
            screens.push((view, parts));
        }
    }
    Ok(screens)
}

/// The pack of `locale` in `dir`, if it has one.
fn read_pack(dir: &Path, locale: Locale) -> Result<Option<Manifest>, String> {
    let path = dir.join(locale.tag()).join(MANIFEST_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => Manifest::parse(&text)
            .map(Some)
            .map_err(|problem| format!("{}: not a manifest ({problem:?})", path.display())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(format!("{}: {error}", path.display())),
    }
}

fn check(dir: &Path, site: &Path) -> Result<(), String> {
    let mut problems = Vec::new();
    let mut table: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut stale = Vec::new();
    let mut missing = Vec::new();
    for (column, locale) in Locale::ALL.into_iter().enumerate() {
        let pack = read_pack(dir, locale)?;
        if let Some(pack) = &pack {
            for (id, clip) in &pack.clips {
                if !dir.join(locale.tag()).join(&clip.file).is_file() {
                    problems.push(format!(
                        "{} {id}: its clip {} is not there",
                        locale.tag(),
                        clip.file
                    ));
                }
            }
        }
        for (view, parts) in screens(site, locale)? {
            let screen = view.to_param();
            let mut current = 0;
            let mut absent = Vec::new();
            for part in &parts {
                match pack.as_ref().and_then(|pack| pack.clip(&part.id)) {
                    Some(clip) if clip.is_current(&part.said) => current += 1,
                    Some(_) => stale.push(format!("{} {screen}: {}", locale.tag(), part.id)),
                    None => absent.push(part.id.as_str()),
                }
            }
            if !absent.is_empty() {
                missing.push(format!("{} {screen}: {}", locale.tag(), absent.join(" ")));
            }
            let row = table
                .entry(screen)
                .or_insert_with(|| vec![String::new(); Locale::ALL.len()]);
            row[column] = format!("{current}/{}", parts.len());
        }
    }
    println!(
        "read-aloud coverage (clips current of parts), packs in {}, pages in {}",
        dir.display(),
        site.display()
    );
    println!(
        "{:<40}{}",
        "screen",
        Locale::ALL.map(|l| format!("{:>10}", l.tag())).concat()
    );
    for (screen, row) in &table {
        println!(
            "{screen:<40}{}",
            row.iter()
                .map(|cell| format!("{cell:>10}"))
                .collect::<String>()
        );
    }
    println!(
        "\nstale (the text changed since the recording; never played): {}",
        stale.len()
    );
    for line in &stale {
        println!("  {line}");
    }
    println!("\nmissing: {} screens and languages", missing.len());
    for line in &missing {
        println!("  {line}");
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A clip's file name for message `id`.
fn file_name(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.mp3")
}

/// The length of a WAV file espeak-ng wrote, in seconds (its data over its byte rate).
fn wav_seconds(wav: &[u8]) -> Option<f64> {
    let byte_rate = u32::from_le_bytes(wav.get(28..32)?.try_into().ok()?);
    let data = wav.windows(4).position(|w| w == b"data")?;
    let size = u32::from_le_bytes(wav.get(data + 4..data + 8)?.try_into().ok()?);
    // espeak-ng writing to a pipe leaves the size at its maximum: count the bytes instead.
    let size = if size == u32::MAX || size as usize > wav.len() {
        (wav.len() - data - 8) as u32
    } else {
        size
    };
    (byte_rate > 0).then(|| f64::from(size) / f64::from(byte_rate))
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{command:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

fn demo(site: &Path) -> Result<(), String> {
    let scratch = tempdir()?;
    let mut written = 0;
    for (locale, voice) in DEMO_VOICES {
        let folder = site.join(AUDIO_FOLDER).join(locale.tag());
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        let mut manifest = Manifest {
            synthetic: true,
            clips: Vec::new(),
        };
        let screens = screens(site, locale)?;
        for (_, parts) in screens.iter().filter(|(view, _)| DEMO_VIEWS.contains(view)) {
            for part in parts {
                if manifest.clip(&part.id).is_some() {
                    continue;
                }
                let wav = scratch.join("part.wav");
                run(Command::new("espeak-ng")
                    .args(["-v", voice, "-s", "150", "-w"])
                    .arg(&wav)
                    .arg(spoken(&part.said, locale)))?;
                let seconds = wav_seconds(&std::fs::read(&wav).map_err(|e| e.to_string())?)
                    .ok_or_else(|| format!("{}: espeak-ng wrote no WAV", part.id))?;
                let file = file_name(&part.id);
                run(Command::new("ffmpeg")
                    .args(["-nostdin", "-loglevel", "error", "-y", "-i"])
                    .arg(&wav)
                    .args([
                        "-ac",
                        "1",
                        "-codec:a",
                        "libmp3lame",
                        "-b:a",
                        MP3_BITRATE,
                        "-map_metadata",
                        "-1",
                    ])
                    .arg(folder.join(&file)))?;
                manifest.clips.push((
                    part.id.clone(),
                    Clip {
                        file,
                        milliseconds: (seconds * 1000.0).round() as u32,
                        text_hash: text_hash(&part.said),
                    },
                ));
                written += 1;
            }
        }
        std::fs::write(folder.join(MANIFEST_FILE), manifest.encode() + "\n")
            .map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "audio-pack: {written} demonstration clips (espeak-ng, synthetic) in {}",
        site.join(AUDIO_FOLDER).display()
    );
    Ok(())
}

/// A fresh scratch folder.
fn tempdir() -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("anxin-audio-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}
