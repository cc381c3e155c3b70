//! WCAG 2 contrast ratio between two colours, and the two ratios the app promises: the one
//! place they are written (the theme, the partner file's check and its schema's words follow).

/// The text contrast every screen keeps, and that a partner's brand colours need to be used at
/// all (WCAG AA for body text).
pub const STANDARD_CONTRAST: f64 = 4.5;

/// The text contrast 长辈版 keeps (WCAG AAA); brand colours below it are kept out of 长辈版.
pub const ELDER_CONTRAST: f64 = 7.0;

/// The contrast ratio of two `#rrggbb` colours, from 1 to 21; `None` for anything else.
pub fn contrast_ratio(foreground: &str, background: &str) -> Option<f64> {
    let a = relative_luminance(foreground)?;
    let b = relative_luminance(background)?;
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    Some((light + 0.05) / (dark + 0.05))
}

/// `color` laid over `base` at `weight` (0 to 1) opacity, both `#rrggbb`: a light tint of a
/// brand colour on white, for instance; `None` for anything that is not a colour.
pub fn mix(color: &str, base: &str, weight: f64) -> Option<String> {
    let (top, under) = (channels(color)?, channels(base)?);
    let mut mixed = String::from("#");
    for (top, under) in top.into_iter().zip(under) {
        let value = f64::from(top) * weight + f64::from(under) * (1.0 - weight);
        let value = value.round().clamp(0.0, 255.0) as u8;
        for nibble in [value >> 4, value & 0xf] {
            mixed.push(char::from_digit(u32::from(nibble), 16)?);
        }
    }
    Some(mixed)
}

/// The red, green and blue of a `#rrggbb` colour (hex digits only: no sign, no short form).
fn channels(hex: &str) -> Option<[u8; 3]> {
    let digits = hex
        .strip_prefix('#')
        .filter(|hex| hex.len() == 6)?
        .as_bytes();
    let digit = |i: usize| char::from(digits[i]).to_digit(16);
    let channel = |i: usize| Some((digit(i)? * 16 + digit(i + 1)?) as u8);
    Some([channel(0)?, channel(2)?, channel(4)?])
}

fn relative_luminance(hex: &str) -> Option<f64> {
    let linear = |value: u8| {
        let value = f64::from(value) / 255.0;
        if value <= 0.03928 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    let [red, green, blue] = channels(hex)?;
    Some(0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tint_lies_between_the_colour_and_its_base() {
        assert_eq!(mix("#6a1b9a", "#ffffff", 1.0).as_deref(), Some("#6a1b9a"));
        assert_eq!(mix("#6a1b9a", "#ffffff", 0.0).as_deref(), Some("#ffffff"));
        assert_eq!(mix("#000000", "#ffffff", 0.5).as_deref(), Some("#808080"));
        assert_eq!(mix("#6a1b9a", "white", 0.5), None);
        assert_eq!(mix("#6a1b9", "#ffffff", 0.5), None);
    }

    #[test]
    fn known_ratios() {
        let black_white = contrast_ratio("#000000", "#ffffff").unwrap();
        assert!((black_white - 21.0).abs() < 0.01);
        assert!((contrast_ratio("#777777", "#ffffff").unwrap() - 4.48).abs() < 0.01);
        assert_eq!(contrast_ratio("#abc", "#ffffff"), None);
        assert_eq!(contrast_ratio("#+f+f+f", "#ffffff"), None);
    }
}
