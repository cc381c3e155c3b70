//! Build time (feature `ssr`): the app's stylesheet, written by stylist from the table of
//! [`STYLESHEETS`]. The prerender puts it into every page's `<head>`, with the sheets of the
//! page's entry only; the wasm has none of it.

use std::str::FromStr;

use stylist::ast::{Sheet, ToStyleStr};

use super::styles::{page_box_rule, Stylesheet, STYLESHEETS};
use crate::model::view::Entry;

/// The CSS of the pages of `entry`: each sheet of [`STYLESHEETS`] that its pages carry, read by
/// stylist, in order, each scoped under its class (page-wide rules written as they are). The
/// error names the first sheet stylist cannot read, and why.
pub fn stylesheet(entry: Entry) -> Result<String, String> {
    let sheets = STYLESHEETS
        .iter()
        .filter(|sheet| sheet.only.is_none_or(|only| entry.carries(only)));
    Ok(write_sheets(sheets)? + &page_box_rule())
}

/// `sheets` as one CSS, as [`stylesheet`] writes them.
fn write_sheets<'a>(sheets: impl IntoIterator<Item = &'a Stylesheet>) -> Result<String, String> {
    sheets
        .into_iter()
        .map(|sheet| {
            let parsed = Sheet::from_str(sheet.source).map_err(|error| {
                format!("the {} stylesheet: {error}", sheet.class.unwrap_or("page"))
            })?;
            Ok(parsed.to_style_str(sheet.class))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::styles::WORKSHOP;

    #[test]
    fn every_sheet_reads_and_is_scoped_under_its_class() {
        let mut classes = Vec::new();
        for sheet in STYLESHEETS {
            let Some(class) = sheet.class else { continue };
            let css = stylesheet(sheet.only.unwrap_or(Entry::App)).expect("every sheet reads");
            let scoped = write_sheets(std::slice::from_ref(sheet)).unwrap();
            assert!(css.contains(&scoped), "{class} is in the stylesheet");
            let selectors = scoped
                .lines()
                .filter(|line| line.ends_with('{') && !line.trim_start().starts_with('@'));
            for selector in selectors {
                assert!(
                    selector
                        .split(", ")
                        .all(|part| part.trim_start().starts_with(&format!(".{class}"))),
                    "{selector} of {class} is not under .{class}"
                );
            }
            classes.push(class);
        }
        let unique: std::collections::BTreeSet<_> = classes.iter().collect();
        assert_eq!(unique.len(), classes.len(), "no two sheets share a class");
        assert!(classes.iter().all(|class| class.starts_with("ax-")));
        for entry in Entry::ALL {
            let css = stylesheet(entry).expect("every sheet reads");
            assert!(
                css.contains(".ax-button {"),
                "the page-wide rules come as they are"
            );
            assert!(!css.contains("</"), "nothing can close the page's <style>");
        }
    }

    #[test]
    fn the_workshops_rules_are_only_in_the_workshops_pages() {
        let workshop = format!(".{WORKSHOP}");
        assert!(stylesheet(Entry::Workshop).unwrap().contains(&workshop));
        let app = stylesheet(Entry::App).unwrap();
        assert!(!app.contains(&workshop));
        assert!(app.contains(".ax-shell"));
    }

    #[test]
    fn a_sheet_stylist_cannot_read_is_named() {
        let broken = [Stylesheet {
            class: Some("ax-broken"),
            source: "color: red; .inner { color: blue;",
            only: None,
        }];
        let error = write_sheets(&broken).unwrap_err();
        assert!(error.starts_with("the ax-broken stylesheet: "), "{error}");
    }
}
