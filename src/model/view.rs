//! The screens of the app and their deep-link form (`view=right:property-safety`).

/// Longest id accepted in a deep link.
const MAX_ID_LEN: usize = 64;

/// One screen of the app.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// The first screen.
    #[default]
    Home,
    /// The eight basic rights.
    Rights,
    /// One right in depth, by its stable id.
    Right(String),
    /// The scam case studies.
    Cases,
    /// One case study, by its stable id.
    Case(String),
    /// Quizzes.
    Quiz,
    /// Where to turn for help.
    Help,
    /// Language, 长辈版, plain speech, and the person's data.
    Settings,
}

impl View {
    /// Reads the `view` parameter; `None` for anything that is not a view.
    pub fn parse(value: &str) -> Option<View> {
        let value = value.trim();
        match value {
            "home" => return Some(View::Home),
            "rights" => return Some(View::Rights),
            "cases" => return Some(View::Cases),
            "quiz" => return Some(View::Quiz),
            "help" => return Some(View::Help),
            "settings" => return Some(View::Settings),
            _ => {}
        }
        let (kind, id) = value.split_once(':')?;
        if !is_stable_id(id) {
            return None;
        }
        match kind {
            "right" => Some(View::Right(id.to_owned())),
            "case" => Some(View::Case(id.to_owned())),
            _ => None,
        }
    }

    /// The `view` parameter for this screen; also the value of the root's `data-view`.
    pub fn to_param(&self) -> String {
        match self {
            View::Right(id) => format!("right:{id}"),
            View::Case(id) => format!("case:{id}"),
            other => other.kind().to_owned(),
        }
    }

    /// The kind of screen without its id (`right` for `right:property-safety`).
    pub fn kind(&self) -> &'static str {
        match self {
            View::Home => "home",
            View::Rights => "rights",
            View::Right(_) => "right",
            View::Cases => "cases",
            View::Case(_) => "case",
            View::Quiz => "quiz",
            View::Help => "help",
            View::Settings => "settings",
        }
    }

    /// The screen a back control leads to.
    pub fn parent(&self) -> View {
        match self {
            View::Right(_) => View::Rights,
            View::Case(_) => View::Cases,
            _ => View::Home,
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

    #[test]
    fn every_view_round_trips() {
        let views = [
            View::Home,
            View::Rights,
            View::Right("property-safety".into()),
            View::Cases,
            View::Case("agent-surrender".into()),
            View::Quiz,
            View::Help,
            View::Settings,
        ];
        for view in views {
            assert_eq!(View::parse(&view.to_param()), Some(view));
        }
    }

    #[test]
    fn malformed_views_are_rejected() {
        for value in [
            "",
            "Home",
            "right:",
            "right:Property",
            "right:a b",
            "case:../etc",
            "case:-x",
            "case:x--y",
            "quiz:1",
            "rights:x",
            "<script>",
        ] {
            assert_eq!(View::parse(value), None, "{value:?}");
        }
    }

    #[test]
    fn detail_views_go_back_to_their_list() {
        assert_eq!(View::Right("x".into()).parent(), View::Rights);
        assert_eq!(View::Case("x".into()).parent(), View::Cases);
        assert_eq!(View::Help.parent(), View::Home);
    }
}
