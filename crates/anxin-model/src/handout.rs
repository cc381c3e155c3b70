//! Printed leaflets (handouts): which leaflets there are, the languages each prints in (one
//! language, or one beside Mandarin), the paper, the print size, and where the release build
//! puts each one's PDF. One table each ([`Leaflet::all`], [`pairings`], [`Paper::ALL`]); the
//! route table, the handouts screen, the prerender of the print pages and `tools/handouts.mjs`
//! all read them.

use anxin_content::{cases, workshop};

use crate::locale::Locale;

/// One leaflet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaflet {
    /// The eight rights on one A4 page: each one's name, what it means in a line, an example.
    Rights,
    /// Where to turn for help: the numbers large, and room to write the person's own bank's or
    /// insurer's number (the partner's printed in).
    Help,
    /// A case: the story in brief, its red flags, what to do.
    Case(&'static cases::Case),
    /// A workshop plan with the volunteer's notes.
    Plan(&'static workshop::Plan),
}

/// The rights' leaflet's id.
const RIGHTS_ID: &str = "rights";
/// The help leaflet's id.
const HELP_ID: &str = "help";

impl Leaflet {
    /// Every leaflet, in the order the handouts screen lists them.
    pub fn all() -> Vec<Leaflet> {
        let cases = cases::CASES.iter().map(Leaflet::Case);
        let plans = workshop::PLANS.iter().map(Leaflet::Plan);
        [Leaflet::Rights, Leaflet::Help]
            .into_iter()
            .chain(cases)
            .chain(plans)
            .collect()
    }

    /// Its stable id: `rights`, `help`, a case's id or a plan's (`agent-surrender`, `short`);
    /// the item of `view=handout:<id>` and the name of its PDFs.
    pub fn id(&self) -> &'static str {
        match self {
            Leaflet::Rights => RIGHTS_ID,
            Leaflet::Help => HELP_ID,
            Leaflet::Case(case) => case.id,
            Leaflet::Plan(plan) => plan.id,
        }
    }

    /// The leaflet with this id, if there is one.
    pub fn find(id: &str) -> Option<Leaflet> {
        Leaflet::all()
            .into_iter()
            .find(|leaflet| leaflet.id() == id)
    }

    /// The message id of its title: the screen's own for the rights and help, the case's,
    /// the plan's.
    pub fn title_message(&self) -> String {
        match self {
            Leaflet::Rights => "home-rights-title".to_owned(),
            Leaflet::Help => "home-help-title".to_owned(),
            Leaflet::Case(case) => case.message("title"),
            Leaflet::Plan(plan) => format!("workshop-plan-{}", plan.id),
        }
    }

    /// The most pages it takes on `paper` at `size`, one language or two: what the layout
    /// promises, and the PDFs are checked against. In one language on A4 at the standard size,
    /// the rights and a case take one page (the sheet kept by the phone), help two, a plan a
    /// page per four blocks and one more; two languages, A5 and large print each at most
    /// double that, and a page more for the blocks that no longer fill their pages.
    pub fn most_pages(&self, paper: Paper, size: PrintSize, paired: bool) -> usize {
        let base = match self {
            Leaflet::Rights | Leaflet::Case(_) => 1,
            Leaflet::Help => 2,
            Leaflet::Plan(plan) => 1 + plan.blocks.len() / 4,
        };
        [paired, paper == Paper::A5, size == PrintSize::Large]
            .into_iter()
            .filter(|doubled| *doubled)
            .fold(base, |pages, _| pages * 2 + 1)
    }
}

/// Every leaflet's id, in the order of [`Leaflet::all`], for the route table
/// (`view=handout:<id>`): made from the cases' and plans' ids alone, so the route table carries
/// no plan into the consumer's wasm.
pub fn ids() -> Vec<&'static str> {
    [RIGHTS_ID, HELP_ID]
        .into_iter()
        .chain(cases::ids())
        .chain(workshop::PLAN_IDS)
        .collect()
}

/// The language every other one prints beside: the one most people around an elder read, and
/// the one the hotlines' staff answer in.
pub const BESIDE: Locale = Locale::ZhHans;

/// The languages a leaflet prints in: one, or one with [`BESIDE`] in a column beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pairing {
    /// The leaflet's own language: its first column, and its direction.
    pub first: Locale,
    /// The language beside it, if any.
    pub beside: Option<Locale>,
}

/// Every pairing a PDF is made in: each language alone, then each other language beside
/// Mandarin.
pub fn pairings() -> Vec<Pairing> {
    let alone = Locale::ALL.into_iter().map(|first| Pairing {
        first,
        beside: None,
    });
    let paired = Locale::ALL
        .into_iter()
        .filter(|locale| *locale != BESIDE)
        .map(|first| Pairing {
            first,
            beside: Some(BESIDE),
        });
    alone.chain(paired).collect()
}

impl Pairing {
    /// The pairing of a screen showing `shown` with `beside` next to it: a language beside
    /// itself is that language alone, and Mandarin beside another language is that language
    /// beside Mandarin (the pairing its PDF is made in).
    pub fn of_screen(shown: Locale, beside: Option<Locale>) -> Pairing {
        match beside.filter(|beside| *beside != shown) {
            None => Pairing {
                first: shown,
                beside: None,
            },
            Some(other) if shown == BESIDE => Pairing {
                first: other,
                beside: Some(BESIDE),
            },
            Some(other) => Pairing {
                first: shown,
                beside: Some(other),
            },
        }
    }

    /// The folder of its PDFs under `handouts/`: `bo`, or `bo+zh-Hans`.
    pub fn folder(&self) -> String {
        match self.beside {
            Some(beside) => format!("{}+{}", self.first.tag(), beside.tag()),
            None => self.first.tag().to_owned(),
        }
    }

    /// Its languages, the first first.
    pub fn locales(&self) -> Vec<Locale> {
        std::iter::once(self.first).chain(self.beside).collect()
    }
}

/// The paper a leaflet is laid out for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Paper {
    /// A4, what home and shop printers hold.
    A4,
    /// A5, half an A4: a leaflet to keep by the phone.
    A5,
}

impl Paper {
    /// Every paper, the usual one first.
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::A5];

    /// Its name in file names and as a printer names it (`a4`).
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A5 => "a5",
        }
    }

    /// Its width and height in millimetres.
    pub fn millimetres(self) -> (u16, u16) {
        match self {
            Paper::A4 => (210, 297),
            Paper::A5 => (148, 210),
        }
    }
}

/// The print size: the standard one, or 长辈版's large print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrintSize {
    /// Body text for most readers.
    Standard,
    /// 长辈版: body text of at least 16 pt.
    Large,
}

impl PrintSize {
    /// Both sizes.
    pub const ALL: [PrintSize; 2] = [PrintSize::Standard, PrintSize::Large];

    /// The size 长辈版 on or off prints in.
    pub fn for_elder(elder: bool) -> PrintSize {
        if elder {
            PrintSize::Large
        } else {
            PrintSize::Standard
        }
    }
}

/// The margin every leaflet keeps on each side of the paper, in millimetres: more than home
/// and shop printers need (the theme's `@page` rule is written from it).
pub const MARGIN_MM: u8 = 15;

/// The folder of the build that holds every PDF.
pub const PDF_FOLDER: &str = "handouts";

/// Where the release build puts the PDF of `leaflet` (its id) in `pairing` on `paper` at
/// `size`, relative to the app's root: `handouts/bo+zh-Hans/agent-surrender-a4.pdf`,
/// `-a5-large.pdf` for large print.
pub fn pdf_path(leaflet: &str, pairing: Pairing, paper: Paper, size: PrintSize) -> String {
    let large = match size {
        PrintSize::Standard => "",
        PrintSize::Large => "-large",
    };
    format!(
        "{PDF_FOLDER}/{}/{leaflet}-{}{large}.pdf",
        pairing.folder(),
        paper.name()
    )
}

/// Where the prerender puts the page a PDF of `leaflet` in `pairing` is printed from, relative
/// to the build folder (the page itself is in `pairing.first`'s language, with the other
/// language beside it). The folder is the build's own and is removed once the PDFs are made.
pub fn print_page_path(leaflet: &str, pairing: Pairing) -> String {
    format!("{PRINT_FOLDER}/{}/{leaflet}.html", pairing.folder())
}

/// The folder of the pages the PDFs are printed from, under the build folder.
pub const PRINT_FOLDER: &str = "handouts-print";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::is_stable_id;

    #[test]
    fn every_leaflet_has_a_unique_stable_id_that_finds_it() {
        let all = Leaflet::all();
        assert_eq!(all.len(), 2 + cases::CASES.len() + workshop::PLANS.len());
        for (index, leaflet) in all.iter().enumerate() {
            let id = leaflet.id();
            assert!(is_stable_id(id), "{id}");
            assert_eq!(Leaflet::find(id), Some(*leaflet));
            assert!(all[..index].iter().all(|other| other.id() != id), "{id}");
        }
        let listed: Vec<&str> = all.iter().map(Leaflet::id).collect();
        assert_eq!(ids(), listed);
        assert_eq!(Leaflet::find("nowhere"), None);
    }

    #[test]
    fn every_language_prints_alone_and_every_other_beside_mandarin() {
        let all = pairings();
        assert_eq!(all.len(), 2 * Locale::ALL.len() - 1);
        for locale in Locale::ALL {
            assert!(all.contains(&Pairing {
                first: locale,
                beside: None
            }));
        }
        assert!(all.iter().all(|p| p.beside.is_none_or(|b| b == BESIDE)));
        assert!(all.iter().all(|p| p.beside != Some(p.first)));
    }

    #[test]
    fn a_screens_pairing_is_the_one_its_pdf_is_made_in() {
        let bo_zh = Pairing {
            first: Locale::Bo,
            beside: Some(Locale::ZhHans),
        };
        assert_eq!(Pairing::of_screen(Locale::Bo, Some(Locale::ZhHans)), bo_zh);
        assert_eq!(Pairing::of_screen(Locale::ZhHans, Some(Locale::Bo)), bo_zh);
        assert_eq!(
            Pairing::of_screen(Locale::Ug, Some(Locale::Ug)),
            Pairing {
                first: Locale::Ug,
                beside: None
            }
        );
        for pairing in pairings() {
            assert_eq!(Pairing::of_screen(pairing.first, pairing.beside), pairing);
        }
    }

    #[test]
    fn every_pdf_has_its_own_path() {
        let mut paths = Vec::new();
        for leaflet in ids() {
            for pairing in pairings() {
                for paper in Paper::ALL {
                    for size in PrintSize::ALL {
                        paths.push(pdf_path(leaflet, pairing, paper, size));
                    }
                }
            }
        }
        let count = paths.len();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), count);
        assert_eq!(
            pdf_path(
                "rights",
                Pairing {
                    first: Locale::Bo,
                    beside: Some(Locale::ZhHans)
                },
                Paper::A5,
                PrintSize::Large
            ),
            "handouts/bo+zh-Hans/rights-a5-large.pdf"
        );
    }
}
