//! Folding a message to the form the sign patterns are written in, keeping where each folded
//! character came from.

use std::ops::Range;

/// A message folded for matching.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// The folded characters.
    pub chars: Vec<char>,
    /// For each folded character, the bytes of the original it came from.
    pub origin: Vec<Range<usize>>,
}

impl Folded {
    /// Whether folded characters `left` and `right` stood side by side in the message, with no
    /// space dropped between them.
    pub fn touching(&self, left: usize, right: usize) -> bool {
        self.origin[left].end == self.origin[right].start
    }

    /// Ranges of folded characters as byte ranges of the original, in order, joined where
    /// they touch or overlap.
    pub fn origin_of(&self, mut spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
        spans.retain(|span| span.start < span.end && span.end <= self.origin.len());
        let mut bytes: Vec<Range<usize>> = spans
            .into_iter()
            .map(|span| self.origin[span.start].start..self.origin[span.end - 1].end)
            .collect();
        bytes.sort_unstable_by_key(|span| (span.start, span.end));
        let mut joined: Vec<Range<usize>> = Vec::with_capacity(bytes.len());
        for span in bytes {
            match joined.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => joined.push(span),
            }
        }
        joined
    }
}

/// Folds `text`: spaces (not line breaks) and invisible marks dropped; full-width forms to ASCII; ASCII
/// letters to lower case; traditional characters to simplified ([`TRADITIONAL`]); then
/// Cantonese colloquial words to the Mandarin ones the patterns use ([`CANTONESE`]), and 您
/// to 你.
pub fn fold(text: &str) -> Folded {
    let mut chars = Vec::with_capacity(text.len() / 2);
    let mut origin = Vec::with_capacity(text.len() / 2);
    for (at, c) in text.char_indices() {
        // A line break stays: it ends a sentence, which no pattern's gap reaches across.
        if (c.is_whitespace() && c != '\n') || is_invisible(c) {
            continue;
        }
        chars.push(fold_char(c));
        origin.push(at..at + c.len_utf8());
    }
    let mut folded = Folded {
        chars: Vec::with_capacity(chars.len()),
        origin: Vec::with_capacity(chars.len()),
    };
    let mut at = 0;
    while at < chars.len() {
        let phrase = CANTONESE.iter().find(|(from, _)| {
            let mut rest = chars[at..].iter();
            from.chars().all(|c| rest.next() == Some(&c))
        });
        match phrase {
            Some((from, to)) => {
                let len = from.chars().count();
                let bytes = origin[at].start..origin[at + len - 1].end;
                for c in to.chars() {
                    folded.chars.push(c);
                    folded.origin.push(bytes.clone());
                }
                at += len;
            }
            None => {
                folded.chars.push(chars[at]);
                folded.origin.push(origin[at].clone());
                at += 1;
            }
        }
    }
    folded
}

/// Marks that show nothing: zero-width spaces and joiners, direction marks and isolates, the
/// byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

fn fold_char(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '｡' => '。',
        _ => c,
    };
    let c = c.to_ascii_lowercase();
    match TRADITIONAL.binary_search_by_key(&c, |&(traditional, _)| traditional) {
        Ok(at) => TRADITIONAL[at].1,
        Err(_) => c,
    }
}

/// Cantonese colloquial words (after traditional characters are folded) and the Mandarin the
/// patterns use for them, longest first where one starts another.
const CANTONESE: &[(&str, &str)] = &[
    ("唔好", "别"),
    ("唔要", "不要"),
    ("唔使", "不用"),
    ("唔驶", "不用"),
    ("唔洗", "不用"),
    ("唔可以", "不能"),
    ("唔准", "不准"),
    ("唔该", "请"),
    ("唔系", "不是"),
    ("唔", "不"),
    ("畀", "给"),
    ("俾", "给"),
    ("冇", "没"),
    ("嘅", "的"),
    ("佢哋", "他们"),
    ("我哋", "我们"),
    ("你哋", "你们"),
    ("佢", "他"),
    ("咗", "了"),
    ("啲", "些"),
    ("喺", "在"),
    ("嚟", "来"),
    ("睇", "看"),
    ("讲", "说"),
    ("话畀", "告诉"),
    ("话俾", "告诉"),
    ("食药", "吃药"),
    ("蚀", "亏"),
    ("全数", "全额"),
    ("搞唔掂", "办不好"),
    ("搞掂", "办好"),
    ("就话", "就说"),
    ("收线", "挂"),
    ("联络", "联系"),
    ("倾", "谈"),
    ("嗰", "那"),
    ("屋企人", "家人"),
    ("屋企", "家里"),
    ("仔女", "子女"),
    ("搵", "找"),
    ("攞返", "拿回"),
    ("拎返", "拿回"),
    ("退返", "退回"),
    ("攞", "拿"),
    ("拎", "拿"),
    ("即刻", "马上"),
    ("听日", "明天"),
    ("今日", "今天"),
    ("呢个", "这个"),
    ("呢张", "这张"),
    ("乜嘢", "什么"),
    ("点样", "怎样"),
    ("您", "你"),
];

/// Traditional characters and their simplified forms, for every character the patterns,
/// refusals and Cantonese words are written with, sorted by the traditional character (the
/// test `every_traditional_form_of_a_pattern_character_folds` checks it against a converter).
pub const TRADITIONAL: &[(char, char)] = &[
    ('仝', '同'),
    ('來', '来'),
    ('侷', '局'),
    ('係', '系'),
    ('個', '个'),
    ('們', '们'),
    ('傢', '家'),
    ('傭', '佣'),
    ('傳', '传'),
    ('債', '债'),
    ('傾', '倾'),
    ('優', '优'),
    ('兒', '儿'),
    ('內', '内'),
    ('凍', '冻'),
    ('別', '别'),
    ('刪', '删'),
    ('則', '则'),
    ('動', '动'),
    ('務', '务'),
    ('勣', '绩'),
    ('匯', '汇'),
    ('協', '协'),
    ('員', '员'),
    ('唸', '念'),
    ('問', '问'),
    ('喚', '唤'),
    ('喫', '吃'),
    ('單', '单'),
    ('嗎', '吗'),
    ('噹', '当'),
    ('嚴', '严'),
    ('囘', '回'),
    ('囬', '回'),
    ('園', '园'),
    ('圖', '图'),
    ('報', '报'),
    ('墊', '垫'),
    ('壓', '压'),
    ('媽', '妈'),
    ('實', '实'),
    ('寫', '写'),
    ('對', '对'),
    ('幫', '帮'),
    ('幾', '几'),
    ('廢', '废'),
    ('廻', '回'),
    ('張', '张'),
    ('彙', '汇'),
    ('後', '后'),
    ('從', '从'),
    ('復', '复'),
    ('徵', '征'),
    ('態', '态'),
    ('慘', '惨'),
    ('應', '应'),
    ('戶', '户'),
    ('掛', '挂'),
    ('撃', '击'),
    ('擊', '击'),
    ('數', '数'),
    ('於', '于'),
    ('時', '时'),
    ('書', '书'),
    ('會', '会'),
    ('業', '业'),
    ('樣', '样'),
    ('檢', '检'),
    ('檯', '台'),
    ('櫃', '柜'),
    ('權', '权'),
    ('毉', '医'),
    ('沒', '没'),
    ('沖', '冲'),
    ('減', '减'),
    ('準', '准'),
    ('滙', '汇'),
    ('炤', '照'),
    ('無', '无'),
    ('現', '现'),
    ('琯', '管'),
    ('產', '产'),
    ('産', '产'),
    ('當', '当'),
    ('癒', '愈'),
    ('發', '发'),
    ('監', '监'),
    ('瞭', '了'),
    ('碼', '码'),
    ('礙', '碍'),
    ('祕', '秘'),
    ('祗', '只'),
    ('穩', '稳'),
    ('筦', '管'),
    ('箇', '个'),
    ('簽', '签'),
    ('籤', '签'),
    ('細', '细'),
    ('組', '组'),
    ('結', '结'),
    ('絕', '绝'),
    ('絡', '络'),
    ('給', '给'),
    ('絶', '绝'),
    ('綫', '线'),
    ('維', '维'),
    ('緊', '紧'),
    ('線', '线'),
    ('緝', '缉'),
    ('績', '绩'),
    ('繙', '翻'),
    ('繫', '系'),
    ('續', '续'),
    ('缐', '线'),
    ('罰', '罚'),
    ('義', '义'),
    ('聯', '联'),
    ('聼', '听'),
    ('聽', '听'),
    ('脩', '修'),
    ('臺', '台'),
    ('萬', '万'),
    ('葯', '药'),
    ('藥', '药'),
    ('處', '处'),
    ('號', '号'),
    ('虧', '亏'),
    ('蝕', '蚀'),
    ('衕', '同'),
    ('衝', '冲'),
    ('衹', '只'),
    ('裏', '里'),
    ('裝', '装'),
    ('裡', '里'),
    ('製', '制'),
    ('複', '复'),
    ('覈', '核'),
    ('親', '亲'),
    ('訂', '订'),
    ('託', '托'),
    ('訪', '访'),
    ('許', '许'),
    ('訴', '诉'),
    ('註', '注'),
    ('証', '证'),
    ('話', '话'),
    ('該', '该'),
    ('誤', '误'),
    ('說', '说'),
    ('説', '说'),
    ('調', '调'),
    ('談', '谈'),
    ('請', '请'),
    ('講', '讲'),
    ('謹', '谨'),
    ('證', '证'),
    ('議', '议'),
    ('護', '护'),
    ('讀', '读'),
    ('讚', '赞'),
    ('貲', '资'),
    ('買', '买'),
    ('貸', '贷'),
    ('費', '费'),
    ('資', '资'),
    ('賠', '赔'),
    ('賬', '账'),
    ('賺', '赚'),
    ('贊', '赞'),
    ('跼', '局'),
    ('軟', '软'),
    ('載', '载'),
    ('輭', '软'),
    ('轉', '转'),
    ('辦', '办'),
    ('迴', '回'),
    ('這', '这'),
    ('進', '进'),
    ('過', '过'),
    ('遠', '远'),
    ('還', '还'),
    ('醫', '医'),
    ('釐', '厘'),
    ('釦', '扣'),
    ('銀', '银'),
    ('銷', '销'),
    ('錢', '钱'),
    ('鏈', '链'),
    ('門', '门'),
    ('閉', '闭'),
    ('開', '开'),
    ('関', '关'),
    ('閤', '合'),
    ('關', '关'),
    ('隨', '随'),
    ('險', '险'),
    ('隻', '只'),
    ('電', '电'),
    ('響', '响'),
    ('頭', '头'),
    ('額', '额'),
    ('風', '风'),
    ('颱', '台'),
    ('馬', '马'),
    ('駛', '驶'),
    ('騐', '验'),
    ('驗', '验'),
    ('髮', '发'),
    ('麪', '面'),
    ('麫', '面'),
    ('麵', '面'),
    ('麼', '么'),
    ('麽', '么'),
    ('點', '点'),
    ('齣', '出'),
];

#[cfg(test)]
mod tests {
    use super::*;
    use anxin_content::signs::{Finder, REFUSALS, SIGNS};
    use std::collections::BTreeSet;

    /// Every Han character the patterns, refusals and Cantonese words are written with.
    fn written() -> BTreeSet<char> {
        let patterns = SIGNS.iter().flat_map(|sign| match sign.finder {
            Finder::Words { patterns, .. } => patterns.to_vec(),
            Finder::Link | Finder::UnknownNumber => Vec::new(),
        });
        let cantonese = CANTONESE.iter().flat_map(|(from, to)| [*from, *to]);
        patterns
            .chain(REFUSALS.iter().copied())
            .chain(cantonese)
            .flat_map(str::chars)
            .filter(|&c| c as u32 >= 0x3400)
            .collect()
    }

    #[test]
    fn every_traditional_form_of_a_pattern_character_folds() {
        let written = written();
        let han = (0x3400..=0x9FFF).chain(0xF900..=0xFAFF);
        let expected: Vec<(char, char)> = han
            .filter_map(char::from_u32)
            .filter_map(
                |c| match fast2s::convert(&c.to_string()).chars().collect::<Vec<_>>()[..] {
                    [simplified] if simplified != c && written.contains(&simplified) => {
                        Some((c, simplified))
                    }
                    _ => None,
                },
            )
            .collect();
        let table: Vec<String> = expected
            .iter()
            .map(|(t, s)| format!("('{t}', '{s}')"))
            .collect();
        assert_eq!(
            TRADITIONAL,
            expected.as_slice(),
            "TRADITIONAL should be:\n[{}]",
            table.join(", ")
        );
    }

    #[test]
    fn folding_keeps_where_each_character_came_from() {
        let text = "唔好\u{200B}同 ＡＢ 屋企人講";
        let folded = fold(text);
        assert_eq!(folded.chars.iter().collect::<String>(), "别同ab家人说");
        for (c, bytes) in folded.chars.iter().zip(&folded.origin) {
            assert!(
                text.is_char_boundary(bytes.start) && text.is_char_boundary(bytes.end),
                "{c}"
            );
        }
        assert_eq!(&text[folded.origin[0].clone()], "唔好");
        let span = std::iter::once(3..6).collect();
        assert_eq!(&text[folded.origin_of(span)[0].clone()], "Ｂ 屋企人");
    }
}
