//! The one hook that keeps the browser in step with the app state: fetching languages,
//! saving settings, `<html lang dir>`, the title, the address bar, history and focus.

use yew::prelude::*;

use crate::i18n::{strip_isolation_marks, I18n, LocaleBundle};
use crate::model::link::{parse_query, LinkRequest};
use crate::model::saved::{encode, SavedState};
use crate::state::{Action, AppHandle};

use super::{console, document, fetch, storage, url};

/// Runs the app's side effects. Effects never run during server-side rendering.
#[hook]
pub fn use_platform_sync(app: &AppHandle, i18n: &I18n, title: String) {
    let pending = app.pending.map(|p| p.locale);
    {
        let app = app.clone();
        use_effect_with(pending, move |pending| {
            if let Some(locale) = *pending {
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch::locale_sources(locale).await {
                        Ok(sources) => {
                            let (bundle, problems) = LocaleBundle::parse(locale, &sources);
                            problems.iter().for_each(|p| console::warn(p));
                            app.dispatch(Action::LocaleLoaded(bundle));
                        }
                        Err(error) => {
                            console::warn(&error);
                            app.dispatch(Action::LocaleFailed(locale));
                        }
                    }
                });
            }
        });
    }

    use_effect_with(app.saved.clone(), |saved| {
        if *saved == SavedState::default() {
            storage::remove();
        } else if !storage::write(&encode(saved)) {
            console::warn("the device refused to save settings");
        }
    });

    let locale = i18n.locale();
    use_effect_with((locale, title), |(locale, title)| {
        document::set_language(*locale);
        document::set_title(&strip_isolation_marks(title));
    });

    let query = app.query_for(&app.view);
    use_effect_with(query, |query| {
        let current = url::current_query();
        if *query != current {
            let shown = LinkRequest::from_pairs(&parse_query(&current)).view;
            let moved = shown.unwrap_or_default()
                != LinkRequest::from_pairs(&parse_query(query))
                    .view
                    .unwrap_or_default();
            url::set_query(query, moved);
        }
    });

    {
        let app = app.clone();
        use_effect_with((), move |_| {
            let listener = url::on_history_move(move |query| {
                let view = LinkRequest::from_pairs(&parse_query(&query)).view;
                app.dispatch(Action::Navigate(view.unwrap_or_default()));
            });
            move || drop(listener)
        });
    }

    let first_view = use_mut_ref(|| true);
    use_effect_with(app.view.clone(), move |_| {
        if !std::mem::replace(&mut *first_view.borrow_mut(), false) {
            document::focus_view_title();
        }
    });

    let booting = app.booting;
    let ready = app.ready;
    let app = app.clone();
    use_effect_with((booting, ready), move |(booting, ready)| {
        if !booting && !ready {
            app.dispatch(Action::Rendered);
        }
    });
}
