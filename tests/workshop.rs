//! Workshop mode rendered with Yew's server-side renderer: every screen of every plan (each
//! story scene, each red-flag conversation before and after its reveal, each question before and
//! after its reveal, a right, the help numbers, the closing screen and the summary), in every
//! locale and every pairing of two languages side by side: no message is missing, and nothing
//! says which option or line is right before the reveal.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::cell::RefCell;
use std::rc::Rc;

use anxin::content::workshop::{Step, PLANS};
use anxin::model::locale::Locale;
use anxin::model::session::{Session, Sessions};
use anxin::model::view::Entry;
use anxin::state::workshop::{WorkshopAction, WorkshopState};
use anxin::state::AppState;
use anxin::Screens;
use support::{boot_state, render_state_with, visible_text, Rendered, TEST_DAY};
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
    let app = boot_state(&format!("?view=workshop&lang={}", locale.tag()), None, None);
    let rendered = render_with(app, state);
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

/// Renders workshop mode showing `state` in the app state `app`.
fn render_with(app: AppState, state: WorkshopState) -> Rendered {
    SHOWN.with(|shown| *shown.borrow_mut() = Rc::new(state));
    let screens = Screens {
        entry: Entry::Workshop,
        app: Some(anxin::pages::APP_SCREENS),
        quiz: None,
        workshop: Some(|_| shown()),
        check: None,
    };
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(render_state_with(app, screens))
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
                    html.contains("data-testid=\"workshop-bar\"")
                        && html.contains("data-testid=\"workshop-back\""),
                    "{what}: the pinned bar"
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

#[test]
fn every_screen_shows_both_languages_of_every_pairing_each_in_its_own_script_and_direction() {
    let plan = PLANS.iter().max_by_key(|plan| plan.steps().len()).unwrap();
    for first in Locale::ALL {
        for beside in Locale::ALL.into_iter().filter(|locale| *locale != first) {
            let mut session = Session::new(plan, TEST_DAY, String::new());
            session.beside = Some(beside);
            let cell = format!(
                "lang=\"{}\" dir=\"{}\"",
                beside.tag(),
                beside.direction().as_str()
            );
            for step in 0..session.step_count() {
                session.step = step;
                let what = format!("{first}+{beside} step {step}");
                match session.current() {
                    Some(Step::Question(question)) => {
                        session.tally_mut(question.id).unwrap().reveal();
                    }
                    Some(Step::RedFlags(case)) => {
                        let marks = session.marks_mut(case.id).unwrap();
                        marks.toggle(0);
                        marks.toggle(1);
                        marks.shown = true;
                    }
                    _ => {}
                }
                let html = render(first, with_session(session.clone()), &what);
                // Everything the room reads on a revealed screen is in both languages: the
                // help numbers' descriptions, 正确答案, 人, the red-flag verdicts.
                let stage = stage_of(&html);
                let cells = |locale: Locale| {
                    stage
                        .matches(&format!("lang=\"{}\" dir", locale.tag()))
                        .count()
                };
                assert_eq!(
                    cells(first),
                    cells(beside),
                    "{what}: a text in one language only"
                );
                let outside = words_outside_cells(stage);
                assert!(
                    outside.is_empty(),
                    "{what}: words outside a language's cell: {outside}"
                );
                assert!(html.contains(&cell), "{what}: no text in {beside}");
                assert!(
                    html.contains(&format!("lang=\"{}\" dir", first.tag())),
                    "{what}: the first language's cells are not marked"
                );
                if matches!(session.current(), Some(Step::Question(_))) {
                    assert!(
                        html.contains("data-testid=\"workshop-question-beside\""),
                        "{what}: the question has no second language"
                    );
                }
                assert!(
                    !html.contains("workshop-beside-status"),
                    "{what}: waits for text it has"
                );
            }
        }
    }
}

/// The words of `html` that are in no language's cell (an element with `lang` and `dir`):
/// what is left once every cell's text is taken out, keeping only Chinese, Tibetan and
/// Arabic-script letters (digits, Latin letters such as A–D, and signs need no translation).
fn words_outside_cells(html: &str) -> String {
    let html = &without_read_spans(html);
    let mut rest = String::new();
    let mut at = 0;
    while let Some(found) = html[at..].find(" lang=\"") {
        let cell = at + found;
        let open_end = cell + html[cell..].find('>').expect("a tag ends");
        rest.push_str(&html[at..=open_end]);
        at = open_end + 1 + html[open_end + 1..].find('<').unwrap_or(0);
    }
    rest.push_str(&html[at..]);
    visible_text(&rest)
        .chars()
        .filter(|c| {
            matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{0f00}'..='\u{0fff}' | '\u{0600}'..='\u{06ff}')
        })
        .collect()
}

/// `html` with each part read aloud (`<span … data-read=…>text</span>`) replaced by its text.
fn without_read_spans(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("<span data-read=") {
        out.push_str(&rest[..at]);
        let text = at + rest[at..].find('>').expect("a tag ends") + 1;
        let close = text + rest[text..].find("</span>").expect("a part ends");
        out.push_str(&rest[text..close]);
        rest = &rest[close + "</span>".len()..];
    }
    out.push_str(rest);
    out
}

/// The stage of a rendered presenter view: what the room reads.
fn stage_of(html: &str) -> &str {
    let start = html
        .find("data-testid=\"workshop-stage\"")
        .expect("a stage");
    let end = html[start..]
        .find("data-testid=\"workshop-bar\"")
        .expect("a bar");
    &html[start..start + end]
}

#[test]
fn a_step_too_long_for_one_screen_shows_each_part_in_turn_and_all_of_it() {
    let plan = PLANS.iter().max_by_key(|plan| plan.steps().len()).unwrap();
    let mut session = Session::new(plan, TEST_DAY, String::new());
    session.step = session
        .plan
        .steps()
        .iter()
        .position(|(_, step)| matches!(step, Step::Scene(..)))
        .unwrap();
    let mut state = with_session(session.clone()).apply(WorkshopAction::Paginate(session.step, 2));
    let mut parts = String::new();
    for index in 0..2 {
        let html = render(Locale::ZhHans, state.clone(), "a part");
        assert!(
            html.contains(&format!(" · {}/2", index + 1)),
            "part {index} says which"
        );
        parts.push_str(&scene_text(&html));
        state = state.apply(WorkshopAction::Next);
    }
    let one = with_session(session);
    assert_eq!(parts, scene_text(&render(Locale::ZhHans, one, "unsplit")));
}

/// The scene's text in a rendered page.
fn scene_text(html: &str) -> String {
    let html = &without_read_spans(html);
    let start = html
        .find("data-testid=\"workshop-scene\"")
        .expect("a scene");
    let open = start + html[start..].find('>').unwrap() + 1;
    let close = open + html[open..].find("</p>").unwrap();
    html[open..close].to_owned()
}

#[test]
fn the_notes_window_shows_the_notes_of_the_step_on_show_or_says_none_runs() {
    let plan = PLANS.first().unwrap();
    for locale in Locale::ALL {
        let mut session = Session::new(plan, TEST_DAY, String::new());
        session.step = 1;
        let running = WorkshopState {
            notes_window: true,
            ..with_session(session)
        };
        let html = render(locale, running, "the notes window");
        assert!(html.contains("data-testid=\"workshop-notes-window\""));
        assert!(html.contains("data-step=\"1\""));
        assert!(!html.contains("workshop-stage"), "{locale}: no stage");
        let idle = WorkshopState {
            notes_window: true,
            loaded: true,
            ..WorkshopState::default()
        };
        let html = render(locale, idle, "the idle notes window");
        assert!(html.contains("data-testid=\"workshop-notes-window\""));
    }
}

#[test]
fn a_second_language_whose_text_is_not_here_says_so_and_shows_the_first() {
    let plan = PLANS.first().unwrap();
    let mut session = Session::new(plan, TEST_DAY, String::new());
    session.beside = Some(Locale::Bo);
    let mut app = boot_state("?view=workshop&lang=zh-Hans", None, None);
    app.language.catalog = support::catalog_without(Locale::Bo);
    let rendered = render_with(app, with_session(session));
    assert!(rendered.misses.is_empty(), "{:?}", rendered.misses);
    assert!(rendered
        .html
        .contains("data-testid=\"workshop-beside-status\""));
    assert!(rendered.html.contains("data-testid=\"workshop-scene\""));
    assert!(!rendered.html.contains("lang=\"bo\" dir"));
}
