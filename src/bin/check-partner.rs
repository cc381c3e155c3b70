//! `check-partner FILE` (run by `scripts/check-partner`): checks a partner file as the app
//! reads it, and, once the rest is valid, that its logo is an SVG file beside it. Prints every problem on a line of its
//! own (`error: colors: …`, `warning: …`); for a valid file, says so and gives the
//! `frame-ancestors` part of the server's Content-Security-Policy that lets its hosts embed
//! the app. Exits 0 for a valid file (warnings allowed), 1 for one with errors, 2 when the
//! file cannot be read.

use std::path::Path;
use std::process::ExitCode;

use anxin::model::partner::{Note, Partner, Severity};

/// How much of a logo file is read to see whether it is an SVG.
const SNIFF_BYTES: usize = 64 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file] = args.as_slice() else {
        eprintln!("usage: check-partner FILE");
        return ExitCode::from(2);
    };
    let path = Path::new(file);
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("cannot read {file}: {error}");
            return ExitCode::from(2);
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        println!("error: the file is not UTF-8 text: save it as UTF-8");
        return ExitCode::from(1);
    };
    let checked = Partner::check(&text);
    let mut notes = checked.notes;
    // The logo file is looked at once the rest of the file is valid.
    let logo = checked
        .partner
        .as_ref()
        .and_then(|partner| partner.logo.clone());
    if let Some(logo) = logo {
        let folder = path.parent().unwrap_or(Path::new("."));
        notes.extend(logo_problem(&folder.join(&logo), &logo));
    }
    for note in &notes {
        let severity = match note.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        println!("{severity}: {note}");
    }
    let refused = notes.iter().any(|note| note.severity == Severity::Error);
    match checked.partner {
        Some(partner) if !refused => {
            println!("{} is valid", name(path));
            println!(
                "To let its hosts embed the app, the server's Content-Security-Policy header \
                 (deploy/nginx.conf) ends with:"
            );
            let mut ancestors = vec!["'self'".to_owned()];
            ancestors.extend(partner.hosts.iter().cloned());
            println!(
                "  add_header Content-Security-Policy \"… frame-ancestors {}\" always;",
                ancestors.join(" ")
            );
            if partner.hosts.is_empty() {
                println!(
                    "(no hosts are listed: no other site may embed the app or receive its events)"
                );
            }
            ExitCode::SUCCESS
        }
        _ => ExitCode::from(1),
    }
}

/// The file's name as the "is valid" line gives it.
fn name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// What is wrong with the logo file at `path`, if anything.
fn logo_problem(path: &Path, logo: &str) -> Option<Note> {
    let problem = match std::fs::read(path) {
        Err(error) => Some(format!(
            "there is no readable file {logo} beside the partner file ({error})"
        )),
        Ok(bytes) => {
            let head =
                String::from_utf8_lossy(&bytes[..bytes.len().min(SNIFF_BYTES)]).to_lowercase();
            if !head.contains("<svg") {
                Some(format!(
                    "{logo} does not look like an SVG file: it has no <svg element"
                ))
            } else if head.contains("<script")
                || head.contains("javascript:")
                || head.contains("<foreignobject")
            {
                Some(format!(
                    "{logo} contains a script or embedded HTML: shown as an image it would not \
                     run, but opened on its own it would run on this site; remove it"
                ))
            } else {
                None
            }
        }
    };
    problem.map(|message| Note {
        field: "logo".to_owned(),
        severity: Severity::Error,
        message,
    })
}
