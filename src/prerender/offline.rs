//! What offline use and installing need from the prerender: each language's web app manifest
//! (`<tag>/manifest.webmanifest`, its name and the theme's colours, opening that language's
//! home) and the page the service worker answers with when a screen was not prepared
//! (`offline-<tag>.html`, in that language, with a way home in each).

use super::{escape_text, WEB_FONTS};
use crate::i18n::{strip_isolation_marks, Localizer};
use crate::model::json::Json;
use crate::model::locale::Locale;
use crate::theme::{font_stack, palette, tibetan_leading, Mode};

/// The icons every manifest names, made from the favicon at build time (`tools/post-build.mjs`):
/// file at the app's root, size in pixels, purpose.
pub const ICONS: [(&str, u32, &str); 3] = [
    ("icon-192.png", 192, "any"),
    ("icon-512.png", 512, "any"),
    ("icon-maskable-512.png", 512, "maskable"),
];

/// A maskable icon from the favicon's SVG: a full square of the colour of the favicon's first
/// `fill` (its background), with the whole favicon scaled into the central 60% (inside the
/// safe circle every platform's mask keeps).
pub fn maskable_icon(favicon: &str) -> Result<String, String> {
    let fill = favicon
        .split("fill=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("the favicon names no fill colour")?;
    let open_end = favicon.find('>').ok_or("the favicon is no SVG")?;
    let view_box = favicon[..open_end]
        .split("viewBox=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("the favicon has no viewBox")?;
    let size: Vec<f64> = view_box
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    let [x, y, width, height] = size[..] else {
        return Err("the favicon's viewBox is not four numbers".into());
    };
    let inner = favicon[open_end + 1..]
        .rsplit_once("</svg>")
        .map(|(inner, _)| inner)
        .ok_or("the favicon's <svg> is not closed")?;
    Ok(format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x} {y} {width} {height}"><rect x="{x}" y="{y}" width="{width}" height="{height}" fill="{fill}"/><g transform="translate({} {}) scale(0.6)">{inner}</g></svg>"#,
        x + width * 0.2 - x * 0.6,
        y + height * 0.2 - y * 0.6,
    ))
}

/// The file name of `locale`'s manifest, in its folder.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// `locale`'s web app manifest, written in `<tag>/` so that its URLs are relative to that
/// folder: it opens the language's home, and its scope is the whole app.
pub fn web_manifest(locale: Locale, i18n: &Localizer) -> String {
    let colors = palette(Mode::Standard);
    let text = |value: String| Json::String(strip_isolation_marks(&value));
    let icons = ICONS
        .iter()
        .map(|(file, size, purpose)| {
            Json::Object(vec![
                ("src".into(), Json::String(format!("../{file}"))),
                ("sizes".into(), Json::String(format!("{size}x{size}"))),
                ("type".into(), Json::String("image/png".into())),
                ("purpose".into(), Json::String((*purpose).into())),
            ])
        })
        .collect();
    Json::Object(vec![
        ("name".into(), text(i18n.text("app-name"))),
        ("short_name".into(), text(i18n.text("app-name"))),
        ("description".into(), text(i18n.text("home-intro"))),
        ("lang".into(), Json::String(locale.tag().into())),
        (
            "dir".into(),
            Json::String(locale.direction().as_str().into()),
        ),
        ("start_url".into(), Json::String("index.html".into())),
        ("scope".into(), Json::String("../".into())),
        ("display".into(), Json::String("standalone".into())),
        ("background_color".into(), Json::String(colors.page.into())),
        ("theme_color".into(), Json::String(colors.primary.into())),
        ("icons".into(), Json::Array(icons)),
    ])
    .to_text()
}

/// The page for a screen in `locale` that was not prepared for offline use: what happened and
/// what to do next time online, and each language's home (whichever was prepared opens). No
/// script; `<base href="./">`, which the worker points at the app's root.
pub fn not_ready(locale: Locale, i18n: &Localizer, homes: &[(Locale, String)]) -> String {
    let colors = palette(Mode::Elder);
    let text = |id: &str| escape_text(&strip_isolation_marks(&i18n.text(id)));
    let faces: String = WEB_FONTS
        .iter()
        .map(|font| {
            format!(
                r#"@font-face{{font-family:"{}";font-weight:{};src:url("{}") format("woff2");unicode-range:{}}}"#,
                font.family,
                font.weight,
                font.full.unwrap_or(font.text),
                font.range
            )
        })
        .collect();
    let links: String = homes
        .iter()
        .map(|(home, label)| {
            format!(
                r#"<li><a href="{}/index.html" lang="{}" dir="{}">{}</a></li>"#,
                home.tag(),
                home.tag(),
                home.direction().as_str(),
                escape_text(label)
            )
        })
        .collect();
    let title = text("offline-not-ready-title");
    format!(
        r#"<!doctype html><html lang="{tag}" dir="{dir}"><head><meta charset="utf-8"><base href="./"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><meta content="default-src 'self'; style-src 'unsafe-inline'; script-src 'none'; base-uri 'self'" http-equiv="Content-Security-Policy"><title>{title}</title><style>{faces}body{{margin:0;padding:24px 16px;font:20px/{leading} {stack};color:{ink};background:{page}}}main{{max-width:36rem;margin:0 auto}}h1{{font-size:28px;line-height:{leading};color:{primary}}}ul{{list-style:none;padding:0;display:grid;gap:12px}}a{{display:flex;align-items:center;min-height:60px;box-sizing:border-box;padding:10px 16px;border:2px solid {primary};border-radius:12px;color:{primary};background:{surface};font-weight:700;text-decoration:none;font-family:{stack}}}a:focus-visible{{outline:4px solid {focus};outline-offset:3px}}</style></head><body><main data-testid="offline-not-ready"><h1>{title}</h1><p>{body}</p><ul>{links}</ul></main></body></html>"#,
        tag = locale.tag(),
        dir = locale.direction().as_str(),
        body = text("offline-not-ready-body"),
        stack = font_stack(locale),
        leading = if locale == Locale::Bo {
            tibetan_leading(Mode::Elder)
        } else {
            1.7
        },
        ink = colors.text,
        page = colors.page,
        primary = colors.primary,
        surface = colors.surface,
        focus = colors.focus,
    )
}
