//! The quiz bank's integrity, and the quiz's screens rendered with Yew's server-side renderer:
//! every question answered, the score, the 错题本 and the daily question, in every locale.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;

use anxin::content::help::PUBLIC_NUMBERS;
use anxin::content::quiz::{
    find_topic, topic_questions, Kind, Outcome, Question, TopicGroup, QUESTIONS, TOPICS,
};
use anxin::content::rights;
use anxin::i18n::{builtin_catalog, daily_file, Resource};
use anxin::model::draw::daily_question;
use anxin::model::link::parse_query;
use anxin::model::locale::Locale;
use anxin::model::progress::Day;
use anxin::model::saved::decode;
use anxin::model::view::is_stable_id;
use anxin::state::quiz::{Answer, QuizAction, Reply, Round, RoundKind};
use anxin::state::visit::Boot;
use anxin::state::AppState;
use support::{
    assert_only_expected_fallbacks, boot_state, file_messages, render, render_state, source,
    visible_text, TEST_DAY,
};

/// The visible text without Fluent's bidi isolation marks.
fn plain_text(html: &str) -> String {
    visible_text(html).replace(['\u{2068}', '\u{2069}'], "")
}

fn quiz_messages() -> std::collections::BTreeMap<String, String> {
    file_messages(&source(Locale::ZhHans, Resource::Quiz))
}

#[test]
fn the_bank_is_large_enough_and_covers_every_topic() {
    assert!(QUESTIONS.len() >= 60, "{} questions", QUESTIONS.len());
    for topic in TOPICS {
        let count = topic_questions(topic.id).len();
        let least = match topic.group {
            TopicGroup::Scam => 5,
            TopicGroup::Right => 2,
            TopicGroup::Basics => 2,
        };
        assert!(count >= least, "{}: {count} questions", topic.id);
    }
    for right in rights::RIGHTS {
        assert!(find_topic(right.id).is_some(), "{} has a topic", right.id);
    }
    let kinds: BTreeSet<String> = QUESTIONS.iter().map(|q| format!("{:?}", q.kind)).collect();
    assert_eq!(kinds.len(), 4, "every kind of question is used: {kinds:?}");
}

#[test]
fn every_question_has_a_right_answer_and_sound_structure() {
    let mut ids = BTreeSet::new();
    for question in QUESTIONS {
        let id = question.id;
        assert!(is_stable_id(id), "{id}");
        assert!(ids.insert(id), "{id} twice");
        assert!(find_topic(question.topic).is_some(), "{id}: topic");
        assert!(
            rights::find(question.right).is_some(),
            "{id}: links to a right"
        );
        let keys: BTreeSet<_> = question.options.iter().map(|c| c.key).collect();
        assert_eq!(keys.len(), question.options.len(), "{id}: keys repeat");
        let correct = question.options.iter().filter(|c| c.correct).count();
        let wrong = question.options.len() - correct;
        match question.kind {
            Kind::Single | Kind::Scenario => {
                assert_eq!(correct, 1, "{id}: exactly one correct option");
                assert!(question.options.len() >= 3, "{id}: at least three options");
            }
            Kind::TrueFalse => {
                assert_eq!(keys, BTreeSet::from(["true", "false"]), "{id}");
                assert_eq!(correct, 1, "{id}");
            }
            Kind::RedFlags => {
                assert!(correct >= 2 && wrong >= 1, "{id}: several right, one wrong");
            }
        }
        assert_eq!(
            question.grade(&question.correct_keys()),
            Outcome::Right,
            "{id}"
        );
    }
}

#[test]
fn every_question_has_all_its_wording_with_plain_speech() {
    let messages = quiz_messages();
    let mut used = BTreeSet::new();
    for question in QUESTIONS {
        for id in question.messages() {
            let definition = messages
                .get(&id)
                .unwrap_or_else(|| panic!("{id} is missing"));
            assert!(!definition.trim().is_empty(), "{id} is empty");
            used.insert(id);
        }
        let mut spoken = vec![question.message()];
        if question.kind.has_story() {
            spoken.push(question.story_message());
        }
        for choice in question.options {
            if question.kind != Kind::TrueFalse {
                spoken.push(question.option_message(choice.key));
            }
            spoken.push(question.why_message(choice.key));
        }
        for id in spoken {
            assert!(
                messages[&id].contains("\n    .plain = "),
                "{id} has no .plain"
            );
        }
    }
    for id in messages.keys().filter(|id| id.starts_with("q-")) {
        assert!(used.contains(id), "{id} belongs to no question");
    }
    for topic in TOPICS {
        assert!(messages.contains_key(&topic.message()), "{}", topic.id);
    }
}

#[test]
fn questions_name_only_the_numbers_the_brief_confirms() {
    for (id, definition) in quiz_messages() {
        for run in definition
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| run.len() >= 3)
        {
            assert!(PUBLIC_NUMBERS.contains(&run), "{id} names {run}");
        }
    }
}

fn correct_reply(question: &anxin::content::quiz::Question) -> Reply {
    Reply::Chosen(question.correct_keys())
}

#[tokio::test(flavor = "current_thread")]
async fn every_question_renders_answered_in_every_locale() {
    for locale in Locale::ALL {
        for (n, question) in QUESTIONS.iter().enumerate() {
            let plain = if n % 2 == 0 { "1" } else { "0" };
            let mut state = boot_state(
                &format!("?view=quiz&lang={locale}&plain={plain}"),
                None,
                None,
            );
            let reply = if n % 3 == 0 {
                Reply::NotSure
            } else {
                correct_reply(question)
            };
            state.quiz.round = Some(Round {
                kind: RoundKind::Mixed,
                questions: vec![question],
                answers: vec![Answer::grade(question, reply)],
                position: 0,
            });
            let page = render_state(state).await;
            assert_only_expected_fallbacks(question.id, locale, &page.misses);
            let text = visible_text(&page.html);
            assert!(!text.contains("q-"), "{}: a raw id on screen", question.id);
            assert!(
                page.html.contains("data-testid=\"quiz-feedback\""),
                "{}",
                question.id
            );
            let options = page.html.matches("data-testid=\"quiz-option\"").count();
            assert_eq!(options, question.options.len(), "{}", question.id);
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn an_unanswered_question_gives_nothing_away() {
    for question in QUESTIONS {
        let mut state = boot_state("?view=quiz", None, None);
        state.quiz.round = Some(Round {
            kind: RoundKind::Mixed,
            questions: vec![question],
            answers: Vec::new(),
            position: 0,
        });
        let page = render_state(state).await;
        assert!(!page.html.contains("quiz-feedback"), "{}", question.id);
        assert!(!page.html.contains("option correct"), "{}", question.id);
        assert!(page.html.contains("data-testid=\"quiz-not-sure\""));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_score_lists_topics_to_review_and_offers_a_retry() {
    let mut state = boot_state("?view=quiz&elder=1", None, None);
    let questions: Vec<_> = QUESTIONS.iter().take(3).collect();
    state.quiz.round = Some(Round {
        kind: RoundKind::Mixed,
        answers: vec![
            Answer::grade(questions[0], Reply::NotSure),
            Answer::grade(questions[1], correct_reply(questions[1])),
            Answer::grade(questions[2], correct_reply(questions[2])),
        ],
        questions,
        position: 3,
    });
    let page = render_state(state).await;
    let text = plain_text(&page.html);
    assert!(page.html.contains("data-testid=\"quiz-score\""));
    assert!(text.contains("答对 2 题，共 3 题"), "{text}");
    assert!(page.html.contains("data-testid=\"quiz-retry\""));
    assert!(page
        .html
        .contains(&format!("data-id=\"{}\"", QUESTIONS[0].topic)));
}

#[tokio::test(flavor = "current_thread")]
async fn the_notebook_and_topics_done_come_back_from_saved_data() {
    let missed = QUESTIONS[10].id;
    let saved = format!(
        r#"{{"version":1,"settings":{{}},"quiz":{{"notebook":[{{"id":"{missed}","days":0}},{{"id":"gone-question"}}],"done":["high-yield"]}}}}"#
    );
    let page = render("?view=quiz", Some(&saved)).await;
    let text = plain_text(&page.html);
    assert!(
        text.contains("错题本里有 1 道题"),
        "questions no longer in the bank are not counted: {text}"
    );
    assert!(page.html.contains("data-testid=\"quiz-start-notebook\""));
    assert!(text.contains("已练完 1 个主题，共 21 个"), "{text}");
}

#[tokio::test(flavor = "current_thread")]
async fn home_shows_the_daily_question_until_it_is_answered() {
    let question = daily_question(TEST_DAY);
    let page = render("", None).await;
    assert!(page.html.contains(&format!("data-id=\"{}\"", question.id)));
    assert!(page.html.contains("data-testid=\"daily-question\""));

    let saved = format!(
        r#"{{"version":1,"quiz":{{"daily":{{"day":{},"outcome":"wrong"}}}}}}"#,
        TEST_DAY.0
    );
    let page = render("", Some(&saved)).await;
    assert!(!page.html.contains("data-testid=\"quiz-question\""));
    assert!(visible_text(&page.html).contains("今天的题已经放进错题本"));

    let yesterday = format!(
        r#"{{"version":1,"quiz":{{"daily":{{"day":{},"outcome":"right"}}}}}}"#,
        TEST_DAY.0 - 1
    );
    let page = render("", Some(&yesterday)).await;
    assert!(
        page.html.contains("data-testid=\"quiz-question\""),
        "a new day, a new question"
    );
}

/// The first day from [`TEST_DAY`] on whose daily question is `question`.
fn day_of(question: &Question) -> Day {
    (TEST_DAY.0..TEST_DAY.0 + 5_000)
        .map(Day)
        .find(|day| daily_question(*day).id == question.id)
        .unwrap_or_else(|| panic!("{} is never the daily question", question.id))
}

#[tokio::test(flavor = "current_thread")]
async fn each_daily_file_alone_shows_its_question_and_its_feedback_in_every_locale() {
    for locale in Locale::ALL {
        let quiz = source(Resource::Quiz.shown_in(locale), Resource::Quiz);
        let (shell, _) = builtin_catalog();
        let (shell, problems) = shell.with(
            locale,
            Resource::Shell,
            source(locale, Resource::Shell).into(),
        );
        assert!(problems.is_empty(), "{locale}: {problems:?}");
        for question in QUESTIONS {
            let daily = daily_file(&quiz, question);
            assert!(
                daily.len() * 4 < quiz.len(),
                "{}: the cut is small",
                question.id
            );
            let (catalog, problems) = shell.with(
                Resource::Daily.shown_in(locale),
                Resource::Daily,
                daily.into(),
            );
            assert!(
                problems.is_empty(),
                "{locale} {}: {problems:?}",
                question.id
            );
            let state = AppState::boot(Boot {
                link_pairs: parse_query(&format!("?lang={locale}")),
                saved: decode(None),
                default_locale: None,
                storage_available: true,
                catalog,
                partner: None,
                today: day_of(question),
                seed: 1,
                device: Default::default(),
            });
            let asked = render_state(state.clone()).await;
            assert!(asked.html.contains(&format!("data-id=\"{}\"", question.id)));
            let answered = render_state(state.apply(QuizAction::AnswerDaily(Reply::NotSure))).await;
            assert!(
                answered.html.contains("data-testid=\"quiz-feedback\""),
                "{}",
                question.id
            );
            for page in [asked, answered] {
                assert_eq!(
                    page.misses,
                    Vec::<String>::new(),
                    "{locale} {}",
                    question.id
                );
            }
        }
    }
}
