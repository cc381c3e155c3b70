//! Offline use from the app's side. The browser's part is a small module of its own
//! (`offline.js` beside this file, copied to the app's root by Trunk), which the page's loader
//! imports when the app first asks (so nothing of it is on the first load) and which registers
//! the service worker (`sw.js`). The two speak through window events: the app sends requests as
//! `anxin-offline` (`start`, `prepare <languages>`, `activate`, `install`), and reads each
//! `anxin-offline-report` (JSON, `model::offline::OfflineReport`) into the state. Never in a
//! partner's frame: the host owns that page.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit};
use yew::prelude::*;

use crate::model::device::Device;
use crate::model::json::Json;
use crate::model::offline::OfflineReport;
use crate::state::offline::{OfflineAction, Support};
use crate::state::AppHandle;

/// The window event the app sends its requests in.
const REQUEST: &str = "anxin-offline";
/// The window event `offline.js` reports in.
const REPORT: &str = "anxin-offline-report";

/// What has been asked of the page's side so far.
#[derive(Default)]
struct Asked {
    listening: Option<EventListener>,
    prepares: u32,
    update: bool,
    installs: u32,
}

/// Keeps the page's side of offline use in step with the state's offline concern.
#[hook]
pub fn use_offline(app: &AppHandle) {
    let asked = use_mut_ref(Asked::default);
    let app = app.clone();
    use_effect(move || {
        if app.render.hydrating || app.embed.mode.is_some() {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let mut asked = asked.borrow_mut();
        if asked.listening.is_none() {
            let wechat = Device::is_wechat(&window.navigator().user_agent().unwrap_or_default());
            let reporting = app.clone();
            asked.listening = Some(EventListener::new(&window, REPORT, move |event| {
                let text = event
                    .dyn_ref::<CustomEvent>()
                    .and_then(|event| event.detail().as_string());
                let Some(report) = text
                    .and_then(|text| Json::parse(&text))
                    .and_then(|json| OfflineReport::read(&json))
                else {
                    return;
                };
                reporting.dispatch(match report {
                    OfflineReport::Support(true) => OfflineAction::Supported(Support::Worker),
                    OfflineReport::Support(false) => {
                        OfflineAction::Supported(Support::Missing { wechat })
                    }
                    report => OfflineAction::Report(report),
                });
            }));
            request(&window, "start");
        }
        let offline = &app.offline;
        if offline.prepare_requests > asked.prepares {
            asked.prepares = offline.prepare_requests;
            let tags: Vec<&str> = offline.chosen.iter().flatten().map(|l| l.tag()).collect();
            request(&window, &format!("prepare {}", tags.join(" ")));
        }
        if offline.update_requested && !asked.update {
            asked.update = true;
            request(&window, "activate");
        }
        if offline.install_requests > asked.installs {
            asked.installs = offline.install_requests;
            request(&window, "install");
        }
    });
}

/// Sends `text` to the page's side of offline use.
fn request(window: &web_sys::Window, text: &str) {
    let init = CustomEventInit::new();
    init.set_detail(&text.into());
    if let Ok(event) = CustomEvent::new_with_event_init_dict(REQUEST, &init) {
        let _ = window.dispatch_event(&event);
    }
}
