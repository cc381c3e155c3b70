//! Message files, grouped so that a screen loads only the text it shows (each screen's files
//! are declared in `view`'s table). The shell (names, navigation, settings, notices) is always
//! there; each content area has its own file.

use super::locale::Locale;

/// A message file every locale may have under `locales/<tag>/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resource {
    /// Names, navigation, home, settings and notices: needed by every screen.
    Shell,
    /// The eight rights and where to turn for help.
    Rights,
    /// The quiz: its screens, topics and question bank (also the home screen's daily question).
    Quiz,
    /// The scam case studies and the red-flag exercise.
    Cases,
    /// 每日一题 on the home screen: today's question alone, with the quiz's shared messages. Cut
    /// from the quiz's file at build time, one file per question
    /// (`locales/<tag>/daily/<question>.ftl`), so the first screen never fetches the whole bank.
    /// The quiz's file holds everything it does: once that is here, it stands in for it.
    Daily,
    /// Workshop mode: plans, the presenter's controls, the volunteer's notes, the tally and the
    /// session's record.
    Workshop,
    /// The message checker: its screen, the warning signs' names and reasons, the three steps.
    Check,
}

impl Resource {
    /// Every resource.
    pub const ALL: [Resource; 7] = [
        Resource::Shell,
        Resource::Rights,
        Resource::Quiz,
        Resource::Cases,
        Resource::Daily,
        Resource::Workshop,
        Resource::Check,
    ];

    /// The file under `locales/<tag>/` that translators write this text in.
    pub fn file(self) -> &'static str {
        match self {
            Resource::Shell => "shell.ftl",
            Resource::Rights => "rights.ftl",
            Resource::Quiz | Resource::Daily => "quiz.ftl",
            Resource::Cases => "cases.ftl",
            Resource::Workshop => "workshop.ftl",
            Resource::Check => "check.ftl",
        }
    }

    /// The resource this one is cut from at build time, which holds all of its text: `Daily`
    /// is cut from `Quiz`. Translators write only the resources cut from nothing.
    pub fn cut_from(self) -> Option<Resource> {
        (self == Resource::Daily).then_some(Resource::Quiz)
    }

    /// The resource's position in [`Resource::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The locale this resource's text is shown in for `locale`: the locale itself, or the
    /// first fallback that has the file.
    pub fn shown_in(self, locale: Locale) -> Locale {
        self.first_having(locale, Resource::is_translated)
    }

    /// The first language along `locale`'s fallback chain for which `has` says the file exists.
    fn first_having(self, locale: Locale, has: impl Fn(Resource, Locale) -> bool) -> Locale {
        locale
            .chain()
            .into_iter()
            .find(|l| has(self, *l))
            .unwrap_or(Locale::ZhHans)
    }

    /// Whether `locale` has its own file of this resource. Where it has none, the screen
    /// shows the Mandarin text.
    pub fn is_translated(self, locale: Locale) -> bool {
        if let Some(whole) = self.cut_from() {
            return whole.is_translated(locale);
        }
        self == Resource::Shell || locale == Locale::ZhHans || TRANSLATED.contains(&(locale, self))
    }
}

/// The content files translated beyond Mandarin (every locale has its own `shell.ftl`).
const TRANSLATED: &[(Locale, Resource)] = &[
    (Locale::Bo, Resource::Rights),
    (Locale::Ug, Resource::Rights),
    (Locale::Bo, Resource::Cases),
    (Locale::Ug, Resource::Cases),
    (Locale::Bo, Resource::Quiz),
    (Locale::Ug, Resource::Quiz),
    (Locale::Yue, Resource::Rights),
    (Locale::Yue, Resource::Cases),
    (Locale::Yue, Resource::Quiz),
    (Locale::Bo, Resource::Workshop),
    (Locale::Ug, Resource::Workshop),
    (Locale::Yue, Resource::Workshop),
    (Locale::Bo, Resource::Check),
    (Locale::Ug, Resource::Check),
    (Locale::Yue, Resource::Check),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untranslated_text_is_shown_in_mandarin() {
        let only_shells =
            |resource, locale| resource == Resource::Shell || locale == Locale::ZhHans;
        assert_eq!(
            Resource::Quiz.first_having(Locale::Ug, only_shells),
            Locale::ZhHans
        );
        assert_eq!(
            Resource::Shell.first_having(Locale::Ug, only_shells),
            Locale::Ug
        );
        assert_eq!(Resource::Rights.shown_in(Locale::Ug), Locale::Ug);
        assert_eq!(Resource::Shell.shown_in(Locale::Ug), Locale::Ug);
    }

    #[test]
    fn mandarin_has_every_file() {
        for resource in Resource::ALL {
            assert!(resource.is_translated(Locale::ZhHans));
            assert_eq!(Resource::ALL[resource.index()], resource);
        }
    }
}
