//! `check-partner FILE` (run by `scripts/check-partner`): checks a partner file as the app
//! reads it, and, once the rest is valid, that its logo is an SVG file beside it. Prints every problem on a line of its
//! own (`error: colors: …`, `warning: …`); for a valid file, says so and gives the
//! `frame-ancestors` part of the server's Content-Security-Policy that lets its hosts embed
//! the app. Exits 0 for a valid file (warnings allowed), 1 for one with errors, 2 when the
//! file cannot be read.

use std::path::Path;
use std::process::ExitCode;

use anxin::model::partner::{logo_problem, Partner, Severity};

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
        let file = std::fs::read(folder.join(&logo)).ok();
        notes.extend(logo_problem(&logo, file.as_deref()));
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
                    "(no hosts are listed: no other site may embed the app, and a page on one would get \
                     only ready, resize and close)"
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
