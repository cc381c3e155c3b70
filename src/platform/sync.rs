//! The one hook that keeps the browser in step with the app state. After every render it
//! compares the state with what it last applied, and applies only what changed: fetching
//! message files, saving settings and progress (merged with what other tabs saved, whose
//! changes it also follows), erasing them when the person asks, problems in fetched message files (in the console, once each),
//! `<html lang dir>` and the title, the address bar, focus after navigation, and `data-ready`.
//! Effects never run during server-side rendering, nor while a prerendered page is being taken
//! over (`AppState::hydrating`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::i18n::{strip_isolation_marks, I18n, Resource};
use crate::model::link::LinkRequest;
use crate::model::locale::Locale;
use crate::model::saved::{decode, encode, DecodeProblem, Decoded, SavedState};
use crate::model::view::{Entry, View};
use crate::state::language::{LanguageAction, ViewStatus};
use crate::state::offline::OfflineAction;
use crate::state::partner::PartnerAction;
use crate::state::saved::SavedAction;
use crate::state::{Action, AppHandle, AppState};

use super::{console, document, embed, fetch, storage, tasks, url};

/// What the browser was last brought in line with.
#[derive(Default)]
struct Applied {
    saved: Option<SavedState>,
    document: Option<(Locale, String)>,
    view: Option<View>,
    in_flight: Vec<(Locale, Resource)>,
    history: Option<[EventListener; 2]>,
    other_tabs: Option<EventListener>,
    problems_reported: usize,
    erasures: u32,
    /// Whether the deployment's partner file has been asked for.
    partner_asked: bool,
    /// Whether the page has been let show after the partner file was read.
    partner_shown: bool,
    /// The embedding page, once connected.
    host: Option<embed::Host>,
    /// The revision of the state last rendered.
    revision: u64,
}

/// Runs the app's side effects after each render.
#[hook]
pub fn use_platform_sync(app: &AppHandle, i18n: &I18n, title: String, entry: Entry) {
    let applied = use_mut_ref(Applied::default);
    let app = app.clone();
    let locale = i18n.locale();
    use_effect(move || {
        if app.render.hydrating {
            return;
        }
        if !entry.carries(app.view.entry()) {
            url::open_page(&app.href_to_load(&app.view));
            return;
        }
        fetch_missing(&app, &applied);
        let mut done = applied.borrow_mut();
        if done.history.is_none() {
            let app = app.clone();
            done.history = url::on_history_move(move || {
                let view = LinkRequest::from_pairs(&url::current_pairs()).view;
                app.dispatch(Action::Navigate(view.unwrap_or_default()));
            });
        }
        if done.other_tabs.is_none() {
            let app = app.clone();
            done.other_tabs = storage::on_change(move || {
                // Data this build cannot read (a newer build's, say) is not adopted.
                if let Decoded {
                    state,
                    problem: None,
                } = stored()
                {
                    app.dispatch(SavedAction::SavedElsewhere(state));
                }
            });
        }
        if done.erasures != app.storage.erasures {
            storage::clear_all();
            done.erasures = app.storage.erasures;
            done.saved = Some(SavedState::default());
        }
        done.revision = app.render.revision;
        if done.saved.as_ref() != Some(&app.saved) {
            // After the browser has painted: a tap's answer is on screen before its saving.
            let (app, applied) = (app.clone(), applied.clone());
            tasks::after_browser_turn(move || save_changes(&app, &applied));
        }
        for problem in
            &app.language.problems[done.problems_reported.min(app.language.problems.len())..]
        {
            console::warn(problem);
        }
        done.problems_reported = app.language.problems.len();
        let shown = (locale, title);
        if done.document.as_ref() != Some(&shown) {
            document::set_language(shown.0);
            document::set_title(&strip_isolation_marks(&shown.1));
            done.document = Some(shown);
        }
        update_address_bar(&app);
        if done.view.as_ref() != Some(&app.view) {
            if done.view.is_some() {
                document::focus_view_title();
            }
            done.view = Some(app.view.clone());
        }
        if !done.partner_asked {
            done.partner_asked = true;
            let app = app.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match fetch::partner_file().await {
                    Ok(partner) => app.dispatch(PartnerAction::Deployed(partner.map(Rc::new))),
                    Err(error) => {
                        console::warn(&error);
                        app.dispatch(PartnerAction::Unreachable);
                    }
                }
            });
        }
        if app.partner.deployed_read && !done.partner_shown {
            // This render carries the partner's colours, if there is one: the page may show.
            done.partner_shown = true;
            document::show_with_partner();
        }
        if done.host.is_none() {
            done.host = embed::Host::connect(&app);
        }
        if let Some(host) = done.host.as_mut() {
            host.sync(&app);
        }
        drop(done);
        if !app.render.ready && !app.language.booting && app.view_status() != ViewStatus::Loading {
            app.dispatch(Action::Rendered);
        }
    });
}

/// Saves the state's settings and progress if they changed since last saved, unless a newer
/// render came since `app` (its own call saves then, so an older state is never written after
/// a newer one, nor after an erasure).
fn save_changes(app: &AppHandle, applied: &Rc<RefCell<Applied>>) {
    let mut done = applied.borrow_mut();
    if done.revision != app.render.revision || done.saved.as_ref() == Some(&app.saved) {
        return;
    }
    let first = done.saved.is_none();
    match save(done.saved.as_ref(), &app.saved, app.storage.available) {
        Ok(merged) => {
            if merged != app.saved {
                app.dispatch(SavedAction::SavedElsewhere(merged.clone()));
            }
            done.saved = Some(merged);
        }
        Err(Refused) => {
            if !first {
                app.dispatch(SavedAction::SaveRefused);
            }
            done.saved = Some(app.saved.clone());
        }
    }
}

/// Starts fetching every message file the state wants that is not already on its way.
fn fetch_missing(app: &AppHandle, applied: &Rc<RefCell<Applied>>) {
    for (locale, resource) in app.to_fetch() {
        if applied.borrow().in_flight.contains(&(locale, resource)) {
            continue;
        }
        applied.borrow_mut().in_flight.push((locale, resource));
        let app = app.clone();
        let applied = applied.clone();
        let today = app.visit.today;
        wasm_bindgen_futures::spawn_local(async move {
            let result = fetch::message_file(locale, resource, today).await;
            applied
                .borrow_mut()
                .in_flight
                .retain(|file| *file != (locale, resource));
            match result {
                Ok(source) => app.dispatch(LanguageAction::Loaded(locale, resource, source.into())),
                Err(failure) => {
                    console::warn(&failure.said);
                    if failure.not_ready_offline {
                        app.dispatch(OfflineAction::NotReady(locale));
                    }
                    app.dispatch(LanguageAction::LoadFailed(locale, resource));
                }
            }
        });
    }
}

/// What storage holds now, decoded.
fn stored() -> Decoded {
    decode(storage::read().as_deref())
}

/// The device would not keep what was saved: the state stays in memory as it is.
struct Refused;

/// Saves this tab's change (from `base`, what it last read or wrote, to `mine`) merged into
/// what storage holds now, which another tab may have written since: a write never drops
/// another tab's progress (`SavedState::merge`). With no `base` yet, what is stored stays as
/// it is (unless it is unreadable: it was set aside at start); data of a newer build is never
/// overwritten. Removes the key when the result holds nothing but defaults. Returns the result; where storage cannot be written (`usable`
/// false, or the write is refused) nothing stored is trusted, and `mine` stands.
fn save(base: Option<&SavedState>, mine: &SavedState, usable: bool) -> Result<SavedState, Refused> {
    if !usable {
        return Err(Refused);
    }
    let theirs = stored();
    if theirs.problem == Some(DecodeProblem::UnknownVersion) {
        // A newer build saved since (an old page and a new one open at once): its data stays.
        return Ok(mine.clone());
    }
    let merged = SavedState::merge(base.unwrap_or(mine), mine, &theirs.state);
    if merged == theirs.state && theirs.problem.is_none() {
        return Ok(merged);
    }
    if merged == SavedState::default() {
        storage::remove();
    } else if !storage::write(&encode(&merged)) {
        console::warn("the device refused to save settings");
        return Err(Refused);
    }
    Ok(merged)
}

/// Shows the state's link in the address bar: a new history entry when the screen changed.
fn update_address_bar(app: &AppState) {
    let wanted = app.href_for(&app.view);
    if url::current_href().is_some_and(|current| current != wanted) {
        let shown = LinkRequest::from_pairs(&url::current_pairs()).view;
        url::show(&wanted, shown.unwrap_or_default() != app.view);
    }
}
