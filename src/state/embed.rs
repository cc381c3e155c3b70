//! Being embedded in a partner's page: how (`embed=full|card|popup`), for which host page
//! (`host`, the exact origin the loader read from the host page), the host's language (`hl`),
//! where "learn more" opens (`nav=top`: the host's own window), and the events waiting to be
//! posted to the host. The platform checks every command's origin before it becomes an
//! [`EmbedAction`], and every event's target before it is posted (`model::embed`).

use std::rc::Rc;

use crate::model::embed::{Command, EmbedMode, Event};
use crate::model::link::LinkRequest;
use crate::model::locale::Locale;
use crate::model::view::View;

/// How this visit is embedded, if it is.
#[derive(Clone, Debug, Default)]
pub struct Embedding {
    /// The mode the host asked for; `None` when the app is not embedded.
    pub mode: Option<EmbedMode>,
    /// The host page's origin, as the loader gave it.
    pub parent: Option<Rc<str>>,
    /// The language the host asked for (`hl` or `set-locale`), below the person's own choice.
    pub host_locale: Option<Locale>,
    /// Whether "learn more" opens in the host's window rather than in the frame.
    pub learn_more_top: bool,
    /// Every event for the host so far, in order; the platform posts those it has not yet.
    pub outbox: Rc<Vec<Event>>,
    /// Whether the person agreed to share the score of the round on screen.
    pub score_shared: bool,
}

/// What can happen to the embedding.
pub enum EmbedAction {
    /// The host sent a command (from an origin the partner file lists).
    Command(Command),
    /// The person checked their answers in a case's red-flag exercise.
    CaseChecked(String),
    /// The person agreed to share the finished round's score with the partner.
    ShareScore,
    /// The person agreed to tell the partner how many warning signs a check found.
    ShareCheck(u32),
}

/// What the rest of the state has to do after an embed action.
#[derive(Clone, Debug, PartialEq)]
pub enum EmbedEvent {
    /// Show this language, unless the person chose one.
    Language(Locale),
    /// Turn 长辈版 on or off for this visit.
    Elder(bool),
    /// Show this screen.
    Navigate(View),
    /// Tell the host the score of the finished round.
    ShareScore,
    /// Tell the host how many warning signs a check found.
    ShareCheck(u32),
}

impl Embedding {
    /// The embedding the link asks for.
    pub fn new(link: &LinkRequest) -> Embedding {
        Embedding {
            mode: link.embed,
            parent: link.host.as_deref().map(Rc::from),
            host_locale: link.host_lang,
            learn_more_top: link.learn_more_top,
            ..Embedding::default()
        }
    }

    /// Whether the host chose the language, so the app's own language controls are left out.
    pub fn host_sets_language(&self) -> bool {
        self.mode.is_some() && self.host_locale.is_some()
    }

    /// Whether the app shows a control that closes it (a popup over the host page).
    pub fn can_close(&self) -> bool {
        self.mode == Some(EmbedMode::Popup)
    }

    /// Whether the screens look as their prerendered pages do, so the app can take a page over:
    /// not with a close control (a popup), nor without the language controls (the host set
    /// the language).
    pub fn keeps_page_structure(&self) -> bool {
        !self.can_close() && !self.host_sets_language()
    }

    /// Queues `event` for the host, if the app is embedded.
    pub fn send(&mut self, event: Event) {
        if self.mode.is_some() {
            Rc::make_mut(&mut self.outbox).push(event);
        }
    }

    /// Applies `action`, returning what the rest of the state must do.
    pub fn apply(&mut self, action: EmbedAction) -> Option<EmbedEvent> {
        match action {
            EmbedAction::Command(Command::SetLocale(locale)) => {
                self.host_locale = Some(locale);
                Some(EmbedEvent::Language(locale))
            }
            EmbedAction::Command(Command::SetElder(on)) => Some(EmbedEvent::Elder(on)),
            EmbedAction::Command(Command::Navigate(view)) => Some(EmbedEvent::Navigate(view)),
            EmbedAction::Command(Command::Close) => {
                self.send(Event::Close);
                None
            }
            EmbedAction::CaseChecked(case) => {
                self.send(Event::CaseChecked { case });
                None
            }
            EmbedAction::ShareScore => (!self.score_shared).then(|| {
                self.score_shared = true;
                EmbedEvent::ShareScore
            }),
            EmbedAction::ShareCheck(signs) => Some(EmbedEvent::ShareCheck(signs)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::link::parse_query;

    fn embedded(query: &str) -> Embedding {
        Embedding::new(&LinkRequest::from_pairs(&parse_query(query)))
    }

    #[test]
    fn the_link_says_how_the_app_is_embedded() {
        let card = embedded("embed=card&host=https%3A%2F%2Fm.example.cn&hl=bo&nav=top");
        assert_eq!(card.mode, Some(EmbedMode::Card));
        assert_eq!(card.parent.as_deref(), Some("https://m.example.cn"));
        assert!(card.host_sets_language());
        assert!(card.learn_more_top);
        let plain = embedded("lang=bo");
        assert_eq!(plain.mode, None);
        assert!(!plain.host_sets_language());
    }

    #[test]
    fn events_wait_only_when_embedded_and_a_score_is_shared_once() {
        let mut alone = embedded("");
        alone.apply(EmbedAction::CaseChecked("x".into()));
        assert!(alone.outbox.is_empty());

        let mut card = embedded("embed=popup&host=https%3A%2F%2Fm.example.cn");
        card.apply(EmbedAction::CaseChecked("x".into()));
        card.apply(EmbedAction::Command(Command::Close));
        assert_eq!(
            *card.outbox,
            vec![Event::CaseChecked { case: "x".into() }, Event::Close]
        );
        assert_eq!(
            card.apply(EmbedAction::ShareScore),
            Some(EmbedEvent::ShareScore)
        );
        assert_eq!(card.apply(EmbedAction::ShareScore), None);
    }
}
