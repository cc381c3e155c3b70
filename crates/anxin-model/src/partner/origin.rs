//! The origin rules: what a browser writes as an origin, which `hosts` may list and events
//! may be posted to.

use super::notes::*;
use super::*;

/// Whether `text` is an origin the partner file may list in `hosts`: `https://host[:port]` in
/// lower case with no path, or `http://localhost[:port]` or `http://127.0.0.1[:port]` for
/// development, written exactly as a browser writes an origin (no default port).
pub fn is_origin(text: &str) -> bool {
    origin_problem(text, Http::LoopbackOnly).is_none()
}

/// Whether an origin may use `http://`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Http {
    /// Only for `localhost` and `127.0.0.1`.
    LoopbackOnly,
    /// For any host.
    Any,
}

/// What keeps `text` from being an origin as a browser writes it, or `None` when it is one.
pub(crate) fn origin_problem(text: &str, http: Http) -> Option<String> {
    if text == "*" {
        return Some(words!(
            "\"*\" would let any site embed Anxin, receive all its events and send it commands: list each origin \
             exactly, such as https://m.example.cn"
        ));
    }
    if text.chars().count() > MAX_ADDRESS_CHARS {
        return Some(too_long(text, MAX_ADDRESS_CHARS));
    }
    let (scheme, rest) = if let Some(rest) = text.strip_prefix("https://") {
        ("https", rest)
    } else if let Some(rest) = text.strip_prefix("http://") {
        ("http", rest)
    } else {
        return Some(words!(
            "{} is not an origin: write https:// and the host name, such as \
             https://m.example.cn (http:// only for localhost and 127.0.0.1)",
            shown(text)
        ));
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let bare = words!("{scheme}://{authority}");
    if authority_end < rest.len() {
        return Some(words!(
            "{} has a path; an origin is the scheme and host only: {}",
            shown(text),
            shown(&bare)
        ));
    }
    if authority.contains('@') {
        return Some(words!(
            "{} has a user name before the host (the part up to @); write the host only",
            shown(text)
        ));
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if !is_host_name(host) {
        return Some(words!(
            "{} has no valid host name: letters, digits, hyphens and dots, such as \
             m.example.cn (an international domain in its xn-- form)",
            shown(text)
        ));
    }
    if host != host.to_ascii_lowercase() {
        return Some(words!(
            "{} must be in lower case, as browsers write origins: {}",
            shown(text),
            shown(&text.to_ascii_lowercase())
        ));
    }
    if let Some(port) = port {
        let default = if scheme == "https" { "443" } else { "80" };
        if port == default {
            return Some(words!(
                "{} names the default port; browsers write this origin without it: {}",
                shown(text),
                shown(&words!("{scheme}://{host}"))
            ));
        }
        if !is_port(port) {
            return Some(words!(
                "{} has no valid port: a number from 1 to 65535, without leading zeros",
                shown(text)
            ));
        }
    }
    if scheme == "http" && http == Http::LoopbackOnly && !matches!(host, "localhost" | "127.0.0.1")
    {
        return Some(words!(
            "{} must use https://; http:// is allowed only for localhost and 127.0.0.1, \
             for development",
            shown(text)
        ));
    }
    None
}

/// A DNS host name (or a dotted IPv4 address): dot-separated labels of letters, digits and
/// inner hyphens.
pub(super) fn is_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// A port number as a browser writes it: 1 to 65535, no leading zero.
pub(super) fn is_port(port: &str) -> bool {
    !port.starts_with('0')
        && (1..=5).contains(&port.len())
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|n| n <= 65535)
}
