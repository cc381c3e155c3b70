//! The one theme every style comes from: colours, type scale, spacing, radii and touch-target
//! size. 长辈版, Tibetan typography and right-to-left are variants of the theme's values,
//! never styles sprinkled through components.

mod global;
pub mod styles;
#[cfg(feature = "ssr")]
mod stylesheet;

pub use crate::model::contrast::contrast_ratio;
use crate::model::contrast::{ELDER_CONTRAST, STANDARD_CONTRAST};
pub use global::{
    brand_variables, inline_variables, LOAD_FAILED_CLASS, NO_APP_CLASS, PARTNER_WAIT_CLASS,
};
#[cfg(feature = "ssr")]
pub use stylesheet::stylesheet;

use crate::model::locale::{Direction, Locale};

/// Standard or 长辈版 (elderly) presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Standard size.
    Standard,
    /// 长辈版: large type, large targets, highest contrast.
    Elder,
}

/// Colours, as CSS hex strings.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    /// Page background.
    pub page: &'static str,
    /// Cards and tiles.
    pub surface: &'static str,
    /// Main text.
    pub text: &'static str,
    /// Secondary text; still meets the mode's contrast.
    pub text_muted: &'static str,
    /// Primary actions and brand.
    pub primary: &'static str,
    /// Text on `primary`.
    pub on_primary: &'static str,
    /// Light tint behind icons.
    pub primary_tint: &'static str,
    /// Borders of cards and controls.
    pub border: &'static str,
    /// Keyboard focus ring.
    pub focus: &'static str,
    /// Background of in-page notices.
    pub notice: &'static str,
    /// Text of in-page notices.
    pub on_notice: &'static str,
    /// Warnings and red flags: text on `surface` and `primary_tint`, and a fill under
    /// `on_primary`.
    pub danger: &'static str,
}

/// Type sizes in CSS px at the default root size; emitted as rem so they follow the
/// person's text-size setting.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeScale {
    /// Running text.
    pub body: f64,
    /// Secondary text; never below the mode's body minimum in 长辈版.
    pub small: f64,
    /// Text of buttons and tiles' titles.
    pub button: f64,
    /// Section headings.
    pub heading: f64,
    /// The screen's title.
    pub title: f64,
    /// Line height of running text, as a multiple of the font size.
    pub line_height: f64,
    /// Line height of headings, titles and labels.
    pub heading_line_height: f64,
    /// A printed leaflet's running text, in points (`--ax-print-fs`; its headings and
    /// numbers are shares of it).
    pub print_body: f64,
}

/// The presenter view's sizes, for a tablet held up to a room or a TV: the step's main text
/// starts as large as the screen's width allows and shrinks until the step fits, never under
/// the floor (a step that does not fit there is split into screens); everything else on the
/// stage is a share of it.
#[derive(Clone, Debug, PartialEq)]
pub struct StageScale {
    /// The main text's largest size, as a share of the screen's width.
    pub width_share: f64,
    /// The same in a big room: as large as the step allows.
    pub big_room_share: f64,
    /// The main text's smallest size in px.
    pub floor: f64,
    /// Its smallest size as a share of the screen's width, where that is more than `floor`
    /// (a TV splits a step into parts sooner than it shrinks its text).
    pub floor_share: f64,
    /// Secondary text the room reads (an option, an explanation), as a share of the main text.
    pub medium: f64,
    /// The line above it that says what it is, as a share of the main text.
    pub label: f64,
    /// Smallest control a volunteer's thumb taps, in px.
    pub target: f64,
}

/// The presenter's variables in `mode` (`--ax-fs-stage`, the main text's size before the
/// stage is fitted; `--ax-stage-medium` and `--ax-stage-label`, shares of it; and
/// `--ax-stage-target`), set by the workshop's screen on its own root, so the consumer's wasm
/// carries none of them.
pub fn stage_variables(mode: Mode) -> String {
    let stage = stage_scale(mode);
    format!(
        "--ax-fs-stage:{};--ax-stage-medium:{}em;--ax-stage-label:{}em;--ax-stage-target:{};",
        Theme::rem(stage.floor),
        stage.medium,
        stage.label,
        Theme::rem(stage.target)
    )
}

/// The presenter's sizes in `mode`: 长辈版 starts larger and keeps a higher floor.
pub fn stage_scale(mode: Mode) -> StageScale {
    match mode {
        Mode::Standard => StageScale {
            width_share: 0.045,
            big_room_share: 0.08,
            floor: 28.0,
            floor_share: 0.025,
            medium: 0.75,
            label: 0.65,
            target: 72.0,
        },
        Mode::Elder => StageScale {
            width_share: 0.05,
            big_room_share: 0.09,
            floor: 34.0,
            floor_share: 0.03,
            medium: 0.75,
            label: 0.65,
            target: 80.0,
        },
    }
}

/// Spacing steps in px.
#[derive(Clone, Debug, PartialEq)]
pub struct Spacing {
    /// Extra small.
    pub xs: f64,
    /// Small.
    pub s: f64,
    /// Medium.
    pub m: f64,
    /// Large.
    pub l: f64,
    /// Extra large.
    pub xl: f64,
}

/// Corner radii in px.
#[derive(Clone, Debug, PartialEq)]
pub struct Radii {
    /// Controls.
    pub control: f64,
    /// Cards and tiles.
    pub card: f64,
}

/// Every value a style may use.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Standard or 长辈版.
    pub mode: Mode,
    /// Writing direction of the locale.
    pub direction: Direction,
    /// Colours.
    pub palette: Palette,
    /// Type sizes.
    pub type_scale: TypeScale,
    /// Spacing.
    pub space: Spacing,
    /// Corner radii.
    pub radius: Radii,
    /// Smallest width and height of anything a person taps, in px.
    pub target: f64,
    /// Widest the content column grows, in px.
    pub max_width: f64,
    /// Font stack for the locale's script; system fonts only for now.
    pub font_family: &'static str,
    /// How many navigation tiles stand side by side on a wide screen.
    pub tile_columns: u8,
}

const STANDARD_PALETTE: Palette = Palette {
    page: "#f5f3ee",
    surface: "#ffffff",
    text: "#1c1f23",
    text_muted: "#454b52",
    primary: "#0a5c45",
    on_primary: "#ffffff",
    primary_tint: "#e3f1ec",
    border: "#8a9199",
    focus: "#b3470f",
    notice: "#fff4d6",
    on_notice: "#3d2c00",
    danger: "#a3161a",
};

const ELDER_PALETTE: Palette = Palette {
    page: "#ffffff",
    surface: "#ffffff",
    text: "#000000",
    text_muted: "#1c1f23",
    primary: "#064232",
    on_primary: "#ffffff",
    primary_tint: "#e3f1ec",
    border: "#1c1f23",
    focus: "#a33c00",
    notice: "#fff1c2",
    on_notice: "#000000",
    danger: "#8a0f12",
};

const CHINESE_FONTS: &str =
    "system-ui, -apple-system, \"PingFang SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", sans-serif";
const TIBETAN_FONTS: &str =
    "\"Anxin Tibetan\", \"Noto Serif Tibetan\", \"Noto Sans Tibetan\", \"Microsoft Himalaya\", \"Jomolhari\", system-ui, sans-serif";
/// The web font draws every Arabic letter (its `unicode-range`); what comes next draws the
/// rest of a Uyghur page (digits, Latin, « »), so it is the phone's own sans-serif, never a
/// naskh face's serif digits. The local Arabic faces are there for when the web font is not.
const UYGHUR_FONTS: &str =
    "\"Anxin Uyghur\", system-ui, -apple-system, \"UKIJ Tuz\", \"UKIJ Ekran\", \"Noto Sans Arabic\", \"Noto Naskh Arabic\", \"Microsoft Uighur\", sans-serif";

impl Theme {
    /// The theme for a mode and locale.
    pub fn new(mode: Mode, locale: Locale) -> Theme {
        let elder = mode == Mode::Elder;
        let mut type_scale = if elder {
            TypeScale {
                body: 22.0,
                small: 20.0,
                button: 30.0,
                heading: 30.0,
                title: 34.0,
                line_height: 1.6,
                heading_line_height: 1.3,
                print_body: 16.0,
            }
        } else {
            TypeScale {
                body: 18.0,
                small: 16.0,
                button: 20.0,
                heading: 22.0,
                title: 28.0,
                line_height: 1.6,
                heading_line_height: 1.3,
                print_body: 11.0,
            }
        };
        if locale == Locale::Bo {
            // Tibetan letters look small at a given size and their stacks are tall:
            // more size and more leading so stacks never touch or clip.
            type_scale.body = (type_scale.body * 1.1).round();
            type_scale.small = (type_scale.small * 1.1).round();
            type_scale.line_height = tibetan_leading(mode);
            type_scale.heading_line_height = 1.7;
        }
        Theme {
            mode,
            direction: locale.direction(),
            palette: palette(mode).clone(),
            type_scale,
            space: if elder {
                Spacing {
                    xs: 6.0,
                    s: 12.0,
                    m: 20.0,
                    l: 28.0,
                    xl: 40.0,
                }
            } else {
                Spacing {
                    xs: 4.0,
                    s: 8.0,
                    m: 16.0,
                    l: 24.0,
                    xl: 32.0,
                }
            },
            radius: Radii {
                control: 10.0,
                card: 16.0,
            },
            target: if elder { 64.0 } else { 48.0 },
            max_width: 960.0,
            font_family: font_stack(locale),
            tile_columns: if elder { 1 } else { 2 },
        }
    }

    /// A px value as rem (16 px root), so sizes scale with the person's text setting.
    pub fn rem(px: f64) -> String {
        format!("{}rem", px / 16.0)
    }

    /// Every value as a CSS custom property (`--ax-…`), the only way styles read the theme.
    pub fn variables(&self) -> Vec<(&'static str, String)> {
        let p = &self.palette;
        let t = &self.type_scale;
        let px = Theme::rem;
        vec![
            ("--ax-page", p.page.into()),
            ("--ax-surface", p.surface.into()),
            ("--ax-text", p.text.into()),
            ("--ax-muted", p.text_muted.into()),
            ("--ax-primary", p.primary.into()),
            ("--ax-on-primary", p.on_primary.into()),
            ("--ax-brand", p.primary.into()),
            ("--ax-on-brand", p.on_primary.into()),
            ("--ax-tint", p.primary_tint.into()),
            ("--ax-border", p.border.into()),
            ("--ax-focus", p.focus.into()),
            ("--ax-notice", p.notice.into()),
            ("--ax-on-notice", p.on_notice.into()),
            ("--ax-danger", p.danger.into()),
            ("--ax-fs-body", px(t.body)),
            ("--ax-fs-small", px(t.small)),
            ("--ax-fs-button", px(t.button)),
            ("--ax-fs-heading", px(t.heading)),
            ("--ax-fs-title", px(t.title)),
            ("--ax-lh", t.line_height.to_string()),
            ("--ax-lh-heading", t.heading_line_height.to_string()),
            ("--ax-print-fs", format!("{}pt", t.print_body)),
            ("--ax-lh-bo", tibetan_leading(self.mode).to_string()),
            ("--ax-bo-icon-lift", TIBETAN_ICON_LIFT.into()),
            ("--ax-sp-xs", px(self.space.xs)),
            ("--ax-sp-s", px(self.space.s)),
            ("--ax-sp-m", px(self.space.m)),
            ("--ax-sp-l", px(self.space.l)),
            ("--ax-sp-xl", px(self.space.xl)),
            ("--ax-r-control", px(self.radius.control)),
            ("--ax-r-card", px(self.radius.card)),
            ("--ax-target", px(self.target)),
            ("--ax-max", px(self.max_width)),
            ("--ax-font", self.font_family.into()),
            ("--ax-font-zh", CHINESE_FONTS.into()),
            ("--ax-font-bo", TIBETAN_FONTS.into()),
            ("--ax-font-ug", UYGHUR_FONTS.into()),
            ("--ax-tile-columns", self.tile_columns.to_string()),
            (
                "--ax-mirror",
                match self.direction {
                    Direction::Ltr => "none",
                    Direction::Rtl => "scaleX(-1)",
                }
                .into(),
            ),
        ]
    }

    /// The smallest text contrast this mode promises.
    pub fn min_contrast(&self) -> f64 {
        min_contrast(self.mode)
    }
}

/// The colours of `mode`.
pub fn palette(mode: Mode) -> &'static Palette {
    match mode {
        Mode::Standard => &STANDARD_PALETTE,
        Mode::Elder => &ELDER_PALETTE,
    }
}

/// The smallest text contrast `mode` promises.
pub fn min_contrast(mode: Mode) -> f64 {
    match mode {
        Mode::Standard => STANDARD_CONTRAST,
        Mode::Elder => ELDER_CONTRAST,
    }
}

/// How far an icon beside a Tibetan label is lifted to sit level with its letters, which hang
/// in the upper part of their line (`--ax-bo-icon-lift`).
const TIBETAN_ICON_LIFT: &str = "0.3em";

/// The leading Tibetan text needs in `mode` so that its tall stacks never touch or clip, on a
/// Tibetan page and wherever Tibetan shows in another (`--ax-lh-bo`).
pub fn tibetan_leading(mode: Mode) -> f64 {
    match mode {
        Mode::Elder => 2.0,
        Mode::Standard => 1.9,
    }
}

/// The font stack for a locale's script (also used for a language's name in another locale).
pub fn font_stack(locale: Locale) -> &'static str {
    match locale {
        Locale::Bo => TIBETAN_FONTS,
        Locale::Ug => UYGHUR_FONTS,
        Locale::ZhHans | Locale::Yue => CHINESE_FONTS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uyghur_digits_and_latin_are_drawn_in_a_sans_serif_face() {
        let families: Vec<&str> = UYGHUR_FONTS.split(", ").collect();
        assert_eq!(families[0], "\"Anxin Uyghur\"");
        assert_eq!(
            families[1], "system-ui",
            "right after the web font's Arabic range"
        );
        let naskh = families.iter().position(|f| f.contains("Naskh"));
        assert!(naskh > Some(1), "a serif naskh face never draws the digits");
    }

    fn all_themes() -> Vec<Theme> {
        [Mode::Standard, Mode::Elder]
            .into_iter()
            .flat_map(|mode| Locale::ALL.map(|locale| Theme::new(mode, locale)))
            .collect()
    }

    #[test]
    fn text_contrast_meets_each_mode() {
        for theme in all_themes() {
            let p = &theme.palette;
            let pairs = [
                ("text/page", p.text, p.page),
                ("text/surface", p.text, p.surface),
                ("muted/page", p.text_muted, p.page),
                ("muted/surface", p.text_muted, p.surface),
                ("primary text/surface", p.primary, p.surface),
                ("on-primary/primary", p.on_primary, p.primary),
                ("text/tint", p.text, p.primary_tint),
                ("notice", p.on_notice, p.notice),
                ("danger/surface", p.danger, p.surface),
                ("danger/tint", p.danger, p.primary_tint),
                ("on-primary/danger", p.on_primary, p.danger),
            ];
            for (name, fg, bg) in pairs {
                let ratio = contrast_ratio(fg, bg).expect("valid colours");
                assert!(
                    ratio >= theme.min_contrast(),
                    "{:?} {name}: {ratio:.2}",
                    theme.mode
                );
            }
        }
    }

    #[test]
    fn elder_mode_meets_the_ageing_friendly_numbers() {
        for locale in Locale::ALL {
            let t = Theme::new(Mode::Elder, locale);
            assert!(t.type_scale.body >= 20.0 && t.type_scale.small >= 20.0);
            assert!(t.type_scale.heading >= 30.0 && t.type_scale.button >= 30.0);
            assert!(t.target >= 60.0);
            let min_leading = if locale == Locale::Bo { 1.8 } else { 1.5 };
            assert!(t.type_scale.line_height >= min_leading);
            let min_heading_leading = if locale == Locale::Bo { 1.6 } else { 1.2 };
            assert!(t.type_scale.heading_line_height >= min_heading_leading);
            assert!(t.min_contrast() >= ELDER_CONTRAST);
            // Large print: a leaflet's body text is at least 16 pt (issue 36).
            assert!(t.type_scale.print_body >= 16.0);
        }
        // The presenter's smallest text, at its floor, is 长辈版 text too.
        let stage = stage_scale(Mode::Elder);
        assert!(stage.floor * stage.label.min(stage.medium) >= 20.0);
        assert!(stage.target >= 60.0);
        let standard = stage_scale(Mode::Standard);
        assert!(stage.floor > standard.floor && stage.width_share > standard.width_share);
        assert!(standard.big_room_share > standard.width_share);
    }

    #[test]
    fn standard_mode_meets_its_minimums() {
        for locale in Locale::ALL {
            let t = Theme::new(Mode::Standard, locale);
            assert!(t.type_scale.body >= 16.0 && t.type_scale.small >= 16.0);
            assert!(t.target >= 44.0);
        }
    }

    #[test]
    fn variables_carry_the_mode() {
        let value = |theme: &Theme, name: &str| {
            theme
                .variables()
                .into_iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v)
        };
        let elder = Theme::new(Mode::Elder, Locale::Ug);
        assert_eq!(value(&elder, "--ax-fs-body").as_deref(), Some("1.375rem"));
        assert_eq!(value(&elder, "--ax-target").as_deref(), Some("4rem"));
        assert_eq!(value(&elder, "--ax-mirror").as_deref(), Some("scaleX(-1)"));
        assert!(stage_variables(Mode::Elder).starts_with("--ax-fs-stage:2.125rem;"));
        assert!(stage_variables(Mode::Standard).contains("--ax-stage-target:4.5rem;"));
        let names: Vec<_> = elder.variables().into_iter().map(|(n, _)| n).collect();
        let unique: std::collections::BTreeSet<_> = names.iter().collect();
        assert_eq!(names.len(), unique.len());
    }

    #[test]
    fn uyghur_theme_is_right_to_left() {
        assert_eq!(
            Theme::new(Mode::Elder, Locale::Ug).direction,
            Direction::Rtl
        );
        assert_eq!(
            Theme::new(Mode::Elder, Locale::Bo).direction,
            Direction::Ltr
        );
    }
}
