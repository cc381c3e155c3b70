//! Talking to the page that embeds the app (`embed.js` on a partner's page), and to a native
//! app's WebView bridge when there is one. Every rule of who may hear what is
//! `model::embed`'s; this module only carries messages:
//! - events out, posted to the exact parent origin the rules allow, and to
//!   `window.AnxinHost.postMessage` (an Android `addWebMessageListener` object, as a JSON
//!   string) and `webkit.messageHandlers.anxin` (iOS, as an object) when present;
//! - commands in, from `message` events whose origin the partner file lists and whose window
//!   is the parent, and from the Android bridge's `onmessage`; anything else is ignored and
//!   counted in the console;
//! - the document's height, from a `ResizeObserver`, as `resize` events;
//! - a tapped `tel:` link, as a `hotline` event;
//! - Esc in a popup, as a `close` event (the popup's focus is inside the frame).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Function, Reflect, JSON};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::embed::{accepts_command, event_target, Barred, Command, EmbedMode, Event};
use crate::model::locale::Locale;
use crate::model::partner::Partner;
use crate::model::view::View;
use crate::state::embed::EmbedAction;
use crate::state::{AppHandle, AppState};

use super::console;

/// What is shared between the host connection and its listeners.
struct Shared {
    /// The partner in force (the listeners check origins against it).
    partner: RefCell<Option<Rc<Partner>>>,
    /// The parent origin the loader gave.
    parent_origin: Option<Rc<str>>,
    /// The deployment's own origin (its pages, such as the playground, are always heard).
    own_origin: String,
    /// Messages ignored so far.
    ignored: Cell<u32>,
    /// Whether the console has said why the parent's origin is not heard (said once).
    explained: Cell<bool>,
    /// Whether `ready` has gone out (nothing else goes before it).
    ready: Cell<bool>,
    /// The document's height last measured.
    height: Cell<u32>,
}

/// The connection to the embedding page, kept for the app's life.
pub struct Host {
    shared: Rc<Shared>,
    _messages: EventListener,
    _taps: Option<EventListener>,
    _escape: Option<EventListener>,
    _observer: Option<(web_sys::ResizeObserver, Closure<dyn Fn()>)>,
    _bridge: Option<Closure<dyn Fn(JsValue)>>,
    posted: usize,
    shown: Option<(View, Locale)>,
}

impl Host {
    /// Connects to the embedding page, if the app is embedded; `None` otherwise.
    pub fn connect(app: &AppHandle) -> Option<Host> {
        let mode = app.embed.mode?;
        let window = web_sys::window()?;
        // The page's height follows its content, never the frame's (no `100vh` loop).
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-embed", mode.as_str());
        }
        let shared = Rc::new(Shared {
            partner: RefCell::new(app.partner.partner.clone()),
            parent_origin: app.embed.parent.clone(),
            own_origin: window.location().origin().unwrap_or_default(),
            ignored: Cell::new(0),
            explained: Cell::new(false),
            ready: Cell::new(false),
            height: Cell::new(0),
        });
        let messages = {
            let (app, shared) = (app.clone(), shared.clone());
            let parent = window.parent().ok().flatten();
            EventListener::new(&window, "message", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                    return;
                };
                let from_parent = match (&parent, event.source()) {
                    (Some(parent), Some(source)) => js_sys::Object::is(parent, &source),
                    _ => false,
                };
                let partner = shared.partner.borrow().clone();
                let origin = event.origin();
                match accepts_command(partner.as_deref(), &origin, &shared.own_origin, from_parent)
                {
                    Ok(()) => shared.obey(&app, &event.data()),
                    Err(why) => {
                        shared.explain(&origin, why);
                        shared.ignore(&format!("from {origin}"));
                    }
                }
            })
        };
        let bridge = android_bridge(&window).map(|bridge| {
            let (app, shared) = (app.clone(), shared.clone());
            let on_message = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
                let data = Reflect::get(&event, &"data".into()).unwrap_or_default();
                shared.obey(&app, &data);
            });
            // The native app's replies arrive as strings through the object's `onmessage`.
            let _ = Reflect::set(&bridge, &"onmessage".into(), on_message.as_ref());
            on_message
        });
        // A popup's focus is inside the frame, so Esc reaches this document, not the host's.
        let escape = (mode == EmbedMode::Popup).then(|| {
            let app = app.clone();
            EventListener::new(&window, "keydown", move |event| {
                let escape = event
                    .dyn_ref::<web_sys::KeyboardEvent>()
                    .is_some_and(|key| key.key() == "Escape" || key.key() == "Esc");
                if escape {
                    app.dispatch(EmbedAction::Command(Command::Close));
                }
            })
        });
        let taps = window.document().map(|document| {
            let shared = shared.clone();
            EventListener::new(&document, "click", move |event| {
                let link = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .and_then(|element| element.closest("a[href^='tel:']").ok().flatten());
                if let Some(number) = link
                    .and_then(|link| link.get_attribute("href"))
                    .and_then(|href| href.strip_prefix("tel:").map(str::to_owned))
                {
                    shared.post(&Event::Hotline { number });
                }
            })
        });
        let observer = window
            .document()
            .and_then(|document| document.document_element())
            .and_then(|root| {
                let shared = shared.clone();
                let measured = root.clone();
                let report = Closure::<dyn Fn()>::new(move || {
                    let height = measured.get_bounding_client_rect().height().ceil() as u32;
                    if height != shared.height.replace(height) && shared.ready.get() {
                        shared.post(&Event::Resize { height });
                    }
                });
                let observer =
                    web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
                observer.observe(&root);
                Some((observer, report))
            });
        Some(Host {
            shared,
            _messages: messages,
            _taps: taps,
            _escape: escape,
            _observer: observer,
            _bridge: bridge,
            posted: 0,
            shown: None,
        })
    }

    /// Brings the host in line with the state: `ready` once the first screen is shown and the
    /// deployment's partner file has been read, then every queued event, then `view` whenever
    /// the screen or language changed.
    pub fn sync(&mut self, app: &AppState) {
        *self.shared.partner.borrow_mut() = app.partner.partner.clone();
        if !self.shared.ready.get() {
            if !(app.render.ready && app.partner.deployed_read) {
                return;
            }
            self.shared.ready.set(true);
            self.shared.post(&Event::Ready);
            if self.shared.height.get() > 0 {
                self.shared.post(&Event::Resize {
                    height: self.shared.height.get(),
                });
            }
        }
        for event in &app.embed.outbox[self.posted.min(app.embed.outbox.len())..] {
            self.shared.post(event);
        }
        self.posted = app.embed.outbox.len();
        let shown = (app.view.clone(), app.effective.locale);
        if self.shown.as_ref() != Some(&shown) {
            self.shared.post(&Event::View {
                view: shown.0.clone(),
                lang: shown.1,
            });
            self.shown = Some(shown);
        }
    }
}

impl Shared {
    /// Obeys a command (already from a trusted sender), or ignores what is not one.
    fn obey(&self, app: &AppHandle, data: &JsValue) {
        let text = JSON::stringify(data)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default();
        match Command::parse(&text) {
            Ok(command) => app.dispatch(EmbedAction::Command(command)),
            Err(why) => self.ignore(&format!("that is no command: {}", why.explain())),
        }
    }

    /// Says in the console, once, why messages from or to `origin` do not pass (a partner's
    /// developer looking at a frame that hears nothing learns the cause and the fix).
    fn explain(&self, origin: &str, why: Barred) {
        if why != Barred::NotParent && !self.explained.replace(true) {
            console::warn(&format!("Anxin: {origin}: {}", why.explain()));
        }
    }

    /// Counts an ignored message, saying so in the console.
    fn ignore(&self, why: &str) {
        self.ignored.set(self.ignored.get() + 1);
        console::warn(&format!(
            "Anxin ignored a message {why}; {} ignored so far",
            self.ignored.get()
        ));
    }

    /// Posts `event` to the parent page, if the rules allow, and to the native bridges.
    fn post(&self, event: &Event) {
        let partner = self.partner.borrow().clone();
        let parent_origin = self.parent_origin.as_deref().unwrap_or_default();
        let Some(window) = web_sys::window() else {
            return;
        };
        let text = event.to_json();
        let message = JSON::parse(&text).unwrap_or_default();
        if let Ok(Some(parent)) = window.parent() {
            if !js_sys::Object::is(&parent, &window) {
                match event_target(event, partner.as_deref(), parent_origin, &self.own_origin) {
                    Ok(target) => {
                        let _ = parent.post_message(&message, target);
                    }
                    Err(why) => self.explain(parent_origin, why),
                }
            }
        }
        if partner.is_none() && !event.goes_without_partner() {
            return;
        }
        if let Some(bridge) = android_bridge(&window) {
            call(&bridge, "postMessage", &text.into());
        }
        if let Some(handler) = path(&window, &["webkit", "messageHandlers", "anxin"]) {
            call(&handler, "postMessage", &message);
        }
    }
}

/// The Android app's `addWebMessageListener` object, if the page has one.
fn android_bridge(window: &web_sys::Window) -> Option<JsValue> {
    path(window, &["AnxinHost"])
}

/// The object at `names` under `window`, if every step exists.
fn path(window: &web_sys::Window, names: &[&str]) -> Option<JsValue> {
    names
        .iter()
        .try_fold(JsValue::from(window.clone()), |at, name| {
            Reflect::get(&at, &(*name).into())
                .ok()
                .filter(|value| value.is_object())
        })
}

/// Calls `object.method(argument)`, if it is a function.
fn call(object: &JsValue, method: &str, argument: &JsValue) {
    if let Some(function) = Reflect::get(object, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        let _ = function.call1(object, argument);
    }
}
