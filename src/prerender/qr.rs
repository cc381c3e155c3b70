//! A way back from paper: when the build knows the deployment's address (`SITE_URL`), each
//! leaflet's print page, and so its PDFs, ends with a QR code of the leaflet's own page in its
//! language, drawn at build time by the `qrcode` crate as an SVG path. Without the address the
//! page has none (and nothing broken in its place).

use qrcode::render::svg;
use qrcode::QrCode;

use crate::model::link::page_path;
use crate::model::locale::Locale;
use crate::model::view::View;

/// The deployment's address as `SITE_URL` gives it, checked: an `https://` (or `http://`)
/// address, ending in `/` (added if missing). `Ok(None)` when it is not set; an error the
/// build stops on when it is set to something else.
pub fn site_url(value: Option<&str>) -> Result<Option<String>, String> {
    let Some(value) = value.map(str::trim).filter(|value| !value.is_empty()) else {
        return Ok(None);
    };
    let scheme_ok = value.starts_with("https://") || value.starts_with("http://");
    let host = value.split_once("://").map_or("", |(_, rest)| rest);
    if !scheme_ok || host.is_empty() || host.starts_with('/') || value.contains(char::is_whitespace)
    {
        return Err(format!(
            "SITE_URL {value:?} is not the address of a site (https://example.org/anxin/)"
        ));
    }
    Ok(Some(if value.ends_with('/') {
        value.to_owned()
    } else {
        format!("{value}/")
    }))
}

/// The address of `view`'s page in `locale` under the site at `site` (as [`site_url`] gives it).
pub fn page_url(site: &str, locale: Locale, view: &View) -> String {
    format!("{site}{}", page_path(locale, view))
}

/// The QR code of `url` as an inline SVG element (no XML prolog), black on white with its
/// quiet zone, sized by the theme.
pub fn qr_svg(url: &str) -> Result<String, String> {
    let code = QrCode::new(url.as_bytes()).map_err(|e| format!("QR code of {url}: {e}"))?;
    let image = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .build();
    image
        .find("<svg")
        .map(|start| {
            image[start..].replacen("<svg ", "<svg class=\"qr-code\" aria-hidden=\"true\" ", 1)
        })
        .ok_or_else(|| "the QR code's SVG has no <svg>".to_owned())
}

/// The block a print page ends with: the QR code of `url`, and beside it, in each of the
/// page's languages (`labels`: each language with its words), what to do with it and the
/// address itself.
pub fn qr_block(svg: &str, url: &str, labels: &[(Locale, String)]) -> String {
    let columns: String = labels
        .iter()
        .map(|(locale, label)| {
            format!(
                r#"<div lang="{}" dir="{}" class="column"><p>{}</p><p class="url" dir="ltr">{}</p></div>"#,
                locale.tag(),
                locale.direction().as_str(),
                super::escape_text(label),
                super::escape_text(url)
            )
        })
        .collect();
    format!(r#"<section class="block qr">{svg}{columns}</section>"#)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the QR code of `url` back, module by module, as a scanner would.
    fn read_back(url: &str) -> String {
        let code = QrCode::new(url.as_bytes()).unwrap();
        let width = code.width();
        let colors = code.to_colors();
        // Four modules of quiet zone, four pixels a module.
        let scale = 4;
        let size = (width + 8) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
            let (mx, my) = ((x / scale).wrapping_sub(4), (y / scale).wrapping_sub(4));
            let dark = mx < width && my < width && colors[my * width + mx] == qrcode::Color::Dark;
            if dark {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().unwrap().1
    }

    #[test]
    fn a_leaflets_code_reads_back_as_its_page_in_its_language() {
        let site = site_url(Some("https://anxin.example.org/app"))
            .unwrap()
            .unwrap();
        assert_eq!(site, "https://anxin.example.org/app/");
        let url = page_url(&site, Locale::Bo, &View::Handout("agent-surrender".into()));
        assert_eq!(
            url,
            "https://anxin.example.org/app/bo/handout.agent-surrender.html"
        );
        assert_eq!(read_back(&url), url);
        let svg = qr_svg(&url).unwrap();
        assert!(svg.starts_with("<svg class=\"qr-code\""), "{svg}");
        assert!(!svg.contains("<?xml"));
    }

    #[test]
    fn only_an_address_of_a_site_is_taken() {
        assert_eq!(site_url(None), Ok(None));
        assert_eq!(site_url(Some("  ")), Ok(None));
        for bad in [
            "example.org",
            "ftp://example.org/",
            "https://",
            "https:///x",
            "https://a b/",
        ] {
            assert!(site_url(Some(bad)).is_err(), "{bad}");
        }
    }
}
