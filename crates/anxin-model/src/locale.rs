//! The languages Anxin speaks, how a BCP 47 tag maps onto them, and their fallback chain.

use std::fmt;

/// A language the app can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    /// Mandarin, simplified Chinese script: complete, and the root of every fallback chain.
    ZhHans,
    /// Tibetan.
    Bo,
    /// Uyghur, Arabic script, written right to left.
    Ug,
    /// Cantonese as written in Guangdong, simplified characters.
    Yue,
}

/// Writing direction of a locale's script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The longest language tag we bother to read; anything longer is not a real tag.
const MAX_TAG_LEN: usize = 35;

impl Locale {
    /// Every locale, in the order the language switch lists them.
    pub const ALL: [Locale; 4] = [Locale::ZhHans, Locale::Bo, Locale::Ug, Locale::Yue];

    /// The locale's position in [`Locale::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The canonical BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhHans => "zh-Hans",
            Locale::Bo => "bo",
            Locale::Ug => "ug",
            Locale::Yue => "yue",
        }
    }

    /// The language's own name in its own script, as the language switch shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Locale::ZhHans => "中文",
            Locale::Bo => "བོད་ཡིག",
            Locale::Ug => "ئۇيغۇرچە",
            Locale::Yue => "粤语",
        }
    }

    /// The writing direction of the locale's script.
    pub fn direction(self) -> Direction {
        match self {
            Locale::Ug => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The locale whose text stands in for a message this one lacks.
    pub fn fallback(self) -> Option<Locale> {
        match self {
            Locale::ZhHans => None,
            Locale::Bo | Locale::Ug | Locale::Yue => Some(Locale::ZhHans),
        }
    }

    /// This locale followed by its fallbacks, most preferred first.
    pub fn chain(self) -> Vec<Locale> {
        std::iter::successors(Some(self), |locale| locale.fallback()).collect()
    }

    /// Whether the locale has a plain-speech register (`plain=1`) beside its standard text.
    pub fn has_plain_register(self) -> bool {
        self == Locale::ZhHans
    }

    /// Whether a native speaker has reviewed the translation. Mandarin is the source; the
    /// others are drafts until someone who speaks the language checks them, and the settings
    /// screen says so.
    pub fn is_reviewed(self) -> bool {
        self == Locale::ZhHans
    }

    /// Reads a BCP 47 tag case-insensitively (`zh`, `zh-CN`, `ZH-hans` all give Mandarin);
    /// `None` for a tag of a language the app does not speak or for something that is no tag.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if tag.is_empty()
            || tag.len() > MAX_TAG_LEN
            || !tag
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return None;
        }
        let lower = tag.to_ascii_lowercase();
        let mut subtags = lower.split(['-', '_']);
        let primary = subtags.next()?;
        let rest: Vec<&str> = subtags.collect();
        match primary {
            "zh" if rest.contains(&"yue") => Some(Locale::Yue),
            "zh" | "cmn" => Some(Locale::ZhHans),
            "yue" => Some(Locale::Yue),
            "bo" => Some(Locale::Bo),
            "ug" => Some(Locale::Ug),
            _ => None,
        }
    }

    /// The first of the person's preferred languages (for example `navigator.languages`)
    /// that the app speaks.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        preferred.into_iter().find_map(Locale::from_tag)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_case_insensitively() {
        assert_eq!(Locale::from_tag("zh"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("zh-CN"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("ZH-hans"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("zh_CN"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("BO"), Some(Locale::Bo));
        assert_eq!(Locale::from_tag("bo-CN"), Some(Locale::Bo));
        assert_eq!(Locale::from_tag("ug-Arab-CN"), Some(Locale::Ug));
        assert_eq!(Locale::from_tag("yue-Hans"), Some(Locale::Yue));
        assert_eq!(Locale::from_tag("zh-yue"), Some(Locale::Yue));
    }

    #[test]
    fn unknown_or_malformed_tags_are_rejected() {
        for tag in [
            "",
            "fr",
            "en-US",
            "z",
            "zh<script>",
            "ug;drop",
            &"a".repeat(100),
        ] {
            assert_eq!(Locale::from_tag(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn every_tag_round_trips() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }

    #[test]
    fn index_is_the_position_in_all() {
        for (i, locale) in Locale::ALL.into_iter().enumerate() {
            assert_eq!(locale.index(), i);
        }
    }

    #[test]
    fn chains_end_in_mandarin() {
        assert_eq!(Locale::Yue.chain(), vec![Locale::Yue, Locale::ZhHans]);
        assert_eq!(Locale::ZhHans.chain(), vec![Locale::ZhHans]);
        for locale in Locale::ALL {
            assert_eq!(locale.chain().last(), Some(&Locale::ZhHans));
        }
    }

    #[test]
    fn only_uyghur_is_right_to_left() {
        let rtl: Vec<_> = Locale::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, vec![Locale::Ug]);
    }

    #[test]
    fn negotiation_takes_the_first_known_language() {
        assert_eq!(
            Locale::negotiate(["en-GB", "ug-CN", "zh-CN"]),
            Some(Locale::Ug)
        );
        assert_eq!(Locale::negotiate(["en-GB", "fr"]), None);
    }
}
