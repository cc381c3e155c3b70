//! A rendered screen's reading matter, read back from its HTML: each part the read-aloud
//! control reads is a `span.ax-read` naming its message (`data-read`), and what is read when
//! that is not its text (`data-said`). `scripts/audio-pack` reports an audio pack's coverage
//! from it, and makes the demonstration pack's clips of it.

/// One part of a screen's reading matter, as read aloud.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpokenPart {
    /// The message's id, which names its clip in an audio pack.
    pub id: String,
    /// What is read: the text a clip is recorded from.
    pub said: String,
}

/// The value of attribute `name` in a tag's text (`<span class="…" data-read="…">`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// Undoes the HTML escapes Yew's renderer writes.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The parts of a rendered screen in reading order. A part's span holds only its text.
pub fn parts_in(html: &str) -> Vec<SpokenPart> {
    let mut parts = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<span ") {
        rest = &rest[at..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        let Some(text_end) = rest[tag_end..].find("</span>") else {
            break;
        };
        let text = &rest[tag_end + 1..tag_end + text_end];
        let Some(id) = attribute(tag, "data-read") else {
            // Another span, which may hold a part: read on from its tag.
            rest = &rest[tag_end..];
            continue;
        };
        let said = attribute(tag, "data-said").unwrap_or(text);
        parts.push(SpokenPart {
            id: unescape(id),
            said: unescape(said),
        });
        rest = &rest[tag_end + text_end..];
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_read_back_in_order_with_what_is_said() {
        let html = r#"<h1><span class="ax-read" data-read="a-title">求助 &amp; 投诉</span></h1>
            <p><span class="ax-read current" data-read="b" data-said="96110 反诈">反诈</span></p>
            <span class="other">x</span><span data-read="c" class="ax-read">丙</span>
            <a><span class="label"><span class="ax-read" data-read="d" data-said="110 报警">报警</span></span></a>"#;
        assert_eq!(
            parts_in(html),
            [
                SpokenPart {
                    id: "a-title".into(),
                    said: "求助 & 投诉".into()
                },
                SpokenPart {
                    id: "b".into(),
                    said: "96110 反诈".into()
                },
                SpokenPart {
                    id: "c".into(),
                    said: "丙".into()
                },
                SpokenPart {
                    id: "d".into(),
                    said: "110 报警".into()
                },
            ]
        );
    }
}
