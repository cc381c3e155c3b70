# Anxin (安心) — the eight basic rights of financial consumers, and where to turn for help. Cantonese.
# Facts rest on ../shared/brief/domain.md; locales/SOURCES.md says which source each one rests on.
# Draft translation, not yet reviewed by a native speaker. Terms follow locales/yue/GLOSSARY.md.
# Message ids: right-<id>-<field>, with <id> the stable id in src/content/rights.rs.

## The list of rights

rights-intro = 呢啲係金融消费者嘅八项基本权利。存钱、买理财、买保险、借贷款嘅时候，都用得着。
rights-not-found = 揾唔到呢项权利。
rights-all = 睇晒八项权利

## One right in depth

right-section-gist = 银行、保险公司应该做到
right-section-meaning = 对你嚟讲
right-section-examples = 遇到呢啲情况，就係呢项权利受到侵犯
right-section-steps = 你可以咁做
right-section-related = 相关嘅个案同题目
right-related-case = 睇个案
right-related-question = 做几条关于呢项权利嘅题
right-help-link = 有咩事，揾边个帮手

## 知情权 (right-to-know)

right-right-to-know-name = 知情权（有权知道实情）
right-right-to-know-summary = 买之前，你有权知道产品嘅真实情况同风险。
right-right-to-know-gist = 要用易明嘅说话，及时、真实、准确、完整咁话畀你知会影响你决定嘅资料，仲要讲清楚有咩风险。
right-right-to-know-meaning = 存钱、买理财、买保险之前，你有权问清楚：买嘅係咩，要使几多钱，有咩风险，几时攞得返啲钱。听唔明就继续问。
right-right-to-know-example-1 = 卖嘢嘅人净係讲“保本、高回报”，唔讲可能会蚀钱，又唔畀你睇合同条款。
right-right-to-know-example-2 = 收费、退保会蚀几多、几耐唔可以攞钱，全部写喺合同度，但係冇人同你讲。
right-right-to-know-step-1 = 叫对方将回报、费用同风险写低，或者喺合同度指畀你睇。
right-right-to-know-step-2 = 听唔明就唔好签名，返屋企同屋企人倾好先决定。
right-right-to-know-step-3 = 发现畀人隐瞒，先向呢间机构投诉；解决唔到，再打 12378。

## 自主选择权 (free-choice)

right-free-choice-name = 自主选择权（买唔买由你话事）
right-free-choice-summary = 买唔买、买边样，由你自己决定。
right-free-choice-gist = 买唔买金融产品、要唔要金融服务，由你自己决定。
right-free-choice-meaning = 冇人可以帮你做决定。职员可以介绍产品，但係唔可以逼你买，亦都唔可以唔问过你就帮你办。
right-free-choice-example-1 = 你去银行存钱，职员就不停劝你买保险，话“同存款一样”，最后办咗张保单。
right-free-choice-example-2 = 借贷款嘅时候，对方话一定要再买一份理财或者保险先至借到。
right-free-choice-step-1 = 唔想买就直接讲“唔使喇”，唔签名，唔畀钱。
right-free-choice-step-2 = 已经办咗唔想要嘅产品，留好合同同单据，向呢间机构提出。
right-free-choice-step-3 = 机构唔处理，就打 12378 投诉。

## 公平交易权 (fair-dealing)

right-fair-dealing-name = 公平交易权（交易要公平）
right-fair-dealing-summary = 合同同收费要公平，唔可以净係对机构有着数。
right-fair-dealing-gist = 唔可以有唔公平嘅条款；机构拎出嚟嘅格式合同，唔可以加重你嘅责任，亦唔可以限制你嘅权利。
right-fair-dealing-meaning = 合同係双方嘅约定。收几多钱、利息点计、提前退出会点，全部都要写清楚，而且要公平。
right-fair-dealing-example-1 = 合同入面写住对你唔利嘅条款，啲字好细，签名之前冇人话你知。
right-fair-dealing-example-2 = 实际收嘅钱多过当初讲嘅，多出嚟嘅钱又讲唔清係咩费用。
right-fair-dealing-step-1 = 签名之前睇晒份合同，睇唔明嘅条款叫对方讲清楚。
right-fair-dealing-step-2 = 将合同同收费标准影低相，留好。
right-fair-dealing-step-3 = 觉得唔公平，先向机构投诉；唔满意，就打 12378，或者申请免费调解。

## 财产安全权 (property-safety)

right-property-safety-name = 财产安全权（你啲钱要安全）
right-property-safety-summary = 你交畀机构嘅钱，机构要管好，唔可以挪用。
right-property-safety-gist = 要小心经营，将客人嘅资产同机构自己嘅资产分开管理，唔可以挪用客人嘅钱。
right-property-safety-meaning = 钱存入银行、交畀保险公司，就应该安全。机构要管好，你自己都要睇实密码同验证码。
right-property-safety-example-1 = 有人用机构职员嘅名义，叫你将钱转去佢个人嘅账户，话係“内部产品，回报高啲”。
right-property-safety-example-2 = 钱交咗出去之后，攞唔到任何正规嘅合同或者单据，又查唔到啲钱去咗边。
right-property-safety-step-1 = 净係经柜台、官方 App 呢啲正规渠道畀钱，唔好转畀任何个人。
right-property-safety-step-2 = 每次畀钱都要攞单据，返屋企核对吓啲钱係咪入咗机构嘅账户。
right-property-safety-step-3 = 发现啲钱唔见咗，即刻揾机构；怀疑畀人呃，即刻打 110。

## 依法求偿权 (seek-compensation)

right-seek-compensation-name = 依法求偿权（蚀咗可以追讨）
right-seek-compensation-summary = 蚀咗底，你可以投诉，可以依法要求赔偿。
right-seek-compensation-gist = 要认真处理你嘅投诉，仲要设立分几层嘅投诉处理程序。
right-seek-compensation-meaning = 你嘅权益受到损害，可以向机构投诉，要佢畀个说法同赔偿。你自己就投诉得，唔使使钱揾“代理”。
right-seek-compensation-example-1 = 投诉咗之后冇人理，或者畀几个部门推嚟推去。
right-seek-compensation-example-2 = 有人揾上门，话畀一笔钱就可以帮你“全额退保”“代理维权”。咁唔係保护你，係骗局。
right-seek-compensation-step-1 = 先向机构投诉，记低投诉嘅时间、边个受理同埋编号。
right-seek-compensation-step-2 = 机构唔理，或者结果你唔满意，就打 12378。
right-seek-compensation-step-3 = 仲可以申请免费调解，亦可以申请仲裁或者去法院起诉。

## 受教育权 (financial-education)

right-financial-education-name = 受教育权（有权学金融知识）
right-financial-education-summary = 你有权学金融知识，搞清楚啲产品同风险。
right-financial-education-gist = 要做金融知识教育，参与普及金融知识，帮你了解产品同风险。
right-financial-education-meaning = 睇唔明嘅产品，你可以叫机构讲清楚，亦可以去网点、社区嘅金融知识讲座听吓。学识咗，就冇咁易中伏。
right-financial-education-example-1 = 你问个产品有咩风险，对方话“讲咗你都唔明㗎，签个名就得”。
right-financial-education-step-1 = 多啲问，多啲去听讲座，叫屋企人同你一齐睇。
right-financial-education-step-2 = 未搞清楚嘅产品，住手先，唔好买住。
right-financial-education-step-3 = 听到嘅讲法对唔上，就打机构嘅官方客服电话核实。

## 受尊重权 (respect-and-dignity)

right-respect-and-dignity-name = 受尊重权（人哋要尊重你）
right-respect-and-dignity-summary = 你嘅人格尊严同民族风俗习惯，应该受到尊重。
right-respect-and-dignity-gist = 尊重你嘅人格尊严同民族风俗习惯，唔可以因为性别、年纪、种族、民族或者国籍歧视你。
right-respect-and-dignity-meaning = 年纪大、讲嘢慢、讲民族语言，都唔係畀人冷落嘅理由。你有权得到有耐性、有礼貌嘅服务。
right-respect-and-dignity-example-1 = 职员嫌你年纪大、问得多，态度唔耐烦，甚至唔帮你办。
right-respect-and-dignity-example-2 = 因为你讲民族语言、普通话讲得唔好，就畀人晾喺一边。
right-respect-and-dignity-step-1 = 请对方耐心啲讲，或者要求换过另一位职员。
right-respect-and-dignity-step-2 = 记低时间、网点同职员嘅工号。
right-respect-and-dignity-step-3 = 向机构投诉；唔满意，就打 12378。

## 信息安全权 (information-security)

right-information-security-name = 信息安全权（个人资料要保密）
right-information-security-summary = 你嘅个人资料要保护好，唔可以泄露。
right-information-security-gist = 要保护好你嘅个人资料，同其他公司合作嗰阵都一样，要防止资料泄露。
right-information-security-meaning = 身份证号码、银行卡号码、保单号码、电话号码，全部都係你嘅私隐。机构要保护好，你自己都唔好随便话畀人知。
right-information-security-example-1 = 陌生人打电话嚟，已经知道你嘅姓名同保单号码，话可以帮你“退保”。
right-information-security-example-2 = 办完手续之后，成日收到陌生嘅推销电话同短信。
right-information-security-step-1 = 唔好将身份证、银行卡、密码同验证码交畀任何人。
right-information-security-step-2 = 对方知道你嘅资料，唔代表佢真係职员：先收线，再打官方客服电话核实。
right-information-security-step-3 = 怀疑资料泄露咗，向机构投诉；已经畀人呃咗，即刻打 110。

## Where to turn for help

help-intro = 遇到问题唔使慌。金融纠纷照下面嘅次序，一步一步嚟。
help-path-title = 金融纠纷：照呢个次序揾
help-step-institution-title = 第一步：揾卖产品畀你嗰间机构
help-step-institution-body = 打呢间银行或者保险公司嘅官方客服电话，或者去柜台、喺官方 App 度投诉。电话号码印喺保单、合同或者银行卡上面。唔好打陌生人畀你嘅号码。

# Variables:
#   $name (String) - the name of the insurer or bank whose app shows Anxin, e.g. 示例保险
help-partner-hotline = { $name } 官方客服热线：查询、投诉都可以打。

# Variables:
#   $name (String) - the name of the insurer or bank whose app shows Anxin, e.g. 示例保险
help-partner-website = { $name } 嘅官方网站

help-step-regulator-title = 第二步：打去 12378
help-step-regulator-body = 机构唔理你，或者处理结果你唔满意，可以打 12378 投诉。
help-hotline-12378 = 银行保险消费者投诉维权热线（国家金融监督管理总局）：机构唔处理、处理得唔满意嘅时候打。
help-step-mediation-title = 第三步：申请调解，唔使钱
help-step-mediation-body = 金融消费纠纷调解组织可以帮你同机构调解，免费，又快。机构冇正当理由，唔可以拒绝调解。点样联络当地嘅调解组织，可以问机构客服或者 12378。
help-step-court-title = 第四步：仲裁或者起诉
help-step-court-body = 调解唔成，仲可以申请仲裁，或者去法院起诉。
help-fraud-title = 撞到诈骗
help-hotline-96110 = 国家反诈预警专线：96110 打嚟，一定要听。呢个係公安机关提醒你，你可能遇到诈骗。佢唔係报警电话。
help-hotline-110 = 报警电话：发现畀人呃、啲钱畀人转走，即刻打 110。遇到紧急情况都打 110。
help-prepare-title = 打电话之前，准备好呢啲
help-prepare-1 = 保单号码、合同号码，或者银行卡号码嘅尾四位
help-prepare-2 = 几时、喺边度、同边个买嘅
help-prepare-3 = 对方当时点样承诺：倾偈记录、录音、宣传单张都要留好
help-prepare-4 = 已经畀咗几多钱，畀咗边个
help-prepare-5 = 你想点样解决
help-never = 无论边个打电话嚟，都唔好讲出密码同验证码。
