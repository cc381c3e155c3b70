//! Draws the quiz certificate on a canvas and returns it as a PNG data URL. Everything stays on
//! the device: the image is shown in the page (long-press saves it in WeChat) and offered as a
//! download, never uploaded.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::model::locale::Locale;
use crate::model::wrap::wrap;
use crate::theme::font_stack;

/// The texts on the certificate, already in the person's language.
pub struct CertificateText {
    /// The title line.
    pub heading: String,
    /// The person's name, or a neutral word if none was given.
    pub name: String,
    /// What was completed.
    pub body: String,
    /// The date, written out.
    pub date: String,
    /// The app's name.
    pub brand: String,
}

const WIDTH: f64 = 1080.0;
const HEIGHT: f64 = 1440.0;
const MARGIN: f64 = 120.0;
const GREEN: &str = "#0a5c45";
const INK: &str = "#1a1a1a";

/// Draws the certificate; `None` if this browser cannot draw or encode it.
pub fn draw(text: &CertificateText, locale: Locale) -> Option<String> {
    let document = gloo::utils::document();
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(WIDTH as u32);
    canvas.set_height(HEIGHT as u32);
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    // Set on the context itself (web-sys has no binding for it): a canvas outside the
    // document has no computed direction, and WebKit then lays Uyghur lines out left to right,
    // with punctuation and dates on the wrong side, whatever the canvas's `dir` says.
    let _ = js_sys::Reflect::set(
        &context,
        &"direction".into(),
        &locale.direction().as_str().into(),
    );
    let fonts = font_stack(locale);

    context.set_fill_style_str("#fffdf5");
    context.fill_rect(0.0, 0.0, WIDTH, HEIGHT);
    context.set_stroke_style_str(GREEN);
    context.set_line_width(16.0);
    context.stroke_rect(40.0, 40.0, WIDTH - 80.0, HEIGHT - 80.0);
    context.set_line_width(4.0);
    context.stroke_rect(72.0, 72.0, WIDTH - 144.0, HEIGHT - 144.0);
    context.set_text_align("center");
    context.set_text_baseline("middle");

    let mut y = 260.0;
    context.set_fill_style_str(GREEN);
    y = write(
        &context,
        &text.heading,
        &format!("bold 64px {fonts}"),
        96.0,
        y,
    );
    y += 120.0;
    context.set_fill_style_str(INK);
    y = write(
        &context,
        &text.name,
        &format!("bold 96px {fonts}"),
        130.0,
        y,
    );
    context.fill_rect(WIDTH / 2.0 - 240.0, y - 40.0, 480.0, 3.0);
    y += 80.0;
    y = write(&context, &text.body, &format!("48px {fonts}"), 80.0, y);
    y += 80.0;
    write(&context, &text.date, &format!("44px {fonts}"), 70.0, y);
    context.set_fill_style_str(GREEN);
    write(
        &context,
        &text.brand,
        &format!("bold 72px {fonts}"),
        90.0,
        HEIGHT - 220.0,
    );

    canvas.to_data_url_with_type("image/png").ok()
}

/// Writes `text` centred from line `y`, wrapped to the card's width; returns the next line's y.
fn write(context: &CanvasRenderingContext2d, text: &str, font: &str, leading: f64, y: f64) -> f64 {
    context.set_font(font);
    let width = WIDTH - 2.0 * MARGIN;
    let fits = |line: &str| {
        context
            .measure_text(line)
            .map_or(true, |metrics| metrics.width() <= width)
    };
    let mut y = y;
    for line in wrap(text, fits) {
        let _ = context.fill_text(&line, WIDTH / 2.0, y);
        y += leading;
    }
    y
}
