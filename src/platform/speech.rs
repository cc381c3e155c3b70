//! Read-aloud's browser side: the device's system voices (`speechSynthesis`), the audio packs'
//! manifests, and the player that reads a screen part by part, each part from the source
//! `components::read_aloud` chose for it (a recorded clip in an `<audio>` element, or a voice).
//!
//! Designed around the engines' bugs: the voice list is empty until `voiceschanged` (and some
//! engines never send it, so the list is taken as it is after a while); Chrome cuts an
//! utterance after about 15 seconds (a voice gets one sentence at a time,
//! `model::speech::utterances`); `pause()` on Android acts as `cancel()` (never paused, only
//! stopped); on iOS `onend` sometimes never fires (each utterance and clip has a time-out at its
//! expected length). A watchdog gives up on a part that makes no sound 2 seconds after it was
//! asked for: a clip falls back to the voice where there is one, else the reading stops and
//! says so. A reading starts only from a tap, and its first sound is asked for inside the tap's
//! handler (WeChat on Android and iOS let sound start only there).
//!
//! Every event of a reading carries the reading's generation: a late event of a stopped
//! reading is ignored. Reports to the app are sent after the player's own state is let go, as
//! rendering may stop the player.

use std::cell::RefCell;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAudioElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};
use yew::Callback;

use crate::model::locale::Locale;
use crate::model::speech::{manifest_path, voice_speaks, Manifest};
use crate::state::reading::{Pack, ReadProblem, ReadingAction};

use super::fetch;

/// How long a part may stay silent after it was asked for before the watchdog gives up on it.
const WATCHDOG_MS: u32 = 2_000;

/// How long to wait for `voiceschanged` before taking the voice list as it is.
const VOICES_WAIT_MS: u32 = 1_500;

/// A voice is taken to read at least this many characters a second at the normal pace
/// (Mandarin is read at about four): the time-out for a lost `onend` errs long.
const CHARS_PER_SECOND: f64 = 3.0;

/// Added to an utterance's or a clip's expected length before its end is assumed.
const END_SLACK_MS: f64 = 2_500.0;

/// The slower pace, as a share of the normal one.
const SLOW_RATE: f64 = 0.7;

/// How one part of a screen is read.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    /// A recorded clip (its address relative to the app's root and its length), with the
    /// voice to fall back on if it will not play.
    Clip {
        /// The clip's address.
        url: String,
        /// Its length in milliseconds.
        milliseconds: u32,
        /// The voice's reading, where a voice speaks the part's language.
        fallback: Option<Voiced>,
    },
    /// The system voice.
    Voice(Voiced),
    /// Nothing reads it: it is passed over, and the control says so.
    Nothing,
}

/// A part as a system voice reads it: the pieces it is given one at a time, in a language.
#[derive(Clone, Debug, PartialEq)]
pub struct Voiced {
    /// What is spoken, piece by piece (`model::speech::utterances` of `model::speech::spoken`).
    pub pieces: Vec<String>,
    /// The language it is in.
    pub locale: Locale,
}

/// The device's speech synthesis, where the browser has one.
fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let synthesis = Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    synthesis.is_object().then(|| synthesis.unchecked_into())
}

/// The device's voices, as they are listed now.
fn voices() -> Vec<SpeechSynthesisVoice> {
    synthesis()
        .map(|synthesis| {
            synthesis
                .get_voices()
                .iter()
                .filter(|voice| voice.is_object())
                .map(|voice| voice.unchecked_into())
                .collect()
        })
        .unwrap_or_default()
}

/// The languages the voices listed now speak.
fn voiced_locales() -> Vec<Locale> {
    let voices = voices();
    Locale::ALL
        .into_iter()
        .filter(|locale| {
            voices
                .iter()
                .any(|voice| voice_speaks(&voice.lang(), *locale))
        })
        .collect()
}

/// The best voice for `locale`: one that speaks it (never another language's), on the device
/// rather than online, the device's default first.
fn voice_for(locale: Locale) -> Option<SpeechSynthesisVoice> {
    voices()
        .into_iter()
        .filter(|voice| voice_speaks(&voice.lang(), locale))
        .max_by_key(|voice| (voice.local_service(), voice.default()))
}

thread_local! {
    /// The `voiceschanged` listener and its time-out, once set.
    static VOICE_WATCH: RefCell<Option<(Option<EventListener>, Option<Timeout>)>> = const { RefCell::new(None) };
}

/// Reports the languages the device's voices speak: now if the list is there, again whenever
/// it changes, and as it stands after a short wait if the engine never says (an engine with no
/// speech synthesis at all reports none at once). Once a visit.
pub fn watch_voices(report: Callback<ReadingAction>) {
    if VOICE_WATCH.with(|watch| watch.borrow().is_some()) {
        return;
    }
    let Some(synthesis) = synthesis() else {
        VOICE_WATCH.with(|watch| *watch.borrow_mut() = Some((None, None)));
        report.emit(ReadingAction::Voices(Vec::new()));
        return;
    };
    let listed = synthesis.get_voices().length() > 0;
    if listed {
        report.emit(ReadingAction::Voices(voiced_locales()));
    }
    let changed = {
        let report = report.clone();
        EventListener::new(&synthesis, "voiceschanged", move |_| {
            report.emit(ReadingAction::Voices(voiced_locales()))
        })
    };
    let wait = (!listed).then(|| {
        Timeout::new(VOICES_WAIT_MS, move || {
            report.emit(ReadingAction::Voices(voiced_locales()))
        })
    });
    VOICE_WATCH.with(|watch| *watch.borrow_mut() = Some((Some(changed), wait)));
}

/// Fetches `locale`'s audio pack manifest and reports it (a pack that is not there, or not
/// readable, is `Missing`).
pub fn load_pack(locale: Locale, report: Callback<ReadingAction>) {
    report.emit(ReadingAction::Pack(locale, Pack::Loading));
    wasm_bindgen_futures::spawn_local(async move {
        let pack = match fetch::text_file(&manifest_path(locale)).await {
            Some(text) => match Manifest::parse(&text) {
                Ok(manifest) => Pack::Ready(manifest.into()),
                Err(problem) => {
                    super::console::warn(&format!(
                        "{}: not an audio pack manifest this build reads ({problem:?})",
                        manifest_path(locale)
                    ));
                    Pack::Missing
                }
            },
            None => Pack::Missing,
        };
        report.emit(ReadingAction::Pack(locale, pack));
    });
}

/// An utterance's event handler, kept while it may still be called.
type Handler = Closure<dyn FnMut(web_sys::Event)>;

/// The reading under way.
#[derive(Default)]
struct Player {
    /// Counts readings: an event of an earlier one is ignored.
    generation: u64,
    /// Each part's plan, in reading order.
    plan: Vec<Plan>,
    /// The part being read.
    at: usize,
    /// The piece of a voiced part being spoken.
    piece: usize,
    /// This part is being read by its clip's fallback voice.
    falling_back: bool,
    /// Sound has started for the part.
    sounding: bool,
    /// At the slower pace.
    slow: bool,
    /// Where the player reports.
    report: Option<Callback<ReadingAction>>,
    /// The reading's clip player, made inside the tap.
    audio: Option<HtmlAudioElement>,
    /// What listens to the part under way.
    handles: Handles,
    /// What listened to earlier parts: kept until the next tap, as one of them may be running
    /// now (a closure dropped while it runs is an error). A late call of one does nothing:
    /// its generation has passed, and a retired utterance's handlers are unset.
    retired: Vec<Handles>,
}

/// What listens to one part's sound.
#[derive(Default)]
struct Handles {
    /// The clip's listeners.
    audio_listeners: Vec<EventListener>,
    /// The utterance being spoken and its handlers.
    utterance: Option<(SpeechSynthesisUtterance, Vec<Handler>)>,
    /// The time-out of a lost end, and the watchdog.
    timers: Vec<Timeout>,
}

impl Player {
    /// Puts away what listens to the part under way. Its utterance's handlers are unset
    /// first: an engine sends a cancelled utterance's events later, when they may be gone.
    fn retire(&mut self) {
        let handles = std::mem::take(&mut self.handles);
        if let Some((utterance, _)) = &handles.utterance {
            utterance.set_onstart(None);
            utterance.set_onend(None);
            utterance.set_onerror(None);
        }
        self.retired.push(handles);
    }

    /// Moves on to the next part.
    fn next_part(&mut self) {
        self.at += 1;
        self.piece = 0;
        self.falling_back = false;
        self.sounding = false;
    }
}

thread_local! {
    static PLAYER: RefCell<Player> = RefCell::new(Player::default());
}

/// What happened to the part under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Heard {
    /// Its sound started.
    Started,
    /// Its clip or utterance ended.
    Ended,
    /// Its end never came: it is taken to have ended at its expected length.
    Lost,
    /// It failed, or made no sound in time.
    Failed,
}

/// Starts reading `plan` at part `from`, at the slower pace or not. Call it from a tap's
/// handler: the first sound is asked for before it returns.
pub fn start(plan: Vec<Plan>, from: usize, slow: bool, report: Callback<ReadingAction>) {
    stop();
    let audio = HtmlAudioElement::new().ok();
    // A tap: no handler of a reading is running now.
    let _retired = PLAYER.with(|player| std::mem::take(&mut player.borrow_mut().retired));
    let generation = PLAYER.with(|player| {
        let mut player = player.borrow_mut();
        player.generation += 1;
        player.plan = plan;
        player.at = from;
        player.piece = 0;
        player.falling_back = false;
        player.sounding = false;
        player.slow = slow;
        player.report = Some(report.clone());
        player.audio = audio;
        player.generation
    });
    report.emit(ReadingAction::Started { at: from, slow });
    play(generation);
}

/// Stops the reading under way, if any (silently: the caller tells the app).
pub fn stop() {
    let audio = PLAYER.with(|player| {
        let mut player = player.borrow_mut();
        player.generation += 1;
        player.report = None;
        player.retire();
        player.audio.take()
    });
    if let Some(audio) = audio {
        let _ = audio.pause();
    }
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}

/// Reads the part the player is at (passing over those with nothing to read them), or ends
/// the reading after the last.
fn play(generation: u64) {
    let mut reports = Vec::new();
    let next = PLAYER.with(|player| {
        let mut player = player.borrow_mut();
        if player.generation != generation {
            return None;
        }
        player.retire();
        while matches!(player.plan.get(player.at), Some(Plan::Nothing)) {
            reports.push(ReadingAction::Skipped(player.at));
            player.next_part();
        }
        let report = player.report.clone();
        match player.plan.get(player.at).cloned() {
            None => {
                reports.push(ReadingAction::Finished);
                player.report = None;
                Some((report, None))
            }
            Some(plan) => {
                reports.push(ReadingAction::At(player.at));
                Some((report, Some(plan)))
            }
        }
    });
    let Some((report, plan)) = next else { return };
    if let Some(report) = &report {
        for action in reports {
            report.emit(action);
        }
    }
    match plan {
        Some(Plan::Clip {
            url, milliseconds, ..
        }) if !falling_back() => play_clip(generation, &url, milliseconds),
        Some(Plan::Clip {
            fallback: Some(voiced),
            ..
        })
        | Some(Plan::Voice(voiced)) => speak(generation, &voiced),
        _ => {}
    }
}

fn falling_back() -> bool {
    PLAYER.with(|player| player.borrow().falling_back)
}

/// The rate a voice or clip plays at.
fn rate(slow: bool) -> f64 {
    if slow {
        SLOW_RATE
    } else {
        1.0
    }
}

/// Plays a clip in the reading's `<audio>`, with the watchdog and a time-out at its length.
fn play_clip(generation: u64, url: &str, milliseconds: u32) {
    let Some((audio, slow)) = PLAYER.with(|player| {
        let player = player.borrow();
        player.audio.clone().map(|audio| (audio, player.slow))
    }) else {
        return heard(generation, Heard::Failed);
    };
    audio.set_src(url);
    audio.set_playback_rate(rate(slow));
    let listeners = [
        ("playing", Heard::Started),
        ("ended", Heard::Ended),
        ("error", Heard::Failed),
    ]
    .map(|(name, what)| EventListener::new(&audio, name, move |_| heard(generation, what)));
    let expected = f64::from(milliseconds) / rate(slow) + END_SLACK_MS;
    PLAYER.with(|player| {
        let mut player = player.borrow_mut();
        player.handles.audio_listeners = listeners.into();
        player.handles.timers = vec![
            Timeout::new(expected as u32, move || heard(generation, Heard::Lost)),
            Timeout::new(WATCHDOG_MS, move || heard_nothing(generation)),
        ];
    });
    if let Ok(playing) = audio.play() {
        let refused = Closure::<dyn FnMut(JsValue)>::new(move |_| heard(generation, Heard::Failed));
        let _ = playing.catch(&refused);
        refused.forget();
    }
}

/// Speaks the current piece of a voiced part, with the watchdog on its first piece and a
/// time-out at its expected length.
fn speak(generation: u64, voiced: &Voiced) {
    let (piece, slow) = PLAYER.with(|player| {
        let player = player.borrow();
        (player.piece, player.slow)
    });
    let (Some(synthesis), Some(text)) = (synthesis(), voiced.pieces.get(piece)) else {
        return heard(generation, Heard::Failed);
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return heard(generation, Heard::Failed);
    };
    // The voice list may have changed since it was reported: never the default voice, which
    // may speak another language.
    let Some(voice) = voice_for(voiced.locale) else {
        return heard(generation, Heard::Failed);
    };
    utterance.set_lang(&voice.lang());
    utterance.set_voice(Some(&voice));
    utterance.set_rate(rate(slow) as f32);
    let handler =
        |what: Heard| Closure::<dyn FnMut(web_sys::Event)>::new(move |_| heard(generation, what));
    let handlers = vec![
        handler(Heard::Started),
        handler(Heard::Ended),
        handler(Heard::Failed),
    ];
    utterance.set_onstart(Some(handlers[0].as_ref().unchecked_ref()));
    utterance.set_onend(Some(handlers[1].as_ref().unchecked_ref()));
    utterance.set_onerror(Some(handlers[2].as_ref().unchecked_ref()));
    let expected =
        text.chars().count() as f64 / CHARS_PER_SECOND * 1000.0 / rate(slow) + END_SLACK_MS;
    PLAYER.with(|player| {
        let mut player = player.borrow_mut();
        let mut timers = vec![Timeout::new(expected as u32, move || {
            heard(generation, Heard::Lost)
        })];
        if piece == 0 {
            timers.push(Timeout::new(WATCHDOG_MS, move || heard_nothing(generation)));
        }
        player.handles.timers = timers;
        player.handles.utterance = Some((utterance.clone(), handlers));
    });
    synthesis.speak(&utterance);
}

/// The watchdog: the part has made no sound.
fn heard_nothing(generation: u64) {
    let silent = PLAYER.with(|player| {
        let player = player.borrow();
        player.generation == generation && !player.sounding
    });
    if silent {
        heard(generation, Heard::Failed);
    }
}

/// What to do after an event of the part under way.
enum Then {
    /// Nothing more.
    Wait,
    /// Read the player's current part (moved on, or falling back).
    Play,
    /// Stop, and say why.
    Fail(Callback<ReadingAction>),
}

/// An event of the part under way: sound started, it ended (the next piece or part follows),
/// or it failed (a clip falls back to the voice; a voice that never sounded stops the reading;
/// one that broke off mid-part moves on).
fn heard(generation: u64, what: Heard) {
    let then = PLAYER.with(|player| {
        let mut player = player.borrow_mut();
        if player.generation != generation {
            return Then::Wait;
        }
        match what {
            Heard::Started => {
                player.sounding = true;
                // The watchdog is done; the lost-end time-out stays.
                player.handles.timers.truncate(1);
                Then::Wait
            }
            Heard::Ended | Heard::Lost => {
                let pieces = match player.plan.get(player.at) {
                    Some(Plan::Voice(voiced)) => voiced.pieces.len(),
                    Some(Plan::Clip {
                        fallback: Some(voiced),
                        ..
                    }) if player.falling_back => voiced.pieces.len(),
                    _ => 1,
                };
                if player.piece + 1 < pieces {
                    player.piece += 1;
                } else {
                    player.next_part();
                }
                player.generation += 1;
                Then::Play
            }
            Heard::Failed => {
                let fallback = matches!(
                    player.plan.get(player.at),
                    Some(Plan::Clip {
                        fallback: Some(_),
                        ..
                    })
                );
                if fallback && !player.falling_back {
                    player.falling_back = true;
                    player.piece = 0;
                    player.sounding = false;
                    player.generation += 1;
                    Then::Play
                } else if player.sounding {
                    player.next_part();
                    player.generation += 1;
                    Then::Play
                } else {
                    match player.report.clone() {
                        Some(report) => Then::Fail(report),
                        None => Then::Wait,
                    }
                }
            }
        }
    });
    match then {
        Then::Wait => {}
        Then::Play => {
            let generation = PLAYER.with(|player| player.borrow().generation);
            // What failed or lost its end may still sound, or hold the engine's queue: a clip is
            // silenced and the voice's queue cleared first.
            if what != Heard::Ended {
                if let Some(audio) = PLAYER.with(|player| player.borrow().audio.clone()) {
                    let _ = audio.pause();
                }
                if let Some(synthesis) = synthesis() {
                    synthesis.cancel();
                }
            }
            play(generation);
        }
        Then::Fail(report) => {
            stop();
            report.emit(ReadingAction::Failed(ReadProblem::NoSound));
        }
    }
}
