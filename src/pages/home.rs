//! The first screen: what Anxin is for, 长辈版 and language, the four ways in, and 每日一题.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::{app_only, page_header};
use crate::components::daily_question::DailyQuestion;
use crate::components::icon::IconKind;
use crate::components::language_switch::{language_links, LanguageSwitch};
use crate::components::nav_tile::NavTile;
use crate::components::text_on_device;
use crate::components::toggle_switch::ToggleSwitch;
use crate::i18n::use_i18n;
use crate::model::view::View;
use crate::state::language::LanguageAction;
use crate::state::saved::SavedAction;
use crate::state::use_app;
use crate::theme::styles::HOME;

/// The eight basic rights of financial consumers.
const RIGHTS_COUNT: i64 = 8;

/// The home screen.
#[function_component]
pub fn Home() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let mut count = FluentArgs::new();
    count.set("count", RIGHTS_COUNT);
    let on_elder = {
        let app = app.clone();
        Callback::from(move |on| app.dispatch(SavedAction::SetElder(on)))
    };
    let on_choose = {
        let app = app.clone();
        Callback::from(move |locale| app.dispatch(LanguageAction::Choose(locale)))
    };
    html! {
        <div class={HOME}>
            { page_header(&i18n, "home-title", "home-intro") }
            // For a volunteer with a tablet (shown only on a tablet-wide screen): workshop mode.
            // The volunteer's screens are the workshop's wasm: a plain link loads their page.
            <a class="workshop ax-button secondary" href={app.href_for(&View::Workshop)}
                data-testid="home-workshop">{ i18n.text("workshop-open") }</a>
            { app_only(&i18n, html! {
                <section class="settings">
                    <ToggleSwitch label={i18n.text("elder-toggle-label")}
                        hint={i18n.text("elder-toggle-hint")}
                        on={app.effective.elder} on_toggle={on_elder}
                        testid="elder-toggle" icon={IconKind::TextSize} prominent=true />
                    if !app.embed.host_sets_language() {
                    <LanguageSwitch current={app.effective.locale}
                        pending={app.language.pending.map(|p| p.locale)} {on_choose}
                        offered={app.offered_locales()} />
                    }
                </section>
            }) }
            { language_links(app.effective.locale, &app.view, &i18n) }
            <nav class="tiles">
                <NavTile to={View::Rights} icon={IconKind::Shield} testid="nav-rights"
                    title={i18n.text("home-rights-title")}
                    subtitle={i18n.text_with("home-rights-sub", &count)} />
                <NavTile to={View::Cases} icon={IconKind::Warning} testid="nav-cases"
                    title={i18n.text("home-cases-title")} subtitle={i18n.text("home-cases-sub")} />
                <NavTile to={View::Quiz} icon={IconKind::Question} testid="nav-quiz"
                    title={i18n.text("home-quiz-title")} subtitle={i18n.text("home-quiz-sub")} />
                <NavTile to={View::Help} icon={IconKind::Phone} testid="nav-help"
                    title={i18n.text("home-help-title")} subtitle={i18n.text("home-help-sub")} />
                <NavTile to={View::Check} icon={IconKind::Eye} testid="nav-check"
                    title={i18n.text("check-title")} subtitle={i18n.text("home-check-sub")} />
            </nav>
            <DailyQuestion />
            // Leaflets to print or send as PDFs (the workshop's wasm carries the screen).
            <a class="handouts ax-button secondary" href={app.href_for(&View::Handouts)}
                data-testid="home-handouts">{ i18n.text("handouts-title") }</a>
            <p class="privacy">{ text_on_device(&i18n, "home-privacy", app.visit.device) }</p>
        </div>
    }
}
