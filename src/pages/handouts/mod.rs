//! The leaflets to print (`view=handouts`) and one leaflet as it prints (`view=handout:<id>`):
//! in the screen's language alone or with another beside it, printed from the page or sent as
//! the PDF the release build made of it. Only the workshop's wasm carries them
//! (`app::workshop::SCREENS`); the consumer's pages link to them.

mod leaflet;

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use super::workshop::beside_status;
use super::{app_only, page_header, DetailProps};
use crate::components::view_link::ViewLink;
use crate::i18n::{use_i18n, Localizer};
use crate::model::handout::{self, pdf_path, Leaflet, Pairing, Paper, PrintSize};
use crate::model::locale::Locale;
use crate::model::view::View;
use crate::platform::document::{can_print, print_page};
use crate::state::language::LanguageAction;
use crate::state::{use_app, AppHandle};
use crate::theme::styles::{HANDOUT, HANDOUTS};
use leaflet::Languages;

/// The links to a leaflet's PDFs in `pairing`, one per paper, at the print size 长辈版 calls
/// for.
fn pdf_links(i18n: &Localizer, leaflet: &str, pairing: Pairing, elder: bool) -> Html {
    let size = PrintSize::for_elder(elder);
    let links = Paper::ALL.map(|paper| {
        let mut args = FluentArgs::new();
        args.set("paper", paper.name().to_uppercase());
        html! {
            <a class="ax-button secondary" href={pdf_path(leaflet, pairing, paper, size)}
                type="application/pdf" data-testid="handout-pdf" data-paper={paper.name()}
                data-pairing={pairing.folder()}>
                { i18n.text_with("handouts-pdf", &args) }
            </a>
        }
    });
    html! { <>{ for links }</> }
}

/// A pairing named by its languages' own names (བོད་ཡིག · 中文).
fn pairing_name(pairing: Pairing) -> String {
    pairing
        .locales()
        .iter()
        .map(|locale| locale.autonym())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The handouts screen: every leaflet, to open and print, or as PDFs in any pairing.
#[function_component]
pub fn Handouts() -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let shown = Pairing::of_screen(i18n.locale(), None);
    let chosen = use_state_eq(|| None::<Pairing>);
    let pairing = chosen.unwrap_or(shown);
    let choices = handout::pairings().into_iter().map(|choice| {
        let chosen = chosen.clone();
        let onclick = Callback::from(move |_: MouseEvent| chosen.set(Some(choice)));
        let first = choice.first;
        html! {
            <button type="button" class="ax-chip" aria-pressed={(choice == pairing).to_string()}
                data-testid="handout-pairing" data-pairing={choice.folder()}
                lang={first.tag()} dir={first.direction().as_str()} {onclick}>
                { pairing_name(choice) }
            </button>
        }
    });
    let leaflets = Leaflet::all().into_iter().zip(handout::ids()).map(|(leaflet, id)| {
        let about = match leaflet {
            Leaflet::Rights => i18n.text("handouts-rights-desc"),
            Leaflet::Help => i18n.text("handouts-help-desc"),
            Leaflet::Case(case) => i18n.text(&case.message("trap")),
            Leaflet::Plan(plan) => i18n.text(&format!("workshop-plan-{}-desc", plan.id)),
        };
        html! {
            <li class="ax-card" data-testid="handout" data-id={id}>
                <h2>{ i18n.text(&leaflet.title_message()) }</h2>
                <p>{ about }</p>
                <div class="actions">
                    { ViewLink::to(View::Handout(id.to_owned())).class("ax-button").testid("handout-open")
                        .data_id(Some(id)).render(&app, html! { i18n.text("handouts-open-leaflet") }) }
                    { pdf_links(&i18n, id, pairing, app.effective.elder) }
                </div>
            </li>
        }
    });
    html! {
        <div class={HANDOUTS}>
            { page_header(&i18n, "handouts-title", "handouts-intro") }
            // Without the app the chooser cannot work: the links stay in Mandarin's own pairing.
            { app_only(&i18n, html! {
                <section class="pairings" aria-labelledby="handouts-languages">
                    <h2 id="handouts-languages">{ i18n.text("handouts-languages") }</h2>
                    <div class="choices">{ for choices }</div>
                </section>
            }) }
            <ul class="ax-cards">{ for leaflets }</ul>
        </div>
    }
}

/// The languages the screen's language can have beside it on a leaflet: Mandarin beside any
/// other, any other beside Mandarin (the pairings the PDFs are made in).
fn offered_beside(shown: Locale) -> Vec<Locale> {
    if shown == handout::BESIDE {
        Locale::ALL
            .into_iter()
            .filter(|locale| *locale != shown)
            .collect()
    } else {
        vec![handout::BESIDE]
    }
}

/// One leaflet as it prints, with what the person can do with it above it (never printed):
/// choose the language beside, print, or take the PDF.
#[function_component]
pub fn HandoutPage(props: &DetailProps) -> Html {
    let app = use_app();
    let i18n = use_i18n();
    let no_print = use_state_eq(|| false);
    let view = app.view.clone();
    let shown = i18n.locale();
    let beside_locale = app.language.beside.filter(|locale| *locale != shown);
    // The language beside, once its text is here.
    let beside = use_memo(
        (app.language.catalog.clone(), beside_locale, i18n.clone()),
        move |(catalog, locale, i18n)| {
            locale
                .filter(|locale| catalog.missing(*locale, &view).is_empty())
                .map(|locale| i18n.beside(catalog, locale))
        },
    );
    let Some(leaflet) = Leaflet::find(&props.id) else {
        return html! {
            <div class={HANDOUT}>
                { page_header(&i18n, "handouts-title", "handouts-not-found") }
                { ViewLink::to(View::Handouts).class("ax-button secondary")
                    .render(&app, html! { i18n.text("handouts-all") }) }
            </div>
        };
    };
    let pairing = Pairing::of_screen(shown, beside_locale);
    let beside_choices = std::iter::once(None)
        .chain(offered_beside(shown).into_iter().map(Some))
        .map(|choice| beside_choice(&app, &i18n, choice, beside_locale == choice));
    let on_print = {
        let no_print = no_print.clone();
        Callback::from(move |_: MouseEvent| {
            if can_print() {
                print_page();
            } else {
                no_print.set(true);
            }
        })
    };
    // The language beside asked for but not here yet, or not to be had: say so, with a retry.
    let waiting = beside_locale.filter(|_| beside.is_none()).map(|locale| {
        let failed = app.language.failed.iter().any(|(l, _)| *l == locale);
        beside_status(&app, &i18n, locale, failed)
    });
    let languages = Languages {
        first: &i18n,
        beside: beside.as_ref().as_ref(),
    };
    let locale = shown;
    html! {
        <div class={HANDOUT}>
            <div class="tools">
                // The choices and printing need the app; the PDF links work without it.
                { app_only(&i18n, html! {
                    <>
                        <section class="beside" aria-labelledby="handout-beside">
                            <h2 id="handout-beside">{ i18n.text("handout-beside") }</h2>
                            <div class="choices">{ for beside_choices }</div>
                            { for waiting }
                        </section>
                        // Where the page cannot be printed, the PDFs below are the way.
                        if *no_print {
                            <p class="no-print" role="status" data-testid="handout-no-print">{ i18n.text("handout-no-print") }</p>
                        }
                        <div class="actions">
                            <button type="button" class="ax-button" data-testid="handout-print" onclick={on_print}>
                                { i18n.text("handout-print") }
                            </button>
                        </div>
                    </>
                }) }
                <div class="actions">{ pdf_links(&i18n, &props.id, pairing, app.effective.elder) }</div>
            </div>
            <article class={classes!("sheet", if beside.is_some() { "paired" } else { "single" })} data-testid="handout" data-id={props.id.clone()}
                data-pairing={pairing.folder()} lang={locale.tag()} dir={locale.direction().as_str()}>
                { leaflet::body(leaflet, languages, app.partner.get()) }
            </article>
        </div>
    }
}

/// A choice of the language beside the screen's (`None`: none).
fn beside_choice(app: &AppHandle, i18n: &Localizer, choice: Option<Locale>, pressed: bool) -> Html {
    let app = app.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        app.dispatch(LanguageAction::Beside(choice));
    });
    let (name, lang) = match choice {
        Some(locale) => (locale.autonym().to_owned(), Some(locale.tag())),
        None => (i18n.text("handout-beside-none"), None),
    };
    html! {
        <button type="button" class="ax-chip" aria-pressed={pressed.to_string()}
            data-testid="handout-beside" data-lang={lang} {lang} {onclick}>
            { name }
        </button>
    }
}
