//! Deep links: reading the page's path and query string, and writing them back as the person
//! moves around.
//!
//! Every screen in every language has its own prerendered page, named by [`page_path`]
//! (`bo/case.agent-surrender.html`, relative to the app's root). A page's path says its screen,
//! as `view` would, and its language, which a saved choice overrides; query parameters still
//! win over both, so the contract's links (`?lang=bo&view=case:agent-surrender`) keep working
//! on any page.
//!
//! Parameters the app does not know (WeChat adds `from=singlemessage`, partners add their own)
//! are kept untouched. A known parameter with a value the app cannot read is dropped from the
//! URL and reported as a [`LinkProblem`], so the person is told and lands on the default.

use super::embed::EmbedMode;
use super::locale::Locale;
use super::partner::is_origin;
use super::view::View;

/// The query parameters the app understands.
pub mod param {
    /// Language tag.
    pub const LANG: &str = "lang";
    /// Screen to open.
    pub const VIEW: &str = "view";
    /// 长辈版 on (`1`) or off (`0`).
    pub const ELDER: &str = "elder";
    /// Plain-speech Mandarin on (`1`) or off (`0`).
    pub const PLAIN: &str = "plain";
    /// Embedded in a partner's page: `full`, `card` or `popup` (set by `embed.js`).
    pub const EMBED: &str = "embed";
    /// The embedding page's origin (set by `embed.js`).
    pub const HOST: &str = "host";
    /// The language the embedding page asks for, below the person's own choice.
    pub const HOST_LANG: &str = "hl";
    /// `top`: "learn more" opens in the embedding page's own window.
    pub const NAV: &str = "nav";
    /// The round of practice to start on the quiz's page (`topic:<id>`, `case:<id>`).
    pub const ROUND: &str = "round";
}

/// A round of practice a link starts on the quiz's page (`round=topic:<id>` or
/// `round=case:<id>`): what a right's or a case's "practise" button asks for, carried across
/// the page load into the quiz's own wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Practice {
    /// Every question of a quiz topic.
    Topic(&'static str),
    /// The questions a case study links to.
    Case(&'static str),
}

impl Practice {
    /// Reads a `round` value; `None` unless it names a topic or a case there is.
    pub fn parse(value: &str) -> Option<Practice> {
        let (kind, id) = value.split_once(':')?;
        match kind {
            "topic" => anxin_content::quiz::find_topic(id).map(|topic| Practice::Topic(topic.id)),
            "case" => anxin_content::cases::ids()
                .into_iter()
                .find(|case| *case == id)
                .map(Practice::Case),
            _ => None,
        }
    }

    /// The `round` value, as [`Practice::parse`] reads it.
    pub fn to_param(self) -> String {
        match self {
            Practice::Topic(id) => format!("topic:{id}"),
            Practice::Case(id) => format!("case:{id}"),
        }
    }
}

/// A known parameter whose value could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LinkProblem {
    /// `lang` named a language the app does not speak.
    UnknownLanguage,
    /// `view` named no screen of the app.
    UnknownView,
}

/// What a link asks for. `None` means the link says nothing about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkRequest {
    /// Requested language.
    pub lang: Option<Locale>,
    /// Requested screen.
    pub view: Option<View>,
    /// Requested 长辈版 setting.
    pub elder: Option<bool>,
    /// Requested plain-speech setting.
    pub plain: Option<bool>,
    /// How the app is embedded in a partner's page, if it is.
    pub embed: Option<EmbedMode>,
    /// The embedding page's origin, if it is one.
    pub host: Option<String>,
    /// The language the embedding page asks for.
    pub host_lang: Option<Locale>,
    /// Whether "learn more" opens in the embedding page's window.
    pub learn_more_top: bool,
    /// The round of practice to start on the quiz's page; one that names nothing is ignored
    /// (the quiz's topics are shown).
    pub practice: Option<Practice>,
    /// Values that could not be read.
    pub problems: Vec<LinkProblem>,
}

/// The state a link should describe after the person has moved on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkState<'a> {
    /// The screen shown.
    pub view: &'a View,
    /// The language in use.
    pub lang: Locale,
    /// Whether 长辈版 is on.
    pub elder: bool,
    /// Whether plain speech is on.
    pub plain: bool,
}

/// The most query pairs read from one URL; the rest are ignored.
const MAX_PAIRS: usize = 64;

/// Splits a query string (with or without its leading `?`) into decoded name/value pairs.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .take(MAX_PAIRS)
        .map(|part| {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

/// The page for `view` in `locale`, relative to the app's root: `bo/index.html` for home,
/// `ug/case.agent-surrender.html` for a case.
pub fn page_path(locale: Locale, view: &View) -> String {
    format!("{}/{}.html", locale.tag(), view.page())
}

/// Reads the language and screen from the end of a URL's path, with or without `.html`; `None`
/// for the app's root page and for anything that is not one of [`page_path`]'s pages.
pub fn parse_page_path(path: &str) -> Option<(Locale, View)> {
    let mut segments = path.rsplit('/');
    let file = segments.next()?;
    // Hosts with "clean URLs" serve `bo/help.html` as `bo/help`.
    let file = match file.strip_suffix(".html").unwrap_or(file) {
        "" => View::Home.page(),
        name => name.to_owned(),
    };
    let tag = segments.next()?;
    let locale = Locale::ALL
        .into_iter()
        .find(|locale| locale.tag().eq_ignore_ascii_case(tag))?;
    Some((locale, View::from_page(&file)?))
}

/// What a URL asks for, as query pairs: the page's screen first (from its path), then the
/// query's own pairs, which win because the last occurrence counts. The page's language is not
/// among them: a language the person chose and saved wins over it (see `Boot::default_locale`),
/// so a link shared by someone reading another language opens in the person's own.
pub fn url_pairs(path: &str, query: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    if let Some((_, view)) = parse_page_path(path) {
        pairs.push((param::VIEW.to_owned(), view.to_param()));
    }
    pairs.extend(parse_query(query));
    pairs
}

/// Joins name/value pairs into a query string with its leading `?`, or `""` for no pairs.
pub fn format_query(pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let joined: Vec<String> = pairs
        .iter()
        .map(|(name, value)| {
            format!(
                "{}={}",
                percent_encode(name, KEPT_IN_QUERY),
                percent_encode(value, KEPT_IN_QUERY)
            )
        })
        .collect();
    format!("?{}", joined.join("&"))
}

impl LinkRequest {
    /// Reads what the decoded query pairs ask for. The last occurrence of a parameter wins.
    pub fn from_pairs(pairs: &[(String, String)]) -> LinkRequest {
        let mut request = LinkRequest::default();
        for (name, value) in pairs {
            match name.as_str() {
                param::LANG => {
                    request.lang = Locale::from_tag(value);
                    if request.lang.is_none() {
                        request.problems.push(LinkProblem::UnknownLanguage);
                    }
                }
                param::VIEW => {
                    request.view = View::parse(value);
                    if request.view.is_none() {
                        request.problems.push(LinkProblem::UnknownView);
                    }
                }
                param::ELDER => request.elder = parse_switch(value),
                param::PLAIN => request.plain = parse_switch(value),
                param::EMBED => request.embed = EmbedMode::parse(value),
                param::HOST => request.host = is_origin(value).then(|| value.clone()),
                param::HOST_LANG => request.host_lang = Locale::from_tag(value),
                param::NAV => request.learn_more_top = value == "top",
                param::ROUND => request.practice = Practice::parse(value),
                _ => {}
            }
        }
        request.problems.dedup();
        request
    }
}

/// The query pairs for `state` on its page (whose path says the screen): the language and
/// settings the original link carried, now with their current values (a `lang` in the link
/// keeps winning over a saved choice for the whole visit), and every parameter the app does not
/// know, in their original order.
pub fn updated_pairs(
    original: &[(String, String)],
    state: &LinkState<'_>,
) -> Vec<(String, String)> {
    let switch = |on: bool| if on { "1" } else { "0" }.to_owned();
    let mut pairs: Vec<(String, String)> = Vec::new();
    let push_once = |pairs: &mut Vec<(String, String)>, name: &str, value: String| {
        if !pairs.iter().any(|(n, _)| n == name) {
            pairs.push((name.to_owned(), value));
        }
    };
    for (name, value) in original {
        match name.as_str() {
            param::LANG => push_once(&mut pairs, param::LANG, state.lang.tag().to_owned()),
            param::ELDER => push_once(&mut pairs, param::ELDER, switch(state.elder)),
            param::PLAIN => push_once(&mut pairs, param::PLAIN, switch(state.plain)),
            // Said by the page's path, and acted on once.
            param::VIEW | param::ROUND => {}
            _ => pairs.push((name.clone(), value.clone())),
        }
    }
    pairs
}

/// The link for `state`, relative to the app's root: its page and its query.
pub fn href(original: &[(String, String)], state: &LinkState<'_>) -> String {
    page_path(state.lang, state.view) + &format_query(&updated_pairs(original, state))
}

/// The link that loads `state` in another entry's page: [`href`], with the language and
/// settings in use written out (the new page knows only its link and what was saved, which may
/// be nothing: a host's choice, storage that refuses writes), and the round of practice to
/// start there, if any.
pub fn href_to_load(
    original: &[(String, String)],
    state: &LinkState<'_>,
    practice: Option<Practice>,
) -> String {
    let mut pairs = updated_pairs(original, state);
    let switch = |on: bool| if on { "1" } else { "0" };
    for (name, value) in [
        (param::LANG, state.lang.tag()),
        (param::ELDER, switch(state.elder)),
        (param::PLAIN, switch(state.plain)),
    ] {
        if !pairs.iter().any(|(n, _)| n == name) {
            pairs.push((name.to_owned(), value.to_owned()));
        }
    }
    if let Some(practice) = practice {
        pairs.push((param::ROUND.to_owned(), practice.to_param()));
    }
    page_path(state.lang, state.view) + &format_query(&pairs)
}

/// The link for `state` in the embedding page's own window: [`href`] without the parameters
/// that say how the app is embedded.
pub fn unembedded_href(original: &[(String, String)], state: &LinkState<'_>) -> String {
    let embedding = [param::EMBED, param::HOST, param::HOST_LANG, param::NAV];
    let kept: Vec<(String, String)> = original
        .iter()
        .filter(|(name, _)| !embedding.contains(&name.as_str()))
        .cloned()
        .collect();
    href(&kept, state)
}

/// Reads `1`/`0` (and `true`/`false`); anything else says nothing.
fn parse_switch(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// Decodes `%XX` escapes and `+` as a space; invalid escapes and invalid UTF-8 are kept
/// readable rather than rejected.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match (hex_value(bytes[i + 1]), hex_value(bytes[i + 2])) {
                    (Some(high), Some(low)) => {
                        out.push(high * 16 + low);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

/// Escapes every byte of `text` as `%XX` but RFC 3986's unreserved characters (letters,
/// digits, `-._~`) and those in `kept`. The one percent-encoder of the app (links' queries,
/// the CSV's `data:` URL): the `percent-encoding` crate would do the same, but measured in the
/// release build it added about a kilobyte (brotli) to the first load, so it is not used.
pub fn percent_encode(text: &str, kept: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) || kept.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// What a query keeps readable beside the unreserved characters: `:` (`view=right:x`).
const KEPT_IN_QUERY: &[u8] = b":";

#[cfg(test)]
mod tests {
    use super::*;

    fn request(query: &str) -> LinkRequest {
        LinkRequest::from_pairs(&parse_query(query))
    }

    #[test]
    fn reads_every_contract_parameter() {
        let r = request("?lang=UG&view=right%3Aproperty-safety&elder=1&plain=0");
        assert_eq!(r.lang, Some(Locale::Ug));
        assert_eq!(r.view, Some(View::Right("property-safety".into())));
        assert_eq!(r.elder, Some(true));
        assert_eq!(r.plain, Some(false));
        assert!(r.problems.is_empty());
    }

    #[test]
    fn a_round_names_a_topic_or_a_case_there_is_and_reads_back() {
        assert_eq!(
            request("?view=quiz&round=case%3Aagent-surrender").practice,
            Some(Practice::Case("agent-surrender"))
        );
        for topic in anxin_content::quiz::TOPICS {
            let practice = Practice::Topic(topic.id);
            assert_eq!(Practice::parse(&practice.to_param()), Some(practice));
        }
        for case in anxin_content::cases::ids() {
            let practice = Practice::Case(case);
            assert_eq!(Practice::parse(&practice.to_param()), Some(practice));
        }
        for bad in [
            "",
            "case",
            "case:",
            "case:nothing",
            "topic:nothing",
            "x:y",
            ":",
        ] {
            assert_eq!(Practice::parse(bad), None, "{bad}");
        }
        // Acted on once: the links the app writes afterwards leave it out.
        let pairs = parse_query("?round=case%3Aagent-surrender&utm=x");
        let view = View::Quiz;
        let state = LinkState {
            view: &view,
            lang: Locale::ZhHans,
            elder: false,
            plain: false,
        };
        assert_eq!(href(&pairs, &state), "zh-Hans/quiz.html?utm=x");
        let practising = href_to_load(&pairs, &state, Some(Practice::Topic("high-yield")));
        assert_eq!(
            practising,
            "zh-Hans/quiz.html?utm=x&lang=zh-Hans&elder=0&plain=0&round=topic:high-yield"
        );
        let (_, query) = practising.split_once('?').unwrap();
        assert_eq!(
            request(&format!("?{query}")).practice,
            Some(Practice::Topic("high-yield"))
        );
    }

    #[test]
    fn empty_and_foreign_queries_ask_for_nothing() {
        assert_eq!(request(""), LinkRequest::default());
        assert_eq!(request("?"), LinkRequest::default());
        assert_eq!(
            request("?from=singlemessage&isappinstalled=0"),
            LinkRequest::default()
        );
    }

    #[test]
    fn unreadable_values_fall_back_and_are_reported() {
        let r = request("?lang=fr&view=admin&elder=yes&plain=2");
        assert_eq!(r.lang, None);
        assert_eq!(r.view, None);
        assert_eq!(r.elder, None);
        assert_eq!(r.plain, None);
        assert_eq!(
            r.problems,
            vec![LinkProblem::UnknownLanguage, LinkProblem::UnknownView]
        );
    }

    #[test]
    fn broken_escapes_do_not_panic() {
        for query in [
            "?view=%",
            "?view=%E",
            "?view=%ZZ",
            "?%=%",
            "?lang=%FF%FE",
            "?=&=&&",
        ] {
            let r = request(query);
            assert_eq!(r.lang, None, "{query}");
        }
        assert_eq!(parse_query("a=%41%"), vec![("a".into(), "A%".into())]);
        assert_eq!(parse_query("a=x+y"), vec![("a".into(), "x y".into())]);
    }

    #[test]
    fn updated_links_keep_foreign_parameters_and_follow_the_state() {
        let original = parse_query("?from=timeline&lang=ug&view=help&elder=0");
        let view = View::Right("fair-trade".into());
        let state = LinkState {
            view: &view,
            lang: Locale::Bo,
            elder: true,
            plain: false,
        };
        let link = href(&original, &state);
        assert_eq!(
            link,
            "bo/right.fair-trade.html?from=timeline&lang=bo&elder=1"
        );
        let (path, query) = link.split_once('?').unwrap();
        let request = LinkRequest::from_pairs(&url_pairs(path, query));
        assert_eq!(request.view, Some(view));
        assert_eq!(request.lang, Some(Locale::Bo));
        assert_eq!(request.elder, Some(true));
        let request = LinkRequest::from_pairs(&url_pairs(path, "?elder=1"));
        assert_eq!(
            request.lang, None,
            "the page's own language is only a default"
        );
    }

    #[test]
    fn home_is_the_index_page_without_a_query() {
        let state = LinkState {
            view: &View::Home,
            lang: Locale::ZhHans,
            elder: false,
            plain: false,
        };
        assert_eq!(href(&[], &state), "zh-Hans/index.html");
    }

    #[test]
    fn every_page_path_reads_back() {
        for locale in Locale::ALL {
            for view in [
                View::Home,
                View::Rights,
                View::Right("property-safety".into()),
                View::Case("agent-surrender".into()),
                View::Settings,
            ] {
                let path = format!("/some/where/{}", page_path(locale, &view));
                assert_eq!(parse_page_path(&path), Some((locale, view)));
            }
        }
        assert_eq!(parse_page_path("/app/UG/"), Some((Locale::Ug, View::Home)));
        assert_eq!(
            parse_page_path("/app/bo/case.agent-surrender"),
            Some((Locale::Bo, View::Case("agent-surrender".into())))
        );
    }

    #[test]
    fn other_paths_are_no_pages() {
        for path in [
            "",
            "/",
            "/index.html",
            "/app/",
            "/app/index.html",
            "/fr/index.html",
            "/bo/case.html",
            "/bo/case.Agent.html",
            "/bo/admin.html",
            "/bo/rights.htm",
            "/bo/right.a--b.html",
        ] {
            assert_eq!(parse_page_path(path), None, "{path:?}");
        }
    }

    #[test]
    fn the_query_wins_over_the_path() {
        let pairs = url_pairs("/bo/help.html", "?lang=ug&from=timeline");
        let request = LinkRequest::from_pairs(&pairs);
        assert_eq!(request.lang, Some(Locale::Ug));
        assert_eq!(request.view, Some(View::Help));
        assert_eq!(url_pairs("/", "?view=quiz"), parse_query("?view=quiz"));
    }

    #[test]
    fn encoding_round_trips_any_text() {
        let pairs = vec![("q".to_owned(), "安心 & =?#".to_owned())];
        assert_eq!(parse_query(&format_query(&pairs)), pairs);
    }
}
