//! Read-aloud: a screen's reading matter, gathered in reading order while the screen renders it
//! ([`Reader`]), and the control that reads it ([`ReadAloud`]): part by part, the part being
//! read highlighted (tap a part to start there), with 重听, 慢一点 and 停止.
//!
//! Each part's source is chosen here, from the state (`state::reading`): a clip of the part's
//! language's audio pack recorded from the text as it reads now, else the device's voice for
//! that language, else nothing (the control says so). The player (`platform::speech`) is
//! started inside the tap's handler, as phones let sound start only there.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::components::icon::{icon, IconKind};
use crate::i18n::{use_i18n, Localizer};
use crate::model::locale::Locale;
use crate::model::speech::{clip_path, source, spoken, utterances, Source};
use crate::platform::speech::{self, Plan, Voiced};
use crate::state::reading::{Pack, ReadProblem, Reading, ReadingAction};
use crate::state::{use_app, AppHandle};
use crate::theme::styles::READ_ALOUD;

/// One part of a screen's reading matter: a message as the screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The message's id (an audio pack names its clip by it).
    pub id: String,
    /// What is read: its text as shown (a phone number's label, with the number).
    pub text: String,
    /// The language it is shown in (Mandarin for text not yet translated).
    pub locale: Locale,
}

/// The parts gathered so far, and where a reading starts by default; two are equal when they
/// are the same gathering.
#[derive(Clone, Default)]
pub struct Parts(Rc<RefCell<Vec<Part>>>, Rc<Cell<usize>>);

impl PartialEq for Parts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A screen's reading matter, gathered while the screen renders: each part is shown through
/// it, so the part being read is highlighted and a tap on a part starts the reading there.
pub struct Reader {
    parts: Parts,
    app: AppHandle,
}

impl Reader {
    /// A gathering for the screen being rendered.
    pub fn new(app: &AppHandle) -> Reader {
        Reader {
            parts: Parts::default(),
            app: app.clone(),
        }
    }

    /// Message `id`, shown as a part that is read aloud.
    pub fn text(&self, i18n: &Localizer, id: &str) -> Html {
        self.part(i18n, id, i18n.text(id))
    }

    /// `text` (message `id` as shown) as a part that is read aloud.
    pub fn part(&self, i18n: &Localizer, id: &str, text: String) -> Html {
        self.read_as(i18n, id, text.clone(), text, true)
    }

    /// `shown` (message `id` as the screen shows it) as a part that is read as `said`: a
    /// phone number's label read with its number. A part inside a link is not `tappable` (a
    /// tap there follows the link).
    pub fn read_as(
        &self,
        i18n: &Localizer,
        id: &str,
        shown: String,
        said: String,
        tappable: bool,
    ) -> Html {
        // What is read, when it is not what is shown (for `audio-pack`, which reads pages).
        let said_apart = (said != shown).then(|| said.clone());
        let index = {
            let mut parts = self.parts.0.borrow_mut();
            parts.push(Part {
                id: id.to_owned(),
                text: said,
                locale: i18n.source_of(id).unwrap_or(i18n.locale()),
            });
            parts.len() - 1
        };
        let reading = &self.app.reading;
        let current = reading.at == Some(index);
        let onclick = (tappable && reading.is_reading()).then(|| {
            let (app, parts) = (self.app.clone(), self.parts.clone());
            Callback::from(move |_: MouseEvent| {
                read(&app, &parts.0.borrow(), index, app.reading.slow)
            })
        });
        html! {
            <span class={classes!("ax-read", current.then_some("current"))} data-read={id.to_owned()}
                data-said={said_apart} data-testid={current.then_some("read-current")} {onclick}>{ shown }</span>
        }
    }

    /// Makes the next part the one a reading starts at (a question's feedback, once it is
    /// answered).
    pub fn begin_here(&self) {
        self.parts.1.set(self.parts.0.borrow().len());
    }

    /// The control that reads the parts gathered (rendered after them, so it sees them all
    /// wherever it stands on the screen).
    pub fn control(&self) -> Html {
        html! { <ReadAloud parts={self.parts.clone()} /> }
    }

    /// The control in a row of other controls (the presenter's strip): read and stop only,
    /// and words only when it cannot read.
    pub fn compact_control(&self) -> Html {
        html! { <ReadAloud parts={self.parts.clone()} compact=true /> }
    }
}

/// How `part` is read, as the state knows the voices and packs now.
fn plan(reading: &Reading, part: &Part) -> Plan {
    let voiced = reading
        .has_voice(part.locale)
        .then(|| utterances(&spoken(&part.text, part.locale)))
        .filter(|pieces| !pieces.is_empty())
        .map(|pieces| Voiced {
            pieces,
            locale: part.locale,
        });
    match source(
        reading.manifest(part.locale),
        &part.id,
        &part.text,
        voiced.is_some(),
    ) {
        Source::Clip(clip) => Plan::Clip {
            url: clip_path(part.locale, &clip.file),
            milliseconds: clip.milliseconds,
            fallback: voiced,
        },
        Source::Voice => voiced.map_or(Plan::Nothing, Plan::Voice),
        Source::Nothing => Plan::Nothing,
    }
}

/// Starts reading `parts` at `from` (from a tap's handler).
fn read(app: &AppHandle, parts: &[Part], from: usize, slow: bool) {
    let plans = parts.iter().map(|part| plan(&app.reading, part)).collect();
    let report = {
        let app = app.clone();
        Callback::from(move |action: ReadingAction| app.dispatch(action))
    };
    speech::start(plans, from, slow, report);
}

/// Properties of [`ReadAloud`].
#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// The screen's reading matter.
    pub parts: Parts,
    /// In a row of other controls: read and stop only.
    #[prop_or_default]
    pub compact: bool,
}

/// The read-aloud control of a screen: `read-aloud`, its `data-state` `ready`, `reading` or
/// `unavailable` (and then its words say why).
#[function_component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let parts: Vec<Part> = props.parts.0.borrow().clone();
    let first = props.parts.1.get().min(parts.len().saturating_sub(1));
    let mut locales: Vec<Locale> = parts.iter().map(|part| part.locale).collect();
    locales.dedup();
    {
        // Learn the voices, and fetch the packs of the languages shown (their manifests only).
        let app = app.clone();
        use_effect_with(locales.clone(), move |locales| {
            let report = Callback::from({
                let app = app.clone();
                move |action: ReadingAction| app.dispatch(action)
            });
            speech::watch_voices(report.clone());
            for locale in locales {
                if app.reading.pack(*locale).is_none() {
                    speech::load_pack(*locale, report.clone());
                }
            }
        });
    }
    {
        // A reading stops when its text changes or the screen goes (leaving a screen has
        // already ended the reading in the state: the player is stopped whatever it says).
        let app = app.clone();
        use_effect_with(parts.clone(), move |_| {
            move || {
                speech::stop();
                app.dispatch(ReadingAction::Stopped);
            }
        });
    }
    // The part being read is kept in view.
    use_effect_with(app.reading.at, |at| {
        if at.is_some() {
            crate::platform::document::scroll_into_view("[data-testid=read-current]");
        }
    });
    let reading = &app.reading;
    let plans: Vec<Plan> = parts.iter().map(|part| plan(reading, part)).collect();
    let known = reading.voices.is_some()
        && locales
            .iter()
            .all(|locale| !matches!(reading.pack(*locale), None | Some(Pack::Loading)));
    let readable = plans.iter().any(|plan| *plan != Plan::Nothing);
    let state = if reading.is_reading() {
        "reading"
    } else if known && !readable {
        "unavailable"
    } else {
        "ready"
    };
    let button = |testid: &'static str,
                  label: &'static str,
                  kind: IconKind,
                  onclick: Callback<MouseEvent>| {
        html! {
            <button type="button" class="ax-button" data-testid={testid} {onclick}>
                { icon(kind) }{ i18n.text(label) }
            </button>
        }
    };
    let start_at = |from: Option<usize>, slow: bool| {
        let (app, parts) = (app.clone(), parts.clone());
        Callback::from(move |_: MouseEvent| {
            read(&app, &parts, from.or(app.reading.at).unwrap_or(0), slow)
        })
    };
    let slower = {
        let (app, parts) = (app.clone(), parts.clone());
        let slow = !reading.slow;
        Callback::from(move |_: MouseEvent| match app.reading.at {
            Some(at) => read(&app, &parts, at, slow),
            None => app.dispatch(ReadingAction::Pace(slow)),
        })
    };
    let stop = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            speech::stop();
            app.dispatch(ReadingAction::Stopped);
        })
    };
    let compact = props.compact;
    let buttons = match state {
        "unavailable" => Html::default(),
        "reading" if compact => button("read-stop", "read-stop", IconKind::Stop, stop),
        _ if compact => button(
            "read-start",
            "read-start",
            IconKind::Speaker,
            start_at(Some(first), reading.slow),
        ),
        "reading" => html! {
            <>
                { button("read-again", "read-again", IconKind::Speaker, start_at(None, reading.slow)) }
                <button type="button" class="ax-button secondary" data-testid="read-slower"
                    aria-pressed={reading.slow.to_string()} onclick={slower}>{ i18n.text("read-slower") }</button>
                { button("read-stop", "read-stop", IconKind::Stop, stop) }
            </>
        },
        _ => {
            let slower_idle = {
                let app = app.clone();
                let slow = !reading.slow;
                Callback::from(move |_: MouseEvent| app.dispatch(ReadingAction::Pace(slow)))
            };
            html! {
                <>
                    { button("read-start", "read-start", IconKind::Speaker, start_at(Some(first), reading.slow)) }
                    <button type="button" class="ax-button secondary" data-testid="read-slower"
                        aria-pressed={reading.slow.to_string()} onclick={slower_idle}>{ i18n.text("read-slower") }</button>
                </>
            }
        }
    };
    let mut said = Vec::new();
    if state == "unavailable" {
        said.push(i18n.text("read-unavailable"));
    } else if reading.is_reading() && !compact {
        said.push(i18n.text("read-reading"));
    }
    if reading.problem == Some(ReadProblem::NoSound) {
        said.push(i18n.text("read-no-sound"));
    }
    // A row of controls has room only for why it cannot read.
    if !reading.skipped.is_empty() && state != "unavailable" && !compact {
        let mut args = FluentArgs::new();
        args.set("count", reading.skipped.len());
        said.push(i18n.text_with("read-skipped", &args));
    }
    let synthetic = plans.iter().zip(&parts).any(|(plan, part)| {
        matches!(plan, Plan::Clip { .. })
            && reading.manifest(part.locale).is_some_and(|m| m.synthetic)
    });
    if synthetic && state != "unavailable" && !compact {
        said.push(i18n.text("read-synthetic"));
    }
    if compact {
        let words = said.join(" ");
        return html! {
            <span class={classes!(READ_ALOUD, "compact")} role="group" aria-label={i18n.text("read-label")}
                data-testid="read-aloud" data-state={state}>
                { buttons }
                if !words.is_empty() {
                    <span class="said muted" role="status" title={words.clone()}>{ words }</span>
                }
            </span>
        };
    }
    html! {
        <div class="ax-app-only">
            <div class={READ_ALOUD} role="group" aria-label={i18n.text("read-label")}
                data-testid="read-aloud" data-state={state}>
                <div class="buttons">{ buttons }</div>
                { for said.into_iter().map(|line| html! { <p class="said" role="status" title={line.clone()}>{ line }</p> }) }
            </div>
        </div>
    }
}
