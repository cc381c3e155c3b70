//! Every view rendered with Yew's server-side renderer, in every locale and both modes:
//! no message is missing, no raw message id reaches the page, and the page contract holds.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use anxin::model::locale::Locale;
use support::{message_ids, render, sources, visible_text};

const VIEWS: &[&str] = &[
    "home",
    "rights",
    "right:property-safety",
    "cases",
    "case:agent-surrender",
    "quiz",
    "help",
    "settings",
];

fn zh_ids() -> Vec<String> {
    sources(Locale::ZhHans)
        .iter()
        .flat_map(|s| message_ids(s))
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn every_view_in_every_locale_and_mode_shows_only_real_text() {
    let ids = zh_ids();
    assert!(ids.len() > 20, "message ids were read: {}", ids.len());
    for locale in Locale::ALL {
        for view in VIEWS {
            for elder in ["0", "1"] {
                for plain in ["0", "1"] {
                    let query = format!(
                        "?lang={}&view={view}&elder={elder}&plain={plain}",
                        locale.tag()
                    );
                    let page = render(&query, None).await;
                    assert!(page.misses.is_empty(), "{query}: {:?}", page.misses);
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
        standard.css.contains("--ax-fs-body: 1.125rem"),
        "body 18 px"
    );
    assert!(elder.css.contains("--ax-fs-body: 1.375rem"), "body 22 px");
    assert!(elder.css.contains("--ax-target: 4rem"), "64 px targets");
    assert!(
        elder.css.contains("font-size: var(--ax-fs-body)"),
        "body reads the theme"
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
