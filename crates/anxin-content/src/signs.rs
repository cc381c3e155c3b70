//! The warning signs the message checker knows (`view=check`), as language-neutral data: each
//! sign's id (its wording is `sign-<id>-name` and `sign-<id>-why` in `check.ftl`), the case and
//! quiz topic that teach it, and how it is found. The matching itself is
//! `anxin_model::check`.
//!
//! Han patterns are written once, in simplified characters and Mandarin words; the checker
//! folds traditional characters and Cantonese colloquial forms to them before matching. A
//! pattern is terms separated by `…` (a short gap within one sentence), each term a list of
//! alternatives separated by `|`; the term `#` is a figure (digits, or Chinese numerals).

/// How a sign is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finder {
    /// By Han patterns (see the module's doc). With `negatable`, a match whose last term
    /// follows a word of refusal (请勿, 不要, 切勿 …) is not one: "请勿告诉他人" asks for no
    /// code.
    Words {
        /// The patterns; any one raises the sign.
        patterns: &'static [&'static str],
        /// Whether a refusal just before the last term cancels a match.
        negatable: bool,
    },
    /// A web address or short link, in text of any script.
    Link,
    /// A phone number that is none of the public numbers the app shows, nor the partner's.
    UnknownNumber,
}

/// One warning sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sign {
    /// Stable id; its messages are `sign-<id>-name` and `sign-<id>-why`.
    pub id: &'static str,
    /// How it is found.
    pub finder: Finder,
    /// The case study that shows it, by id.
    pub case: &'static str,
    /// The quiz topic that practises it, by id.
    pub topic: &'static str,
}

impl Sign {
    /// Its name message.
    pub fn name_message(&self) -> String {
        format!("sign-{}-name", self.id)
    }

    /// The message saying, in one sentence, why it is a warning sign.
    pub fn why_message(&self) -> String {
        format!("sign-{}-why", self.id)
    }
}

const fn words(
    id: &'static str,
    patterns: &'static [&'static str],
    case: &'static str,
    topic: &'static str,
) -> Sign {
    Sign {
        id,
        finder: Finder::Words {
            patterns,
            negatable: false,
        },
        case,
        topic,
    }
}

/// `sign`, found by words, with a refusal cancelling a match.
const fn negatable(sign: Sign) -> Sign {
    match sign.finder {
        Finder::Words { patterns, .. } => Sign {
            finder: Finder::Words {
                patterns,
                negatable: true,
            },
            ..sign
        },
        Finder::Link | Finder::UnknownNumber => sign,
    }
}

/// Words of refusal: one just before a negatable sign's first term cancels the match, and one
/// just before its last term passes that place over for a later one.
pub const REFUSALS: &[&str] = &[
    "请勿", "切勿", "不要", "不会", "不得", "勿", "别", "绝不", "从不", "不可", "不能", "严禁",
    "谨防", "防止", "拒绝",
];

/// How many characters a `…` gap may span.
pub const GAP: usize = 10;

/// Every sign, in the order a result lists them.
pub static SIGNS: &[Sign] = &[
    negatable(words(
        "code-asked",
        &[
            "验证码|校验码|动态码|短信码…念|读|告诉|发给|发过来|发我|报给|报一下|截图|给我|提供|说一下",
            "收到…验证码|校验码|动态码|短信码…了吧|了吗|了没|没有|未",
            "念|读|告诉|发|报|提供|说…验证码|校验码|动态码|短信码",
        ],
        "fake-customer-service",
        "payments-and-passwords",
    )),
    negatable(words(
        "transfer",
        &[
            "安全账户|验证账户|监管账户|核查账户|保证账户|指定账户|个人账户|私人账户|安全户口",
            "转|汇|打…到|入|给|至…我|我们|这个|这张|指定|他的|对方…账户|账号|卡|户口",
            "钱|款|存款|资金…转到|转入|转给|转去|汇到|汇给|汇去",
            "先把钱|先把款…转|汇|打",
            "核对|核实|验证…退回|还给|返还|退还",
            "汇款到|汇款给|汇款去",
        ],
        "impersonated-police",
        "property-safety",
    )),
    negatable(words(
        "screen-share",
        &[
            "共享屏幕|屏幕共享|远程控制|远程协助|远程操作",
            "下载|安装|装个|装一个…会议|安全app|安全软件|安全应用|防护app|软件|app|应用",
        ],
        "fake-customer-service",
        "fake-customer-service",
    )),
    words(
        "fake-authority",
        &[
            "涉嫌|洗钱|资金清查|清查资金|通缉|逮捕|拘捕|冻结令|妨碍办案|秘密调查|配合调查|刑事案件",
            "公安局|检察院|法院|警官|民警|公安…案|调查|传唤|协查",
        ],
        "impersonated-police",
        "impersonated-police",
    ),
    words(
        "fake-service",
        &[
            "误开|误操作开通|自动扣费|每月都扣|每月扣|一直扣",
            "不取消|不关|不关闭|不退订…扣",
            "付费服务|收费服务|会员服务…扣",
            "注销…账户|账号|校园贷|百万保障|会员",
            "客服|工作人员…理赔|退款|退费|注销|降额|降低额度|扣费|取消",
            "理赔|退款|退费…客服|点击|链接|操作|验证",
        ],
        "fake-customer-service",
        "fake-customer-service",
    ),
    words(
        "full-refund",
        &[
            "全额退|全部退回|全退回|全额拿回|全额返还|代理退保|退保维权|买亏了|帮您退保|帮你退保",
        ],
        "agent-surrender",
        "agent-surrender",
    ),
    words(
        "debt-relief",
        &[
            "停息挂账|停息|挂账|债务减免|减免欠款|债务优化|债务重组|协商还款",
            "别还款|别还钱|不要还款|不要还钱|停止还款|先别还|不用还了",
            "欠款|债务|利息|罚息…减免|少还",
        ],
        "debt-relief",
        "debt-relief",
    ),
    words(
        "credit-repair",
        &[
            "征信修复|修复征信|洗白征信|征信洗白|消除逾期|删除逾期",
            "逾期…删|消除|洗白|抹掉",
            "交钱|花钱|给钱…删|消除",
            "征信…修复|删|消除|洗白",
        ],
        "credit-repair",
        "credit-repair",
    ),
    words(
        "high-return",
        &[
            "保本|保息|稳赚|稳赚不赔|高回报|高收益|高息|翻倍|翻番|高好几倍|高几倍|不会亏|不亏本|零风险|无风险|没有风险",
            "跟存款一样|和存款一样|一样…随时能取|随时可取",
            "日息|月息|年化|日收益|月收益|回报率|收益率|利息…#…%|倍|分|厘",
            "利息|收益|回报…比…存款|定期|银行|存银行…高",
            "利息|收益|回报…高过|高于…存款|定期|银行",
            "利息更高|收益更高|回报更高",
        ],
        "high-yield",
        "high-yield",
    ),
    words(
        "rebate",
        &[
            "刷单|返利|返点|返现|佣金|提成",
            "保费我|钱我出|我先垫|我来垫|还给你钱|倒给你钱",
            "做任务|点赞|关注…赚|返|佣金|提成",
        ],
        "commission-fraud",
        "commission-fraud",
    ),
    words(
        "upfront-fee",
        &[
            "服务费|保证金|解冻费|手续费|工本费|激活费|会员费|押金|好处费",
            "先交|先付|先转…费|钱",
            "分我们|分给我们|给我们当|抽成",
        ],
        "credit-repair",
        "credit-repair",
    ),
    words(
        "documents",
        &[
            "身份证|银行卡|卡号|密码|保单|证件…发给|发过来|发我|发到|发去|拍给|拍照发|传给|寄给|给我",
            "发|拍|上传|上载|填写|提供…身份证|银行卡|卡号|密码|保单|证件",
        ],
        "agent-surrender",
        "personal-information",
    ),
    words(
        "secrecy",
        &[
            "保密|秘密",
            "别|不要|不能|不用|不许…告诉|跟|和|同|问|商量…家人|家里|儿女|孩子|子女|儿子|女儿|老伴|亲戚|妈|爸|父母|老公|老婆|别人|任何人",
        ],
        "impersonated-police",
        "impersonated-police",
    ),
    words(
        "urgency",
        &[
            "今天之内|今天内|今日内|名额有限|名额不多|名额紧张|过期作废|最后一天|限时|逾期不|否则|冻结|电话别挂|不要挂|别挂",
            "影响…征信",
            "今天…不…就没|就没了",
        ],
        "high-yield",
        "high-yield",
    ),
    words(
        "go-around",
        &[
            "别|不要|不用|不能…找|联系|去|走|接|打给…保险公司|银行|柜台|官方|客服|电话",
            "银行|保险公司|柜台|官方|客服…电话…别接|不要接|不接|别听|不要听",
            "投诉没用|银行不理|银行根本不理|保险公司只会拖",
        ],
        "paid-rights-defence",
        "paid-rights-defence",
    ),
    words(
        "proxy",
        &[
            "全权委托|委托书|委托协议|委托代理|代签|替您签|替你签|帮您签|帮你签|不用细看|不用看|签哪儿|签哪里",
            "全交给我们|全部交给我们|都交给我们|交给我们办|替你写|替你谈|替你办|帮你谈",
        ],
        "debt-relief",
        "right-to-know",
    ),
    words(
        "guarantee",
        &[
            "保证…办好|办成|拿回|通过|下款|成功|到账|退回",
            "包办成|包过|包下款|百分百|上面有人|内部渠道|内部关系|办不好全退|不好全退",
            "一定办成|一定办好|肯定办成|肯定办好|有门路|有关系|有渠道",
        ],
        "paid-rights-defence",
        "paid-rights-defence",
    ),
    words(
        "coached-lie",
        &[
            "回访…就说|要说|说是|你说|您说",
            "有人问|人家问|问你|问起…就说|要说|就讲",
            "照我们|按我们|照我|按我…说|写",
            "越严重越好|说得严重|说严重|越惨越好|说得越惨|说得惨",
        ],
        "commission-fraud",
        "commission-fraud",
    ),
    words(
        "recruit",
        &["拉…亲戚|朋友|人|家人…进|投|入|加入|来", "发展下线|拉人头|拉新"],
        "high-yield",
        "high-yield",
    ),
    words(
        "health-cure",
        &[
            "不用吃药|不用再吃药|不吃药|包治|根治|治好|医好|治愈|抗癌",
            "保健品|产品|神药…治|降血压|降血糖|不用吃药",
        ],
        "elderly-scheme",
        "elderly-scheme",
    ),
    words(
        "use-name",
        &[
            "挂个名|挂名|借您的名|借你的名|借你个名|借个名|借用您的|借用你的|用您的名义|用你的名义",
            "借你名字|借你的名字|用你的名字|借你身份|差业绩|冲业绩|差一单",
        ],
        "commission-fraud",
        "commission-fraud",
    ),
    Sign {
        id: "link",
        finder: Finder::Link,
        case: "debt-relief",
        topic: "personal-information",
    },
    Sign {
        id: "unknown-number",
        finder: Finder::UnknownNumber,
        case: "fake-customer-service",
        topic: "fake-customer-service",
    },
];

/// Patterns in Tibetan and Uyghur script, by sign id: drafts, not yet reviewed by a native
/// speaker, written from the app's own Tibetan and Uyghur wording of the cases. Written as
/// the Han patterns are (without spaces, which folding drops); no refusal cancels them, so
/// they name the asking forms of verbs, never the refusing ones.
pub static DRAFTS: &[(&str, &[&str])] = &[
    ("code-asked", &["ར་སྤྲོད་ཨང་གྲངས…་ང་ལ་བསྐུར|།ང་ལ་བསྐུར|་ང་ལ་ཀློག|།ང་ལ་ཀློག|་ང་ལ་ཤོད|།ང་ལ་ཤོད|་ང་ལ་སྤྲོད|།ང་ལ་སྤྲོད|་ང་ཚོར་བསྐུར|།ང་ཚོར་བསྐུར|་ང་ཚོར་ཤོད|།ང་ཚོར་ཤོད", "ར་སྤྲོད་ཨང་གྲངས…ཡོང་སོང་ངམ|ཐོབ་སོང་ངམ|ཐོབ་བམ|ཡོང་ངམ|ཐོབ་ཡོད་དམ", "دەلىللەشكود|دەلىللەشنومۇر…ماڭا|ئوقۇپبېرىڭ|يوللاڭ|يوللاپبېرىڭ|ئېيتىپبېرىڭ|دەپبېرىڭ|ئەۋەتىڭ", "دەلىللەشكود|دەلىللەشنومۇر…كەلدىمۇ|كەلدىغۇ|كەلگەندۇ|تاپشۇرۇۋالدىڭىزمۇ"]),
    ("transfer", &["བདེ་འཇགས་རྩིས་ཁྲ|ར་སྤྲོད་རྩིས་ཁྲ|ལྟ་རྟོག་རྩིས་ཁྲ", "མི་སྒེར་གྱི|་ང་ཚོའི|།ང་ཚོའི|་ངའི|།ངའི|་ངས་སྤྲད་པའི|།ངས་སྤྲད་པའི|་ང་ཚོས་སྤྲད་པའི|།ང་ཚོས་སྤྲད་པའི…རྩིས་ཁྲར|རྩིས་ཁྲ་ལ|རྩིས་ཁྲའི་ནང…སྤོས|སྤོ|བསྐུར|གཏོང", "بىخەتەرھېسابات|دەلىللەشھېسابات|نازارەتھېسابات|تەكشۈرۈشھېسابات", "ھېسابات|پۇل…يۆتكەڭ|يۆتكەپبېرىڭ|يۆتكىۋېتىڭ|سېلىپبېرىڭ"]),
    ("screen-share", &["བརྙན་ཡོལ་མཉམ་སྤྱོད|བརྙན་ཤེལ་མཉམ་སྤྱོད…ཁ་ཕྱེ|བྱོས|བྱེད་རོགས", "ཚོགས་འདུའི་མཉེན་ཆས|བདེ་འཇགས་མཉེན་ཆས|རྒྱང་རིང་ཚོད་འཛིན", "ئېكران…ئورتاقلىش|ئورتاقلاش…ئېچىڭ|قىلىڭ|باشلاڭ", "يىغىنيۇمشاقدېتال|يىغىنئەپ|بىخەتەرلىكيۇمشاقدېتال|يىراقتىنكونترول|يىراقتىنباشقۇر"]),
    ("fake-authority", &["དངུལ་འཁྱལ|གསང་བའི་ཞིབ་དཔྱད|འབྲེལ་ཡོད་དོགས|ཁྲིམས་གཞི་ཐག་གཅོད་ལ་བར་ཆད|ཞིབ་དཔྱད་ལ་མཉམ་འགྲུལ", "پۇلئاقلاش|مەخپىيتەكشۈرۈش|تەكشۈرۈشكەماسلىش|تۇتۇشبۇيرۇق", "دېلو…چېتىلىپ|چېتىل|گۇمانقىلىن|توسقۇنلۇق"]),
    ("fake-service", &["ནོར་ནས་ཁ་ཕྱེ|ཟླ་རེར་དངུལ་བཅད|མེད་པར་མ་བཟོས་ན|ཕྱིར་མ་འཐེན་ན", "خاتاھالدا…ئېچىپ|ئېچىل|ئاچتۇرۇپ", "ئەمەلدىنقالدۇرمى…ھەرئاي|پۇل…تۇتۇل|كېسىل|ئېلىن"]),
    ("full-refund", &["ཧྲིལ་པོ་ཕྱིར་ལེན|ཧྲིལ་པོ་ཕྱིར་སློག|ཉེན་སྲུང་ཕྱིར་འཐེན་ཚབ་སྒྲུབ|ཉོས་ནས་གྱོང་ཕོག", "تولۇققايتۇرۇۋېل|ۋاكالىتەنسۇغۇرتىدىنچېكىن|زىيانتارتىپسېتىۋاپسىز"]),
    ("debt-relief", &["སྐྱེད་ཀ་མཚམས་འཇོག|བུ་ལོན་མ་སྤྲོད|བུ་ལོན་སྤྲོད་མི་དགོས|བུ་ལོན་སྤྲོད་མཚམས་འཇོག", "བུ་ལོན|སྐྱེད་ཀ…ཇེ་ཉུང་གཏོང་ཐུབ|ཇེ་ཉུང་བཟོ་ཐུབ|ཇེ་ཉུང་གཏོང་རོགས", "ئۆسۈم…توختىت|توڭلىت", "قەرز…توڭلىت|كېمەيتىپبېر|كېمەيتكىلىبولىدۇ|كېمەيتەلەي|قايتۇرماڭ|تۆلىمەڭ"]),
    ("credit-repair", &["དུས་ཡོལ|ཡིད་རྟོན…ཟིན་ཐོ…སུབ|བཅོས|གཙང་མ", "قايتۇرمىغان|ئىناۋەت…خاتىر…ئۆچۈر|ئوڭشا|تازىلا"]),
    ("high-return", &["མ་རྩ་མི་གོད|མ་རྩ་ཡང་མི་གོད|ཁེ་ཕན་མཐོ་པོ|སྐྱེད་ཀ་མཐོ་པོ|ཁེ་བཟང་མཐོ|ལྡབ་འགའ་མཐོ|ལྡབ་མང་མཐོ", "སྐྱེད་ཀ|ཁེ་ཕན…ལས…མཐོ", "زىيانتارتمايدۇ|ھەسسەيۇقىرى|يۇقىرىپايدا|يۇقىرىئۆسۈم|دەسمايىگىمۇ|دەسمايىمۇزىيان", "ئامانەتتىن|ئامانەتقويغاندىن|بانكىدىن…يۇقىرى"]),
    ("rebate", &["་ངས་ཚབ་ཏུ་སྤྲོད|།ངས་ཚབ་ཏུ་སྤྲོད|སྒོར་མོ་གཅིག་ཀྱང་འདོན་མི་དགོས|ཉོ་ཚོང་རྫུན་མ|བརྒྱ་ཆའི་ཕྱིར་སློག|བར་འཐུས", "ئالدىبىلەنمەنتۆلە|بىرپۇڭمۇچىقارمايسىز|ساختازاكاز|كومىسسىيە|ئۈلۈشبېرى"]),
    ("upfront-fee", &["སྔོན་ལ…འཐུས|འགན་ལེན་མ་དངུལ|གློད་འཐུས…སྤྲོད", "་ང་ཚོར|།ང་ཚོར|་ང་ལ|།ང་ལ…ཞབས་ཞུའི་འཐུས", "ئالدىبىلەن…مۇلازىمەتھەقق|كاپالەتپۇل|يېشىشھەقق", "بىزگە|ماڭا…مۇلازىمەتھەقق"]),
    ("documents", &["བྱང་བུའི་ཨང་གྲངས|ཡིག་ཆའི་ཨང་གྲངས|ར་སྤྲོད་ཨང་གྲངས|གསང་གྲངས|ལག་ཁྱེར|ཉེན་སྲུང་ཡིག་ཆ…བཅས་བསྐུར|་ང་ལ་བསྐུར|།ང་ལ་བསྐུར|་ང་ལ་སྐུར|།ང་ལ་སྐུར|་ང་ལ་སྤྲོད|།ང་ལ་སྤྲོད|་ང་ཚོར་བསྐུར|།ང་ཚོར་བསྐུར", "ལག་ཁྱེར|བྱང་བུ…པར་བརྒྱབ|པར་རྒྱོབ…་ང་ལ|།ང་ལ|་ང་ཚོར|།ང་ཚོར", "كارتىسىنومۇر|كارتانومۇر|مەخپىينومۇر|كىملىك|سۇغۇرتاتالون|كارتىسى|كارتىڭىز…ماڭا|يوللاپبېرىڭ|يوللاڭ|ئەۋەتىڭ|سۈرەتكەتارت"]),
    ("secrecy", &["གསང་བ་ཉར|གསང་བར་ཉར|سىرداتۇت|مەخپىيتۇت|مەخپىيساقلا", "ནང་མི|བུ་ཕྲུག|ཕྲུ་གུ|ཁྱིམ་མི|གཉེན་ཉེ…མ་ཤོད|ཤོད་མི་ཆོག|ཤོད་མི་རུང|གྲོས་བསྡུར་བྱེད་མི་དགོས|གྲོས་བསྡུར་མ་བྱེད|མ་དྲི|དྲི་མི་དགོས", "ئائىلىڭىز|ئائىلە|بالىلىرىڭىز|بالىلار|ئوغلىڭىز|قىزىڭىز|تۇغقان…ئېيتماڭ|ئېيتسىڭىزبولمايدۇ|دېمەڭ|سۆزلىمەڭ|مەسلىھەتلىشىشىڭىزنىڭھاجىتىيوق|مەسلىھەتلەشمەڭ"]),
    ("urgency", &["མི་གྲངས་ལ་ཚད་ཡོད|ཁ་པར་མ་གཅོད|ئورۇنچەكلىك|تېلېفوننىقويماڭ|تېلېفوننىئۈزمەڭ", "དེ་རིང…མ་བཏང་ན|མ་སྤྲད་ན|མ་སྤྲོད་ན|མ་བྱས་ན|རང…མེད་པར་འགྲོ|རྫོགས", "بۈگۈن…قالمايدۇ|تۈگەپكېتىدۇ|تۈگەيدۇ"]),
    ("go-around", &["དངུལ་ཁང་གི་ཁ་པར|ཁ་པར་གཞན|ཀུང་སི|དངུལ་ཁང|ཚོང་ཁྲི…མ་འཚོལ|མ་ལེན|མ་འགྲོ|འབྲེལ་བ་མ་བྱེད|མ་དྲི|མ་གཏུག", "ཞུ་གཏུག|དངུལ་ཁང…ཕན་མེད|དོ་སྣང་གཏན་ནས་མི་བྱེད|དོ་སྣང་མི་བྱེད", "بانك|سۇغۇرتاشىركىت|پېشتاخت|باشقاتېلېفون|ئۆزىڭىز…تېلېفونىنىمۇئالماڭ|تېلېفونىنىئالماڭ|ئارقىلىقئەمەس|بارماڭ|ئالاقىلاشماڭ|ئالماڭ|سورىماڭ", "ئەرز|بانك…پايدىسىيوق|پەرۋاقىلمايدۇ"]),
    ("proxy", &["་ང་ཚོས་ཁྱེད་ཀྱི་ཚབ་ཏུ|།ང་ཚོས་ཁྱེད་ཀྱི་ཚབ་ཏུ|་ངས་ཁྱེད་ཀྱི་ཚབ་ཏུ|།ངས་ཁྱེད་ཀྱི་ཚབ་ཏུ|དབང་ཆ་ཚང་མ|ཚབ་སྒྲུབ་གཏད་འཛིན|ཚང་མ་ང་ཚོར་གཏོད|ཚང་མ་ང་ཚོར་གཏད|ཞིབ་ཚགས་ལྟ་མི་དགོས|ཞིབ་ཚགས་བལྟ་མི་དགོས", "ھەممىنىبىزگەتاپشۇر|ھەممەئىشنىبىزگەتاپشۇر|ھەممىسىنىبىزگەتاپشۇر|ۋاكالەتكېلىشىم|ۋاكالەتنامە|ۋاكالەتنامى|ئىمزانىمەن|كۆرۈشىڭىزنىڭھاجىتىيوق|ئوقۇشىڭىزنىڭھاجىتىيوق", "ئورنىڭىزدا…يازىمىز|سۆزلىشىمىز|ئىمزا|بېجىر|قويىمىز"]),
    ("guarantee", &["ངེས་པར་འགྲུབ|ངེས་པར་བསྒྲུབ|གོང་ན་མི་ཡོད|ནང་ཁུལ་གྱི་ལམ་ཀ|མ་འགྲུབ་ན་ཚང་མ་ཕྱིར", "ཕྱིར་ལེན་རྒྱུའི|ཐོབ་རྒྱུའི|འགྲུབ་རྒྱུའི…འགན་ལེན་བྱེད|འགན་ལེན་བྱས|འགན་ལེན་ཞུ", "چوقۇمپۈتتۈر|يۇقىرىدائادىمىمىز|ئىچكىيول|پۈتتۈرەلمىسەك|ئىچكىمۇناسىۋەت", "قايتۇرۇۋېلىش|پۈتتۈرۈش|بېجىرىش…كاپالەت"]),
    ("coached-lie", &["ཚབས་ཆེ་ན་དེ་ཙམ་ཡག|་ང་ཚོས་སྤྲད་པའི་ཚིག་ལྟར|།ང་ཚོས་སྤྲད་པའི་ཚིག་ལྟར|་ངས་སྤྲད་པའི་ཚིག་ལྟར|།ངས་སྤྲད་པའི་ཚིག་ལྟར", "་ང་རང་གིས|།ང་རང་གིས…ཡིན་ཟེར", "قانچەئېغىربولساشۇنچەياخشى|بىزبەرگەنگەپبويىچە|مەنبەرگەنگەپبويىچە", "ئۆزۈم…دەڭ|دەپقويۇڭ"]),
    ("recruit", &["ཉེ་འབྲེལ|གྲོགས་པོ|གཉེན་ཉེ|ནང་མི…འདྲེན|འཁྲིད…དངུལ་འཇོག|དངུལ་གཏོང|དངུལ་བཏང|མཉམ་ཞུགས", "རིམ་སྤེལ་ཚོང|མི་འདྲེན་པ|ئادەمباشلاپ|پىرامىدا", "پۇلسېلىشقا|مەبلەغسېلىشقا|قوشۇلۇشقا…باشلاپكەل|باشلاپكېل|باشلاپ"]),
    ("health-cure", &["ཟོས་ན་སྨན་ཟ་མི་དགོས|སྨན་ཟ་མཚམས་འཇོག|دورائىچمىسىڭىزمۇ|دورائىچىشنىڭھاجىتىيوق|دورىنىتوختىتىڭ", "ཟས་རིགས|ཐོན་རྫས|འཕྲོད་བསྟེན…ཁྲག་ཤེད|ཁྲག་ཤ|སྨན་ཟ་མི་དགོས|ནད་གསོ་ཐུབ|ནད་སེལ", "ساغلاملىقئوزۇقلۇق|مەھسۇلات…قانبېسىم|قانشېكەر|داۋالايدۇ|ساقايت"]),
    ("use-name", &["མིང་ཙམ་གཡར|མིང་གཡར|མིང་ཙམ་བཀོལ", "གྲུབ་འབྲས…མ་འདང|ཆད", "نامىڭىزنى…بەرسىڭىز|بېرىڭ|ئارىيەت|ئىشلىتەي"]),
];

/// The sign with this id.
pub fn find(id: &str) -> Option<&'static Sign> {
    SIGNS.iter().find(|sign| sign.id == id)
}

/// What a caller may have said, offered as choices for a call (`check-call-<id>`): each
/// raises its sign as a message saying it would.
pub const CALL_CHOICES: &[&str] = &[
    "full-refund",
    "code-asked",
    "transfer",
    "screen-share",
    "fake-authority",
    "upfront-fee",
    "secrecy",
    "debt-relief",
];
