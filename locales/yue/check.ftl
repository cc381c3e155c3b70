# Anxin — message checker, Cantonese (written Cantonese in SIMPLIFIED characters, as the existing yue files are: 嘅, 唔, 畀, 咗, 啲, 喺). Draft translation, not yet reviewed by a native speaker.
# Message ids, variables and order follow locales/zh-Hans/check.ftl.
# Anxin message checker (view=check): a person pastes or types a message they received, or
# picks what a caller said, and sees which known warning signs it shows. A rule check: it never
# says a message is safe. Terms follow locales/yue/GLOSSARY.md. See README, "For translators".

## The screen

check-intro = 将收到嘅短讯、微信信息贴喺下面，或者打字入去，睇吓有冇骗局常见嘅危险讯号。只会喺你部手机度查，信息唔会发出去；你唔撳“存落我嘅笔记”，亦都唔会存低。
check-input-label = 将收到嘅信息贴喺呢度
check-input-placeholder = 例如：你好，我係保险公司客服……
check-paste = 贴上
check-paste-refused = 读唔到剪贴板。请长按上面个输入框，再撳“粘贴”。
check-paste-empty = 剪贴板入面冇字。

## What a caller said, for a phone call

check-calls-title = 如果係电话：对方讲咗啲咩？
check-calls-hint = 撳吓对方讲过嘅说话，可以拣几项。
check-call-full-refund = 话可以帮你“全额退保”
check-call-code-asked = 要你讲出验证码
check-call-transfer = 要你将钱转去“安全账户”
check-call-screen-share = 要你下载软件或者共享屏幕
check-call-fake-authority = 话你涉案，要你配合调查
check-call-upfront-fee = 要你先交服务费、保证金
check-call-secrecy = 要你保密，唔好话畀屋企人知
check-call-debt-relief = 话可以帮你“停息挂账”、减免欠款

## Checking, and what was found

check-run = 查吓
check-clear = 清走
check-nothing = 请先将收到嘅信息贴上或者打字入去，或者撳吓对方喺电话讲过嘅说话。
# Variables:
#   $count (Number) - how many warning signs were found, e.g. 3
check-found = { $count ->
       *[other] 揾到 { $count } 个危险讯号
    }
check-found-lead = 呢条信息入面有骗局成日用嘅讲法。先唔好回复，唔好转账，唔好撳链接。
check-none-title = 冇揾到已知嘅危险讯号，但係咁唔代表安全
check-none-body = 咁唔代表呢条信息係安全嘅。骗子会转讲法，按规则检查认唔晒所有骗局。唔肯定嘅时候，就照下面三步做。
check-message-title = 你收到嘅信息（危险讯号已经标咗出嚟）
check-said = 对方喺电话入面讲嘅
# Variables:
#   $count (Number) - how many characters of a very long message were checked, e.g. 100000
check-cut = 信息太长，只係查咗头 { $count } 个字。
check-sign-case = 睇个案
check-sign-practise = 练吓手
check-limits = 呢个係按规则做嘅检查：佢唔知道信息係边个发嘅，亦都唔会上网核实。

## The three steps, always shown with the result

check-steps-title = 而家点做
check-step-stop = 停：先唔好回复，唔好畀钱，唔好撳链接，唔好讲验证码。
check-step-check = 查：自己揾号码打去嗰间机构问清楚，例如银行卡背面、保单上面嘅电话。唔好打信息入面畀嘅号码。
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
check-step-check-partner = 查：打{ $partner }嘅官方电话问清楚，唔好打信息入面畀嘅号码：
check-step-ask = 问：问吓屋企人。96110 打嚟要听，佢係提醒你嘅；钱畀人呃咗，即刻打 110 报警。
# The names on the two number buttons under the step "ask" (the help screen says more of each).
check-hotline-96110 = 国家反诈预警专线
check-hotline-110 = 报警电话

## Keeping a message on this device, only if the person asks

check-keep = 存落我嘅笔记
check-kept = 已经存咗喺呢部设备嘅笔记度。
check-keep-refused = 呢部设备唔畀保存，呢条信息只会喺今次打开嘅时候留住。
check-keep-newer = 呢部设备入面有新版本存嘅笔记，呢个版本存唔到，费事整唔见佢哋。
check-notes-title = 我嘅笔记
check-notes-where = 只会存喺呢部设备度，唔会发出去。喺“设定”入面撳“清走我嘅资料”，就会全部删走。
# Variables:
#   $date (String) - the day the message was kept, written year-month-day, e.g. 2026-12-07
#   $count (Number) - how many warning signs the check found in it, e.g. 2
check-note-about = { $date }，{ $count ->
        [0] 冇发现危险讯号
       *[other] { $count } 个危险讯号
    }
check-note-open = 再查多次
check-note-forget = 删走

## Telling an embedding partner, only if the person agrees

# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
check-share-title = 话畀{ $partner }知你查过一条信息？
# Variables:
#   $count (Number) - how many warning signs the check found, e.g. 2
check-share-body = 只会发送揾到几多个危险讯号（{ $count } 个）。唔会发送信息内容、你拣嘅说话同埋保存咗嘅任何内容。
check-share-agree = 同意，发出去
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
check-share-sent = 已经话咗畀{ $partner }知。

## The warning signs: a short name, and one sentence of why

sign-code-asked-name = 问你攞验证码
sign-code-asked-why = 验证码只可以自己用。边个问你攞验证码，就係想登入你个账户、转走你啲钱；银行同客服都唔会问你攞。
sign-transfer-name = 要你将钱转去第二个账户
sign-transfer-why = 正规机构唔会叫你将钱转去个人账户，或者所谓嘅“安全账户”。
sign-screen-share-name = 要你共享屏幕或者下载软件
sign-screen-share-why = 共享屏幕嘅时候，对方睇得到你嘅验证码同密码，仲可以一步一步带住你转账。
sign-fake-authority-name = 自称公安、检察院、法院，话你涉案
sign-fake-authority-why = 公安、检察院、法院唔会喺电话入面办案，唔会要你转账，亦唔会要你保密。
sign-fake-service-name = 自称客服，话要理赔、退款、注销或者扣钱
sign-fake-service-why = 冒认客服係常见嘅骗局。先收线，再自己揾官方电话问。
sign-full-refund-name = 话可以“全额退保”
sign-full-refund-why = 退保退得返几多，合同入面写住。应承你“全额退保”，好多时係为咗收你嘅服务费、攞走你嘅个人资料，你仲会冇咗保障。
sign-debt-relief-name = 话可以“停息挂账”、减免欠款
sign-debt-relief-why = 还钱有困难，可以自己直接揾银行倾。交钱畀“代理”，欠款唔会少，仲可能畀人呃多啲。
sign-credit-repair-name = 话可以修复征信、删走逾期记录
sign-credit-repair-why = 真实嘅逾期记录，畀钱都删唔走；记错咗嘅，可以经官方渠道免费更正。
sign-high-return-name = 保本高息，或者讲出好高嘅回报
sign-high-return-why = 回报越高，风险越大。又保本又高回报，係非法集资同骗局成日讲嘅说话。
sign-rebate-name = 刷单、返利、回钱、佣金
sign-rebate-why = 刷单返利係骗局；话帮你垫钱、畀你回钱，多数係借你个名呃钱。
sign-upfront-fee-name = 要你先畀钱
sign-upfront-fee-why = 先交服务费、保证金、解冻费，钱交咗出去，件事都办唔成。
sign-documents-name = 要你嘅证件、卡号、密码或者保单
sign-documents-why = 呢啲畀咗人，人哋就可以冒用你嘅身份，转走你啲钱。
sign-secrecy-name = 要你保密，唔好话畀屋企人知
sign-secrecy-why = 骗子最怕你问人。叫你瞒住屋企人嘅事，多数有问题。
sign-urgency-name = 催你即刻办，或者吓你
sign-urgency-why = 又催又吓，係想你嚟唔切谂、嚟唔切问。真正要紧嘅事，都等得切你打个电话核实。
sign-go-around-name = 叫你唔好揾银行、保险公司
sign-go-around-why = 正当嘅事，唔怕你去问机构本身。唔畀你自己联络机构嘅，多数有古怪。
sign-proxy-name = 要你全权委托，或者帮你签名
sign-proxy-why = 全权委托之后，人哋可以用你个名办事、攞钱。合同要自己睇清楚先好签。
sign-guarantee-name = 保证一定搞得掂
sign-guarantee-why = 边个都保证唔到结果。“上面有人”“内部渠道”都係呃人嘅说话。
sign-coached-lie-name = 教你同机构讲大话
sign-coached-lie-why = 教你喺回访或者投诉嘅时候讲大话，责任会落喺你自己身上，仲帮骗子呃过咗机构。
sign-recruit-name = 要你拉亲戚朋友加入
sign-recruit-why = 靠拉人嚟赚钱嘅，多数係传销或者非法集资，亲戚朋友都会一齐畀人呃。
sign-health-cure-name = 话产品医得好病、唔使食药
sign-health-cure-why = 保健品医唔到病。信咗“唔使食药”，会延误病情。
sign-use-name-name = 借你个名买保险
sign-use-name-why = 借名投保、挂名冲业绩，出咗事，责任喺你身上。
sign-link-name = 有条链接
sign-link-why = 陌生链接可能係假网站，会呃你填卡号、密码，或者装埋坏软件。唔好撳，自己打开官方 App 去查。
sign-unknown-number-name = 信息入面有电话号码
sign-unknown-number-why = 信息入面畀嘅号码，可能就係骗子嘅，就算睇落似银行嘅都係。要核实，就自己喺卡背面、保单上面或者官方 App 入面揾号码，唔好打信息入面畀嘅。
