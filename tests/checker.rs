//! The message checker against the case bank and the labelled corpus
//! (`tests/fixtures/messages/<lang>.tsv`): every red-flag line of every case raises a sign and
//! no harmless line does, in Mandarin and Cantonese; on the corpus, recall on scams and false
//! alarms on ordinary messages are measured against the aims, and every sign a
//! message is labelled with is raised.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use anxin::content::cases::{Speaker, CASES};
use anxin::content::signs::{self, SIGNS};
use anxin::i18n::Resource;
use anxin::model::check::check;
use anxin::model::locale::Locale;
use support::{file_messages, source};

/// The languages of the labelled corpus: Mandarin and Cantonese, whose words the patterns
/// are written in (Tibetan's and Uyghur's are drafts, held to the case bank only).
const MATCHED: [Locale; 2] = [Locale::ZhHans, Locale::Yue];

/// A message's wordings, without the direction marks Fluent puts around placeables: its
/// value, and its plain-speech variant (`.plain`) where it has one.
fn wordings(definition: &str) -> Vec<String> {
    let clean = |text: &str| -> String {
        text.trim()
            .chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .collect()
    };
    let mut lines = definition.lines();
    let mut wordings = vec![clean(lines.next().unwrap_or_default())];
    wordings.extend(lines.filter_map(|line| line.trim().strip_prefix(".plain =").map(clean)));
    wordings
}

#[test]
fn every_red_flag_line_of_the_case_bank_raises_a_sign_and_no_harmless_line_does() {
    for locale in Locale::ALL {
        let messages = file_messages(&source(locale, Resource::Cases));
        let mut failures = Vec::new();
        for case in CASES {
            for (index, line) in case.conversation.iter().enumerate() {
                let id = case.line_message(index);
                let definition = messages
                    .get(&id)
                    .unwrap_or_else(|| panic!("{locale}: {id}"));
                let is_flag = line.red_flag && line.speaker == Speaker::Them;
                for text in wordings(definition) {
                    let raised = check(&text, &[], &[]).ids();
                    if is_flag == raised.is_empty() {
                        let kind = if is_flag { "red flag" } else { "harmless" };
                        failures.push(format!("{id} ({kind}): {text} → {raised:?}"));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{locale}:\n{}", failures.join("\n"));
    }
}

/// One labelled message of the corpus.
struct Labelled {
    line: usize,
    expected: Vec<String>,
    text: String,
}

fn corpus(locale: Locale) -> Vec<Labelled> {
    corpus_at(locale.tag())
}

/// The labelled messages of `tests/fixtures/messages/<name>.tsv`.
fn corpus_at(name: &str) -> Vec<Labelled> {
    let path = format!(
        "{}/tests/fixtures/messages/{name}.tsv",
        env!("CARGO_MANIFEST_DIR"),
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(index, line)| {
            let (expected, message) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{path}:{}: expected<TAB>message", index + 1));
            let expected: Vec<String> = match expected {
                "-" => Vec::new(),
                list => list.split(',').map(str::to_owned).collect(),
            };
            for id in &expected {
                assert!(
                    signs::find(id).is_some(),
                    "{path}:{}: no sign {id}",
                    index + 1
                );
            }
            Labelled {
                line: index + 1,
                expected,
                text: message.to_owned(),
            }
        })
        .collect()
}

#[test]
fn the_corpus_meets_the_aims_and_every_label_is_raised() {
    let mut report = Vec::new();
    let mut missed_labels = Vec::new();
    for locale in MATCHED {
        let messages = corpus(locale);
        let (scams, ordinary): (Vec<&Labelled>, Vec<&Labelled>) =
            messages.iter().partition(|m| !m.expected.is_empty());
        assert!(
            scams.len() >= 20 && ordinary.len() >= 12,
            "{locale}: corpus too small"
        );
        let mut caught = 0;
        for scam in &scams {
            let raised = check(&scam.text, &[], &[]).ids();
            caught += usize::from(!raised.is_empty());
            for id in &scam.expected {
                if !raised.contains(&id.as_str()) {
                    missed_labels.push(format!(
                        "{locale}:{}: {id} not raised in {} (raised {raised:?})",
                        scam.line, scam.text
                    ));
                }
            }
        }
        let mut false_alarms = Vec::new();
        for message in &ordinary {
            let raised = check(&message.text, &[], &[]).ids();
            if !raised.is_empty() {
                false_alarms.push(format!(
                    "{locale}:{}: {} → {raised:?}",
                    message.line, message.text
                ));
            }
        }
        let recall = caught as f64 / scams.len() as f64;
        let alarm_rate = false_alarms.len() as f64 / ordinary.len() as f64;
        println!(
            "{locale}: recall {caught}/{} = {:.1}%, false alarms {}/{} = {:.1}%",
            scams.len(),
            recall * 100.0,
            false_alarms.len(),
            ordinary.len(),
            alarm_rate * 100.0
        );
        if recall < 0.95 || alarm_rate > 0.05 {
            report.push(format!(
                "{locale}: recall {recall:.3}, false alarms {alarm_rate:.3}"
            ));
        }
        report.extend(false_alarms);
    }
    report.extend(missed_labels);
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn every_sign_is_labelled_in_the_corpus() {
    for locale in MATCHED {
        let messages = corpus(locale);
        for sign in SIGNS {
            assert!(
                messages
                    .iter()
                    .any(|m| m.expected.iter().any(|id| id == sign.id)),
                "{locale}: no message is labelled {}",
                sign.id
            );
        }
    }
}

/// The held-out corpus (`tests/fixtures/messages/held-out/`), written apart from the rules
/// and never tuned on: its figures are reported, not held to the aims, so a change that
/// generalises worse shows in the report while the tuned corpus above holds the line.
#[test]
fn the_held_out_corpus_is_measured() {
    for locale in MATCHED {
        let messages = corpus_at(&format!("held-out/{}", locale.tag()));
        let (scams, ordinary): (Vec<&Labelled>, Vec<&Labelled>) =
            messages.iter().partition(|m| !m.expected.is_empty());
        let caught = scams
            .iter()
            .filter(|m| !check(&m.text, &[], &[]).found.is_empty())
            .count();
        let alarms: Vec<String> = ordinary
            .iter()
            .filter_map(|m| {
                let raised = check(&m.text, &[], &[]).ids();
                (!raised.is_empty()).then(|| format!("  {}: {} → {raised:?}", m.line, m.text))
            })
            .collect();
        let missed: Vec<String> = scams
            .iter()
            .filter(|m| check(&m.text, &[], &[]).found.is_empty())
            .map(|m| format!("  {}: {}", m.line, m.text))
            .collect();
        println!(
            "held-out {locale}: recall {caught}/{}, false alarms {}/{}\nmissed:\n{}\nfalse alarms:\n{}",
            scams.len(),
            alarms.len(),
            ordinary.len(),
            missed.join("\n"),
            alarms.join("\n")
        );
        assert!(
            caught * 10 >= scams.len() * 8,
            "{locale}: held-out recall under 80%"
        );
    }
}
