//! Workshop mode rendered with Yew's server-side renderer: every screen of every plan (each
//! story scene, each red-flag conversation before and after its reveal, each question before and
//! after its reveal, a right, the help numbers, the closing screen and the summary), in every
//! locale: no message is missing, and nothing says which option or line is right before the
//! reveal.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::cell::RefCell;
use std::rc::Rc;

use anxin::content::workshop::{Step, PLANS};
use anxin::model::locale::Locale;
use anxin::model::session::{Session, Sessions};
use anxin::model::view::Entry;
use anxin::state::workshop::WorkshopState;
use anxin::Screens;
use support::{boot_state, render_state_with, visible_text, TEST_DAY};
use yew::Html;

thread_local! {
    /// The workshop state the next render shows.
    static SHOWN: RefCell<Rc<WorkshopState>> = RefCell::new(Rc::default());
}

fn shown() -> Html {
    anxin::app::workshop::root_from(SHOWN.with(|state| state.borrow().clone()))
}

/// Renders workshop mode in `locale` showing `state`: the page's HTML, or a panic naming what
/// was missing.
fn render(locale: Locale, state: WorkshopState, what: &str) -> String {
    SHOWN.with(|shown| *shown.borrow_mut() = Rc::new(state));
    let app = boot_state(&format!("?view=workshop&lang={}", locale.tag()), None, None);
    let screens = Screens {
        entry: Entry::Workshop,
        workshop: Some(shown),
    };
    let rendered = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(render_state_with(app, screens));
    assert!(
        rendered.misses.is_empty(),
        "{locale} {what}: missing {:?}",
        rendered.misses
    );
    let text = visible_text(&rendered.html);
    assert!(
        !text.contains("workshop-") && !text.contains("tally-"),
        "{locale} {what}: a raw id reached the page"
    );
    rendered.html
}

fn with_session(session: Session) -> WorkshopState {
    WorkshopState {
        sessions: Sessions {
            current: Some(session),
            past: Vec::new(),
        },
        loaded: true,
        ..WorkshopState::default()
    }
}

#[test]
fn every_screen_of_every_plan_renders_in_every_locale_and_gives_nothing_away() {
    for locale in Locale::ALL {
        for plan in PLANS {
            let mut session = Session::new(plan, TEST_DAY, "村委会".into());
            for step in 0..=session.step_count() {
                session.step = step;
                let what = format!("plan {} step {step}", plan.id);
                let html = render(locale, with_session(session.clone()), &what);
                assert!(
                    html.contains("data-testid=\"workshop-back\""),
                    "{what}: controls"
                );
                assert!(
                    !html.contains("class=\"option correct\""),
                    "{what}: a right option shown"
                );
                assert!(
                    !html.contains(" found") && !html.contains(" missed"),
                    "{what}: flags shown"
                );
                let revealed = match session.current() {
                    Some(Step::Question(question)) => {
                        let tally = session.tally_mut(question.id).unwrap();
                        tally.add("not-sure");
                        tally.reveal();
                        true
                    }
                    Some(Step::RedFlags(case)) => {
                        session.marks_mut(case.id).unwrap().shown = true;
                        true
                    }
                    _ => false,
                };
                if revealed {
                    let html = render(
                        locale,
                        with_session(session.clone()),
                        &format!("{what} revealed"),
                    );
                    assert!(
                        html.contains("option correct")
                            || html.contains("data-testid=\"workshop-flags-result\""),
                        "{what}: the reveal shows the answer"
                    );
                }
            }
            let mut done = session.clone();
            done.finished = true;
            let summary = WorkshopState {
                sessions: Sessions {
                    current: None,
                    past: vec![done],
                },
                loaded: true,
                summary: Some(0),
                ..WorkshopState::default()
            };
            let html = render(locale, summary, &format!("plan {} summary", plan.id));
            assert!(html.contains("data-testid=\"workshop-export\""));
        }
        let chooser = WorkshopState {
            chosen: PLANS.first(),
            loaded: true,
            ..WorkshopState::default()
        };
        let html = render(locale, chooser, "the chooser");
        assert!(html.contains("data-testid=\"workshop-start\""));
    }
}
