//! Workshop mode (`view=workshop`): choosing a plan, the presenter view a volunteer holds up to
//! a room, the show-of-hands tally, marking the red flags the room calls out, and the session's
//! record. Reads the workshop's own state (`state::workshop`), which only the workshop's wasm
//! carries.

mod chooser;
mod clock;
mod presenter;
mod red_flags;
mod summary;
mod tally;

use crate::components::read_aloud::Reader;
use crate::content::quiz::Question;
use crate::content::workshop::Block;
use crate::i18n::{use_i18n, Localizer};
use crate::model::locale::Locale;
use crate::model::tally::NOT_SURE;
use crate::model::view::View;
use crate::model::wrap::sentences;
use crate::platform::presenter::{focus, use_notes_window, use_presenter_keys, use_stage_fit, Fit};
use crate::state::language::LanguageAction;
use crate::state::workshop::{use_workshop, Saving, WorkshopAction, WorkshopHandle, WorkshopState};
use crate::state::{use_app, AppHandle};
use crate::theme::styles::WORKSHOP;
use crate::theme::{stage_scale, stage_variables, Mode};
use chooser::Chooser;
use fluent_bundle::FluentArgs;
use presenter::presenter;
use summary::summary;
use yew::prelude::*;

/// The workshop screen: the session in progress, a finished one's summary, or the plans.
#[function_component]
pub fn Workshop() -> Html {
    let workshop = use_workshop();
    let i18n = use_i18n();
    let app = use_app();
    let beside_locale = workshop
        .sessions
        .current
        .as_ref()
        .and_then(|session| session.beside)
        .filter(|locale| *locale != i18n.locale());
    // The second language's localizer, once its text is here.
    let beside = use_memo(
        (app.language.catalog.clone(), beside_locale, i18n.clone()),
        |(catalog, locale, i18n)| {
            locale
                .filter(|locale| catalog.missing(*locale, &View::Workshop).is_empty())
                .map(|locale| i18n.beside(catalog, locale))
        },
    );
    let stage_ref = use_node_ref();
    let mode = if app.effective.elder {
        Mode::Elder
    } else {
        Mode::Standard
    };
    let scale = stage_scale(mode);
    let session = workshop.sessions.current.as_ref();
    let (_, pages) = workshop.page();
    let sentences = |id: &str| {
        let first = sentences(&i18n.text(id));
        match beside.as_ref().as_ref() {
            Some(beside) => first.min(sentences(&beside.text(id))),
            None => first,
        }
    };
    let split = session
        .filter(|session| pages < presenter::most_parts(session, &sentences))
        .map(|session| (session.step, pages + 1));
    use_stage_fit(
        stage_ref.clone(),
        Fit {
            floor: scale.floor,
            floor_share: scale.floor_share,
            share: if workshop.big_room {
                scale.big_room_share
            } else {
                scale.width_share
            },
            split,
        },
        workshop.clone(),
    );
    use_presenter_keys(
        workshop.clone(),
        session.is_some() && !workshop.notes_window,
    );
    use_notes_window(workshop.clone());
    // A confirmation starts at its safe choice.
    use_effect_with(workshop.confirm, |asked| {
        if asked.is_some() {
            focus("[data-testid=workshop-confirm-no]");
        }
    });
    let body = if workshop.notes_window {
        presenter::notes_window(&workshop, &i18n)
    } else if let Some(session) = session {
        let reader = Reader::new(&app);
        let voices = Voices {
            first: &i18n,
            beside: beside.as_ref().as_ref(),
            reader: &reader,
        };
        let waiting = beside_locale.filter(|_| beside.is_none()).map(|locale| {
            let failed = app.language.failed.iter().any(|(l, _)| *l == locale);
            beside_status(&app, &i18n, locale, failed)
        });
        let status = html! { <>{ status_lines(&workshop, &i18n) }{ for waiting }</> };
        presenter(&workshop, voices, session, &stage_ref, status)
    } else if let Some(session) = workshop.shown_summary() {
        html! { <>{ summary(&app, &workshop, &i18n, session) }{ status_lines(&workshop, &i18n) }</> }
    } else {
        html! { <><Chooser />{ status_lines(&workshop, &i18n) }</> }
    };
    html! { <div class={WORKSHOP} style={stage_variables(mode)}>{ body }</div> }
}

/// Whether the screen stays on while a session runs, and whether this visit's sessions are
/// not being kept, and why (the session still runs).
fn status_lines(workshop: &WorkshopState, i18n: &Localizer) -> Html {
    let running = workshop.sessions.current.is_some();
    let awake = workshop.awake.filter(|_| running).map(|kept| {
        let id = if kept {
            "workshop-awake"
        } else {
            "workshop-awake-unavailable"
        };
        html! { <p class="muted status" role="status" title={i18n.text(id)} data-testid="workshop-awake">{ i18n.text(id) }</p> }
    });
    let not_saved = match workshop.saving {
        Saving::Kept => None,
        Saving::Refused => Some("workshop-save-refused"),
        Saving::Newer => Some("workshop-save-newer"),
        Saving::Conflict => Some("workshop-save-conflict"),
    }
    .map(
        |id| html! { <p class="muted status" role="status" title={i18n.text(id)} data-testid={id}>{ i18n.text(id) }</p> },
    );
    html! { <>{ for awake }{ for not_saved }</> }
}

pub(super) fn send(workshop: &WorkshopHandle, action: WorkshopAction) -> Callback<MouseEvent> {
    let workshop = workshop.clone();
    Callback::from(move |_: MouseEvent| workshop.dispatch(action.clone()))
}

/// The languages the audience reads: the app's, and the one the volunteer chose to show beside
/// it, once its text is here.
#[derive(Clone, Copy)]
pub(super) struct Voices<'a> {
    first: &'a Localizer,
    beside: Option<&'a Localizer>,
    /// The stage's reading matter, read aloud for the room by the tablet's voice.
    reader: &'a Reader,
}

impl Voices<'_> {
    /// A paragraph of `class` in each language, side by side in columns (each in its own
    /// script and direction).
    fn block(&self, class: &'static str, text: impl Fn(&Localizer) -> String) -> Html {
        self.paragraphs(class, None, text)
    }

    /// [`Voices::block`] with a test hook: `testid` names the first language's paragraph, and
    /// with `-beside` the second's.
    fn block_with_testid(
        &self,
        testid: &'static str,
        class: &'static str,
        text: impl Fn(&Localizer) -> String,
    ) -> Html {
        self.paragraphs(class, Some(testid), text)
    }

    fn paragraphs(
        &self,
        class: &'static str,
        testid: Option<&'static str>,
        text: impl Fn(&Localizer) -> String,
    ) -> Html {
        let read = |i18n: &Localizer| self.read(i18n, &text);
        let Some(beside) = self.beside else {
            return html! { <p class={class} data-testid={testid}>{ read(self.first) }</p> };
        };
        html! {
            <div class={classes!("pair", class)}>
                { in_language("p", self.first, testid.map(AttrValue::from), read) }
                { in_language("p", beside, testid.map(|id| AttrValue::from(format!("{id}-beside"))), read) }
            </div>
        }
    }

    /// A short text inside a control (an option, a line of a conversation): the first
    /// language, and the second beside it.
    fn inline(&self, text: impl Fn(&Localizer) -> String) -> Html {
        let read = |i18n: &Localizer| {
            let said = text(i18n);
            self.reader.read_as(i18n, "", said.clone(), said, false)
        };
        let Some(beside) = self.beside else {
            return read(self.first);
        };
        html! {
            <span class="pair">
                { in_language("span", self.first, None, read) }
                { in_language("span", beside, None, read) }
            </span>
        }
    }

    /// `text` in `i18n`'s language as a part read aloud. The stage's text is cut to fit the
    /// screen and joined across messages, so it names no message: a voice reads it, never a
    /// pack's clip.
    fn read(&self, i18n: &Localizer, text: &impl Fn(&Localizer) -> String) -> Html {
        let said = text(i18n);
        self.reader.read_as(i18n, "", said.clone(), said, true)
    }
}

/// A `tag` element holding `text` in `i18n`'s language, marked with its language and
/// direction.
pub(super) fn in_language(
    tag: &'static str,
    i18n: &Localizer,
    testid: Option<AttrValue>,
    content: impl Fn(&Localizer) -> Html,
) -> Html {
    let locale = i18n.locale();
    html! {
        <@{tag} lang={locale.tag()} dir={locale.direction().as_str()} data-testid={testid}>
            { content(i18n) }
        </@>
    }
}

/// Why the second language is not shown yet: its text is on its way, or could not be fetched
/// (with a retry).
pub(crate) fn beside_status(
    app: &AppHandle,
    i18n: &Localizer,
    locale: Locale,
    failed: bool,
) -> Html {
    let mut args = FluentArgs::new();
    args.set("language", locale.autonym());
    if failed {
        let app = app.clone();
        let onclick = Callback::from(move |_: MouseEvent| app.dispatch(LanguageAction::Retry));
        html! {
            <p class="muted" role="status" data-testid="workshop-beside-status">
                { i18n.text_with("workshop-beside-failed", &args) }{ " " }
                <button type="button" class="ax-button secondary" {onclick}>{ i18n.text("content-retry") }</button>
            </p>
        }
    } else {
        html! {
            <p class="muted" role="status" data-testid="workshop-beside-status">
                { i18n.text_with("workshop-beside-loading", &args) }
            </p>
        }
    }
}

pub(super) fn minutes(i18n: &Localizer, minutes: u8) -> String {
    let mut args = FluentArgs::new();
    args.set("minutes", minutes);
    i18n.text_with("workshop-minutes", &args)
}

pub(crate) fn block_label(i18n: &Localizer, block: Block) -> String {
    let mut args = FluentArgs::new();
    let case_title = |id: &str| i18n.text(&format!("case-{id}-title"));
    match block {
        Block::Story(id) => {
            args.set("case", case_title(id));
            i18n.text_with("workshop-block-story", &args)
        }
        Block::RedFlags(id) => {
            args.set("case", case_title(id));
            i18n.text_with("workshop-block-flags", &args)
        }
        Block::Quiz(_) => i18n.text("workshop-block-quiz"),
        Block::Right(id) => {
            args.set("right", i18n.text(&format!("right-{id}-name")));
            i18n.text_with("workshop-block-right", &args)
        }
        Block::Help => i18n.text("workshop-block-help"),
    }
}

/// The words of the option `key` of `question` (我不确定 for the not-sure count).
pub(super) fn option_text(i18n: &Localizer, question: &Question, key: &str) -> String {
    if key == NOT_SURE {
        i18n.text("tally-not-sure")
    } else {
        i18n.text(&question.option_message(key))
    }
}
