//! The leaflets: every leaflet's print page in every pairing renders from the files the build
//! reads, with no missing message, each block holding one column per language in its own
//! script and direction; the numbers a leaflet promises are in every column; the partner's
//! hotline is printed in when there is one; the handouts screen lists every leaflet with a PDF
//! link per paper, in every language and mode.

#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

mod support;

use anxin::content::help::PUBLIC_NUMBERS;
use anxin::content::rights::RIGHTS;
use anxin::i18n::{Localizer, MissLog};
use anxin::model::handout::{self, pdf_path, Leaflet, Pairing, Paper, PrintSize};
use anxin::model::locale::Locale;
use anxin::model::partner::Partner;
use anxin::model::view::View;
use anxin::prerender::{print_catalog, render_print_page};
use std::rc::Rc;
use support::{boot_state, full_catalog, render_state, test_partner, visible_text};

/// Reads a message file by the path the browser fetches it under.
fn read(path: &str) -> Result<String, String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))
}

/// The print page of `leaflet` in `pairing`, as the build renders it, failing on any miss.
async fn print_page(id: &str, pairing: Pairing, partner: Option<Rc<Partner>>) -> String {
    let view = View::Handout(id.to_owned());
    let catalog = print_catalog(pairing, &view, read).expect("the files are there");
    let page = render_print_page(pairing, &view, catalog, partner).await;
    let name = format!("{id} in {}", pairing.folder());
    assert_eq!(page.misses, Vec::<String>::new(), "{name}");
    let text = visible_text(&page.body);
    for raw in [
        "handout-",
        "handouts-",
        "right-",
        "case-",
        "help-",
        "workshop-",
    ] {
        assert!(!text.contains(raw), "{name}: a raw message id `{raw}…`");
    }
    page.body
}

/// How many times `needle` occurs in `haystack`.
fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The text of `id` in `locale`, as a leaflet shows it.
fn text(locale: Locale, id: &str) -> String {
    Localizer::new(&full_catalog(), locale, false, MissLog::new(|_| {})).text(id)
}

#[tokio::test(flavor = "current_thread")]
async fn every_leaflet_prints_in_every_pairing_one_column_per_language() {
    for pairing in handout::pairings() {
        for id in handout::ids() {
            let page = print_page(id, pairing, None).await;
            let name = format!("{id} in {}", pairing.folder());
            let blocks = count(&page, "class=\"block ");
            assert!(blocks >= 3, "{name}: {blocks} blocks");
            let column = |locale: Locale| {
                format!(
                    "lang=\"{}\" dir=\"{}\" class=\"column\"",
                    locale.tag(),
                    locale.direction().as_str()
                )
            };
            assert_eq!(count(&page, &column(pairing.first)), blocks, "{name}");
            match pairing.beside {
                Some(beside) => {
                    assert_eq!(count(&page, &column(beside)), blocks, "{name}");
                    // Every block, and the sheet itself.
                    assert_eq!(count(&page, " paired\""), blocks + 1, "{name}");
                    assert!(page.contains("class=\"sheet paired\""), "{name}");
                }
                None => {
                    assert_eq!(count(&page, " paired\""), 0, "{name}");
                    assert!(page.contains("class=\"sheet single\""), "{name}");
                }
            }
            assert!(
                page.contains(&format!("data-pairing=\"{}\"", pairing.folder())),
                "{name}"
            );
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_numbers_and_the_rights_are_in_every_column() {
    for pairing in handout::pairings() {
        let languages = pairing.locales().len();
        let help = print_page("help", pairing, None).await;
        for number in PUBLIC_NUMBERS {
            let printed = count(&help, &format!("class=\"number\">{number}</a>"));
            assert_eq!(printed, languages, "{number} in {}", pairing.folder());
        }
        assert_eq!(
            count(&help, "class=\"write-in\""),
            languages,
            "room to write"
        );
        let rights = print_page("rights", pairing, None).await;
        for locale in pairing.locales() {
            for right in RIGHTS {
                let name = text(locale, &right.message("name"));
                assert!(rights.contains(&name), "{name} in {}", pairing.folder());
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_partners_hotline_is_printed_in_instead_of_room_to_write() {
    let partner = test_partner();
    for pairing in handout::pairings() {
        let help = print_page("help", pairing, Some(partner.clone())).await;
        let printed = count(
            &help,
            &format!("class=\"number\">{}</a>", support::TEST_PARTNER_HOTLINE),
        );
        assert_eq!(printed, pairing.locales().len(), "{}", pairing.folder());
        assert!(!help.contains("write-in"), "{}", pairing.folder());
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_handouts_screen_links_every_leaflet_and_its_pdfs_in_every_language() {
    for locale in Locale::ALL {
        for elder in [false, true] {
            let query = format!(
                "?lang={}&view=handouts&elder={}",
                locale.tag(),
                u8::from(elder)
            );
            let rendered = render_state(boot_state(&query, None, None)).await;
            assert_eq!(rendered.misses, Vec::<String>::new(), "{query}");
            let size = PrintSize::for_elder(elder);
            let pairing = Pairing::of_screen(locale, None);
            for (leaflet, id) in Leaflet::all().into_iter().zip(handout::ids()) {
                assert!(
                    rendered
                        .html
                        .contains(&format!("data-testid=\"handout\" data-id=\"{id}\"")),
                    "{query}: {id}"
                );
                let title = text(locale, &leaflet.title_message());
                assert!(rendered.html.contains(&title), "{query}: {title}");
                for paper in Paper::ALL {
                    let href = format!("href=\"{}\"", pdf_path(id, pairing, paper, size));
                    assert!(rendered.html.contains(&href), "{query}: {href}");
                }
            }
            assert_eq!(
                count(&rendered.html, "data-testid=\"handout-pairing\""),
                handout::pairings().len(),
                "{query}"
            );
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_leaflets_page_links_the_pdfs_of_the_languages_it_shows() {
    let mut state = boot_state("?lang=zh-Hans&view=handout:agent-surrender", None, None);
    state.language.beside = Some(Locale::Ug);
    let rendered = render_state(state).await;
    assert_eq!(rendered.misses, Vec::<String>::new());
    let pairing = Pairing {
        first: Locale::Ug,
        beside: Some(Locale::ZhHans),
    };
    for paper in Paper::ALL {
        let href = pdf_path("agent-surrender", pairing, paper, PrintSize::Standard);
        assert!(rendered.html.contains(&href), "{href}");
    }
    // Mandarin first on screen, Uyghur beside it, right to left in its own column.
    assert!(rendered
        .html
        .contains("lang=\"ug\" dir=\"rtl\" class=\"column\""));
    let unknown = render_state(boot_state("?view=handout:nowhere", None, None)).await;
    assert_eq!(unknown.misses, Vec::<String>::new());
    assert!(unknown
        .html
        .contains(&text(Locale::ZhHans, "handouts-not-found")));
}
