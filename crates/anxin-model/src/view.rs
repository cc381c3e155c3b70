//! The screens of the app, declared once in the [`screens!`] table in the middle of this file
//! (after the types it fills, before the methods that read it):
//! each screen's deep-link form (`view=right:property-safety`), its page, whether it is
//! prerendered, the message files it needs and wants, its title and where "back" leads. The
//! `View` enum, [`ROUTES`] and everything that reads them (`View::parse`, `link::page_path`,
//! `prerender::every_view`, the files a screen fetches, the document title) come from it, so a
//! new screen is one entry there, its page module, the arm of `Page` the compiler asks for,
//! its messages in the four locales and its style row (ARCHITECTURE.md, "Add a screen").

use super::handout;
use super::resource::Resource::{self, Cases, Check, Daily, Quiz, Rights, Shell, Workshop};
use anxin_content::{cases, rights};

/// Longest id accepted in a deep link.
const MAX_ID_LEN: usize = 64;

/// What one kind of screen is: one row of the [`screens!`] table.
pub struct Route {
    /// The screen's `view` parameter (before the `:` for a screen of one item).
    pub kind: &'static str,
    /// Its page's file name under `<lang>/`, without `.html` (followed by `.<id>` for a screen
    /// of one item).
    pub page: &'static str,
    /// For a screen of one item (a right, a case): the ids of every item there is.
    pub items: Option<fn() -> Vec<&'static str>>,
    /// Whether every language gets a static page of it at build time (of each item's, for a
    /// screen of items).
    pub prerendered: bool,
    /// The message files it cannot be shown without, the shell first.
    pub needs: &'static [Resource],
    /// The message files it uses for a part that may arrive after it is shown (the home
    /// screen's daily question), fetched without holding the screen back.
    pub wants: &'static [Resource],
    /// Its title.
    pub title: Title,
    /// Where its back control leads.
    pub parent: View,
    /// What frames it: the app's top bar, or a small card for embedding.
    pub frame: Frame,
    /// Which wasm carries it (`Entry`): each visit downloads only its screen's.
    pub entry: Entry,
    /// The screen, given its item's id (ignored by a screen without items).
    make: fn(&str) -> View,
}

/// The wasm a screen's page starts: the app everyone downloads, or one that only the people
/// who use its screens download, so that the consumer's first load stays light. A link to a
/// screen of another entry is followed as a page load, never within the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// The consumer's app (`anxin`): home, rights, cases, help, settings and the cards.
    App,
    /// The cards partners embed (`anxin-card`), alone: a card's frame downloads no other screen.
    Card,
    /// The quiz (`anxin-quiz`): the app's screens and the quiz, with its 错题本 and
    /// certificate.
    Quiz,
    /// Workshop mode (`anxin-workshop`): the app's screens, the quiz, the workshop's and the
    /// leaflets.
    Workshop,
    /// The message checker (`anxin-check`): the app's screens and the checker, also as a card.
    Check,
}

impl Entry {
    /// Every entry.
    pub const ALL: [Entry; 5] = [
        Entry::App,
        Entry::Card,
        Entry::Quiz,
        Entry::Workshop,
        Entry::Check,
    ];

    /// The Cargo binary built into this entry's wasm, also its files' name before the hash.
    pub fn bin(self) -> &'static str {
        const APP: &str = "anxin";
        const CARD: &str = "anxin-card";
        const QUIZ: &str = "anxin-quiz";
        const WORKSHOP: &str = "anxin-workshop";
        const CHECK: &str = "anxin-check";
        match self {
            Entry::App => APP,
            Entry::Card => CARD,
            Entry::Quiz => QUIZ,
            Entry::Workshop => WORKSHOP,
            Entry::Check => CHECK,
        }
    }

    /// The entries whose screens this entry's wasm carries besides its own: every larger entry
    /// carries the app's (and so the cards'), so that its back links stay within the page.
    fn also_carries(self) -> &'static [Entry] {
        match self {
            Entry::App => &[Entry::Card],
            Entry::Card => &[],
            Entry::Quiz => &[Entry::App, Entry::Card],
            Entry::Workshop => &[Entry::App, Entry::Card, Entry::Quiz],
            Entry::Check => &[Entry::App, Entry::Card],
        }
    }

    /// Whether this entry's wasm carries the screens of `other`.
    pub fn carries(self, other: Entry) -> bool {
        self == other || self.also_carries().contains(&other)
    }

    /// Whether offline use keeps its wasm: every entry's but the cards', which a partner's page
    /// frames (its offline use is the partner's).
    pub fn kept_offline(self) -> bool {
        self != Entry::Card
    }

    /// Whether a partner's page may open its screens in a frame (`data-view`, `navigate`):
    /// the consumer's, every entry's but the workshop's.
    pub fn hosts_may_open(self) -> bool {
        self != Entry::Workshop
    }
}

/// What frames a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// The app: top bar, notices, the screen.
    App,
    /// A small card a partner embeds in its own page: the brief form of the screen whose kind is
    /// this one's without `-card` (`right-card` briefs `right`; `daily-card`, the daily
    /// question), with no top bar and a link to learn more.
    Card,
}

/// The ending of every card screen's kind (`right-card`); the rest names what it briefs.
pub const CARD_SUFFIX: &str = "-card";

/// Where a screen's title comes from.
pub enum Title {
    /// One message.
    Message(&'static str),
    /// The item's own message (a right's name, a case's title), found from its id, or
    /// `otherwise` for an id that names nothing.
    Item {
        /// The message id of the item with this id, if there is one.
        message: fn(&str) -> Option<String>,
        /// The message for an unknown id.
        otherwise: &'static str,
    },
}

/// Declares every screen: the [`View`] enum (a variant per row; `Name(items)` for a screen of
/// one item, `items` listing their ids), [`ROUTES`] and [`View::route`], all from the same
/// rows, so they cannot disagree.
macro_rules! screens {
    ($(
        $(#[$meta:meta])*
        $variant:ident $(($items:path))? { $($field:ident: $value:expr),* $(,)? }
    )*) => {
        /// One screen of the app.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
        pub enum View {
            $($(#[$meta])* $variant $((screens!(@id_type $items)))?,)*
        }

        /// Every kind of screen, in the order of the table.
        pub static ROUTES: &[Route] = &[$(Route {
            items: screens!(@items $($items)?),
            make: screens!(@make $variant $($items)?),
            $($field: $value,)*
        }),*];

        /// The rows of the table, numbered in order.
        enum Row { $($variant,)* }

        impl View {
            /// The screen's row in [`ROUTES`].
            pub fn route(&self) -> &'static Route {
                let row = match self {
                    $(screens!(@pattern $variant $($items)?) => Row::$variant,)*
                };
                &ROUTES[row as usize]
            }

            /// The id of the item shown, for a screen of one item.
            pub fn id(&self) -> Option<&str> {
                match self {
                    $(screens!(@bind item $variant $($items)?) => screens!(@id item $($items)?),)*
                }
            }
        }
    };
    (@id_type $items:path) => { String };
    (@items) => { None };
    (@items $items:path) => { Some($items) };
    (@make $variant:ident) => { |_| View::$variant };
    (@make $variant:ident $items:path) => { |id| View::$variant(id.to_owned()) };
    (@pattern $variant:ident) => { View::$variant };
    (@pattern $variant:ident $items:path) => { View::$variant(_) };
    (@bind $item:ident $variant:ident) => { View::$variant };
    (@bind $item:ident $variant:ident $items:path) => { View::$variant($item) };
    (@id $item:ident) => { None };
    (@id $item:ident $items:path) => { Some($item.as_str()) };
}

screens! {
    /// The first screen.
    #[default]
    Home {
        kind: "home", page: "index", prerendered: true,
        needs: &[Shell], wants: &[Daily],
        title: Title::Message("app-tagline"), parent: View::Home, frame: Frame::App, entry: Entry::App,
    }
    /// The eight basic rights.
    Rights {
        kind: "rights", page: "rights", prerendered: true,
        needs: &[Shell, Rights], wants: &[],
        title: Title::Message("home-rights-title"), parent: View::Home, frame: Frame::App, entry: Entry::App,
    }
    /// One right in depth, by its stable id.
    Right(rights::ids) {
        kind: "right", page: "right", prerendered: true,
        needs: &[Shell, Rights], wants: &[],
        title: Title::Item { message: rights::name_message, otherwise: "home-rights-title" },
        parent: View::Rights, frame: Frame::App, entry: Entry::App,
    }
    /// The scam case studies.
    Cases {
        kind: "cases", page: "cases", prerendered: true,
        needs: &[Shell, Cases], wants: &[],
        title: Title::Message("home-cases-title"), parent: View::Home, frame: Frame::App, entry: Entry::App,
    }
    /// One case study, by its stable id. It names the rights it touches and the hotlines,
    /// whose text is in the rights file.
    Case(cases::ids) {
        kind: "case", page: "case", prerendered: true,
        needs: &[Shell, Rights, Cases], wants: &[],
        title: Title::Item { message: cases::title_message, otherwise: "home-cases-title" },
        parent: View::Cases, frame: Frame::App, entry: Entry::App,
    }
    /// Quizzes.
    Quiz {
        kind: "quiz", page: "quiz", prerendered: true,
        needs: &[Shell, Quiz], wants: &[],
        title: Title::Message("home-quiz-title"), parent: View::Home, frame: Frame::App, entry: Entry::Quiz,
    }
    /// Where to turn for help.
    Help {
        kind: "help", page: "help", prerendered: true,
        needs: &[Shell, Rights], wants: &[],
        title: Title::Message("home-help-title"), parent: View::Home, frame: Frame::App, entry: Entry::App,
    }
    /// Language, 长辈版, plain speech, and the person's data.
    Settings {
        kind: "settings", page: "settings", prerendered: true,
        needs: &[Shell], wants: &[],
        title: Title::Message("settings-title"), parent: View::Home, frame: Frame::App, entry: Entry::App,
    }
    /// Workshop mode: a volunteer chooses a plan and presents it to a room from one tablet,
    /// counts hands, and keeps the session's record. In a wasm of its own.
    Workshop {
        kind: "workshop", page: "workshop", prerendered: true,
        needs: &[Shell, Rights, Cases, Quiz, Workshop], wants: &[],
        title: Title::Message("workshop-title"), parent: View::Settings, frame: Frame::App,
        entry: Entry::Workshop,
    }
    /// The leaflets to print or send as PDFs: a volunteer's, in the workshop's wasm.
    Handouts {
        kind: "handouts", page: "handouts", prerendered: true,
        needs: &[Shell, Cases, Workshop], wants: &[],
        title: Title::Message("handouts-title"), parent: View::Home, frame: Frame::App,
        entry: Entry::Workshop,
    }
    /// One leaflet, as it prints, by its id (`handout::ids`). Its page is titled as the
    /// handouts screen (its heading names the leaflet; its PDFs are titled by the leaflet's
    /// name), which keeps the leaflets' titles out of the consumer's wasm.
    Handout(handout::ids) {
        kind: "handout", page: "handout", prerendered: true,
        needs: &[Shell, Rights, Cases, Workshop], wants: &[],
        title: Title::Message("handouts-title"),
        parent: View::Handouts, frame: Frame::App, entry: Entry::Workshop,
    }
    /// The message checker: a message someone received, or what a caller said, checked on the
    /// device for the known warning signs. In a wasm of its own.
    Check {
        kind: "check", page: "check", prerendered: true,
        needs: &[Shell, Check], wants: &[],
        title: Title::Message("check-title"), parent: View::Home, frame: Frame::App,
        entry: Entry::Check,
    }
    /// The daily question alone, answered in place: a card for embedding.
    DailyCard {
        kind: "daily-card", page: "daily-card", prerendered: true,
        needs: &[Shell], wants: &[Daily],
        title: Title::Message("daily-title"), parent: View::Quiz, frame: Frame::Card, entry: Entry::Card,
    }
    /// One right in brief: a card for embedding.
    RightCard(rights::ids) {
        kind: "right-card", page: "right-card", prerendered: true,
        needs: &[Shell, Rights], wants: &[],
        title: Title::Item { message: rights::name_message, otherwise: "home-rights-title" },
        parent: View::Rights, frame: Frame::Card, entry: Entry::Card,
    }
    /// One case's red flags in brief: a card for embedding.
    CaseCard(cases::ids) {
        kind: "case-card", page: "case-card", prerendered: true,
        needs: &[Shell, Cases], wants: &[],
        title: Title::Item { message: cases::title_message, otherwise: "home-cases-title" },
        parent: View::Cases, frame: Frame::Card, entry: Entry::Card,
    }
    /// The message checker as a card for a partner's service flow, in the checker's wasm.
    CheckCard {
        kind: "check-card", page: "check-card", prerendered: true,
        needs: &[Shell, Check], wants: &[],
        title: Title::Message("check-title"), parent: View::Check, frame: Frame::Card,
        entry: Entry::Check,
    }
}

impl Route {
    /// For a card, the name of what it briefs as a host writes it (`right` for `right-card`,
    /// `daily` for `daily-card`); `None` for a screen of the app.
    pub fn briefs(&self) -> Option<&'static str> {
        match self.frame {
            Frame::Card => self.kind.strip_suffix(CARD_SUFFIX),
            Frame::App => None,
        }
    }

    /// The screen of this route showing item `id`, or this route's screen without items;
    /// `None` when `id` is missing, not a stable id, or given to a screen without items.
    pub fn view(&self, id: Option<&str>) -> Option<View> {
        match (self.items.is_some(), id) {
            (true, Some(id)) if is_stable_id(id) => Some((self.make)(id)),
            (false, None) => Some((self.make)("")),
            _ => None,
        }
    }

    /// Every screen of this route: each item's, or the one.
    pub fn views(&self) -> Vec<View> {
        match self.items {
            Some(items) => items().into_iter().map(self.make).collect(),
            None => vec![(self.make)("")],
        }
    }
}

impl View {
    /// Reads the `view` parameter; `None` for anything that is not a view.
    pub fn parse(value: &str) -> Option<View> {
        View::read(value.trim(), ':', |route| route.kind)
    }

    /// Reads a view as a host page names it (`data-view`, the `navigate` command): a screen of
    /// the consumer's (never the workshop's) whose item, for a screen of one, exists.
    pub fn parse_for_host(value: &str) -> Option<View> {
        let view = View::parse(value)?;
        let exists = match (view.route().items, view.id()) {
            (Some(items), Some(id)) => items().contains(&id),
            _ => true,
        };
        (exists && view.entry().hosts_may_open()).then_some(view)
    }

    /// Reads a page's file name without `.html` (`right.property-safety`), as [`View::page`]
    /// writes it.
    pub fn from_page(file: &str) -> Option<View> {
        View::read(file, '.', |route| route.page)
    }

    /// The `view` parameter for this screen; also the value of the root's `data-view`.
    pub fn to_param(&self) -> String {
        self.write(':', |route| route.kind)
    }

    /// The file name of this screen's page, without `.html` (`right.property-safety`).
    pub fn page(&self) -> String {
        self.write('.', |route| route.page)
    }

    /// Reads `name` or `name<separator>id`, where `name` is the `key` of a route.
    fn read(value: &str, separator: char, key: fn(&Route) -> &'static str) -> Option<View> {
        let (name, id) = match value.split_once(separator) {
            Some((name, id)) => (name, Some(id)),
            None => (value, None),
        };
        ROUTES.iter().find(|route| key(route) == name)?.view(id)
    }

    /// Writes this screen as its route's `key`, followed by `separator` and the id for a
    /// screen of one item.
    fn write(&self, separator: char, key: fn(&Route) -> &'static str) -> String {
        let name = key(self.route());
        match self.id() {
            Some(id) => format!("{name}{separator}{id}"),
            None => name.to_owned(),
        }
    }

    /// The screen as an embedding page names it (`data-view`, the `view` event): a card by
    /// what it briefs (`right-card:x` is `right:x`, `daily-card` is `daily`), any other screen
    /// by its `view` parameter.
    pub fn host_param(&self) -> String {
        let param = self.to_param();
        match self.route().briefs() {
            Some(briefed) => format!("{briefed}{}", &param[self.kind().len()..]),
            None => param,
        }
    }

    /// The kind of screen without its id (`right` for `right:property-safety`).
    pub fn kind(&self) -> &'static str {
        self.route().kind
    }

    /// The screen a back control leads to.
    pub fn parent(&self) -> View {
        self.route().parent.clone()
    }

    /// The message files this screen needs, the shell first.
    pub fn needs(&self) -> &'static [Resource] {
        self.route().needs
    }

    /// The message files this screen uses for a part that may arrive after it is shown.
    pub fn wants(&self) -> &'static [Resource] {
        self.route().wants
    }

    /// Which wasm carries this screen.
    pub fn entry(&self) -> Entry {
        self.route().entry
    }

    /// What frames this screen.
    pub fn frame(&self) -> Frame {
        self.route().frame
    }

    /// The message id of this screen's title.
    pub fn title_message(&self) -> String {
        match (&self.route().title, self.id()) {
            (Title::Item { message, otherwise }, Some(id)) => {
                message(id).unwrap_or_else(|| (*otherwise).to_owned())
            }
            (Title::Item { otherwise, .. }, None) => (*otherwise).to_owned(),
            (Title::Message(id), _) => (*id).to_owned(),
        }
    }
}

/// Whether `id` is a stable id: lower-case ASCII kebab-case, such as `agent-surrender`.
pub fn is_stable_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One screen of every route (an item's with a made-up id).
    fn one_of_each() -> Vec<View> {
        ROUTES
            .iter()
            .map(|route| (route.make)("some-item"))
            .collect()
    }

    #[test]
    fn every_route_is_its_screens_own_row() {
        for (row, route) in ROUTES.iter().enumerate() {
            for view in route.views().into_iter().chain([(route.make)("x")]) {
                assert!(std::ptr::eq(view.route(), route), "{view:?}");
                assert_eq!(view.id().is_some(), route.items.is_some(), "{view:?}");
            }
            assert!(
                ROUTES[..row]
                    .iter()
                    .all(|other| other.kind != route.kind && other.page != route.page),
                "{}: kinds and pages are unique",
                route.kind
            );
        }
    }

    #[test]
    fn every_right_and_case_has_a_stable_id() {
        let rights = rights::RIGHTS.iter().map(|right| right.id);
        let cases = cases::CASES.iter().map(|case| case.id);
        for id in rights.chain(cases) {
            assert!(is_stable_id(id), "{id}");
        }
    }

    #[test]
    fn every_view_round_trips() {
        for view in one_of_each() {
            assert_eq!(View::parse(&view.to_param()), Some(view.clone()));
            assert_eq!(View::from_page(&view.page()), Some(view));
        }
    }

    #[test]
    fn every_screen_needs_the_shell_first_and_has_a_title() {
        for view in one_of_each() {
            assert_eq!(view.needs().first(), Some(&Shell), "{view:?}");
            assert!(!view.title_message().is_empty());
        }
    }

    #[test]
    fn an_item_screen_names_its_item_and_falls_back_to_its_list() {
        let right = View::Right("property-safety".into());
        assert_eq!(right.title_message(), "right-property-safety-name");
        assert_eq!(
            View::Right("nowhere".into()).title_message(),
            "home-rights-title"
        );
        assert_eq!(
            View::Case("nowhere".into()).title_message(),
            "home-cases-title"
        );
    }

    #[test]
    fn malformed_views_are_rejected() {
        for value in [
            "",
            "Home",
            "right:",
            "right",
            "right:Property",
            "right:a b",
            "case:../etc",
            "case:-x",
            "case:x--y",
            "quiz:1",
            "rights:x",
            "index",
            "<script>",
        ] {
            assert_eq!(View::parse(value), None, "{value:?}");
        }
        assert_eq!(View::from_page("home"), None, "the home page is index");
        assert_eq!(View::from_page("index"), Some(View::Home));
    }

    #[test]
    fn the_cards_entry_carries_the_cards_alone_and_every_entry_carries_them() {
        for route in ROUTES {
            if route.entry == Entry::Card {
                assert_eq!(route.frame, Frame::Card, "{}: only cards", route.kind);
            }
            if route.frame == Frame::Card && route.entry != Entry::Card {
                let briefed = ROUTES
                    .iter()
                    .find(|other| Some(other.kind) == route.briefs());
                assert_eq!(
                    briefed.map(|other| other.entry),
                    Some(route.entry),
                    "{}: a card outside the cards' entry is in its screen's",
                    route.kind
                );
            }
        }
        for entry in Entry::ALL {
            assert!(entry.carries(entry));
            assert!(entry.carries(Entry::Card), "{entry:?} carries the cards");
            assert_eq!(entry.carries(Entry::App), entry != Entry::Card);
        }
        assert!(!Entry::App.carries(Entry::Quiz) && !Entry::App.carries(Entry::Workshop));
    }

    #[test]
    fn cards_are_named_to_hosts_by_what_they_brief() {
        assert_eq!(View::DailyCard.host_param(), "daily");
        assert_eq!(View::CaseCard("x".into()).host_param(), "case:x");
        assert_eq!(View::Case("x".into()).host_param(), "case:x");
        for route in ROUTES.iter().filter(|route| route.frame == Frame::Card) {
            let briefed = route.kind.strip_suffix(CARD_SUFFIX);
            assert!(
                briefed.is_some(),
                "{}: a card's kind ends in -card",
                route.kind
            );
            let briefed = briefed.unwrap_or_default();
            assert!(
                briefed == "daily" || ROUTES.iter().any(|other| other.kind == briefed),
                "{}: briefs a screen there is",
                route.kind
            );
        }
    }

    #[test]
    fn detail_views_go_back_to_their_list() {
        assert_eq!(View::Right("x".into()).parent(), View::Rights);
        assert_eq!(View::Case("x".into()).parent(), View::Cases);
        assert_eq!(View::Help.parent(), View::Home);
    }
}
