//! The app root: owns the state, provides the state and localizer to every view, frames every
//! screen (theme, top bar, notices), runs the platform effects, and starts the app, taking over
//! the prerendered page when it shows what the visit asks for.

use std::rc::Rc;

use stylist::manager::StyleManager;
use stylist::yew::{styled_component, Global};
use yew::prelude::*;

use crate::components::notices::notices;
use crate::components::top_bar::TopBar;
use crate::i18n::{builtin_catalog, use_i18n, I18n, Localizer, MissLog};
use crate::model::locale::Locale;
use crate::model::view::View;
use crate::pages::Page;
use crate::platform::{boot, console, document, fetch, sync::use_platform_sync, tasks};
use crate::state::language::LanguageAction;
use crate::state::{use_app, Action, AppHandle, AppState};
use crate::theme::{inline_variables, page_rules, Mode};

/// The id of the element the app renders into.
pub const ROOT_ID: &str = "anxin";

/// Properties of [`App`].
#[derive(Properties)]
pub struct AppProps {
    /// The state to start from.
    pub initial: Rc<AppState>,
    /// Where missing messages are reported.
    pub misses: Rc<MissLog>,
    /// Where styles go: the prerender collects them into the page; `None` in the browser.
    pub style_manager: Option<StyleManager>,
    /// When `initial` is a prerendered page's state, the visit's own state, applied once the
    /// page has been taken over.
    pub resume: Option<Rc<AppState>>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.initial, &other.initial)
            && Rc::ptr_eq(&self.misses, &other.misses)
            && self.style_manager == other.style_manager
            && self.resume.as_ref().map(Rc::as_ptr) == other.resume.as_ref().map(Rc::as_ptr)
    }
}

/// The whole app.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let app = AppHandle::new(use_reducer(move || (*initial).clone()));
    {
        let app = app.clone();
        let resume = props.resume.clone();
        use_effect_with((), move |_| {
            document::mark_app_running();
            if let Some(state) = resume {
                wasm_bindgen_futures::spawn_local(async move {
                    tasks::yield_to_browser().await;
                    app.dispatch(Action::Resume(state));
                });
            }
        });
    }
    let style_manager = props.style_manager.clone().unwrap_or_default();
    let misses = props.misses.clone();
    let i18n = use_memo(
        (
            app.language.catalog.clone(),
            app.effective.locale,
            app.effective.plain,
        ),
        move |(catalog, locale, plain)| {
            I18n(Rc::new(Localizer::new(catalog, *locale, *plain, misses)))
        },
    );
    html! {
        <ContextProvider<StyleManager> context={style_manager}>
            <ContextProvider<AppHandle> context={app}>
                <ContextProvider<I18n> context={(*i18n).clone()}>
                    <Shell />
                </ContextProvider<I18n>>
            </ContextProvider<AppHandle>>
        </ContextProvider<StyleManager>>
    }
}

/// The document's title for `view`: the screen's name and the app's (Home: the app's name and
/// its tagline).
pub fn document_title(view: &View, i18n: &Localizer) -> String {
    let app_name = i18n.text("app-name");
    let title_id = view.title_message();
    if *view == View::Home {
        format!("{app_name} · {}", i18n.text("app-tagline"))
    } else if i18n.source_of(&title_id).is_some() {
        format!("{} · {app_name}", i18n.text(&title_id))
    } else {
        app_name
    }
}

/// The frame around every screen, carrying the page contract (`data-view`, `data-ready`).
#[styled_component]
fn Shell() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let app_name = i18n.text("app-name");
    let title = document_title(&app.view, &i18n);
    use_platform_sync(&app, &i18n, title);

    let locale = i18n.locale();
    let mode = if app.effective.elder {
        Mode::Elder
    } else {
        Mode::Standard
    };
    let variables = use_memo((mode, locale), |(mode, locale)| {
        AttrValue::from(inline_variables(*mode, *locale))
    });
    let style = css!(
        r#"
        min-block-size: 100vh;
        background: var(--ax-page); color: var(--ax-text);
        font-family: var(--ax-font); font-size: var(--ax-fs-body); line-height: var(--ax-lh);
        overflow-wrap: anywhere;
        main {
            max-inline-size: var(--ax-max); margin: 0 auto;
            padding: var(--ax-sp-m) var(--ax-sp-m) var(--ax-sp-xl);
            display: flex; flex-direction: column;
        }
        main > * + * { margin-block-start: var(--ax-sp-m); }
        .intro { color: var(--ax-muted); }
        .notices { display: flex; flex-direction: column; gap: var(--ax-sp-s); }
        .notice {
            display: flex; flex-wrap: wrap; align-items: center; gap: var(--ax-sp-s);
            padding: var(--ax-sp-s) var(--ax-sp-m); border-radius: var(--ax-r-control);
            background: var(--ax-notice); color: var(--ax-on-notice);
        }
        .notice p { flex: 1 1 12em; }
        .notice button {
            min-height: var(--ax-target); min-width: var(--ax-target); padding: 0 var(--ax-sp-m);
            border: 2px solid var(--ax-on-notice); border-radius: var(--ax-r-control);
            background: transparent; font-weight: 700; cursor: pointer;
        }
        main > [role="status"]:empty + * { margin-block-start: 0; }
        .splash { display: grid; place-items: center; min-block-size: 60vh; font-size: var(--ax-fs-title); color: var(--ax-primary); font-weight: 700; }
        "#
    );
    html! {
        <div class={style} style={(*variables).clone()} lang={locale.tag()} dir={locale.direction().as_str()}
            data-view={app.view.to_param()} data-ready={app.render.ready.then_some("1")}>
            <Global css={page_rules()} />
            if app.language.booting {
                <div class="splash" aria-busy="true">{ app_name }</div>
            } else {
                <TopBar />
                <main>
                    { notices(&app, &i18n) }
                    <Page view={app.view.clone()} />
                </main>
            }
        </div>
    }
}

/// Starts the app in the page: reads the URL, saved data and the browser's languages, then
/// takes over the prerendered page if it shows the screen and language the visit asks for
/// (once that language's text has arrived), or renders afresh.
pub fn start() {
    let misses = MissLog::new(console::warn);
    let (catalog, problems) = builtin_catalog();
    problems.iter().for_each(|p| console::warn(p));
    let visit = AppState::boot(boot::read(catalog));
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id(ROOT_ID)
        .or_else(|| document.body().map(Into::into))
        .expect("the page has a body");
    match boot::prerendered_page(&root) {
        Some((locale, view)) if visit.view == view && visit.wanted_locale() == locale => {
            wasm_bindgen_futures::spawn_local(take_over(root, locale, view, visit, misses));
        }
        _ => render_afresh(root, visit, misses),
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
) {
    let mut loaded = Rc::new(visit.clone());
    for (file_locale, resource) in visit.language.catalog.missing(locale, &view) {
        match fetch::message_file(file_locale, resource).await {
            Ok(source) => {
                let action = LanguageAction::Loaded(file_locale, resource, source.into());
                loaded = loaded.reduce(action.into());
            }
            Err(error) => {
                console::warn(&error);
                return render_afresh(root, visit, misses);
            }
        }
    }
    if !loaded.matches_page(locale, &view) {
        return render_afresh(root, visit, misses);
    }
    let page = AppState::prerendered(
        locale,
        &view,
        loaded.language.catalog.clone(),
        loaded.visit.partner,
    )
    .with_looks_of(&loaded);
    tasks::yield_to_browser().await;
    let props = AppProps {
        initial: Rc::new(page),
        misses,
        style_manager: None,
        resume: Some(loaded),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
}

/// Replaces whatever the page shows with the app rendered from `visit`.
fn render_afresh(root: web_sys::Element, visit: AppState, misses: Rc<MissLog>) {
    root.set_inner_html("");
    let props = AppProps {
        initial: Rc::new(visit),
        misses,
        style_manager: None,
        resume: None,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
