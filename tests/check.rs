//! The message checker rendered with Yew's server-side renderer, in every locale and mode, as
//! a screen and as a partner's card: before a check, with signs found (marked in the message,
//! each with its hook and links, the steps first) and with none found (the word that this is
//! not "safe", the steps after it); the partner's number in the steps and the offer to share
//! only the count, where a partner's page asks for results.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::cell::RefCell;
use std::rc::Rc;

use anxin::app::check::root_from;
use anxin::model::check::notes::Note;
use anxin::model::locale::Locale;
use anxin::model::progress::Day;
use anxin::model::view::View;
use anxin::prerender::page_catalog;
use anxin::prerender::EVERY_SCREEN;
use anxin::state::check::{CheckAction, CheckState};
use anxin::Screens;
use support::{
    assert_only_expected_fallbacks, boot_state_with, message_ids, render_state_with, source,
    test_partner, visible_text, TEST_PARTNER_HOTLINE,
};
use yew::Html;
use yew::Reducible;

thread_local! {
    /// The checker's state the next render starts in.
    static START: RefCell<Rc<CheckState>> = RefCell::new(Rc::default());
}

fn started(view: &View) -> Html {
    root_from(view, START.with(|start| start.borrow().clone()))
}

/// A message with three signs in it, and a caller's words picked.
const SCAM: &str = "您好，我是客服。您的百万保障将自动扣费。请把验证码念给我，详情点 t.cn/Ab1";

/// The checker's state after `actions`.
fn after(actions: Vec<CheckAction>) -> CheckState {
    let mut state = Rc::new(CheckState::default());
    for action in actions {
        state = state.reduce(action);
    }
    (*state).clone()
}

/// Renders `query` with the checker starting in `state`, failing on any missing message or
/// raw message id; returns the HTML.
fn render(query: &str, state: CheckState, partner: bool) -> String {
    START.with(|start| *start.borrow_mut() = Rc::new(state));
    let screens = Screens {
        check: Some(started),
        ..EVERY_SCREEN
    };
    let partner = partner.then(test_partner);
    let locale = Locale::ALL
        .into_iter()
        .find(|locale| query.contains(&format!("lang={}&", locale.tag())))
        .unwrap_or(Locale::ZhHans);
    // Only the files the page itself loads: a message from another screen's file would be
    // missing in the browser, and is here.
    let view = View::parse(
        query
            .split(['?', '&'])
            .find_map(|pair| pair.strip_prefix("view="))
            .unwrap_or("check"),
    )
    .expect("a view");
    let read = |path: &str| {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
            .map_err(|e| format!("{path}: {e}"))
    };
    let (catalog, _) = page_catalog(locale, &view, read).expect("the page's files");
    let app = boot_state_with(query, None, partner, catalog);
    let rendered = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(render_state_with(app, screens));
    assert_only_expected_fallbacks(query, locale, &rendered.misses);
    let text = visible_text(&rendered.html);
    for id in message_ids(&source(Locale::ZhHans, anxin::i18n::Resource::Check)) {
        assert!(!text.contains(&id), "{query}: raw id {id}");
    }
    rendered.html
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_checker_renders_in_every_locale_and_mode_before_and_after_a_check() {
    let found = after(vec![
        CheckAction::Edit(SCAM.into()),
        CheckAction::ToggleSaid("secrecy"),
        CheckAction::Run { known: vec![] },
    ]);
    let ids = found.result.as_ref().expect("checked").findings.ids();
    // With a note kept before: the list of notes, and the offer to keep this one.
    let mut found = found;
    found.notes = Some(vec![Note::new(
        Day(20_000),
        "保本保息，年化18%",
        &["high-return"],
    )]);
    assert_eq!(ids, ["code-asked", "fake-service", "secrecy", "link"]);
    let none = after(vec![
        CheckAction::Edit("妈，我晚点到家，饭不用等我。".into()),
        CheckAction::Run { known: vec![] },
    ]);
    for locale in Locale::ALL {
        for view in ["check", "check-card"] {
            for mode in ["elder=0&plain=0", "elder=1&plain=0", "elder=0&plain=1"] {
                let query = format!("?lang={}&view={view}&{mode}", locale.tag());
                let empty = render(&query, CheckState::default(), false);
                for hook in ["check-input", "check-run", "check-paste"] {
                    assert!(
                        empty.contains(&format!("data-testid=\"{hook}\"")),
                        "{query}: {hook}"
                    );
                }
                assert_eq!(count(&empty, "data-testid=\"check-call\""), 8, "{query}");
                assert!(
                    !empty.contains("check-steps"),
                    "{query}: no steps before a check"
                );

                let html = render(&query, found.clone(), false);
                assert_eq!(
                    count(&html, "data-testid=\"check-sign\""),
                    ids.len(),
                    "{query}"
                );
                for id in &ids {
                    assert!(
                        html.contains(&format!("data-sign=\"{id}\"")),
                        "{query}: {id}"
                    );
                }
                assert!(
                    count(&html, "<mark") >= 3,
                    "{query}: signs marked in the message"
                );
                assert!(!html.contains("check-none"), "{query}");
                assert_eq!(count(&html, "data-testid=\"check-note\""), 1, "{query}");
                assert!(html.contains("data-testid=\"check-keep\""), "{query}");
                let steps = html.find("check-steps").expect("steps");
                let first_sign = html.find("data-testid=\"check-sign\"").expect("a sign");
                assert!(
                    steps < first_sign,
                    "{query}: with signs, the steps come first"
                );

                let html = render(&query, none.clone(), false);
                assert!(html.contains("data-testid=\"check-none\""), "{query}");
                assert!(html.contains("data-testid=\"check-steps\""), "{query}");
                assert_eq!(count(&html, "check-sign\""), 0, "{query}");
                assert!(
                    html.contains("tel:96110") && html.contains("tel:110"),
                    "{query}"
                );
            }
        }
    }
}

#[test]
fn never_a_verdict_of_safe_in_mandarin() {
    let none = after(vec![
        CheckAction::Edit("明天下午三点社区医院复查。".into()),
        CheckAction::Run { known: vec![] },
    ]);
    let text = visible_text(&render("?lang=zh-Hans&view=check", none, false));
    let not_safe = "这不代表这条消息是安全的";
    assert!(text.contains(not_safe), "{text}");
    assert!(!text.replace(not_safe, "").contains("安全的"), "{text}");
}

#[test]
fn in_a_partners_page_the_steps_give_its_number_and_only_the_count_is_offered() {
    let found = after(vec![
        CheckAction::Edit(SCAM.into()),
        CheckAction::Run {
            known: vec![TEST_PARTNER_HOTLINE.into()],
        },
    ]);
    let embedded = "?lang=zh-Hans&view=check-card&embed=card&host=https%3A%2F%2Fm.example.com";
    let html = render(embedded, found.clone(), true);
    assert!(
        html.contains(&format!("tel:{TEST_PARTNER_HOTLINE}")),
        "the partner's number"
    );
    assert!(html.contains("data-testid=\"check-share\""), "the offer");
    let offer = visible_text(&html[html.find("check-share-offer").expect("offer")..]);
    assert!(
        !offer.contains("验证码念给我"),
        "the offer quotes nothing of the message"
    );
    let unlisted = "?lang=zh-Hans&view=check-card&embed=card&host=https%3A%2F%2Fevil.example";
    assert!(!render(unlisted, found.clone(), true).contains("check-share"));
    assert!(!render("?lang=zh-Hans&view=check", found, true).contains("check-share"));
}
