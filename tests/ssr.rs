//! Every view rendered with Yew's server-side renderer, in every locale and both modes:
//! no message is missing, no raw message id reaches the page, and the page contract holds.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use anxin::content::help::PUBLIC_NUMBERS;
use anxin::content::rights::RIGHTS;
use anxin::model::link::page_path;
use anxin::model::locale::Locale;
use anxin::model::view::{View, ROUTES};
use anxin::theme::styles::{SHELL, STYLESHEETS};
use support::{
    assert_only_expected_fallbacks, message_ids, render, render_for, sources, test_partner,
    visible_text, TEST_PARTNER_HOTLINE,
};

/// One screen of every row of the route table (an item's with its first item, and with an
/// id that names nothing), so a new screen is rendered here the day its row is added.
fn views() -> Vec<String> {
    let found: Vec<String> = ROUTES
        .iter()
        .flat_map(|route| {
            let first = route.views().into_iter().take(1);
            let unknown = route.items.and_then(|_| route.view(Some("no-such-item")));
            first.chain(unknown).map(|view| view.to_param())
        })
        .collect();
    assert!(found.len() > ROUTES.len(), "{found:?}");
    found
}

fn zh_ids() -> Vec<String> {
    sources(Locale::ZhHans)
        .iter()
        .flat_map(|(_, text)| message_ids(text))
        .collect()
}

/// Every `href="tel:…"` number in the page.
fn tel_numbers(html: &str) -> Vec<String> {
    html.split("href=\"tel:")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
        .collect()
}

/// Every run of three or more digits in the text (isolation marks and spaces ignored).
fn digit_runs(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() >= 3)
        .map(str::to_owned)
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn every_view_in_every_locale_and_mode_shows_only_real_text() {
    let ids = zh_ids();
    assert!(ids.len() > 20, "message ids were read: {}", ids.len());
    for locale in Locale::ALL {
        for view in &views() {
            for elder in ["0", "1"] {
                for plain in ["0", "1"] {
                    let query = format!(
                        "?lang={}&view={view}&elder={elder}&plain={plain}",
                        locale.tag()
                    );
                    let page = render(&query, None).await;
                    assert_only_expected_fallbacks(&query, locale, &page.misses);
                    let text = visible_text(&page.html);
                    for id in &ids {
                        assert!(
                            !text.contains(id.as_str()),
                            "{query}: raw id {id} on screen"
                        );
                    }
                    assert!(!text.contains('…'), "{query}: last-resort text on screen");
                    assert!(
                        page.html.contains(&format!("data-view=\"{view}\"")),
                        "{query}: data-view"
                    );
                    assert!(
                        page.html.contains(&format!(
                            "lang=\"{}\" dir=\"{}\"",
                            locale.tag(),
                            locale.direction().as_str()
                        )),
                        "{query}: lang and dir"
                    );
                }
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn home_has_every_contract_hook() {
    let page = render("", None).await;
    for hook in [
        "lang-switch",
        "elder-toggle",
        "nav-rights",
        "nav-cases",
        "nav-quiz",
        "nav-help",
        "nav-home",
    ] {
        assert!(
            page.html.contains(&format!("data-testid=\"{hook}\"")),
            "{hook}"
        );
    }
    for locale in Locale::ALL {
        assert!(
            page.html.contains(locale.autonym()),
            "{locale} named in its own script"
        );
    }
    assert!(page.html.contains("role=\"switch\""));
    assert!(page.html.contains("aria-checked=\"false\""));
}

#[tokio::test(flavor = "current_thread")]
async fn each_locale_shows_its_own_script() {
    type InScript = fn(char) -> bool;
    let scripts: [(Locale, InScript); 3] = [
        (Locale::Bo, |c| ('\u{0F00}'..='\u{0FFF}').contains(&c)),
        (Locale::Ug, |c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        (Locale::Yue, |c| "嘅咗唔喺嘢睇揾畀佢哋".contains(c)),
    ];
    for (locale, in_script) in scripts {
        let page = render(&format!("?lang={}", locale.tag()), None).await;
        let text = visible_text(&page.html);
        let count = text.chars().filter(|&c| in_script(c)).count();
        assert!(
            count >= 10,
            "{locale}: only {count} characters in its script"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn plain_speech_changes_mandarin_wording_only() {
    let standard = visible_text(&render("?plain=0", None).await.html);
    let plain = visible_text(&render("?plain=1", None).await.html);
    assert_ne!(standard, plain);
    assert!(plain.contains("看好自己的钱，不上当"));
    let yue_standard = visible_text(&render("?lang=yue&plain=0", None).await.html);
    let yue_plain = visible_text(&render("?lang=yue&plain=1", None).await.html);
    assert_eq!(yue_standard, yue_plain);
}

#[tokio::test(flavor = "current_thread")]
async fn elder_mode_is_a_theme_change() {
    let standard = render("", None).await;
    let elder = render("?elder=1", None).await;
    assert!(
        standard.html.contains("--ax-fs-body:1.125rem;"),
        "body 18 px"
    );
    assert!(elder.html.contains("--ax-fs-body:1.375rem;"), "body 22 px");
    assert!(elder.html.contains("--ax-target:4rem;"), "64 px targets");
    let root_rules = STYLESHEETS
        .iter()
        .find(|sheet| sheet.class == Some(SHELL))
        .map(|sheet| sheet.source);
    assert!(
        elder.html.contains(&format!("class=\"{SHELL}\""))
            && root_rules.is_some_and(|rules| rules.contains("font-size: var(--ax-fs-body)")),
        "the app's root reads the theme"
    );
    assert!(elder.html.contains("aria-checked=\"true\""));
}

#[tokio::test(flavor = "current_thread")]
async fn bad_links_and_saved_data_explain_themselves() {
    let page = render("?lang=xx&view=nowhere", Some("{broken")).await;
    let text = visible_text(&page.html);
    assert!(text.contains("链接里的语言无法识别"));
    assert!(text.contains("链接里的页面找不到"));
    assert!(text.contains("之前保存的设置无法读取"));
    assert!(page.html.contains("data-view=\"home\""));
}

#[tokio::test(flavor = "current_thread")]
async fn saved_choices_apply_and_links_override_them() {
    let saved = r#"{"version":1,"settings":{"lang":"bo","elder":true}}"#;
    let page = render("", Some(saved)).await;
    assert!(page.html.contains("lang=\"bo\""));
    assert!(page.html.contains("aria-checked=\"true\""));
    let page = render("?lang=ug&elder=0", Some(saved)).await;
    assert!(page.html.contains("dir=\"rtl\""));
    assert!(page.html.contains("aria-checked=\"false\""));
}

#[tokio::test(flavor = "current_thread")]
async fn every_right_renders_in_every_locale_and_mode() {
    for right in RIGHTS {
        for locale in Locale::ALL {
            for elder in ["0", "1"] {
                let query = format!(
                    "?lang={}&view=right:{}&elder={elder}",
                    locale.tag(),
                    right.id
                );
                let page = render(&query, None).await;
                let items = page.html.matches("<li>").count();
                assert_eq!(
                    items,
                    right.examples + right.steps,
                    "{query}: examples and steps"
                );
                assert_only_expected_fallbacks(&query, locale, &page.misses);
                assert!(
                    page.html.contains("data-testid=\"nav-help\""),
                    "{query}: a way to help"
                );
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_rights_list_has_eight_cards_with_their_ids() {
    let page = render("?view=rights", None).await;
    assert_eq!(page.html.matches("data-testid=\"right-card\"").count(), 8);
    for right in RIGHTS {
        assert!(
            page.html.contains(&format!("data-id=\"{}\"", right.id)),
            "{}",
            right.id
        );
        let right_page = page_path(Locale::ZhHans, &View::Right(right.id.to_owned()));
        assert!(page.html.contains(&format!("href=\"{right_page}\"")));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn help_shows_only_known_numbers_and_each_is_a_tel_link() {
    for partner in [None, Some(test_partner())] {
        for locale in Locale::ALL {
            let query = format!("?lang={}&view=help", locale.tag());
            let page = render_for(&query, None, partner.clone()).await;
            let allowed: Vec<&str> = PUBLIC_NUMBERS
                .iter()
                .copied()
                .chain(partner.as_ref().map(|_| TEST_PARTNER_HOTLINE))
                .collect();
            let linked = tel_numbers(&page.html);
            assert_eq!(linked.len(), allowed.len(), "{query}: {linked:?}");
            for number in &allowed {
                assert!(
                    linked.iter().any(|l| l == number),
                    "{query}: {number} is a tel: link"
                );
            }
            assert_eq!(
                page.html.matches("data-testid=\"help-hotline\"").count(),
                allowed.len()
            );
            for run in digit_runs(&visible_text(&page.html)) {
                assert!(
                    allowed.contains(&run.as_str()),
                    "{query}: unknown number {run}"
                );
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_partner_comes_first_on_the_help_path() {
    let page = render_for("?view=help", None, Some(test_partner())).await;
    let partner = page.html.find("tel:1234567").expect("partner hotline");
    let regulator = page.html.find("tel:12378").expect("12378");
    assert!(partner < regulator);
    assert!(visible_text(&page.html).contains("示例保险"));
}

#[tokio::test(flavor = "current_thread")]
async fn plain_speech_covers_rights_and_help() {
    for view in ["help", "right:information-security"] {
        let standard = visible_text(&render(&format!("?view={view}"), None).await.html);
        let plain = visible_text(&render(&format!("?view={view}&plain=1"), None).await.html);
        assert_ne!(standard, plain, "{view}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_view_shows_text_in_the_locales_own_script() {
    let scripts = [
        (Locale::Bo, '\u{0F00}'..='\u{0FFF}'),
        (Locale::Ug, '\u{0600}'..='\u{06FF}'),
    ];
    for (locale, block) in scripts {
        for view in &views() {
            let page = render(&format!("?lang={}&view={view}", locale.tag()), None).await;
            let text = visible_text(&page.html);
            let count = text.chars().filter(|c| block.contains(c)).count();
            assert!(
                count >= 10,
                "{locale} {view}: {count} characters in its script"
            );
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn where_data_is_kept_is_said_of_the_device_in_use() {
    use anxin::model::device::Device;
    use support::{boot_state, render_state};
    for locale in Locale::ALL {
        for view in ["home", "settings"] {
            let query = format!("?lang={}&view={view}", locale.tag());
            let on = |device| {
                let mut state = boot_state(&query, None, None);
                state.visit.device = device;
                state
            };
            let phone = visible_text(&render_state(on(Device::Phone)).await.html);
            let computer = visible_text(&render_state(on(Device::Computer)).await.html);
            let tablet = visible_text(&render_state(on(Device::Tablet)).await.html);
            assert_ne!(phone, computer, "{query}: a computer is not called a phone");
            assert_ne!(phone, tablet, "{query}: nor is a tablet");
            if locale == Locale::ZhHans {
                assert!(
                    phone.contains("这部手机") && !computer.contains("这部手机"),
                    "{query}"
                );
                assert!(computer.contains("这台电脑"), "{query}");
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_partners_featured_topics_come_first_under_its_name() {
    for locale in Locale::ALL {
        let query = format!("?lang={}&view=quiz", locale.tag());
        let html = render_for(&query, None, Some(test_partner())).await.html;
        let topics: Vec<&str> = html
            .split(r#"data-testid="quiz-topic" data-id=""#)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert_eq!(
            topics.first(),
            Some(&"credit-repair"),
            "{query}: {topics:?}"
        );
        assert_eq!(
            topics.iter().filter(|id| **id == "credit-repair").count(),
            1,
            "{query}: listed once"
        );
        let heading = html
            .split(r#"data-testid="quiz-featured""#)
            .nth(1)
            .unwrap_or_else(|| panic!("{query}: a heading for the partner's topics"));
        let name = test_partner().name(locale).to_owned();
        assert!(
            heading
                .split("</h3>")
                .next()
                .is_some_and(|h| h.contains(&name)),
            "{query}: under the partner's name"
        );
        let general = render(&query, None).await.html;
        assert!(
            !general.contains("quiz-featured"),
            "{query}: none without a partner"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn read_aloud_reads_what_each_screen_shows_in_the_wording_shown() {
    use anxin::prerender::reading::parts_in;
    for view in [
        "help",
        "case:impersonated-police",
        "right:information-security",
    ] {
        for locale in Locale::ALL {
            let query = |plain: &str| format!("?lang={}&view={view}&plain={plain}", locale.tag());
            let standard = render(&query("0"), None).await.html;
            let plain = render(&query("1"), None).await.html;
            assert!(
                standard.contains("data-testid=\"read-aloud\""),
                "{view} {locale:?}"
            );
            let (parts, plain_parts) = (parts_in(&standard), parts_in(&plain));
            assert!(
                parts.len() >= 10,
                "{view} {locale:?}: {} parts",
                parts.len()
            );
            let ids = |parts: &[anxin::prerender::reading::SpokenPart]| {
                parts.iter().map(|part| part.id.clone()).collect::<Vec<_>>()
            };
            assert_eq!(
                ids(&parts),
                ids(&plain_parts),
                "the same parts in both wordings"
            );
            let shown = visible_text(&standard);
            for part in &parts {
                assert!(
                    !part.said.trim().is_empty(),
                    "{view} {locale:?} {}",
                    part.id
                );
                // What is read is the text shown (a number's label is read after its number).
                let label = part
                    .said
                    .split_once(' ')
                    .filter(|(number, _)| number.bytes().all(|b| b.is_ascii_digit()));
                let shown_part = label.map_or(part.said.as_str(), |(_, label)| label);
                assert!(
                    shown.contains(shown_part),
                    "{view} {locale:?} {}: {shown_part}",
                    part.id
                );
                assert!(
                    !part.id.is_empty() && !shown.contains(&part.id),
                    "{}",
                    part.id
                );
            }
            if locale == Locale::ZhHans {
                assert_ne!(
                    parts, plain_parts,
                    "{view}: plain speech is read in its own wording"
                );
            } else {
                assert_eq!(parts, plain_parts, "{view} {locale:?}");
            }
        }
    }
}
