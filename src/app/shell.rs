//! The frame around every screen: the theme's variables and page-wide rules, the top bar, the
//! notices, the splash while the first language arrives, and the page contract (`data-view`,
//! `data-ready`). It runs the platform effects after every render.

use stylist::yew::{styled_component, Global};
use yew::prelude::*;

use crate::components::notices::notices;
use crate::components::top_bar::TopBar;
use crate::i18n::{use_i18n, Localizer};
use crate::model::view::View;
use crate::pages::Page;
use crate::platform::sync::use_platform_sync;
use crate::state::{use_app, Action};
use crate::theme::{inline_variables, page_rules, Mode};

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
pub(super) fn Shell() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let app_name = i18n.text("app-name");
    let title = document_title(&app.view, &i18n);
    use_platform_sync(&app, &i18n, title);

    let on_dismiss = {
        let app = app.clone();
        Callback::from(move |notice| app.dispatch(Action::Dismiss(notice)))
    };
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
                    { notices(&app.notices, &on_dismiss, &i18n) }
                    <Page view={app.view.clone()} />
                </main>
            }
        </div>
    }
}
