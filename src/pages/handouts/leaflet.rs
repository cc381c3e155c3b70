//! What each leaflet holds, in one language or two side by side: a leaflet is a column of
//! blocks, and each block holds the same text in each language, each in its own column, script
//! and direction. A block prints whole (the theme keeps page breaks between blocks), so a
//! right, a step or a phone number is never split across two pages.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::content::help::{
    public_hotline, Hotline, ANTI_FRAUD_WARNING, POLICE, PREPARE, REGULATOR,
};
use crate::content::rights::RIGHTS;
use crate::content::workshop::{self, Plan};
use crate::content::{cases::Case, help::tel_href};
use crate::i18n::Localizer;
use crate::model::handout::Leaflet;
use crate::model::partner::Partner;
use crate::pages::page_title;

/// The languages a leaflet is printed in: the first, and the one beside it once its text is
/// here.
#[derive(Clone, Copy)]
pub(super) struct Languages<'a> {
    /// The leaflet's own language (the first column).
    pub first: &'a Localizer,
    /// The language beside it, if any.
    pub beside: Option<&'a Localizer>,
}

impl Languages<'_> {
    /// A block that prints whole: `part` in each language, each in a column of its own.
    fn block(&self, class: &'static str, part: impl Fn(&Localizer) -> Html) -> Html {
        let column = |i18n: &Localizer| {
            let locale = i18n.locale();
            html! {
                <div class="column" lang={locale.tag()} dir={locale.direction().as_str()}>
                    { part(i18n) }
                </div>
            }
        };
        let paired = self.beside.is_some().then_some("paired");
        html! {
            <section class={classes!("block", class, paired)}>
                { column(self.first) }
                { for self.beside.map(column) }
            </section>
        }
    }
}

/// The body of `leaflet`, its title an `h1` in each language.
pub(super) fn body(leaflet: Leaflet, languages: Languages<'_>, partner: Option<&Partner>) -> Html {
    // The first language's title is the screen's heading; the one beside it is its twin.
    let title = |i18n: &Localizer| {
        let id = leaflet.title_message();
        if i18n.locale() == languages.first.locale() {
            page_title(i18n, &id)
        } else {
            html! { <p class="title">{ i18n.text(&id) }</p> }
        }
    };
    let content = match leaflet {
        Leaflet::Rights => rights(languages),
        Leaflet::Help => help(languages, partner),
        Leaflet::Case(case) => case_leaflet(languages, case),
        Leaflet::Plan(plan) => plan_leaflet(languages, plan),
    };
    html! { <>{ languages.block("title", title) }{ content }</> }
}

/// A phone number printed large, never broken across lines, with who answers.
fn number(number: &str, label: String) -> Html {
    html! {
        <p class="hotline">
            <a class="number" href={tel_href(number)} dir="ltr">{ number.to_owned() }</a>
            <span class="label">{ label }</span>
        </p>
    }
}

/// The eight rights: each one's name, what it means in a line, and an example of it broken.
fn rights(languages: Languages<'_>) -> Html {
    let intro = languages.block(
        "intro",
        |i18n| html! { <p>{ i18n.text("rights-intro") }</p> },
    );
    let rights = RIGHTS.iter().map(|right| {
        languages.block("right", move |i18n| {
            let example = right.example_messages().into_iter().next().map(|id| {
                let mut args = FluentArgs::new();
                args.set("example", i18n.text(&id));
                html! { <p class="example">{ i18n.text_with("handout-right-example", &args) }</p> }
            });
            html! {
                <>
                    <h2>{ i18n.text(&right.message("name")) }</h2>
                    <p>{ i18n.text(&right.message("summary")) }</p>
                    { for example }
                </>
            }
        })
    });
    let call = languages.block("call", |i18n| {
        html! { <p>{ i18n.text("help-step-regulator-body") }</p> }
    });
    html! { <>{ intro }{ for rights }{ call }</> }
}

/// Where to turn: the complaint path, the numbers large, room to write the person's own bank's
/// or insurer's number (the partner's printed in), and what to have ready.
fn help(languages: Languages<'_>, partner: Option<&Partner>) -> Html {
    let intro = languages.block("intro", |i18n| html! { <p>{ i18n.text("help-intro") }</p> });
    let own = languages.block("own-number", |i18n| match partner {
        Some(partner) => {
            let mut args = FluentArgs::new();
            args.set("name", partner.name(i18n.locale()));
            number(
                &partner.hotline,
                i18n.text_with("help-partner-hotline", &args),
            )
        }
        None => html! {
            <>
                <p>{ i18n.text("handout-own-number") }</p>
                <p class="write-in" aria-hidden="true"></p>
            </>
        },
    });
    let steps = ["institution", "regulator", "mediation", "court"].map(|step| {
        languages.block("step", move |i18n| {
            let call =
                (step == "regulator").then(|| number(REGULATOR.number, i18n.text(REGULATOR.label)));
            html! {
                <>
                    <h2>{ i18n.text(&format!("help-step-{step}-title")) }</h2>
                    <p>{ i18n.text(&format!("help-step-{step}-body")) }</p>
                    { for call }
                </>
            }
        })
    });
    let fraud = languages.block("fraud", |i18n| {
        let line = |hotline: Hotline| number(hotline.number, i18n.text(hotline.label));
        html! {
            <>
                <h2>{ i18n.text("help-fraud-title") }</h2>
                { line(ANTI_FRAUD_WARNING) }
                { line(POLICE) }
            </>
        }
    });
    let prepare = languages.block("prepare", |i18n| {
        html! {
            <>
                <h2>{ i18n.text("help-prepare-title") }</h2>
                <ul>{ for PREPARE.iter().map(|id| html! { <li>{ i18n.text(id) }</li> }) }</ul>
                <p class="never">{ i18n.text("help-never") }</p>
            </>
        }
    });
    html! { <>{ intro }{ own }{ for steps }{ fraud }{ prepare }</> }
}

/// A case: the story in brief, its red flags, what to do now and next time, whom to call.
fn case_leaflet(languages: Languages<'_>, case: &'static Case) -> Html {
    let list = |heading: &'static str, field: &'static str, count: u8, class: &'static str| {
        languages.block(class, move |i18n| {
            html! {
                <>
                    <h2>{ i18n.text(heading) }</h2>
                    <ul>{ for case.numbered(field, count).iter().map(|id| html! { <li>{ i18n.text(id) }</li> }) }</ul>
                </>
            }
        })
    };
    let story = languages.block("story", |i18n| {
        html! {
            <>
                <h2>{ i18n.text("case-section-story") }</h2>
                <p>{ i18n.text(&case.message("trap")) }</p>
            </>
        }
    });
    let call = languages.block("call", |i18n| {
        html! {
            <>
                <h2>{ i18n.text("case-section-call") }</h2>
                { for case.hotlines.iter().filter_map(|number| public_hotline(number))
                    .map(|hotline| number(hotline.number, i18n.text(hotline.label))) }
            </>
        }
    });
    html! {
        <>
            { story }
            { list("case-section-flags", "flag", case.flags, "flags") }
            { list("case-section-now", "now", case.now, "now") }
            { list("case-section-next", "next", case.next, "next") }
            { call }
        </>
    }
}

/// A workshop plan for the volunteer: what it is, what to bring, each block with its minutes
/// and the notes for its kind.
fn plan_leaflet(languages: Languages<'_>, plan: &'static Plan) -> Html {
    let about = languages.block("intro", |i18n| {
        let mut minutes = FluentArgs::new();
        minutes.set("minutes", plan.minutes);
        html! {
            <>
                <p>{ i18n.text(&format!("workshop-plan-{}-desc", plan.id)) }</p>
                <p class="minutes">{ i18n.text_with("workshop-minutes", &minutes) }</p>
            </>
        }
    });
    let prepare = languages.block("prepare", |i18n| {
        html! {
            <>
                <h2>{ i18n.text("workshop-prepare") }</h2>
                <ul>{ for workshop::PREPARE.iter().map(|id| html! { <li>{ i18n.text(id) }</li> }) }</ul>
            </>
        }
    });
    let blocks = plan.blocks.iter().map(|timed| {
        languages.block("plan-block", move |i18n| {
            let mut minutes = FluentArgs::new();
            minutes.set("minutes", timed.minutes);
            let kind = timed.block.kind();
            let note = |part: &str| i18n.text(&format!("workshop-note-{kind}-{part}"));
            html! {
                <>
                    <h2>{ crate::pages::workshop::block_label(i18n, timed.block) }</h2>
                    <p class="minutes">{ i18n.text_with("workshop-minutes", &minutes) }</p>
                    <dl>
                        <dt>{ i18n.text("workshop-say") }</dt><dd>{ note("say") }</dd>
                        <dt>{ i18n.text("workshop-ask") }</dt><dd>{ note("ask") }</dd>
                        <dt>{ i18n.text("workshop-wrong") }</dt><dd>{ note("wrong") }</dd>
                    </dl>
                </>
            }
        })
    });
    html! { <>{ about }{ prepare }{ for blocks }</> }
}
