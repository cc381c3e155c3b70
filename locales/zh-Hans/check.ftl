# Anxin message checker, Mandarin (view=check): a person pastes or types a message they
# received, or picks what a caller said, and sees which known warning signs it shows. A rule
# check: it never says a message is safe. See README, "For translators".

## The screen

check-intro = 把收到的短信、微信消息粘贴或输入到下面，看看有没有骗局常见的危险信号。只在您的手机上检查，消息不会发出去；不点“存到我的笔记”，也不会保存。
    .plain = 把收到的消息贴到下面，帮您看看像不像骗局。只在您手机上查，不会发出去；您不点“存到我的笔记”，就不会存下来。
check-input-label = 把收到的消息粘贴在这里
check-input-placeholder = 例如：您好，我是保险公司客服……
check-paste = 粘贴
check-paste-refused = 没能读取剪贴板。请长按上面的输入框，再点“粘贴”。
check-paste-empty = 剪贴板里没有文字。

## What a caller said, for a phone call

check-calls-title = 如果是电话：对方说了什么？
check-calls-hint = 点选对方说过的话，可以选几项。
check-call-full-refund = 说能帮您全额退保
check-call-code-asked = 要您说出验证码
check-call-transfer = 要您把钱转到“安全账户”
check-call-screen-share = 要您下载软件或共享屏幕
check-call-fake-authority = 说您涉嫌案件，要您配合调查
check-call-upfront-fee = 要您先交服务费、保证金
check-call-secrecy = 要您保密，别告诉家人
check-call-debt-relief = 说能停息挂账、减免欠款

## Checking, and what was found

check-run = 检查
check-clear = 清空
check-nothing = 请先粘贴或输入收到的消息，或者点选对方在电话里说的话。
# Variables:
#   $count (Number) - how many warning signs were found, e.g. 3
check-found = { $count ->
        [one] 发现 1 个危险信号
       *[other] 发现 { $count } 个危险信号
    }
check-found-lead = 这条消息里有骗局常用的说法。先别回复，别转账，别点链接。
    .plain = 这条消息很像骗局。先别回，别给钱，别点链接。
check-none-title = 没找到已知的危险信号，但这不代表安全
check-none-body = 这不代表这条消息是安全的。骗子会换说法，按规则检查认不出所有骗局。拿不准的时候，照下面三步做。
    .plain = 这不等于没问题。骗子会换说法，我们不可能都认出来。拿不准，就照下面三步做。
check-message-title = 您收到的消息（危险信号已标出）
check-said = 对方在电话里说的
# Variables:
#   $count (Number) - how many characters of a very long message were checked, e.g. 100000
check-cut = 消息太长，只检查了前 { $count } 个字。
check-sign-case = 看案例
check-sign-practise = 练一练
check-limits = 这是按规则做的检查：它不知道消息是谁发的，也不上网核实。
    .plain = 我们只看消息里的字，不知道是谁发的。

## The three steps, always shown with the result

check-steps-title = 现在怎么做
check-step-stop = 停：先别回复，别付钱，别点链接，别说验证码。
    .plain = 停：先别回，别给钱，别点链接，验证码谁要都别给。
check-step-check = 查：自己找号码打给那家机构问清楚，比如银行卡背面、保单上的电话。别打消息里给的号码。
    .plain = 查：自己找电话打给银行或保险公司问，号码看卡背面或保单上。别打消息里的号码。
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
check-step-check-partner = 查：打{ $partner }的官方电话问清楚，别打消息里给的号码：
check-step-ask = 问：问问家里人。接到 96110 的电话要接，那是在提醒您；钱被骗了，马上打 110 报警。
    .plain = 问：先问家里人。96110 打来要接，是提醒您的；被骗了马上打 110。
# The names on the two number buttons under the step "ask" (the help screen says more of each).
check-hotline-96110 = 国家反诈预警专线
check-hotline-110 = 报警电话

## Keeping a message on this device, only if the person asks

check-keep = 存到我的笔记
check-kept = 已存到这台设备上的笔记里。
check-keep-refused = 这台设备不让保存，这条只在这次打开时留着。
check-keep-newer = 这台设备上有新版本的笔记，这一版不能保存，免得把它们弄丢。
check-notes-title = 我的笔记
check-notes-where = 只存在这台设备上，不会发出去。在“设置”里清除我的数据，就会全部删掉。
    .plain = 只存在这台设备上。在“设置”里可以全部删掉。
# Variables:
#   $date (String) - the day the message was kept, written year-month-day, e.g. 2026-12-07
#   $count (Number) - how many warning signs the check found in it, e.g. 2
check-note-about = { $date }，{ $count ->
        [0] 没有发现危险信号
        [one] 1 个危险信号
       *[other] { $count } 个危险信号
    }
check-note-open = 再查一次
check-note-forget = 删掉

## Telling an embedding partner, only if the person agrees

# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
check-share-title = 告诉{ $partner }您查过一条消息？
# Variables:
#   $count (Number) - how many warning signs the check found, e.g. 2
check-share-body = 只发送找到了几个危险信号（{ $count } 个）。不发送消息的内容、您选的话和任何保存的内容。
check-share-agree = 同意发送
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
check-share-sent = 已告诉{ $partner }。

## The warning signs: a short name, and one sentence of why

sign-code-asked-name = 要您的验证码
sign-code-asked-why = 验证码只能自己用。谁要验证码，就是想登录您的账户、转走您的钱；银行和客服都不会要。
sign-transfer-name = 要您把钱转到别的账户
sign-transfer-why = 正规机构不会让您把钱转到个人账户或所谓“安全账户”。
sign-screen-share-name = 要您共享屏幕或下载软件
sign-screen-share-why = 共享屏幕时，对方能看到您的验证码和密码，还能一步步带您转账。
sign-fake-authority-name = 自称公安、检察院、法院，说您涉案
sign-fake-authority-why = 公安、检察院、法院不会在电话里办案，不会要您转账，也不会要您保密。
sign-fake-service-name = 自称客服，说要理赔、退款、注销或扣费
sign-fake-service-why = 冒充客服是常见骗局。先挂断，再自己找官方电话问。
sign-full-refund-name = 说能全额退保
sign-full-refund-why = 退保能退多少，合同里写着。“全额退保”的承诺，常常是为了收您的服务费、拿走您的个人信息，您还会失去保障。
sign-debt-relief-name = 说能停息挂账、减免欠款
sign-debt-relief-why = 还款有困难，可以自己直接找银行商量。交钱给“代理”，欠款不会少，还可能被骗更多。
sign-credit-repair-name = 说能修复征信、删掉逾期
sign-credit-repair-why = 真实的逾期记录，交钱也删不掉；记错了的，可以通过官方渠道免费更正。
sign-high-return-name = 保本高息，或者说出很高的收益
sign-high-return-why = 收益越高，风险越大。又保本又高收益，是非法集资和骗局常用的话。
sign-rebate-name = 刷单、返利、返点、佣金
sign-rebate-why = 刷单返利是骗局；替您垫钱、给您返点，多半是拿您的名义骗钱。
sign-upfront-fee-name = 要您先交钱
sign-upfront-fee-why = 先交服务费、保证金、解冻费，钱交出去了，事情也办不成。
sign-documents-name = 要您的证件、卡号、密码或保单
sign-documents-why = 这些给了别人，别人就能冒用您的身份，转走您的钱。
sign-secrecy-name = 要您保密，别告诉家人
sign-secrecy-why = 骗子最怕您问别人。让您瞒着家人的事，多半有问题。
sign-urgency-name = 催您马上办，或者吓唬您
sign-urgency-why = 催和吓，是为了让您来不及想、来不及问。真正的要紧事，也等得起一个核实的电话。
sign-go-around-name = 让您别找银行、保险公司
sign-go-around-why = 正当的事，不怕您去问机构本身。不让您自己联系的，多半有鬼。
sign-proxy-name = 要您全权委托，或者替您签字
sign-proxy-why = 全权委托以后，别人能用您的名义办事、拿钱。合同要自己看清楚再签。
sign-guarantee-name = 保证一定办成
sign-guarantee-why = 谁也不能保证结果。“上面有人”“内部渠道”都是骗人的话。
sign-coached-lie-name = 教您对机构说假话
sign-coached-lie-why = 教您在回访或投诉时说假话，责任会落在您自己身上，还帮骗子骗过了机构。
sign-recruit-name = 要您拉亲友加入
sign-recruit-why = 靠拉人赚钱的，多是传销或非法集资，亲友也会一起受骗。
sign-health-cure-name = 说产品能治病、不用吃药
sign-health-cure-why = 保健品不能治病。听信“不用吃药”，会耽误病情。
sign-use-name-name = 借您的名字买保险
sign-use-name-why = 借名投保、挂名冲业绩，出了事，责任在您身上。
sign-link-name = 有链接
sign-link-why = 陌生链接可能是假网站，会骗您填卡号、密码，或者装上坏软件。别点，自己打开官方 App 去查。
sign-unknown-number-name = 消息里有电话号码
sign-unknown-number-why = 消息里给的号码，可能就是骗子的，哪怕它看着像银行的。要核实，自己在卡背面、保单上或官方 App 里找号码，别拨消息里给的。
