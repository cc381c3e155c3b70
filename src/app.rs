//! The app root: owns the state, provides the state, localizer and theme to every view,
//! runs the platform effects, and starts the app in the browser.

use std::rc::Rc;

use stylist::yew::styled_component;
use yew::prelude::*;

use crate::components::notices::Notices;
use crate::components::top_bar::TopBar;
use crate::i18n::{builtin_catalog, use_i18n, I18n, Localizer, MissLog};
use crate::model::view::View;
use crate::pages::{view_title_id, Page};
use crate::platform::{boot, console, sync::use_platform_sync};
use crate::state::{use_app, AppHandle, AppState};
use crate::theme::{GlobalStyle, Mode, Theme};

/// The id of the element the app renders into.
pub const ROOT_ID: &str = "anxin";

/// Properties of [`App`].
#[derive(Properties)]
pub struct AppProps {
    /// The state to start from.
    pub initial: Rc<AppState>,
    /// Where missing messages are reported.
    pub misses: Rc<MissLog>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.initial, &other.initial) && Rc::ptr_eq(&self.misses, &other.misses)
    }
}

/// The whole app.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let app = use_reducer(move || (*initial).clone());
    let misses = props.misses.clone();
    let i18n = use_memo(
        (
            app.catalog.clone(),
            app.effective.locale,
            app.effective.plain,
        ),
        move |(catalog, locale, plain)| {
            I18n(Rc::new(Localizer::new(catalog, *locale, *plain, misses)))
        },
    );
    let theme = use_memo(
        (app.effective.elder, app.effective.locale),
        |(elder, locale)| {
            let mode = if *elder { Mode::Elder } else { Mode::Standard };
            Rc::new(Theme::new(mode, *locale))
        },
    );
    html! {
        <ContextProvider<AppHandle> context={app}>
            <ContextProvider<I18n> context={(*i18n).clone()}>
                <ContextProvider<Rc<Theme>> context={(*theme).clone()}>
                    <Shell />
                </ContextProvider<Rc<Theme>>>
            </ContextProvider<I18n>>
        </ContextProvider<AppHandle>>
    }
}

/// The frame around every screen, carrying the page contract (`data-view`, `data-ready`).
#[styled_component]
fn Shell() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let app_name = i18n.text("app-name");
    let title = if app.view == View::Home {
        format!("{app_name} · {}", i18n.text("app-tagline"))
    } else {
        format!("{} · {app_name}", i18n.text(view_title_id(&app.view)))
    };
    use_platform_sync(&app, &i18n, title);

    let locale = i18n.locale();
    let style = css!(
        r#"
        min-block-size: 100vh;
        main {
            max-inline-size: var(--ax-max); margin: 0 auto;
            padding: var(--ax-sp-m) var(--ax-sp-m) var(--ax-sp-xl);
            display: flex; flex-direction: column;
        }
        main > * + * { margin-block-start: var(--ax-sp-m); }
        main > [role="status"]:empty + * { margin-block-start: 0; }
        .splash { display: grid; place-items: center; min-block-size: 60vh; font-size: var(--ax-fs-title); color: var(--ax-primary); font-weight: 700; }
        "#
    );
    html! {
        <div class={style} lang={locale.tag()} dir={locale.direction().as_str()}
            data-view={app.view.to_param()} data-ready={app.ready.then_some("1")}>
            <GlobalStyle />
            if app.booting {
                <div class="splash" aria-busy="true">{ app_name }</div>
            } else {
                <TopBar />
                <main>
                    <Notices />
                    <Page view={app.view.clone()} />
                </main>
            }
        </div>
    }
}

/// Starts the app in the page: reads the URL, saved data and the browser's languages,
/// replaces the loading placeholder and renders.
pub fn start() {
    let misses = MissLog::new(console::warn);
    let (catalog, problems) = builtin_catalog();
    problems.iter().for_each(|p| console::warn(p));
    let initial = Rc::new(AppState::boot(boot::read(catalog)));
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id(ROOT_ID)
        .or_else(|| document.body().map(Into::into))
        .expect("the page has a body");
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, AppProps { initial, misses }).render();
}
