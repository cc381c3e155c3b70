//! The case studies' integrity, and their screens rendered with Yew's server-side renderer in
//! every locale and mode.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;

use anxin::content::cases::{teaching, CaseGroup, Speaker, CASES};
use anxin::content::help::PUBLIC_NUMBERS;
use anxin::content::quiz;
use anxin::content::rights::{self, Related, RIGHTS};
use anxin::i18n::Resource;
use anxin::model::link::page_path;
use anxin::model::locale::Locale;
use anxin::model::view::{is_stable_id, View};
use anxin::state::quiz::{Answer, Reply, Round, RoundKind};
use support::{
    assert_only_expected_fallbacks, boot_state, file_messages, render, render_state, source,
    visible_text,
};

/// The scams the domain brief names, each needing a case.
const SCAMS: [&str; 10] = [
    "agent-surrender",
    "debt-relief",
    "paid-rights-defence",
    "credit-repair",
    "high-yield",
    "commission-fraud",
    "fake-customer-service",
    "impersonated-police",
    "misleading-sales",
    "elderly-scheme",
];

#[test]
fn every_scam_in_the_brief_has_a_case_and_every_group_is_used() {
    assert!(CASES.len() >= 10);
    let ids: BTreeSet<_> = CASES.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), CASES.len(), "ids are unique");
    for scam in SCAMS {
        assert!(ids.contains(scam), "{scam} has a case");
    }
    for group in CaseGroup::ALL {
        assert!(CASES.iter().any(|c| c.group == group), "{group:?}");
    }
}

#[test]
fn every_case_is_a_real_exercise_with_advice_rights_hotlines_and_questions() {
    for case in CASES {
        let id = case.id;
        assert!(is_stable_id(id), "{id}");
        assert!(case.scenes >= 3, "{id}: a story");
        assert!(case.flags >= 3, "{id}: red flags listed");
        assert!(case.now >= 1 && case.next >= 1, "{id}: what to do");
        let them = case
            .conversation
            .iter()
            .filter(|l| l.speaker == Speaker::Them);
        let flags = them.clone().filter(|l| l.red_flag).count();
        let harmless = them.filter(|l| !l.red_flag).count();
        assert!(
            flags >= 3,
            "{id}: at least three red flags in the conversation"
        );
        assert!(
            harmless >= 1,
            "{id}: at least one harmless line to tell apart"
        );
        assert!(
            case.conversation
                .iter()
                .all(|l| l.speaker == Speaker::Them || !l.red_flag),
            "{id}: the person's own words are never the red flag"
        );
        assert!(!case.rights.is_empty(), "{id}: a right");
        for right in case.rights {
            assert!(rights::find(right).is_some(), "{id}: right {right}");
        }
        assert!(!case.hotlines.is_empty(), "{id}: a hotline");
        for number in case.hotlines {
            assert!(PUBLIC_NUMBERS.contains(number), "{id}: {number}");
        }
        assert!(
            (2..=3).contains(&case.questions.len()),
            "{id}: two or three questions"
        );
        for question in case.questions {
            assert!(quiz::find(question).is_some(), "{id}: question {question}");
        }
    }
}

#[test]
fn every_case_has_all_its_wording_with_plain_speech() {
    let messages = file_messages(&source(Locale::ZhHans, Resource::Cases));
    let mut used = BTreeSet::new();
    for case in CASES {
        for id in case.messages() {
            let definition = messages
                .get(&id)
                .unwrap_or_else(|| panic!("{id} is missing"));
            assert!(!definition.trim().is_empty(), "{id}");
            let story_line = !id.ends_with("-title") && !id.ends_with("-why");
            if story_line {
                assert!(definition.contains("\n    .plain = "), "{id} has no .plain");
            }
            used.insert(id);
        }
    }
    for id in messages.keys().filter(|id| {
        id.starts_with("case-")
            && !id.starts_with("case-scene-")
            && !id.starts_with("case-section-")
    }) {
        assert!(
            used.contains(id) || ["case-more-help", "case-practise"].contains(&id.as_str()),
            "{id} belongs to no case"
        );
    }
    for (id, definition) in &messages {
        for run in definition
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| run.len() >= 3)
        {
            assert!(PUBLIC_NUMBERS.contains(&run), "{id} names {run}");
        }
    }
}

#[test]
fn rights_and_questions_link_to_cases_that_exist() {
    for right in RIGHTS {
        for item in right.related {
            if let Related::Case(id) = item {
                assert!(
                    anxin::content::cases::find(id).is_some(),
                    "{}: {id}",
                    right.id
                );
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn feedback_on_a_question_links_to_the_case_that_teaches_it() {
    for case in CASES {
        let question = quiz::find(case.questions[0]).expect("checked above");
        assert_eq!(teaching(question.id).map(|c| c.id), Some(case.id));
        let mut state = boot_state("?view=quiz", None, None);
        state.quiz.round = Some(Round {
            kind: RoundKind::Case(case.id),
            questions: vec![question],
            answers: vec![Answer::grade(question, Reply::NotSure)],
            position: 0,
        });
        let page = render_state(state).await;
        let link = page
            .html
            .split("<a ")
            .find(|tag| tag.contains("data-testid=\"quiz-case\""))
            .unwrap_or_else(|| panic!("{}: no link to a case", question.id));
        let href = link.split("href=\"").nth(1).unwrap_or_default();
        let target = href.split('"').next().unwrap_or_default();
        assert_eq!(
            target,
            page_path(Locale::ZhHans, &View::Case(case.id.to_owned())),
            "{}: links to its case",
            question.id
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_case_renders_in_every_locale_and_mode_with_its_exercise_untouched() {
    for locale in Locale::ALL {
        for case in CASES {
            for (elder, plain) in [("0", "0"), ("1", "1")] {
                let query = format!(
                    "?lang={locale}&view=case:{}&elder={elder}&plain={plain}",
                    case.id
                );
                let page = render(&query, None).await;
                assert_only_expected_fallbacks(&query, locale, &page.misses);
                let text = visible_text(&page.html);
                assert!(!text.contains("case-"), "{query}: a raw id on screen");
                let lines = case
                    .conversation
                    .iter()
                    .filter(|l| l.speaker == Speaker::Them)
                    .count();
                assert_eq!(
                    page.html.matches("data-testid=\"flag-line\"").count(),
                    lines,
                    "{query}"
                );
                assert!(
                    !page.html.contains("aria-pressed=\"true\""),
                    "{query}: no line starts tapped"
                );
                assert!(
                    !page.html.contains("flag-result"),
                    "{query}: nothing is scored before checking"
                );
                for number in page.html.split("href=\"tel:").skip(1) {
                    let number = number.split('"').next().unwrap_or_default();
                    assert!(PUBLIC_NUMBERS.contains(&number), "{query}: {number}");
                }
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_list_shows_every_case_and_a_right_links_to_its_cases() {
    let page = render("?view=cases", None).await;
    assert_eq!(
        page.html.matches("data-testid=\"case-card\"").count(),
        CASES.len()
    );
    let page = render("?view=right:seek-compensation", None).await;
    let case_page = page_path(Locale::ZhHans, &View::Case("agent-surrender".into()));
    assert!(page.html.contains(&format!("href=\"{case_page}\"")));
    let page = render("?view=case:no-such-case", None).await;
    assert!(visible_text(&page.html).contains("没有找到这个案例"));
}
