//! Starting the app in the browser: read the page, then take over the prerendered page if it
//! shows the screen and language the visit asks for, or render afresh. The one place outside
//! `platform` that touches the browser directly (it finds the element to render into).

use std::rc::Rc;

use super::{App, AppProps};
use crate::i18n::{builtin_catalog, MissLog};
use crate::model::locale::Locale;
use crate::model::view::View;
use crate::pages::Screens;
use crate::platform::{boot, console, fetch, tasks};
use crate::state::language::LanguageAction;
use crate::state::AppState;

/// The id of the element the app renders into.
pub const ROOT_ID: &str = "anxin";

/// Starts the app in the page: reads the URL, saved data and the browser's languages, then
/// takes over the prerendered page if it shows the screen and language the visit asks for
/// (once that language's text has arrived), or renders afresh.
pub fn start(screens: Screens) {
    let misses = MissLog::new(console::warn);
    let (catalog, problems) = builtin_catalog();
    problems.iter().for_each(|p| console::warn(p));
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id(ROOT_ID)
        .or_else(|| document.body().map(Into::into))
        .expect("the page has a body");
    let visit = AppState::boot(boot::read(catalog, &root));
    match boot::prerendered_page(&root) {
        Some((locale, view))
            if visit.view == view
                && visit.wanted_locale() == locale
                && visit.embed.keeps_page_structure() =>
        {
            wasm_bindgen_futures::spawn_local(take_over(
                root, locale, view, visit, misses, screens,
            ));
        }
        _ => render_afresh(root, visit, misses, screens),
    }
}

/// Fetches the text the prerendered page shows, then hydrates the page from the same state it
/// was rendered from, and resumes the visit's own state: each step in a task of its own, to
/// keep the page responsive on a slow phone. Falls back to rendering afresh if the text cannot
/// be fetched.
async fn take_over(
    root: web_sys::Element,
    locale: Locale,
    view: View,
    visit: AppState,
    misses: Rc<MissLog>,
    screens: Screens,
) {
    let mut loaded = visit.clone();
    for (file_locale, resource) in visit.language.catalog.missing(locale, &view) {
        match fetch::message_file(file_locale, resource, visit.visit.today).await {
            Ok(source) => {
                loaded = loaded.apply(LanguageAction::Loaded(file_locale, resource, source.into()));
            }
            Err(failure) => {
                console::warn(&failure.said);
                return render_afresh(root, visit, misses, screens);
            }
        }
    }
    if !loaded.matches_page(locale, &view) {
        return render_afresh(root, visit, misses, screens);
    }
    let page = AppState::prerendered(
        locale,
        &view,
        loaded.language.catalog.clone(),
        loaded.partner.partner.clone(),
    )
    .with_looks_of(&loaded);
    tasks::yield_to_browser().await;
    let props = AppProps {
        initial: Rc::new(page),
        misses,
        resume: Some(Rc::new(loaded)),
        screens,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
}

/// Replaces whatever the page shows with the app rendered from `visit`.
fn render_afresh(root: web_sys::Element, visit: AppState, misses: Rc<MissLog>, screens: Screens) {
    root.set_inner_html("");
    let props = AppProps {
        initial: Rc::new(visit),
        misses,
        resume: None,
        screens,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
