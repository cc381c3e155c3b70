//! Writes every screen in every language as a prerendered page into Trunk's output folder
//! (`$TRUNK_STAGING_DIR`, or the folder given as the first argument): `<locale>/<screen>.html`,
//! and Mandarin home again as the root `index.html`. Message files are read from that folder's
//! `locales/`, exactly as the browser will fetch them. Also cuts each question's daily file
//! from the quiz's (`locales/<tag>/daily/<question>.ftl`). Every page carries the app's
//! stylesheet. With `PARTNER_FILE` set, the partner's file is checked (any error stops the
//! build), copied to `partner.json` and built into every page. Writes the embedding loader,
//! `embed.js`, with the app's route table, and an audio pack manifest with no clips for every
//! language (`audio/<tag>/manifest.json`). Fails on any missing message or any stylesheet
//! stylist cannot read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use anxin::content::quiz::QUESTIONS;
use anxin::i18n::{
    daily_file, daily_path, ftl_path, strip_isolation_marks, Localizer, MissLog, Resource,
};
use anxin::model::handout::{self, Leaflet, Paper, PrintSize};
use anxin::model::json::Json;
use anxin::model::link::page_path;
use anxin::model::locale::Locale;
use anxin::model::offline::not_ready_page;
use anxin::model::partner::{Partner, Severity};
use anxin::model::progress::Day;
use anxin::model::speech::{Manifest, AUDIO_FOLDER, MANIFEST_FILE};
use anxin::model::view::{Entry, View};
use anxin::prerender::{
    build_folder, embed_script, every_view, fill_template, offline, page_catalog, print_catalog,
    qr, render_print_page, render_view, Placement,
};
use anxin::theme::stylesheet;

fn main() -> ExitCode {
    let Some(out) = build_folder() else {
        eprintln!("prerender: give the output folder, or run from Trunk");
        return ExitCode::FAILURE;
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    match runtime.block_on(write_pages(&out)) {
        Ok(count) => {
            println!("prerender: {count} pages in {}", out.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The general build's `partner.json`: no partner.
const NO_PARTNER: &str = "null\n";

/// The partner file named by `PARTNER_FILE`, checked, and copied to the output's
/// `partner.json` (without one, a `partner.json` saying there is none); a file with any error
/// stops the build, with every problem named.
fn built_partner(out: &Path) -> Result<Option<(Rc<Partner>, String)>, String> {
    let Some(path) = std::env::var_os("PARTNER_FILE").filter(|path| !path.is_empty()) else {
        // The general build's file says there is no partner, so no page asks for a missing
        // file (and logs its 404); a partner replaces it with its own.
        std::fs::write(out.join("partner.json"), NO_PARTNER)
            .map_err(|e| format!("partner.json: {e}"))?;
        return Ok(None);
    };
    let path = PathBuf::from(path);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("PARTNER_FILE {}: {e}", path.display()))?;
    let checked = Partner::check(&text);
    let notes: Vec<String> = checked
        .notes
        .iter()
        .map(|note| {
            let kind = match note.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            format!("  {kind}: {}: {}", note.field, note.message)
        })
        .collect();
    let Some(partner) = checked.partner else {
        return Err(format!(
            "PARTNER_FILE {} is not valid (scripts/check-partner says the same):\n{}",
            path.display(),
            notes.join("\n")
        ));
    };
    for note in &notes {
        eprintln!("prerender: PARTNER_FILE{note}");
    }
    std::fs::write(out.join("partner.json"), &text).map_err(|e| format!("partner.json: {e}"))?;
    Ok(Some((Rc::new(partner), text)))
}

async fn write_pages(out: &Path) -> Result<usize, String> {
    let site = qr::site_url(std::env::var("SITE_URL").ok().as_deref())?;
    let partner = built_partner(out)?;
    let read =
        |path: &str| std::fs::read_to_string(out.join(path)).map_err(|e| format!("{path}: {e}"));
    std::fs::write(out.join("embed.js"), embed_script(read)?)
        .map_err(|e| format!("embed.js: {e}"))?;
    write_schemas(out)?;
    write_empty_audio_packs(out)?;
    let template_path = out.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("{}: {e}", template_path.display()))?;
    let stylesheets = Entry::ALL
        .into_iter()
        .map(|entry| Ok((entry, stylesheet(entry)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let read =
        |path: &str| std::fs::read_to_string(out.join(path)).map_err(|e| format!("{path}: {e}"));
    let mut count = 0;
    for locale in Locale::ALL {
        write_daily_files(out, locale, read)?;
        std::fs::create_dir_all(out.join(locale.tag())).map_err(|e| e.to_string())?;
        for view in every_view() {
            let (catalog, files) = page_catalog(locale, &view, read)?;
            let built = partner.as_ref().map(|(partner, _)| partner.clone());
            let rendered = render_view(locale, &view, catalog, files, built).await;
            if let Some(miss) = rendered.misses.first() {
                return Err(format!("{}: {miss}", page_path(locale, &view)));
            }
            let write = |path: &str, placement| {
                let file = partner
                    .as_ref()
                    .map(|(partner, text)| (&**partner, text.as_str()));
                let stylesheet = stylesheets
                    .iter()
                    .find_map(|(entry, css)| (*entry == rendered.entry).then_some(css.as_str()))
                    .ok_or("every entry has its stylesheet")?;
                let page =
                    fill_template(&template, stylesheet, locale, placement, &rendered, file)?;
                std::fs::write(out.join(path), page).map_err(|e| format!("{path}: {e}"))
            };
            write(&page_path(locale, &view), Placement::InLocaleFolder)?;
            count += 1;
            if locale == Locale::ZhHans && view == View::Home {
                write("index.html", Placement::Root)?;
                count += 1;
            }
        }
        write_offline_files(out, locale, read)?;
    }
    draw_icons(out)?;
    let stylesheet = stylesheets
        .iter()
        .find_map(|(entry, css)| (*entry == Entry::Workshop).then_some(css.as_str()))
        .ok_or("the workshop's entry has its stylesheet")?;
    write_print_pages(
        out,
        &template,
        stylesheet,
        partner.as_ref(),
        site.as_deref(),
        read,
    )
    .await?;
    Ok(count)
}

/// Writes the page each leaflet's PDFs are printed from in each pairing
/// (`handout::print_page_path`) and `handouts-print/manifest.json`, which lists every PDF to
/// make from them: its page, its path, its paper and print size, and the most pages it may
/// take. `tools/handouts.mjs` prints them; the end-to-end tests check the PDFs against it.
async fn write_print_pages(
    out: &Path,
    template: &str,
    stylesheet: &str,
    partner: Option<&(Rc<Partner>, String)>,
    site: Option<&str>,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(), String> {
    let mut pdfs = Vec::new();
    for pairing in handout::pairings() {
        std::fs::create_dir_all(out.join(handout::PRINT_FOLDER).join(pairing.folder()))
            .map_err(|e| e.to_string())?;
        for (leaflet, id) in Leaflet::all().into_iter().zip(handout::ids()) {
            let view = View::Handout(id.to_owned());
            let catalog = print_catalog(pairing, &view, &read)?;
            let built = partner.map(|(partner, _)| partner.clone());
            let mut rendered = render_print_page(pairing, &view, catalog.clone(), built).await;
            let page = handout::print_page_path(id, pairing);
            if let Some(miss) = rendered.misses.first() {
                return Err(format!("{page}: {miss}"));
            }
            // The PDF's title (its page's): the leaflet's name, in its first language.
            let first = Localizer::new(&catalog, pairing.first, false, MissLog::new(|_| {}));
            rendered.title = strip_isolation_marks(&first.text(&leaflet.title_message()));
            if let Some(site) = site {
                // The way back from paper: the leaflet's own page in its language.
                let url = qr::page_url(site, pairing.first, &view);
                let labels: Vec<(Locale, String)> = pairing
                    .locales()
                    .into_iter()
                    .map(|locale| {
                        let misses = MissLog::new(|_| {});
                        let words =
                            Localizer::new(&catalog, locale, false, misses).text("handout-qr");
                        (locale, words)
                    })
                    .collect();
                let block = qr::qr_block(&qr::qr_svg(&url)?, &url, &labels);
                let end = rendered
                    .body
                    .rfind("</article>")
                    .ok_or("a leaflet's page has its sheet")?;
                rendered.body.insert_str(end, &block);
            }
            let html = fill_template(
                template,
                stylesheet,
                pairing.first,
                Placement::Print,
                &rendered,
                partner.map(|(partner, text)| (&**partner, text.as_str())),
            )?;
            std::fs::write(out.join(&page), html).map_err(|e| format!("{page}: {e}"))?;
            for paper in Paper::ALL {
                for size in PrintSize::ALL {
                    let text = |text: &str| Json::String(text.to_owned());
                    let (width, height) = paper.millimetres();
                    pdfs.push(Json::Object(vec![
                        ("page".into(), text(&page)),
                        (
                            "pdf".into(),
                            text(&handout::pdf_path(id, pairing, paper, size)),
                        ),
                        ("leaflet".into(), text(id)),
                        ("first".into(), text(pairing.first.tag())),
                        (
                            "beside".into(),
                            pairing.beside.map_or(Json::Null, |l| text(l.tag())),
                        ),
                        ("paper".into(), text(paper.name())),
                        ("width_mm".into(), Json::Number(width.to_string())),
                        ("height_mm".into(), Json::Number(height.to_string())),
                        ("large".into(), Json::Bool(size == PrintSize::Large)),
                        (
                            "most_pages".into(),
                            Json::Number(
                                leaflet
                                    .most_pages(paper, size, pairing.beside.is_some())
                                    .to_string(),
                            ),
                        ),
                    ]));
                }
            }
        }
    }
    let manifest = Json::Object(vec![
        (
            "margin_mm".into(),
            Json::Number(handout::MARGIN_MM.to_string()),
        ),
        ("pdfs".into(), Json::Array(pdfs)),
    ]);
    let path = format!("{}/manifest.json", handout::PRINT_FOLDER);
    std::fs::write(out.join(&path), manifest.to_text()).map_err(|e| format!("{path}: {e}"))
}

/// Draws the manifests' icons (`offline::ICONS`) from the build's favicon with librsvg's
/// `rsvg-convert`: the favicon itself at each size, and for a maskable icon the favicon's
/// drawing inside the safe circle on a full square of its own background colour.
fn draw_icons(out: &Path) -> Result<(), String> {
    let favicon = std::fs::read_dir(out)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("favicon") && name.ends_with(".svg")
        })
        .ok_or("no favicon*.svg in the build")?;
    let svg = std::fs::read_to_string(&favicon).map_err(|e| e.to_string())?;
    let maskable = offline::maskable_icon(&svg)?;
    for (file, size, purpose) in offline::ICONS {
        let source = if purpose == "maskable" {
            maskable.as_str()
        } else {
            svg.as_str()
        };
        let mut child = std::process::Command::new("rsvg-convert")
            .args([
                "--width",
                &size.to_string(),
                "--height",
                &size.to_string(),
                "--format",
                "png",
                "--output",
            ])
            .arg(out.join(file))
            .stdin(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| format!("rsvg-convert (scripts/setup installs librsvg2-bin): {e}"))?;
        std::io::Write::write_all(
            &mut child.stdin.take().ok_or("rsvg-convert's input")?,
            source.as_bytes(),
        )
        .map_err(|e| e.to_string())?;
        let status = child.wait().map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("rsvg-convert failed on {file}"));
        }
    }
    Ok(())
}

/// Writes `locale`'s web app manifest and the page the service worker shows for a screen in
/// `locale` that was not prepared for offline use.
fn write_offline_files(
    out: &Path,
    locale: Locale,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(), String> {
    let localizer = |locale| -> Result<Localizer, String> {
        let (catalog, _) = page_catalog(locale, &View::Home, &read)?;
        Ok(Localizer::new(
            &catalog,
            locale,
            false,
            MissLog::new(|_| {}),
        ))
    };
    let i18n = localizer(locale)?;
    let manifest = format!("{}/{}", locale.tag(), offline::MANIFEST_FILE);
    std::fs::write(out.join(&manifest), offline::web_manifest(locale, &i18n))
        .map_err(|e| format!("{manifest}: {e}"))?;
    let homes = Locale::ALL
        .into_iter()
        .map(|home| {
            let label = if home == locale {
                format!(
                    "{} · {}",
                    home.autonym(),
                    i18n.text("offline-not-ready-home")
                )
            } else {
                home.autonym().to_owned()
            };
            (home, label)
        })
        .collect::<Vec<_>>();
    let page = not_ready_page(locale);
    std::fs::write(out.join(&page), offline::not_ready(locale, &i18n, &homes))
        .map_err(|e| format!("{page}: {e}"))
}

/// An audio pack manifest with no clips for every language (`audio/<tag>/manifest.json`), so a
/// screen's read-aloud always finds one: a deployer's pack, or the release build's
/// demonstration pack (`src/bin/audio-pack.rs`), replaces it.
fn write_empty_audio_packs(out: &Path) -> Result<(), String> {
    for locale in Locale::ALL {
        let folder = out.join(AUDIO_FOLDER).join(locale.tag());
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        let path = folder.join(MANIFEST_FILE);
        std::fs::write(&path, Manifest::default().encode() + "\n")
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The JSON Schemas of the partner file and of the messages, beside the playground
/// (`embed/`), whose partner-file checker reads the first.
fn write_schemas(out: &Path) -> Result<(), String> {
    let folder = out.join("embed");
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for (name, schema) in [
        (
            "partner.schema.json",
            include_str!("../../schemas/partner.schema.json"),
        ),
        (
            "messages.schema.json",
            include_str!("../../schemas/messages.schema.json"),
        ),
    ] {
        std::fs::write(folder.join(name), schema).map_err(|e| format!("embed/{name}: {e}"))?;
    }
    Ok(())
}

/// Writes the daily file of every question in `locale`, if it has its own quiz file.
fn write_daily_files(
    out: &Path,
    locale: Locale,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(), String> {
    if !Resource::Daily.is_translated(locale) {
        return Ok(());
    }
    let quiz = read(&ftl_path(locale, Resource::Quiz, Day(0)))?;
    for question in QUESTIONS {
        let path = out.join(daily_path(locale, question.id));
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&path, daily_file(&quiz, question))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
