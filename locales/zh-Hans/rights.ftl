# Anxin (安心) — the eight basic rights of financial consumers, and where to turn for help.
# Facts rest on ../shared/brief/domain.md; locales/SOURCES.md says which source each one rests on.
# Every text has a `.plain` wording: same facts, shorter sentences, everyday words.
# Message ids: right-<id>-<field>, with <id> the stable id in src/content/rights.rs.

## The list of rights

rights-intro = 这是金融消费者的八项基本权利。存钱、买理财、买保险、办贷款时，都用得上。
    .plain = 存钱、买保险、买理财、借钱的时候，您有这八项权利。
rights-not-found = 没有找到这项权利。
    .plain = 这项权利没找到。
rights-all = 看全部八项权利
    .plain = 看八项权利

## One right in depth

right-section-gist = 机构应该做到
    .plain = 银行、保险公司该做的
right-section-meaning = 对您来说
    .plain = 说白了
right-section-examples = 遇到这些情况，就是这项权利被侵犯了
    .plain = 碰到这些事，就是您吃亏了
right-section-steps = 您可以这样做
    .plain = 您可以这么办
right-section-related = 相关的案例和题目
    .plain = 看看案例，做做题
right-related-case = 看案例
right-related-question = 做几道这项权利的题
    .plain = 做几道题
right-help-link = 遇到问题，找谁求助
    .plain = 出了事，打哪个电话

## 知情权 (right-to-know)

right-right-to-know-name = 知情权
right-right-to-know-summary = 买之前，您有权知道产品的真实情况和风险。
    .plain = 买之前，人家要把实话和风险告诉您。
right-right-to-know-gist = 用通俗易懂的语言，及时、真实、准确、完整地告诉您会影响决定的信息，并说明风险。
    .plain = 用大白话把该说的都说清楚，有什么风险也要说。
right-right-to-know-meaning = 存钱、买理财、买保险之前，您有权问清楚：买的是什么，要花多少钱，有什么风险，什么时候能拿回钱。听不懂就接着问。
    .plain = 买之前先问清楚：买的是啥，花多少钱，会不会亏，钱什么时候能拿回来。没听懂就再问。
right-right-to-know-example-1 = 销售人员只说“保本高收益”，不说可能亏钱，也不让您看合同条款。
    .plain = 对方只说“保本、赚得多”，不说会亏钱，也不给您看合同。
right-right-to-know-example-2 = 收费、退保损失、锁定期限写在合同里，却没有人跟您说。
    .plain = 要收的钱、退保会亏多少、多久不能取，合同里有，可没人告诉您。
right-right-to-know-step-1 = 请对方把收益、费用和风险写下来，或者在合同里指给您看。
    .plain = 让对方把赚多少、收多少钱、有什么风险写给您看。
right-right-to-know-step-2 = 没听懂就不签字，回家和家人商量好再决定。
    .plain = 没听懂，就先别签字，回家跟家里人商量。
right-right-to-know-step-3 = 发现被隐瞒，先向这家机构投诉；不解决，再打 12378。
    .plain = 发现被瞒了，先找这家机构；不管用，打 12378。

## 自主选择权 (free-choice)

right-free-choice-name = 自主选择权
right-free-choice-summary = 买不买、买哪一个，由您自己决定。
    .plain = 买不买，您说了算。
right-free-choice-gist = 由您自己决定是否购买金融产品、是否接受金融服务。
    .plain = 您想买才买，不想买就不买。
right-free-choice-meaning = 没有人能替您做决定。工作人员可以介绍产品，但不能强迫您买，也不能不经您同意就替您办。
    .plain = 别人可以介绍，但不能逼您买，更不能不问您就给您办。
right-free-choice-example-1 = 您到银行存钱，工作人员却一直劝您买保险，说“和存款一样”，最后办成了保单。
    .plain = 您去存钱，对方却一个劲儿让您买保险，说“跟存钱一样”，结果存成了保险。
right-free-choice-example-2 = 办贷款时，对方说必须再买一份理财或保险才能办。
    .plain = 借钱的时候，对方说不买他的保险就不给借。
right-free-choice-step-1 = 不想买就直接说“不需要”，不签字，不付钱。
    .plain = 不想买就说“不要”，别签字，别给钱。
right-free-choice-step-2 = 已经办了不想要的产品，留好合同和凭证，向这家机构提出。
    .plain = 已经被办了，把合同和单子留好，去找这家机构。
right-free-choice-step-3 = 机构不处理，打 12378 投诉。
    .plain = 机构不管，就打 12378。

## 公平交易权 (fair-dealing)

right-fair-dealing-name = 公平交易权
right-fair-dealing-summary = 合同和收费要公平，不能只对机构有利。
    .plain = 合同要公平，不能光对他们有好处。
right-fair-dealing-gist = 不设不公平的条款；机构拿出的格式合同，不能加重您的责任，也不能限制您的权利。
    .plain = 合同里不能有欺负人的条款，不能多给您加责任，也不能少给您权利。
right-fair-dealing-meaning = 合同是双方的约定。收多少钱、怎么算利息、提前退出有什么后果，都要写清楚，而且要公平。
    .plain = 收多少钱、利息怎么算、提前不要了会怎样，都得写明白，还得公平。
right-fair-dealing-example-1 = 合同里写着对您不利的条款，字很小，签字前没人告诉您。
    .plain = 合同里有对您不好的话，字印得很小，签之前没人说。
right-fair-dealing-example-2 = 实际收的钱比当初说的多，多出来的钱说不清是什么费用。
    .plain = 收的钱比说好的多，多出来的也说不清是啥钱。
right-fair-dealing-step-1 = 签字前把合同看完，看不懂的条款请对方讲清楚。
    .plain = 签字前把合同看一遍，看不懂就让对方讲。
right-fair-dealing-step-2 = 把合同和收费标准拍照留好。
    .plain = 合同和收费单拍张照片留着。
right-fair-dealing-step-3 = 觉得不公平，先向机构投诉；不满意，打 12378 或申请免费调解。
    .plain = 觉得不公平，先找机构；不行就打 12378，或者找调解。

## 财产安全权 (property-safety)

right-property-safety-name = 财产安全权
right-property-safety-summary = 您交给机构的钱，机构要管好，不能挪用。
    .plain = 您的钱放在他们那儿，他们得看好。
right-property-safety-gist = 谨慎经营，把客户的资产和机构自己的资产分开管理，不能挪用客户的钱。
    .plain = 好好经营，您的钱和他们自己的钱分开放，不能拿您的钱去干别的。
right-property-safety-meaning = 钱存进银行、交给保险公司，就应该安全。机构要管好，您自己也要守住密码和验证码。
    .plain = 钱存进去就该安全。他们要看好，您也要管好自己的密码和验证码。
right-property-safety-example-1 = 有人以机构工作人员的名义，让您把钱转到他个人的账户，说是“内部产品，收益更高”。
    .plain = 有人说自己是银行或保险公司的人，让您把钱打到他个人的卡上，说是“内部的，赚得多”。
right-property-safety-example-2 = 钱交出去以后，拿不到任何正规的合同或凭证，也查不到钱去了哪里。
    .plain = 钱给出去了，没有正规的合同和单子，也查不到钱去了哪儿。
right-property-safety-step-1 = 只通过柜台、官方 App 等正规渠道付钱，不转给任何个人。
    .plain = 只在柜台、官方 App 上交钱，不往个人卡上转。
right-property-safety-step-2 = 每次付钱都要凭证，回家核对钱是不是进了机构的账户。
    .plain = 交钱一定要单子，回家看看钱是不是到了机构那儿。
right-property-safety-step-3 = 发现钱不见了，马上找机构；怀疑被骗，立刻打 110。
    .plain = 钱不见了，马上找机构；觉得被骗了，赶紧打 110。

## 依法求偿权 (seek-compensation)

right-seek-compensation-name = 依法求偿权
right-seek-compensation-summary = 吃了亏，您可以投诉，可以依法要求赔偿。
    .plain = 吃了亏，可以投诉，可以要说法。
right-seek-compensation-gist = 认真处理您的投诉，并设立多层级的投诉处理流程。
    .plain = 您投诉了，他们得管，而且一层一层都有人管。
right-seek-compensation-meaning = 您的权益受到损害，可以向机构投诉，要求说法和赔偿。自己就能投诉，不需要花钱找“代理”。
    .plain = 受了损失可以自己去投诉、要赔偿。不用花钱找人“代办”。
right-seek-compensation-example-1 = 投诉以后没人理，或者被各个部门推来推去。
    .plain = 投诉了没人管，或者被推来推去。
right-seek-compensation-example-2 = 有人找上门，说交一笔钱就能帮您“全额退保”“代理维权”。这不是在保护您，而是骗局。
    .plain = 有人说交点钱就帮您“全额退保”“维权”。这是骗人的，别信。
right-seek-compensation-step-1 = 先向机构投诉，记下投诉时间、受理的人和编号。
    .plain = 先找机构投诉，记下哪天、找的谁、有没有编号。
right-seek-compensation-step-2 = 机构不理，或者结果不满意，打 12378。
    .plain = 机构不管，或者您不满意，打 12378。
right-seek-compensation-step-3 = 还可以申请免费调解，也可以申请仲裁或到法院起诉。
    .plain = 还可以找免费的调解，也可以打官司。

## 受教育权 (financial-education)

right-financial-education-name = 受教育权
right-financial-education-summary = 您有权学习金融知识，弄懂产品和风险。
    .plain = 您有权学会看懂这些产品。
right-financial-education-gist = 开展金融知识教育，参与普及金融知识，帮助您了解产品和风险。
    .plain = 他们要教大家金融知识，讲明白产品和风险。
right-financial-education-meaning = 看不懂的产品，您可以请机构讲清楚，也可以参加网点、社区的金融知识讲座。学会了，才不容易上当。
    .plain = 看不懂就让他们讲，也可以去听社区的讲座。懂了，就不容易被骗。
right-financial-education-example-1 = 您问产品有什么风险，对方说“说了您也不懂，签字就行”。
    .plain = 您问有没有风险，对方说“跟您说了也不懂，签字就行”。
right-financial-education-step-1 = 多问，多听讲座，请家人帮您一起看。
    .plain = 多问问，多听听，让家里人帮着看。
right-financial-education-step-2 = 没弄懂的产品先不买。
    .plain = 没弄明白的，先别买。
right-financial-education-step-3 = 说法对不上时，打机构的官方客服电话核实。
    .plain = 听到的不一样，就打官方客服电话问问。

## 受尊重权 (respect-and-dignity)

right-respect-and-dignity-name = 受尊重权
right-respect-and-dignity-summary = 您的人格尊严和民族风俗习惯应当受到尊重。
    .plain = 谁都得尊重您。
right-respect-and-dignity-gist = 尊重您的人格尊严和民族风俗习惯，不因性别、年龄、种族、民族或国籍歧视您。
    .plain = 尊重您和您的民族习惯。不能因为您是男是女、年纪大小、哪个民族就看不起您。
right-respect-and-dignity-meaning = 年纪大、说话慢、说民族语言，都不是被冷落的理由。您有权得到耐心、礼貌的服务。
    .plain = 年纪大、说话慢、说本民族的话，人家都得耐心、客气地对您。
right-respect-and-dignity-example-1 = 工作人员嫌您年纪大、问得多，态度不耐烦，甚至不给您办理。
    .plain = 工作人员嫌您年纪大、问得多，爱答不理，还不给办。
right-respect-and-dignity-example-2 = 因为您说民族语言、普通话说得不好，就被晾在一边。
    .plain = 因为您说本民族的话、普通话不好，就没人理您。
right-respect-and-dignity-step-1 = 请对方耐心讲，或者请换一位工作人员。
    .plain = 请对方慢慢讲，或者换个人来办。
right-respect-and-dignity-step-2 = 记下时间、网点和工作人员的工号。
    .plain = 记下哪天、哪个网点、哪个工作人员。
right-respect-and-dignity-step-3 = 向机构投诉；不满意，打 12378。
    .plain = 找机构投诉；不行就打 12378。

## 信息安全权 (information-security)

right-information-security-name = 信息安全权
right-information-security-summary = 您的个人信息要被保护好，不能泄露。
    .plain = 您的个人信息，他们得保密。
right-information-security-gist = 保护好您的个人信息，和其他公司合作时也一样，防止信息泄露。
    .plain = 把您的信息保管好，交给合作的公司也要保密，不能泄露出去。
right-information-security-meaning = 身份证号、银行卡号、保单号、电话号码都是您的隐私。机构要保护好，您自己也不要随便告诉别人。
    .plain = 身份证号、卡号、保单号、电话都是您的秘密。他们要保护，您也别随便说。
right-information-security-example-1 = 陌生人打来电话，已经知道您的姓名和保单号，说可以帮您“退保”。
    .plain = 陌生人来电话，知道您叫什么、保单号多少，说能帮您“退保”。
right-information-security-example-2 = 办完业务以后，经常接到陌生的推销电话和短信。
    .plain = 办完事以后，老是接到推销电话和短信。
right-information-security-step-1 = 不把身份证、银行卡、密码和验证码交给任何人。
    .plain = 身份证、银行卡、密码、验证码，谁要都不给。
right-information-security-step-2 = 对方知道您的信息，不代表他是真的工作人员：先挂断，再打官方客服电话核实。
    .plain = 对方知道您的信息，也不一定是真的工作人员。先挂电话，再打官方客服问。
right-information-security-step-3 = 怀疑信息被泄露，向机构投诉；已经被骗，马上打 110。
    .plain = 觉得信息被泄露了，找机构投诉；被骗了，马上打 110。

## Where to turn for help

help-intro = 遇到问题不要慌。金融纠纷按下面的顺序，一步一步来。
    .plain = 别着急。按下面的顺序，一步一步来。
help-path-title = 金融纠纷：按这个顺序找
    .plain = 出了纠纷，按这个顺序找
help-step-institution-title = 第一步：找卖给您产品的机构
    .plain = 第一步：找卖给您东西的那家
help-step-institution-body = 打这家银行或保险公司的官方客服电话，或者到柜台、在官方 App 里投诉。号码印在保单、合同或银行卡上。不要打陌生人给您的号码。
    .plain = 打这家银行或保险公司的客服电话，号码在保单、合同、银行卡上。也可以去柜台说。别打陌生人给的号码。

# Variables:
#   $name (String) - the name of the insurer or bank whose app shows Anxin, e.g. 示例保险
help-partner-hotline = { $name } 官方客服热线：咨询、投诉都可以打。
    .plain = { $name } 的客服电话，有事就打。

# Variables:
#   $name (String) - the name of the insurer or bank whose app shows Anxin, e.g. 示例保险
help-partner-website = { $name } 官方网站
    .plain = { $name } 的网站

help-step-regulator-title = 第二步：打 12378
help-step-regulator-body = 机构不理您，或者处理结果您不满意，可以打 12378 投诉。
    .plain = 机构不管，或者您不满意，就打 12378。
help-hotline-12378 = 银行保险消费者投诉维权热线（国家金融监督管理总局）：机构不处理、处理不满意时打。
    .plain = 国家管银行和保险的部门的投诉电话。机构不管时打。
help-step-mediation-title = 第三步：申请免费调解
    .plain = 第三步：找人免费调解
help-step-mediation-body = 金融消费纠纷调解组织可以帮您和机构调解，免费、快捷。机构没有正当理由，不能拒绝调解。当地的调解组织怎么联系，可以问机构客服或 12378。
    .plain = 有专门的调解组织帮您和机构说和，不要钱，也快。机构不能随便不来。怎么找他们，可以问客服或者 12378。
help-step-court-title = 第四步：仲裁或起诉
    .plain = 第四步：打官司
help-step-court-body = 调解不成，还可以申请仲裁，或者到法院起诉。
    .plain = 说和不成，还可以申请仲裁，或者去法院告。
help-fraud-title = 遇到诈骗
    .plain = 碰上骗子
help-hotline-96110 = 国家反诈预警专线：96110 打来时，一定要接。这是公安机关在提醒您，您可能遇到了诈骗。它不是报警电话。
    .plain = 反诈骗的提醒电话。96110 打来一定要接，是警察提醒您可能碰上骗子了。报警不打这个。
help-hotline-110 = 报警电话：发现被骗、钱被转走，马上打 110。遇到紧急情况也打 110。
    .plain = 报警电话。被骗了、钱被转走了，马上打 110。有急事也打。
help-prepare-title = 打电话前，准备好这些
    .plain = 打电话前，先把这些找出来
help-prepare-1 = 保单号、合同号，或者银行卡号的后四位
    .plain = 保单号、合同号，或者银行卡最后四个数字
help-prepare-2 = 什么时候、在哪里、跟谁买的
    .plain = 哪天、在哪儿、跟谁买的
help-prepare-3 = 对方当时是怎么承诺的：聊天记录、录音、宣传单都要留好
    .plain = 对方当时怎么说的：聊天记录、录音、宣传单都留着
help-prepare-4 = 已经付了多少钱，付给了谁
    .plain = 给了多少钱，给了谁
help-prepare-5 = 您希望怎么解决
    .plain = 您想怎么解决
help-never = 不管谁打来电话，都不要说出密码和验证码。
    .plain = 谁打电话来，都别说密码和验证码。
