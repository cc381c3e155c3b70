//! The document around the app: `<html lang dir>`, the title, focus and scrolling.

use wasm_bindgen::JsCast;

use crate::model::locale::Locale;
use crate::theme::PARTNER_WAIT_CLASS;

/// The id of each screen's main heading, which receives focus after navigation.
pub const VIEW_TITLE_ID: &str = "view-title";

/// Sets `<html lang dir>` for the locale.
pub fn set_language(locale: Locale) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", locale.tag());
        let _ = root.set_attribute("dir", locale.direction().as_str());
    }
}

/// Sets the document title (text without bidi isolation marks).
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Moves focus to the screen's heading and the view to the top, as after a page load.
pub fn focus_view_title() {
    let window = gloo::utils::window();
    window.scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(title) = gloo::utils::document()
        .get_element_by_id(VIEW_TITLE_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = title.focus();
    }
}

/// Scrolls the page to its top (a new step of a session starts there).
pub fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Scrolls the first element matching `selector` into the middle of the screen, if it is not
/// already in view (the part being read aloud).
pub fn scroll_into_view(selector: &str) {
    let Some(element) = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
    else {
        return;
    };
    let rect = element.get_bounding_client_rect();
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if rect.top() < 0.0 || rect.bottom() > height {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Moves focus to an element the view holds a reference to (keeps the keyboard and screen
/// reader in place when the control they were on goes away).
pub fn focus(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Marks the page as run by the app (`<html data-app>`): the loading lines give way to the
/// interactive parts (`theme::NO_APP_CLASS`).
pub fn mark_app_running() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-app", "");
    }
}

/// Lets the page be drawn now that the deployment's partner file has been read and applied
/// (`theme::PARTNER_WAIT_CLASS`, set by the page's first script).
pub fn show_with_partner() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.class_list().remove_1(PARTNER_WAIT_CLASS);
    }
}

/// What the text field or text box an input event came from holds now.
pub fn input_value(event: &yew::InputEvent) -> Option<String> {
    let target = event.target()?;
    match target.dyn_into::<web_sys::HtmlInputElement>() {
        Ok(input) => Some(input.value()),
        Err(target) => target
            .dyn_into::<web_sys::HtmlTextAreaElement>()
            .ok()
            .map(|area| area.value()),
    }
}

/// Whether the browser prints a page: WeChat and the WebViews of apps ignore
/// `window.print()` (`Device::can_print`).
pub fn can_print() -> bool {
    let agent = gloo::utils::window()
        .navigator()
        .user_agent()
        .unwrap_or_default();
    crate::model::device::Device::can_print(&agent)
}

/// Opens the browser's print dialog for the page (the printable page of a session's summary).
pub fn print_page() {
    let _ = gloo::utils::window().print();
}
