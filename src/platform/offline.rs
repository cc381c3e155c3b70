//! The service worker from the page's side (`src/platform/sw.js` is the worker): registering it
//! once the app runs (never in a partner's frame: the host owns that page), with
//! `updateViaCache: 'none'` and the app's root as its scope, wherever the app is deployed;
//! passing its reports to the state; checking for a new version whenever the page comes back
//! into view (`visibilitychange`, `pageshow`), so a tablet left open learns of it; and doing
//! what the person asked (prepare languages and ask the browser to keep them, take the new
//! version, add the app to the home screen). Nothing here runs before the app has taken the
//! page over, so the first paint never waits for the worker.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    Event, MessageEvent, RegistrationOptions, ServiceWorker, ServiceWorkerContainer,
    ServiceWorkerRegistration, ServiceWorkerState, ServiceWorkerUpdateViaCache,
};
use yew::prelude::*;

use crate::model::device::Device;
use crate::model::json::Json;
use crate::model::locale::Locale;
use crate::model::offline::{WorkerReport, WORKER_FILE};
use crate::state::offline::{Offline, OfflineAction, Support};
use crate::state::AppHandle;

/// The worker's registration and what the page listens to, while the app runs.
struct Worker {
    app: AppHandle,
    container: Option<ServiceWorkerContainer>,
    registration: Rc<RefCell<Option<ServiceWorkerRegistration>>>,
    /// Whether the person asked for the new version: the page reloads once it takes over.
    update_requested: Rc<Cell<bool>>,
    /// The browser's saved offer to add the app to the home screen.
    install_prompt: Rc<RefCell<Option<Event>>>,
    prepares_sent: u32,
    installs_sent: u32,
    listeners: Rc<RefCell<Vec<EventListener>>>,
}

/// Keeps the service worker in step with the state's offline concern.
#[hook]
pub fn use_offline(app: &AppHandle) {
    let worker = use_mut_ref(|| None::<Worker>);
    let app = app.clone();
    use_effect(move || {
        if app.render.hydrating || app.embed.mode.is_some() {
            return;
        }
        let mut slot = worker.borrow_mut();
        let worker = slot.get_or_insert_with(|| Worker::start(&app));
        worker.follow(&app.offline);
    });
}

/// A plain JS object from JSON the app wrote.
fn message(json: &Json) -> JsValue {
    js_sys::JSON::parse(&json.to_text()).unwrap_or(JsValue::NULL)
}

fn kind(kind: &str) -> Json {
    Json::Object(vec![("kind".into(), Json::String(kind.into()))])
}

/// Settles `promise` in the background, ignoring its outcome (a failed update check is
/// retried at the next one).
fn quietly(promise: js_sys::Promise) {
    spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

impl Worker {
    fn start(app: &AppHandle) -> Worker {
        let mut worker = Worker {
            app: app.clone(),
            container: None,
            registration: Rc::default(),
            update_requested: Rc::default(),
            install_prompt: Rc::default(),
            prepares_sent: app.offline.prepare_requests,
            installs_sent: app.offline.install_requests,
            listeners: Rc::default(),
        };
        let Some(window) = web_sys::window() else {
            return worker;
        };
        let navigator = window.navigator();
        let wechat = Device::is_wechat(&navigator.user_agent().unwrap_or_default());
        let missing = OfflineAction::Supported(Support::Missing { wechat });
        let listen =
            |target: &web_sys::EventTarget, name: &'static str, then: Box<dyn Fn(&Event)>| {
                EventListener::new(target, name, move |event| then(event))
            };
        let mut listeners = Vec::new();
        {
            let app = app.clone();
            let navigator = navigator.clone();
            let tell = Rc::new(move |_: &Event| {
                app.dispatch(OfflineAction::OfflineNow(!navigator.on_line()))
            });
            if !navigator_online(&window) {
                worker.app.dispatch(OfflineAction::OfflineNow(true));
            }
            for name in ["online", "offline"] {
                let tell = tell.clone();
                listeners.push(listen(&window, name, Box::new(move |event| tell(event))));
            }
        }
        {
            let app = app.clone();
            let saved = worker.install_prompt.clone();
            listeners.push(listen(
                &window,
                "beforeinstallprompt",
                Box::new(move |event| {
                    event.prevent_default();
                    *saved.borrow_mut() = Some(event.clone());
                    app.dispatch(OfflineAction::InstallOffered);
                }),
            ));
        }
        let has_worker = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
        let base = window
            .document()
            .and_then(|document| document.base_uri().ok().flatten())
            .unwrap_or_default();
        let root = base.rsplit_once('/').map_or("", |(root, _)| root);
        if !has_worker || root.is_empty() {
            app.dispatch(missing);
            *worker.listeners.borrow_mut() = listeners;
            return worker;
        }
        let container = navigator.service_worker();
        {
            let app = app.clone();
            listeners.push(listen(
                &container,
                "message",
                Box::new(move |event| {
                    let Some(data) = event.dyn_ref::<MessageEvent>().map(MessageEvent::data) else {
                        return;
                    };
                    let text = js_sys::JSON::stringify(&data)
                        .ok()
                        .and_then(|t| t.as_string());
                    if let Some(report) = text
                        .and_then(|text| Json::parse(&text))
                        .and_then(|json| WorkerReport::read(&json))
                    {
                        app.dispatch(OfflineAction::Report(report));
                    }
                }),
            ));
        }
        {
            let update_requested = worker.update_requested.clone();
            let ask = Self::status_asker(&container);
            listeners.push(listen(
                &container,
                "controllerchange",
                Box::new(move |_| {
                    if update_requested.get() {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().reload();
                        }
                    } else {
                        ask();
                    }
                }),
            ));
        }
        // Messages wait until the page says it listens (addEventListener alone does not).
        if let Ok(start) = js_sys::Reflect::get(&container, &"startMessages".into()) {
            if let Ok(start) = start.dyn_into::<js_sys::Function>() {
                let _ = start.call0(&container);
            }
        }
        if js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
            if let Ok(answer) = navigator.storage().persisted() {
                persisted(app, answer);
            }
        }
        let check = {
            let registration = worker.registration.clone();
            move || {
                if let Some(registration) = registration.borrow().as_ref() {
                    if let Ok(promise) = registration.update() {
                        quietly(promise);
                    }
                }
            }
        };
        let check = Rc::new(check);
        if let Some(document) = window.document() {
            let check = check.clone();
            let seen = document.clone();
            listeners.push(listen(
                &document,
                "visibilitychange",
                Box::new(move |_| {
                    if seen.visibility_state() == web_sys::VisibilityState::Visible {
                        check();
                    }
                }),
            ));
        }
        listeners.push(listen(&window, "pageshow", Box::new(move |_| check())));
        *worker.listeners.borrow_mut() = listeners;

        let options = RegistrationOptions::new();
        options.set_scope(&format!("{root}/"));
        options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
        let registered =
            container.register_with_options(&format!("{root}/{WORKER_FILE}"), &options);
        worker.container = Some(container.clone());
        let app = app.clone();
        let slot = worker.registration.clone();
        let listeners = worker.listeners.clone();
        spawn_local(async move {
            // Refused, or (a browser that only pretends) no registration at all.
            let Some(registration) = JsFuture::from(registered)
                .await
                .ok()
                .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            else {
                app.dispatch(missing);
                return;
            };
            app.dispatch(OfflineAction::Supported(Support::Worker));
            if registration.waiting().is_some() && container.controller().is_some() {
                app.dispatch(OfflineAction::UpdateReady);
            }
            let found = {
                let app = app.clone();
                let registration = registration.clone();
                let container = container.clone();
                let listeners = Rc::downgrade(&listeners);
                move |_: &Event| {
                    let Some(installing) = registration.installing() else {
                        return;
                    };
                    let app = app.clone();
                    let container = container.clone();
                    let watched = installing.clone();
                    let listener = EventListener::new(&installing, "statechange", move |_| {
                        // Installed beside a worker already in charge: a new version waits.
                        if watched.state() == ServiceWorkerState::Installed
                            && container.controller().is_some()
                        {
                            app.dispatch(OfflineAction::UpdateReady);
                        }
                    });
                    if let Some(listeners) = listeners.upgrade() {
                        listeners.borrow_mut().push(listener);
                    }
                }
            };
            let listener = EventListener::new(&registration, "updatefound", found);
            listeners.borrow_mut().push(listener);
            *slot.borrow_mut() = Some(registration);
            Self::status_asker(&container)();
        });
        worker
    }

    /// Asks the worker in charge (once there is one) what is ready offline.
    fn status_asker(container: &ServiceWorkerContainer) -> impl Fn() + 'static {
        let container = container.clone();
        move || {
            let Ok(ready) = container.ready() else {
                return;
            };
            spawn_local(async move {
                let Ok(registration) = JsFuture::from(ready).await else {
                    return;
                };
                let registration: ServiceWorkerRegistration = registration.unchecked_into();
                if let Some(active) = registration.active() {
                    let _ = active.post_message(&message(&kind("status")));
                }
            });
        }
    }

    /// Does what the person asked since the last time.
    fn follow(&mut self, offline: &Offline) {
        if offline.prepare_requests > self.prepares_sent {
            self.prepares_sent = offline.prepare_requests;
            let languages = offline.chosen.clone().unwrap_or_default();
            self.prepare(&languages);
        }
        if offline.update_requested && !self.update_requested.get() {
            self.update_requested.set(true);
            let waiting = self
                .registration
                .borrow()
                .as_ref()
                .and_then(|r| r.waiting());
            if let Some(waiting) = waiting {
                let _ = waiting.post_message(&message(&kind("activate")));
            }
        }
        if offline.install_requests > self.installs_sent {
            self.installs_sent = offline.install_requests;
            if let Some(prompt) = self.install_prompt.borrow_mut().take() {
                let show = js_sys::Reflect::get(&prompt, &"prompt".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                if let Some(show) = show {
                    if let Ok(promise) = show.call0(&prompt) {
                        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                            quietly(promise);
                        }
                    }
                }
            }
        }
    }

    /// Asks the worker in charge to download `languages`, and the browser to keep them.
    fn prepare(&self, languages: &[Locale]) {
        let Some(container) = self.container.clone() else {
            return;
        };
        let tags = languages
            .iter()
            .map(|locale| Json::String(locale.tag().into()))
            .collect();
        let mut request = kind("prepare");
        if let Json::Object(fields) = &mut request {
            fields.push(("languages".into(), Json::Array(tags)));
        }
        let Ok(ready) = container.ready() else {
            return;
        };
        spawn_local(async move {
            if let Ok(registration) = JsFuture::from(ready).await {
                let registration: ServiceWorkerRegistration = registration.unchecked_into();
                let active: Option<ServiceWorker> = registration.active();
                if let Some(active) = active {
                    let _ = active.post_message(&message(&request));
                }
            }
        });
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
            return;
        }
        if let Ok(asked) = navigator.storage().persist() {
            persisted(&self.app, asked);
        }
    }
}

/// Whether the browser says it is online.
fn navigator_online(window: &web_sys::Window) -> bool {
    window.navigator().on_line()
}

/// Tells the state what the browser answered about keeping the app's storage.
fn persisted(app: &AppHandle, answer: js_sys::Promise) {
    let app = app.clone();
    spawn_local(async move {
        let kept = JsFuture::from(answer).await.ok().and_then(|v| v.as_bool());
        app.dispatch(OfflineAction::Persisted(kept.unwrap_or(false)));
    });
}
