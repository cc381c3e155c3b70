//! What the person is using, so that the app can say "this phone" on a phone and "this
//! computer" on a computer (where its data is kept, what clearing it removes). Read from the
//! browser's user-agent string and touch points by the platform layer.

/// The kind of device the app runs on, as the messages name it (`$device`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Device {
    /// A phone (also what a page prerendered for everyone assumes: most visits are on one).
    #[default]
    Phone,
    /// A tablet: an iPad, or Android without "Mobile".
    Tablet,
    /// A desktop or laptop computer.
    Computer,
}

impl Device {
    /// Tells the device from the browser's `navigator.userAgent` and
    /// `navigator.maxTouchPoints`. An iPad asks for desktop pages by default and says
    /// "Macintosh": its touch points tell it from a Mac.
    pub fn from_browser(user_agent: &str, touch_points: u32) -> Device {
        let says = |word: &str| user_agent.contains(word);
        let ipad = says("iPad") || (says("Macintosh") && touch_points > 1);
        if ipad || (says("Android") && !says("Mobile")) {
            Device::Tablet
        } else if says("Mobi") || says("iPhone") || says("iPod") || says("Android") {
            Device::Phone
        } else {
            Device::Computer
        }
    }

    /// Whether the browser is WeChat's own (its user agent says `MicroMessenger`), whose "···"
    /// menu opens the page in the phone's browser.
    pub fn is_wechat(user_agent: &str) -> bool {
        user_agent.contains("MicroMessenger")
    }

    /// Whether the browser prints a page when asked (`window.print()`): not WeChat, and not an
    /// app's WebView (Android's says `; wv)`; iOS's WKWebView names no `Safari/`), where the
    /// page offers its PDF instead.
    pub fn can_print(user_agent: &str) -> bool {
        let says = |word: &str| user_agent.contains(word);
        let ios = says("iPhone") || says("iPad") || says("iPod");
        !(Device::is_wechat(user_agent) || says("; wv)") || (ios && !says("Safari/")))
    }

    /// The value of the messages' `$device` variable.
    pub fn as_str(self) -> &'static str {
        match self {
            Device::Phone => "phone",
            Device::Tablet => "tablet",
            Device::Computer => "computer",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_tablets_and_computers_are_told_apart() {
        let cases = [
            // WeChat on an Android phone, on an iPhone.
            ("Mozilla/5.0 (Linux; Android 12; V2134A Build/SP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5235 MMWEBSDK/20230805 MicroMessenger/8.0.42.2460(0x28002A3B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64", 5, Device::Phone),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40(0x1800282a) NetType/WIFI Language/zh_CN", 5, Device::Phone),
            // An Android tablet, an iPad that says it is a Mac.
            ("Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36", 10, Device::Tablet),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15", 5, Device::Tablet),
            // A Mac, WeChat for Windows, Linux.
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15", 0, Device::Computer),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090719) XWEB/8519 Flue", 0, Device::Computer),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", 0, Device::Computer),
            ("", 0, Device::Computer),
        ];
        for (user_agent, touch_points, device) in cases {
            assert_eq!(
                Device::from_browser(user_agent, touch_points),
                device,
                "{user_agent}"
            );
            assert_eq!(
                Device::is_wechat(user_agent),
                user_agent.contains("Language/zh_CN") || user_agent.contains("Wechat"),
                "{user_agent}"
            );
        }
    }

    #[test]
    fn only_a_browser_of_its_own_is_asked_to_print() {
        let cases = [
            // WeChat on Android and on an iPhone; an Android app's WebView; an iOS app's
            // WKWebView (no "Safari/").
            ("Mozilla/5.0 (Linux; Android 12; V2134A Build/SP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5235 MicroMessenger/8.0.42.2460(0x28002A3B)", false),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40(0x1800282a)", false),
            ("Mozilla/5.0 (Linux; Android 13; SM-A135F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.0.0 Mobile Safari/537.36", false),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", false),
            // Safari on an iPhone, Chrome on Android, a computer's browser.
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", true),
            ("Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36", true),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", true),
        ];
        for (user_agent, prints) in cases {
            assert_eq!(Device::can_print(user_agent), prints, "{user_agent}");
        }
    }
}
