//! Interactive components in a real browser (headless Chromium via wasm-bindgen-test):
//! the language switch, the on/off switch, the whole app switching to 长辈版's theme, and quiz
//! questions answered by tapping, the red-flag exercise of a case, getting ready for offline
//! use from settings (with the reports of the page's side of offline use played to the app),
//! and the message checker.

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use anxin::components::language_switch::{LanguageSwitch, LanguageSwitchProps};
use anxin::components::toggle_switch::{ToggleSwitch, ToggleSwitchProps};
use anxin::content::cases::CASES;
use anxin::content::quiz::{Kind, Question, QUESTIONS};
use anxin::i18n::{builtin_catalog, I18n, Localizer, MissLog, Resource};
use anxin::model::locale::Locale;
use anxin::model::saved::decode;
use anxin::state::quiz::{Round, RoundKind};
use anxin::state::visit::Boot;
use anxin::state::AppState;
use anxin::theme::styles::{NAV_TILE, SHELL};
use anxin::theme::{Mode, Theme};
use anxin::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Renders component `C` into a fresh element of the page and lets it settle.
async fn mount<C>(props: C::Properties) -> Element
where
    C: BaseComponent,
{
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

/// Lets yew finish every render, effect and re-render that is due (its scheduler, flushed).
async fn settle() {
    yew::scheduler::flush().await;
}

/// Settles, then fails naming `what` unless an element matches `selector` inside `root`.
async fn expect_selector(root: &Element, what: &str, selector: &str) {
    settle().await;
    assert!(
        root.query_selector(selector).unwrap().is_some(),
        "no {what} ({selector})"
    );
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn attribute(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}

/// Provides the context a component expects: Mandarin messages.
#[derive(Properties, PartialEq)]
struct HarnessProps {
    children: Html,
}

#[function_component]
fn Harness(props: &HarnessProps) -> Html {
    let i18n = use_memo((), |_| {
        let catalog = builtin_catalog().0;
        I18n(Rc::new(Localizer::new(
            &catalog,
            Locale::ZhHans,
            false,
            MissLog::new(|problem| panic!("{problem}")),
        )))
    });
    html! {
        <ContextProvider<I18n> context={(*i18n).clone()}>
            { props.children.clone() }
        </ContextProvider<I18n>>
    }
}

#[derive(Properties, PartialEq)]
struct SwitchHostProps {
    chosen: Rc<std::cell::Cell<Option<Locale>>>,
    #[prop_or(Locale::ALL.to_vec())]
    offered: Vec<Locale>,
}

#[function_component]
fn SwitchHost(props: &SwitchHostProps) -> Html {
    let chosen = props.chosen.clone();
    let on_choose = Callback::from(move |locale| chosen.set(Some(locale)));
    let switch = LanguageSwitchProps {
        current: Locale::ZhHans,
        pending: Some(Locale::Ug),
        on_choose,
        offered: props.offered.clone(),
    };
    html! { <Harness><LanguageSwitch ..switch /></Harness> }
}

#[wasm_bindgen_test]
async fn language_switch_names_each_language_in_its_script_and_reports_the_choice() {
    let chosen = Rc::new(std::cell::Cell::new(None));
    let root = mount::<SwitchHost>(SwitchHostProps {
        chosen: chosen.clone(),
        offered: Locale::ALL.to_vec(),
    })
    .await;

    let buttons = root
        .query_selector_all("[data-testid=lang-switch] button")
        .unwrap();
    assert_eq!(buttons.length(), 4);
    assert_eq!(
        attribute(&root, "[data-lang=zh-Hans]", "aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        attribute(&root, "[data-lang=bo]", "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(
        attribute(&root, "[data-lang=ug]", "dir").as_deref(),
        Some("rtl")
    );
    assert_eq!(
        attribute(&root, "[data-lang=ug]", "aria-busy").as_deref(),
        Some("true")
    );
    assert!(root.text_content().unwrap().contains("བོད་ཡིག"));

    click(&root, "[data-lang=bo]");
    assert_eq!(chosen.get(), Some(Locale::Bo));
}

#[wasm_bindgen_test]
async fn language_switch_offers_only_the_languages_a_partner_offers() {
    let root = mount::<SwitchHost>(SwitchHostProps {
        chosen: Rc::new(std::cell::Cell::new(None)),
        offered: vec![Locale::ZhHans, Locale::Ug],
    })
    .await;
    let buttons = root
        .query_selector_all("[data-testid=lang-switch] button")
        .unwrap();
    assert_eq!(buttons.length(), 2);
    assert!(root
        .query_selector("[data-lang=zh-Hans]")
        .unwrap()
        .is_some());
    assert!(root.query_selector("[data-lang=ug]").unwrap().is_some());
    assert!(root.query_selector("[data-lang=bo]").unwrap().is_none());
}

#[derive(Properties, PartialEq)]
struct ToggleHostProps {
    toggled: Rc<std::cell::Cell<Option<bool>>>,
}

#[function_component]
fn ToggleHost(props: &ToggleHostProps) -> Html {
    let on = use_state(|| false);
    let toggled = props.toggled.clone();
    let on_toggle = {
        let on = on.clone();
        Callback::from(move |value| {
            toggled.set(Some(value));
            on.set(value);
        })
    };
    let toggle = ToggleSwitchProps {
        label: "长辈版".into(),
        hint: None,
        on: *on,
        on_toggle,
        testid: Some("elder-toggle".into()),
        icon: None,
        prominent: true,
    };
    html! { <Harness><ToggleSwitch ..toggle /></Harness> }
}

#[wasm_bindgen_test]
async fn toggle_switch_reports_and_shows_its_state() {
    let toggled = Rc::new(std::cell::Cell::new(None));
    let root = mount::<ToggleHost>(ToggleHostProps {
        toggled: toggled.clone(),
    })
    .await;
    let selector = "[data-testid=elder-toggle]";
    assert_eq!(
        attribute(&root, selector, "role").as_deref(),
        Some("switch")
    );
    assert_eq!(
        attribute(&root, selector, "aria-checked").as_deref(),
        Some("false")
    );
    assert!(root.text_content().unwrap().contains("已关闭"));

    click(&root, selector);
    settle().await;
    assert_eq!(toggled.get(), Some(true));
    assert_eq!(
        attribute(&root, selector, "aria-checked").as_deref(),
        Some("true")
    );
    assert!(root.text_content().unwrap().contains("已打开"));
}

/// The app's stylesheet is written at build time and is not in the wasm, so here the app is
/// seen to switch the theme's values in place; the sizes they give on the page are measured by
/// the end-to-end tests against the release build.
#[wasm_bindgen_test]
async fn the_app_switches_to_the_elder_theme_in_place() {
    let root = mount_app(AppState::boot(Boot {
        link_pairs: Vec::new(),
        saved: decode(None),
        default_locale: None,
        storage_available: false,
        catalog: builtin_catalog().0,
        ..Boot::default()
    }))
    .await;

    let window = gloo::utils::window();
    let app_root = root.query_selector("[data-view]").unwrap().unwrap();
    let in_force = |name: &str| -> String {
        let style = window.get_computed_style(&app_root).unwrap().unwrap();
        style.get_property_value(name).unwrap().trim().to_owned()
    };
    let expected = |mode: Mode, name: &str| -> String {
        Theme::new(mode, Locale::ZhHans)
            .variables()
            .into_iter()
            .find(|(variable, _)| *variable == name)
            .map(|(_, value)| value)
            .unwrap()
    };
    assert_eq!(
        attribute(&root, "[data-view]", "data-ready").as_deref(),
        Some("1")
    );
    assert_eq!(app_root.class_name(), SHELL);
    for name in ["--ax-fs-body", "--ax-target"] {
        assert_eq!(in_force(name), expected(Mode::Standard, name), "{name}");
    }

    click(&root, "[data-testid=elder-toggle]");
    settle().await;
    for name in ["--ax-fs-body", "--ax-target"] {
        assert_eq!(in_force(name), expected(Mode::Elder, name), "{name}");
    }
    assert_eq!(
        attribute(&root, "[data-testid=elder-toggle]", "aria-checked").as_deref(),
        Some("true")
    );
    let tiles = root.query_selector_all("main [data-testid^=nav-]").unwrap();
    assert!(tiles.length() >= 3, "home's tiles");
    for i in 0..tiles.length() {
        let tile: Element = tiles.item(i).unwrap().dyn_into().unwrap();
        assert!(tile.class_list().contains(NAV_TILE), "tile {i}");
    }
}

/// The app on the quiz screen with the Mandarin quiz text loaded, in a round of `questions`.
/// Mounts the whole app, started from `state`; every missing message fails the test.
async fn mount_app(state: AppState) -> Element {
    let misses = MissLog::new(|problem| panic!("{problem}"));
    mount::<App>(AppProps {
        initial: Rc::new(state),
        misses,
        resume: None,
        screens: anxin::app::workshop::SCREENS,
    })
    .await
}

async fn mount_round(questions: Vec<&'static Question>) -> Element {
    let catalog = builtin_catalog().0;
    let quiz = include_str!("../locales/zh-Hans/quiz.ftl");
    let (catalog, problems) = catalog.with(Locale::ZhHans, Resource::Quiz, quiz.into());
    assert!(problems.is_empty(), "{problems:?}");
    let mut state = AppState::boot(Boot {
        link_pairs: vec![("view".into(), "quiz".into())],
        storage_available: false,
        catalog,
        ..Boot::default()
    });
    state.quiz.round = Some(Round {
        kind: RoundKind::Mixed,
        questions,
        answers: Vec::new(),
        position: 0,
    });
    let root = mount_app(state).await;
    expect_selector(&root, "the question", "[data-testid=quiz-question]").await;
    root
}

fn pressed(root: &Element, key: &str) -> bool {
    attribute(
        root,
        &format!("[data-testid=quiz-option][data-key={key}]"),
        "aria-pressed",
    )
    .as_deref()
        == Some("true")
}

#[wasm_bindgen_test]
async fn a_red_flag_question_takes_several_answers_and_explains_each_after_checking() {
    let question = QUESTIONS.iter().find(|q| q.kind == Kind::RedFlags).unwrap();
    let root = mount_round(vec![question]).await;
    let keys: Vec<_> = question.options.iter().map(|c| c.key).collect();

    click(&root, "[data-testid=quiz-check]");
    settle().await;
    assert!(
        root.query_selector("[data-testid=quiz-feedback]")
            .unwrap()
            .is_none(),
        "checking with nothing chosen only asks for a choice"
    );
    for key in &keys[..2] {
        click(&root, &format!("[data-testid=quiz-option][data-key={key}]"));
    }
    settle().await;
    assert!(pressed(&root, keys[0]) && pressed(&root, keys[1]));
    click(
        &root,
        &format!("[data-testid=quiz-option][data-key={}]", keys[0]),
    );
    settle().await;
    assert!(!pressed(&root, keys[0]) && pressed(&root, keys[1]));

    click(&root, "[data-testid=quiz-check]");
    expect_selector(&root, "feedback", "[data-testid=quiz-feedback]").await;
    let feedback = root
        .query_selector("[data-testid=quiz-feedback]")
        .unwrap()
        .unwrap();
    assert_eq!(
        feedback
            .parent_element()
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("status"),
        "announced to screen readers"
    );
    assert_eq!(
        feedback.query_selector_all("li").unwrap().length() as usize,
        keys.len()
    );
    let focused = gloo::utils::document().active_element().unwrap();
    assert_eq!(focused, feedback, "focus moves to the explanation");
    let option: HtmlElement = root
        .query_selector("[data-testid=quiz-option]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(option.has_attribute("disabled"), "answered once");
}

#[wasm_bindgen_test]
async fn a_single_choice_keeps_one_answer_and_moves_on_to_the_score() {
    let question = QUESTIONS.iter().find(|q| q.kind == Kind::Single).unwrap();
    let root = mount_round(vec![question]).await;
    let keys: Vec<_> = question.options.iter().map(|c| c.key).collect();
    click(
        &root,
        &format!("[data-testid=quiz-option][data-key={}]", keys[0]),
    );
    click(
        &root,
        &format!("[data-testid=quiz-option][data-key={}]", keys[1]),
    );
    settle().await;
    assert!(!pressed(&root, keys[0]) && pressed(&root, keys[1]));
    click(&root, "[data-testid=quiz-not-sure]");
    expect_selector(&root, "feedback", "[data-testid=quiz-feedback]").await;
    click(&root, "[data-testid=quiz-next]");
    expect_selector(&root, "the score", "[data-testid=quiz-score]").await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("共 \u{2068}1\u{2069} 题"));
}

#[wasm_bindgen_test]
async fn the_red_flag_exercise_toggles_lines_and_explains_them_after_checking() {
    let case = &CASES[0];
    let mut catalog = builtin_catalog().0;
    for (resource, text) in [
        (
            Resource::Rights,
            include_str!("../locales/zh-Hans/rights.ftl"),
        ),
        (
            Resource::Cases,
            include_str!("../locales/zh-Hans/cases.ftl"),
        ),
    ] {
        let (next, problems) = catalog.with(Locale::ZhHans, resource, text.into());
        assert!(problems.is_empty(), "{problems:?}");
        catalog = next;
    }
    let state = AppState::boot(Boot {
        link_pairs: vec![("view".into(), format!("case:{}", case.id))],
        storage_available: false,
        catalog,
        ..Boot::default()
    });
    let root = mount_app(state).await;
    expect_selector(&root, "the exercise", "[data-testid=flag-exercise]").await;
    let flag = case.conversation.iter().position(|l| l.red_flag).unwrap();
    let selector = format!("[data-testid=flag-line][data-index=\"{flag}\"]");
    click(&root, &selector);
    settle().await;
    assert_eq!(
        attribute(&root, &selector, "aria-pressed").as_deref(),
        Some("true")
    );
    click(&root, &selector);
    settle().await;
    assert_eq!(
        attribute(&root, &selector, "aria-pressed").as_deref(),
        Some("false")
    );
    click(&root, &selector);
    click(&root, "[data-testid=flag-check]");
    expect_selector(&root, "the result", "[data-testid=flag-result]").await;
    let line = root.query_selector(&selector).unwrap().unwrap();
    assert!(
        line.has_attribute("disabled"),
        "lines are fixed once checked"
    );
    let explained = line.parent_element().unwrap().text_content().unwrap();
    assert!(explained.contains("找对了"), "{explained}");
    let result = root
        .query_selector("[data-testid=flag-result]")
        .unwrap()
        .unwrap();
    assert_eq!(
        result
            .parent_element()
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("status")
    );
}

/// Sends a report as the page's side of offline use (`offline.js`) would.
fn offline_report(json: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&json.into());
    let event =
        web_sys::CustomEvent::new_with_event_init_dict("anxin-offline-report", &init).unwrap();
    gloo::utils::window().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn settings_prepare_the_chosen_languages_and_show_what_is_ready() {
    // What the app asks of the page's side, in order.
    let requests = Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let heard = requests.clone();
    let _listening =
        gloo::events::EventListener::new(&gloo::utils::window(), "anxin-offline", move |event| {
            let event: &web_sys::CustomEvent = event.dyn_ref().unwrap();
            heard.borrow_mut().push(event.detail().as_string().unwrap());
        });
    let root = mount_app(AppState::boot(Boot {
        link_pairs: vec![("view".into(), "settings".into())],
        storage_available: false,
        catalog: builtin_catalog().0,
        ..Boot::default()
    }))
    .await;
    assert_eq!(requests.borrow().as_slice(), ["start"]);
    assert!(root
        .query_selector("[data-testid=offline-prepare]")
        .unwrap()
        .is_none());

    offline_report(r#"{"kind":"support","worker":true}"#);
    offline_report(
        r#"{"kind":"status","version":"0.1.0 (ab)","sizes":{"core":600000,"pages zh-Hans":200000,"messages zh-Hans":40000,"daily zh-Hans":200000,"pages bo":230000,"messages bo":40000,"daily bo":200000},"ready":[],"date":"","missed":[]}"#,
    );
    expect_selector(&root, "the prepare button", "[data-testid=offline-prepare]").await;
    let chip = |tag: &str| format!("[data-testid=offline-language][data-lang={tag}]");
    assert_eq!(
        attribute(&root, &chip("zh-Hans"), "aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        attribute(&root, &chip("bo"), "aria-pressed").as_deref(),
        Some("false")
    );
    let size = |root: &Element| {
        root.query_selector("[data-testid=offline-size]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(size(&root).contains("1.1"), "{}", size(&root));

    click(&root, &chip("bo"));
    settle().await;
    assert_eq!(
        attribute(&root, &chip("bo"), "aria-pressed").as_deref(),
        Some("true")
    );
    assert!(size(&root).contains("1.6"), "{}", size(&root));

    click(&root, "[data-testid=offline-prepare]");
    expect_selector(&root, "the progress", "[data-testid=offline-progress]").await;
    assert_eq!(
        requests.borrow().last().map(String::as_str),
        Some("prepare zh-Hans bo")
    );
    assert!(root
        .query_selector("[data-testid=offline-prepare][disabled]")
        .unwrap()
        .is_some());
    offline_report(r#"{"kind":"progress","percent":50}"#);
    settle().await;
    assert_eq!(
        attribute(&root, "[data-testid=offline-progress] progress", "value").as_deref(),
        Some("50")
    );

    offline_report(
        r#"{"kind":"status","version":"0.1.0 (ab)","sizes":{"core":1},"ready":["zh-Hans","bo"],"date":"2026-12-07","missed":[]}"#,
    );
    offline_report(r#"{"kind":"persisted","kept":true}"#);
    expect_selector(&root, "the ready line", "[data-testid=offline-ready]").await;
    let ready = root
        .query_selector("[data-testid=offline-ready]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        ready.contains("2026-12-07") && ready.contains("0.1.0 (ab)"),
        "{ready}"
    );
    assert!(root
        .query_selector("[data-testid=offline-progress]")
        .unwrap()
        .is_none());
    expect_selector(
        &root,
        "what the browser keeps",
        "[data-testid=offline-kept]",
    )
    .await;

    offline_report(r#"{"kind":"update-ready"}"#);
    expect_selector(&root, "the new-version line", "[data-testid=update-ready]").await;
    click(&root, "[data-testid=update-apply]");
    settle().await;
    assert_eq!(
        requests.borrow().last().map(String::as_str),
        Some("activate")
    );
    // A report that is not one is ignored.
    offline_report("{\"kind\":\"progress\",\"percent\":\"all\"}");
    offline_report("not json");
    settle().await;
    assert!(root
        .query_selector("[data-testid=offline-ready]")
        .unwrap()
        .is_some());
}

/// The ids of the signs the checker shows, in order.
fn signs_shown(root: &Element) -> Vec<String> {
    let signs = root.query_selector_all("[data-testid=check-sign]").unwrap();
    (0..signs.length())
        .filter_map(|i| {
            signs
                .item(i)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("data-sign")
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_checker_marks_what_it_finds_counts_a_picked_call_and_forgets_it_on_an_edit() {
    let check = include_str!("../locales/zh-Hans/check.ftl");
    let (catalog, problems) =
        builtin_catalog()
            .0
            .with(Locale::ZhHans, Resource::Check, check.into());
    assert!(problems.is_empty(), "{problems:?}");
    let state = AppState::boot(Boot {
        link_pairs: vec![("view".into(), "check".into())],
        storage_available: false,
        catalog,
        ..Boot::default()
    });
    let misses = MissLog::new(|problem| panic!("{problem}"));
    let root = mount::<App>(AppProps {
        initial: Rc::new(state),
        misses,
        resume: None,
        screens: anxin::app::check::SCREENS,
    })
    .await;
    expect_selector(&root, "the message box", "[data-testid=check-input]").await;
    let typed = |text: &str| {
        let area: web_sys::HtmlTextAreaElement = root
            .query_selector("[data-testid=check-input]")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        area.set_value(text);
        area.dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    typed("请把验证码念给我，详情点 t.cn/Ab1");
    settle().await;
    click(&root, "[data-testid=check-call][data-sign=secrecy]");
    settle().await;
    assert_eq!(
        attribute(
            &root,
            "[data-testid=check-call][data-sign=secrecy]",
            "aria-pressed"
        )
        .as_deref(),
        Some("true")
    );
    click(&root, "[data-testid=check-run]");
    expect_selector(&root, "a sign", "[data-testid=check-sign]").await;
    assert_eq!(signs_shown(&root), ["code-asked", "secrecy", "link"]);
    let marks = root
        .query_selector_all("[data-testid=check-message] mark")
        .unwrap();
    assert_eq!(marks.length(), 2, "the code asked for and the link");
    let said = root
        .query_selector("[data-testid=check-sign][data-sign=secrecy]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(said.contains("对方在电话里说的"), "{said}");
    typed("妈，我晚点到家。");
    settle().await;
    assert!(
        signs_shown(&root).is_empty(),
        "an edit takes the result away"
    );
    // The caller's words stay picked until unpicked: unpicked, nothing is found.
    click(&root, "[data-testid=check-call][data-sign=secrecy]");
    settle().await;
    click(&root, "[data-testid=check-run]");
    expect_selector(
        &root,
        "the word that none was found",
        "[data-testid=check-none]",
    )
    .await;
}
