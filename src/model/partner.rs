//! STUB until the helper's model lands (replaced at merge).

use super::locale::Locale;

/// Largest file accepted.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

/// A partner.
#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    /// Names.
    pub names: Vec<(Locale, String)>,
    /// Hotline.
    pub hotline: String,
    /// Website.
    pub website: Option<String>,
    /// Colours.
    pub colors: Option<BrandColors>,
    /// Logo.
    pub logo: Option<String>,
    /// Hosts.
    pub hosts: Vec<String>,
    /// Cases first.
    pub featured_cases: Vec<String>,
    /// Topics first.
    pub featured_topics: Vec<String>,
    /// Languages.
    pub languages: Vec<Locale>,
    /// Share.
    pub share_score: bool,
}

/// Colours.
#[derive(Clone, Debug, PartialEq)]
pub struct BrandColors {
    /// Brand.
    pub brand: String,
    /// On brand.
    pub on_brand: String,
    /// Ratio.
    pub ratio: f64,
    /// Elder.
    pub in_elder: bool,
}

/// Severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Error.
    Error,
    /// Warning.
    Warning,
}

/// Note.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// Field.
    pub field: String,
    /// Severity.
    pub severity: Severity,
    /// Message.
    pub message: String,
}

/// Checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// Partner.
    pub partner: Option<Partner>,
    /// Notes.
    pub notes: Vec<Note>,
}

impl Partner {
    /// Check.
    pub fn check(text: &str) -> Checked {
        use super::json::Json;
        let Some(json) = Json::parse(text) else {
            return Checked {
                partner: None,
                notes: vec![Note {
                    field: String::new(),
                    severity: Severity::Error,
                    message: "not JSON".into(),
                }],
            };
        };
        let s = |k: &str| json.get(k).and_then(Json::as_str).map(str::to_owned);
        let list = |v: Option<&Json>| -> Vec<String> {
            match v {
                Some(Json::Array(items)) => items
                    .iter()
                    .filter_map(Json::as_str)
                    .map(str::to_owned)
                    .collect(),
                _ => vec![],
            }
        };
        let names = match json.get("name") {
            Some(Json::Object(fields)) => fields
                .iter()
                .filter_map(|(k, v)| Some((Locale::from_tag(k)?, v.as_str()?.to_owned())))
                .collect(),
            _ => vec![],
        };
        let colors = json.get("colors").and_then(|c| {
            let brand = c.get("brand")?.as_str()?.to_owned();
            let on_brand = c.get("on-brand")?.as_str()?.to_owned();
            let ratio = super::contrast::contrast_ratio(&brand, &on_brand)?;
            Some(BrandColors {
                brand,
                on_brand,
                ratio,
                in_elder: ratio >= 7.0,
            })
        });
        let featured = json.get("featured");
        let partner = Partner {
            names,
            hotline: s("hotline").unwrap_or_default(),
            website: s("website"),
            colors,
            logo: s("logo"),
            hosts: list(json.get("hosts")),
            featured_cases: list(featured.and_then(|f| f.get("cases"))),
            featured_topics: list(featured.and_then(|f| f.get("topics"))),
            languages: {
                let l: Vec<Locale> = list(json.get("languages"))
                    .iter()
                    .filter_map(|t| Locale::from_tag(t))
                    .collect();
                if l.is_empty() {
                    Locale::ALL.to_vec()
                } else {
                    l
                }
            },
            share_score: json
                .get("share-score")
                .and_then(Json::as_bool)
                .unwrap_or(false),
        };
        let ok = !partner.hotline.is_empty()
            && partner.hotline.bytes().all(|b| b.is_ascii_digit())
            && partner.colors.as_ref().is_none_or(|c| c.ratio >= 4.5);
        Checked {
            partner: ok.then_some(partner),
            notes: vec![],
        }
    }

    /// Name.
    pub fn name(&self, locale: Locale) -> &str {
        locale
            .chain()
            .into_iter()
            .find_map(|l| self.names.iter().find(|(n, _)| *n == l))
            .map(|(_, n)| n.as_str())
            .unwrap_or("")
    }

    /// Allows host.
    pub fn allows_host(&self, origin: &str) -> bool {
        self.hosts.iter().any(|h| h == origin)
    }

    /// Offers.
    pub fn offers(&self, locale: Locale) -> bool {
        self.languages.contains(&locale)
    }
}

/// Is origin.
pub fn is_origin(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://")) && !text[8..].contains('/')
}
