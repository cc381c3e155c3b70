# Anxin (安心) — the quiz: its screens, topic names and the question bank (also the home
# screen's daily question). Cantonese.
# { -brand-name } is the app's name, from shell.ftl.
# Facts rest on ../shared/brief/domain.md and widely known safe practice; no invented numbers.
# Draft translation, not yet reviewed by a native speaker. Terms follow locales/yue/GLOSSARY.md.
# Question ids are stable; structure (which options are correct, topic, right) is in
# src/content/quiz_bank.rs. Messages per question:
#   q-<id>            the question
#   q-<id>-story      a scenario's two-line story
#   q-<id>-<key>      an option's text (true/false questions use quiz-true and quiz-false)
#   q-<id>-<key>-why  why that option is right or wrong

## The quiz screen

quiz-intro = 一路学一路练。答错咗唔紧要，每条题都会话你知点解。
quiz-mixed-title = 随便练一轮

# Variables:
#   $count (Number) - how many questions a mixed round draws (currently 10)
quiz-mixed-sub = 喺全部题目入面抽 { $count } 条，错题簿入面嘅题会先出。

quiz-topics-title = 按题目类别练
quiz-group-right = 八项基本权利（你有咩权利）
quiz-group-scam = 常见嘅骗局
quiz-group-basics = 日常要识嘅嘢

# The partner's featured topics, listed first on the quiz screen.
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
quiz-group-featured = { $partner }推介

# Variables:
#   $count (Number) - how many questions the topic has
quiz-topic-count = { $count } 条题

quiz-topic-done = 练完喇

## The 错题本 (错题簿)

quiz-notebook-title = 错题簿

# Variables:
#   $count (Number) - how many questions are in the person's 错题本 (notebook of missed questions)
quiz-notebook-count = 错题簿入面有 { $count } 条题。

quiz-notebook-empty = 错题簿係空嘅。答错或者唔肯定嘅题会放入嚟。
quiz-notebook-rule = 一条题喺两个唔同嘅日子都答啱，就会由错题簿攞走。
quiz-notebook-practise = 练吓啲错题
quiz-notebook-rested = 今日嘅错题全部都答啱过喇，听日再嚟练。
quiz-notebook-open = 睇吓错题簿入面嘅题
quiz-notebook-close = 收埋啲错题
quiz-notebook-clear = 清空错题簿
quiz-notebook-clear-confirm = 真係要清空错题簿？清咗之后揾唔返。
quiz-notebook-clear-yes = 清空佢
quiz-notebook-clear-no = 唔好清

## A round

# Variables:
#   $number (Number) - which question of the round is on screen, counting from 1
#   $total (Number) - how many questions the round has
quiz-progress = 第 { $number } 条，一共 { $total } 条

quiz-kind-single = 单选题：拣一个答案
quiz-kind-true-false = 判断题：呢句话啱唔啱？
quiz-kind-red-flags = 多选题：啱嘅全部都拣埋
quiz-kind-scenario = 情景题：读一读，再拣
quiz-true = 啱
quiz-false = 唔啱
quiz-check = 确定喇
quiz-choose-first = 先拣一个答案，再㩒“确定喇”。
quiz-not-sure = 我唔肯定
quiz-next = 下一条
quiz-see-score = 睇吓结果
quiz-leave = 唔做住

## After an answer

quiz-right = 答啱咗！
quiz-wrong = 呢条答错咗，唔紧要，睇吓点解。
quiz-unsure = 唔肯定都唔紧要，我哋一齐睇吓。
quiz-mark-correct = 啱嘅答案
quiz-mark-chosen = 你拣嘅

# Variables:
#   $topic (String) - the name of the question's topic (one of the topic-* messages)
quiz-learn-more = 学吓：{ $topic }

quiz-see-case = 睇吓真实个案

## The score

quiz-score-title = 呢一轮做完喇

# Variables:
#   $right (Number) - how many questions of the round the person answered right
#   $total (Number) - how many questions the round had
quiz-score = 答啱 { $right } 条，一共 { $total } 条。

quiz-score-all = 全部答啱晒，好叻！
quiz-score-notebook = 答错同唔肯定嘅题，已经放咗入错题簿，以后仲会再考。
quiz-review = 可以再睇吓呢啲：
quiz-retry-missed = 净係练答错咗嘅题
quiz-back-topics = 返去题目列表

## 每日一题 (日日一题) on the home screen

daily-title = 日日一题
daily-note = 每日一条题，今日大家做嘅都係同一条。
daily-done = 今日嘅题做完喇，听日再嚟。
daily-result-right = 今日嘅题你答啱咗。
daily-result-other = 今日嘅题已经放咗入错题簿，去练吓啦。
daily-more = 去做多啲题

## The certificate

cert-title = 你嘅结业证书

# Variables:
#   $done (Number) - how many quiz topics the person has finished
#   $total (Number) - how many topics there are (currently 21)
cert-progress = 练完咗 { $done } 个题目类别，一共 { $total } 个。

cert-locked = 每个题目类别都练完一次，就可以喺度攞一张证书。
cert-name-label = 写低你个名（唔写都得）

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
cert-name-hint = { $device ->
        [computer] 个名只会留喺呢部电脑度，唔会发出去。
        [tablet] 个名只会留喺呢部平板度，唔会发出去。
       *[phone] 个名只会留喺呢部手机度，唔会发出去。
    }

cert-make = 整张证书
cert-heading = { -brand-name } · 学完金融知识嘅结业证书
cert-anonymous = { -brand-name }嘅学员

# Variables:
#   $total (Number) - how many quiz topics there are, all of which the person has finished (currently 21)
cert-body = 已经练完{ -brand-name }全部 { $total } 个题目类别：识权利，识穿骗局，睇实个荷包。

# Variables:
#   $year (Number) - the year the certificate is made, e.g. 2025
#   $month (Number) - its month, 1 to 12
#   $day (Number) - its day of the month, 1 to 31
cert-date = { $year } 年 { $month } 月 { $day } 号

cert-image-alt = { -brand-name }嘅结业证书
cert-save-hint = 喺微信入面㩒住张图唔放，就可以存落手机。
cert-download = 存低张图
cert-failed = 呢部手机整唔到张图。你嘅学习记录全部仲喺度。

## Topic names

topic-right-to-know = 知情权（有权知道实情）
topic-free-choice = 自主选择权（买唔买由你话事）
topic-fair-dealing = 公平交易权（交易要公平）
topic-property-safety = 财产安全权（你啲钱要安全）
topic-seek-compensation = 依法求偿权（蚀咗可以追讨）
topic-financial-education = 受教育权（有权学金融知识）
topic-respect-and-dignity = 受尊重权（人哋要尊重你）
topic-information-security = 信息安全权（个人资料要保密）
topic-agent-surrender = 代理退保（收钱“帮你退保”）
topic-debt-relief = 债务减免、停息挂账（“帮你减债、停利息”）
topic-paid-rights-defence = 代理维权（收钱“帮你维权”）
topic-credit-repair = 征信修复（收钱“帮你洗白信用记录”）
topic-high-yield = 高息理财嘅陷阱
topic-commission-fraud = 佣金诈骗（借你个名呃佣金）
topic-fake-customer-service = 冒认客服
topic-impersonated-police = 冒认公检法同监管人员
topic-misleading-sales = 销售误导（卖嘢时误导你）
topic-elderly-scheme = 专呃老人家嘅骗局
topic-personal-information = 保护个人资料
topic-payments-and-passwords = 畀钱同密码
topic-insurance-basics = 保险要识嘅嘢

## The questions

## right-to-know-before-buying
q-right-to-know-before-buying = 买理财或者保险之前，你有权知道啲咩？
q-right-to-know-before-buying-a = 净係可以赚几多钱
q-right-to-know-before-buying-a-why = 唔啱。净係知道回报唔够。风险同费用，一样会影响你嘅决定。
q-right-to-know-before-buying-b = 对方肯讲几多，就知几多
q-right-to-know-before-buying-b-why = 唔啱。会影响你决定嘅资料，机构都应该真实、完整咁话畀你知。
q-right-to-know-before-buying-c = 回报、费用、风险，几时攞得返啲钱
q-right-to-know-before-buying-c-why = 啱。呢个係你嘅知情权。听唔明，可以继续问。

## right-to-know-no-sign-if-unclear
q-right-to-know-no-sign-if-unclear = 听唔明产品有咩风险，你可以唔签住，返屋企同屋企人倾好先决定。
q-right-to-know-no-sign-if-unclear-true-why = 啱。你有权问清楚。未搞明就签名，蚀底嘅可能係自己。
q-right-to-know-no-sign-if-unclear-false-why = 唔啱。听唔明就唔签名，係你嘅权利，唔使唔好意思。

## free-choice-deposit-turned-policy
q-free-choice-deposit-turned-policy-story = 王姨去银行存定期。职员不停劝佢买一只保险，话“同存款一样”。
q-free-choice-deposit-turned-policy = 王姨净係想存钱，佢可以点做？
q-free-choice-deposit-turned-policy-a = 直接讲“我净係存钱”，唔签保险嘅名
q-free-choice-deposit-turned-policy-a-why = 啱。买唔买由你话事。保险同存款唔一样，唔想买就唔签名。
q-free-choice-deposit-turned-policy-b = 唔好意思拒绝，签咗先算
q-free-choice-deposit-turned-policy-b-why = 唔啱。签咗名，就可能办成咗保单。唔想要，当场讲“唔使喇”。
q-free-choice-deposit-turned-policy-c = 对方係职员，听佢讲实冇错
q-free-choice-deposit-turned-policy-c-why = 唔啱。职员可以介绍产品，但係唔可以帮你做决定。

## free-choice-loan-tie-in
q-free-choice-loan-tie-in = 借贷款嘅时候，对方话一定要先买一份佢哋嘅理财产品先帮你办，你只可以照做。
q-free-choice-loan-tie-in-true-why = 唔啱。咁样捆绑住卖，侵犯咗你嘅自主选择权。你可以拒绝，亦可以投诉。
q-free-choice-loan-tie-in-false-why = 啱。买唔买由你自己决定。遇到呢种要求，先向呢间机构提出；佢唔处理，再打 12378。

## fair-dealing-unclear-terms
q-fair-dealing-unclear-terms = 签合同嘅时候，见到一条睇唔明嘅条款，你应该点做？
q-fair-dealing-unclear-terms-a = 对方话係标准合同，直接签
q-fair-dealing-unclear-terms-a-why = 唔啱。标准合同都可能有对你唔利嘅条款。签之前要搞明白。
q-fair-dealing-unclear-terms-b = 净係睇讲回报嗰一页就得
q-fair-dealing-unclear-terms-b-why = 唔啱。收费、提前退出会点，好多时写喺其他地方，都要睇。
q-fair-dealing-unclear-terms-c = 叫对方帮你签名，慳功夫
q-fair-dealing-unclear-terms-c-why = 唔啱。个名要自己签，而且要搞明白先签。
q-fair-dealing-unclear-terms-d = 叫对方讲清楚，搞明白先签
q-fair-dealing-unclear-terms-d-why = 啱。合同要公平，亦要写清楚。睇唔明嘅地方，你有权叫对方讲明白。

## fair-dealing-warning-signs
q-fair-dealing-warning-signs = 下面边啲係交易唔公平嘅危险讯号？请拣晒所有危险讯号。
q-fair-dealing-warning-signs-a = 收嘅钱多过讲好嘅，又讲唔清係咩费用
q-fair-dealing-warning-signs-a-why = 呢个係危险讯号。每一笔收费，都应该事先讲清楚、写明白。
q-fair-dealing-warning-signs-b = 对你唔利嘅条款啲字好细，冇人提你
q-fair-dealing-warning-signs-b-why = 呢个係危险讯号。合同入面唔可以收埋虾人嘅条款。签之前，应该有人同你讲清楚。
q-fair-dealing-warning-signs-c = 签名之前，对方拎收费标准畀你睇
q-fair-dealing-warning-signs-c-why = 呢个唔係危险讯号。将收费讲清楚，係正规机构应该做嘅。
q-fair-dealing-warning-signs-d = 对方话“合同唔使睇，签名就得”
q-fair-dealing-warning-signs-d-why = 呢个係危险讯号。合同係双方嘅约定。你有权睇完、睇明先签。

## property-safety-personal-account
q-property-safety-personal-account-story = 有个自称银行客户经理嘅人联络赵伯。佢话有只“内部产品，回报高啲”，叫赵伯将钱转去佢个人张卡度。
q-property-safety-personal-account = 赵伯应该点做？
q-property-safety-personal-account-a = 先转少少试吓
q-property-safety-personal-account-a-why = 唔啱。钱转咗入个人账户，就好难追得返。转多转少都有风险。
q-property-safety-personal-account-b = 唔转，打银行嘅官方客服电话核实
q-property-safety-personal-account-b-why = 啱。正规产品只会喺柜台、官方 App 呢啲渠道办。啲钱唔会转畀个人。
q-property-safety-personal-account-c = 叫佢写张收条，再转过去
q-property-safety-personal-account-c-why = 唔啱。个人写嘅收条唔係正规单据，啲钱亦冇入到机构嘅账户。

## property-safety-protect-money
q-property-safety-protect-money = 下面边啲做法可以保护好你啲钱？请拣晒所有啱嘅做法。
q-property-safety-protect-money-a = 净係喺柜台、官方 App 度交钱
q-property-safety-protect-money-a-why = 啱。行正规渠道，啲钱先会入机构嘅账户。
q-property-safety-protect-money-b = 对方话係“内部产品”，就转去佢个人张卡度
q-property-safety-protect-money-b-why = 唔啱。正规机构唔会叫你将钱转畀个人。咁样嘅钱好可能追唔返。
q-property-safety-protect-money-c = 每次交钱都要单据，返屋企核对
q-property-safety-protect-money-c-why = 啱。有单据，出咗问题先有凭有据查得到。
q-property-safety-protect-money-d = 密码同验证码自己睇实，唔话畀人知
q-property-safety-protect-money-d-why = 啱。机构要管好你啲钱，你都要睇实密码同验证码。

## seek-compensation-first-step
q-seek-compensation-first-step = 对买咗嘅金融产品或者服务唔满意，第一步一般先揾边个？
q-seek-compensation-first-step-a = 直接去法院告
q-seek-compensation-first-step-a-why = 唔啱。起诉係可以嘅，不过一般放喺后面：先揾机构，再打 12378，仲可以申请调解。
q-seek-compensation-first-step-b = 使钱请“代理维权”嘅人
q-seek-compensation-first-step-b-why = 唔啱。投诉自己就办得到，唔使使钱。收钱“代理维权”嘅，好多时係骗局。
q-seek-compensation-first-step-c = 卖产品畀你嘅嗰间机构
q-seek-compensation-first-step-c-why = 啱。先经呢间机构嘅官方客服、柜台或者 App 投诉；解决唔到，再打 12378。
q-seek-compensation-first-step-d = 喺网上随便搜个“客服电话”
q-seek-compensation-first-step-d-why = 唔啱。网上搜到嘅号码可能係假嘅。要打保单、合同或者银行卡上面印住嘅号码。

## seek-compensation-need-paid-agent
q-seek-compensation-need-paid-agent = 想投诉、要求赔偿，一定要使钱请人“代理维权”，自己去投诉冇人理。
q-seek-compensation-need-paid-agent-true-why = 唔啱。机构一定要认真处理你嘅投诉。你自己就投诉得，唔使使钱揾“代理”。
q-seek-compensation-need-paid-agent-false-why = 啱。自己就投诉得：先揾机构，再打 12378，仲可以申请免费调解。

## financial-education-you-wont-understand
q-financial-education-you-wont-understand-story = 刘婆婆问销售员，呢只产品有咩风险。对方话：“讲咗你都唔明㗎，签个名就得。”
q-financial-education-you-wont-understand = 刘婆婆最好点做？
q-financial-education-you-wont-understand-a = 叫对方讲明白，未搞明就唔好买住
q-financial-education-you-wont-understand-a-why = 啱。你有权学、有权搞明白产品同风险。未搞清楚嘅，唔好买住。
q-financial-education-you-wont-understand-b = 唔好意思再问，签咗佢算数
q-financial-education-you-wont-understand-b-why = 唔啱。多问几句唔丢架。未搞明就签名，蚀底嘅可能係自己。
q-financial-education-you-wont-understand-c = 返屋企自己谂，唔同任何人讲
q-financial-education-you-wont-understand-c-why = 唔啱。可以叫屋企人帮手一齐睇，亦可以打机构嘅官方客服问。

## financial-education-ways-to-learn
q-financial-education-ways-to-learn = 想搞明白金融产品，下面边啲做法係啱嘅？请拣晒所有啱嘅做法。
q-financial-education-ways-to-learn-a = 叫机构职员讲清楚
q-financial-education-ways-to-learn-a-why = 啱。机构有责任帮你了解产品同风险。
q-financial-education-ways-to-learn-b = 去听网点、社区嘅金融知识讲座
q-financial-education-ways-to-learn-b-why = 啱。学识咗，就冇咁易中伏。
q-financial-education-ways-to-learn-c = 净係听陌生人讲嘅“内部消息”
q-financial-education-ways-to-learn-c-why = 唔啱。陌生人嘅“内部消息”冇得核实，好多时係骗局嘅开头。
q-financial-education-ways-to-learn-d = 叫屋企人帮手一齐睇
q-financial-education-ways-to-learn-d-why = 啱。多一个人睇，就多一分把握。

## respect-and-dignity-impatient-staff
q-respect-and-dignity-impatient-staff-story = 李伯去网点办手续，问多咗几句。职员嫌佢年纪大，好唔耐烦，仲唔帮佢办。
q-respect-and-dignity-impatient-staff = 李伯可以点做？
q-respect-and-dignity-impatient-staff-a = 忍咗佢，以后都唔再嚟
q-respect-and-dignity-impatient-staff-a-why = 唔啱。你唔使忍。年纪大唔係畀人冷落嘅理由。
q-respect-and-dignity-impatient-staff-b = 以后揾上门推销嘅人办
q-respect-and-dignity-impatient-staff-b-why = 唔啱。上门推销嘅人身份好难核实，有风险。都係要行正规渠道。
q-respect-and-dignity-impatient-staff-c = 请对方耐心讲或者换人，唔得就投诉
q-respect-and-dignity-impatient-staff-c-why = 啱。你有权得到有耐性、有礼貌嘅服务。记低时间、网点同工号，向机构投诉；唔满意，就打 12378。

## respect-and-dignity-ethnic-language
q-respect-and-dignity-ethnic-language = 你讲自己民族嘅语言、普通话讲得唔係几好，职员都应该有耐性、有礼貌咁帮你。
q-respect-and-dignity-ethnic-language-true-why = 啱。你嘅人格尊严同民族风俗习惯应该受到尊重。唔可以因为民族、年纪歧视你。
q-respect-and-dignity-ethnic-language-false-why = 唔啱。讲民族语言、普通话唔好，都唔係畀人冷落嘅理由。

## information-security-caller-knows-policy
q-information-security-caller-knows-policy-story = 张姨接到一个陌生电话，对方讲得出佢嘅姓名同保单号码。对方话可以帮佢“退保”，叫佢报吓手机收到嘅验证码。
q-information-security-caller-knows-policy = 张姨应该点做？
q-information-security-caller-knows-policy-a = 对方知道保单号码，应该係真嘅，报验证码
q-information-security-caller-knows-policy-a-why = 唔啱。知道你嘅资料，唔代表佢真係职员。验证码边个要都唔畀。
q-information-security-caller-knows-policy-b = 收线，打保单上面嘅官方客服电话核实
q-information-security-caller-knows-policy-b-why = 啱。先收线，再自己打官方电话问。怀疑资料泄露咗，可以向机构投诉。
q-information-security-caller-knows-policy-c = 唔报验证码，净係报身份证号码
q-information-security-caller-knows-policy-c-why = 唔啱。身份证号码都係你嘅私隐，唔可以话畀陌生人知。

## information-security-many-sales-calls
q-information-security-many-sales-calls = 办完手续之后，你成日接到陌生嘅推销电话，怀疑资料泄露咗。可以点做？
q-information-security-many-sales-calls-a = 向办手续嘅机构投诉，要佢解释
q-information-security-many-sales-calls-a-why = 啱。机构有责任保护好你嘅个人资料，交畀合作嘅公司都一样。
q-information-security-many-sales-calls-b = 将身份证号码话畀打嚟嘅人知，等佢核对
q-information-security-many-sales-calls-b-why = 唔啱。咁样会泄露更多资料。陌生来电，唔好报任何个人资料。
q-information-security-many-sales-calls-c = 冇办法，惟有忍
q-information-security-many-sales-calls-c-why = 唔啱。信息安全係你嘅权利。可以先向机构投诉；唔满意，就打 12378。

## personal-information-id-photo
q-personal-information-id-photo = 有人喺微信叫你发身份证正反面嘅相，话“领补贴要用”。你应该点做？
q-personal-information-id-photo-a = 发畀佢，领补贴要紧
q-personal-information-id-photo-a-why = 唔啱。身份证相交咗出去，可能畀人攞去冒名办卡、借钱。
q-personal-information-id-photo-b = 唔发，先经官方渠道核实
q-personal-information-id-photo-b-why = 啱。真係要办事，就去官方窗口或者打官方电话问清楚。身份证相唔好发畀唔识嘅人。
q-personal-information-id-photo-c = 净係发正面，唔发反面
q-personal-information-id-photo-c-why = 唔啱。净係发一面都有风险，一样可能畀人冒用。

## personal-information-stranger-requests
q-personal-information-stranger-requests = 陌生人联络你嘅时候，下面边啲要求係危险讯号？请拣晒所有危险讯号。
q-personal-information-stranger-requests-a = 提你打卡背面印住嘅官方电话核实
q-personal-information-stranger-requests-a-why = 呢个唔係危险讯号。自己打官方电话核实，係安全嘅做法。
q-personal-information-stranger-requests-b = 叫你影身份证相发畀佢
q-personal-information-stranger-requests-b-why = 呢个係危险讯号。身份证相可能畀人攞去冒名办事。
q-personal-information-stranger-requests-c = 叫你读出手机收到嘅验证码
q-personal-information-stranger-requests-c-why = 呢个係危险讯号。验证码就好似锁匙，边个要都唔可以畀。
q-personal-information-stranger-requests-d = 发条链接过嚟，叫你“填资料”
q-personal-information-stranger-requests-d-why = 呢个係危险讯号。陌生链接可能係假网站，填咗入去嘅资料会畀人偷走。

## personal-information-share-id-online
q-personal-information-share-id-online = 将身份证相发上群或者朋友圈冇所谓，人哋攞咗去都冇用。
q-personal-information-share-id-online-true-why = 唔啱。身份证相可能畀人攞去冒名办卡、借钱。唔好随便发。
q-personal-information-share-id-online-false-why = 啱。身份证相係重要嘅个人资料，唔好发上群或者朋友圈。

## personal-information-sms-link
q-personal-information-sms-link = 你收到一条短讯，话你份保单“就快失效”，㩒链接填身份证号码同银行卡号码就可以恢复。你应该点做？
q-personal-information-sms-link-a = 快啲㩒入去，将资料填好
q-personal-information-sms-link-a-why = 唔啱。陌生链接可能係假网站。填咗入去嘅身份证号码同卡号，会畀骗子攞走。
q-personal-information-sms-link-b = 回短讯问对方係咪真嘅
q-personal-information-sms-link-b-why = 唔啱。回短讯问嘅都係发短讯嗰个人，问唔到真话。
q-personal-information-sms-link-c = 唔㩒链接，打保单上面嘅官方电话问
q-personal-information-sms-link-c-why = 啱。保单有冇问题，打保单上面印住嘅官方客服电话就问得清楚。

## payments-and-passwords-code-to-caller
q-payments-and-passwords-code-to-caller = 对方话自己係银行客服，就可以将手机收到嘅验证码话畀佢知。
q-payments-and-passwords-code-to-caller-true-why = 唔啱。真正嘅客服唔会问你攞验证码。边个要验证码，都唔好畀。
q-payments-and-passwords-code-to-caller-false-why = 啱。验证码同密码只可以自己用。唔理对方话自己係边个，都唔好讲。

## payments-and-passwords-screen-share
q-payments-and-passwords-screen-share-story = 有个“客服”打电话畀陈姨，话要帮佢办退款。佢叫陈姨打开手机嘅“屏幕共享”，照住佢讲嘅一步一步做。
q-payments-and-passwords-screen-share = 陈姨应该点做？
q-payments-and-passwords-screen-share-a = 收线，唔开共享，打官方客服核实
q-payments-and-passwords-screen-share-a-why = 啱。正规退款唔使共享屏幕。收线之后，自己打官方客服电话问清楚。
q-payments-and-passwords-screen-share-b = 打开共享，但係唔讲密码
q-payments-and-passwords-screen-share-b-why = 唔啱。共享屏幕之后，对方睇得到你收到嘅验证码同你打入去嘅嘢。
q-payments-and-passwords-screen-share-c = 照住做，退款要紧
q-payments-and-passwords-screen-share-c-why = 唔啱。照住做，啲钱可能畀人转走。已经转咗钱，即刻打 110。

## payments-and-passwords-red-flags
q-payments-and-passwords-red-flags = 下面边啲係畀钱嘅时候嘅危险讯号？请拣晒所有危险讯号。
q-payments-and-passwords-red-flags-a = 对方话“退款要先交一笔手续费”
q-payments-and-passwords-red-flags-a-why = 呢个係危险讯号。正规退款，唔使你先畀钱。
q-payments-and-passwords-red-flags-b = 喺柜台办，攞到正规单据
q-payments-and-passwords-red-flags-b-why = 呢个唔係危险讯号。喺正规渠道办、攞好单据，係安全嘅做法。
q-payments-and-passwords-red-flags-c = 叫你扫一个陌生二维码“领退款”
q-payments-and-passwords-red-flags-c-why = 呢个係危险讯号。扫陌生二维码，可能係畀钱出去，唔係收钱。
q-payments-and-passwords-red-flags-d = 自称警察嘅人叫你转钱去“安全账户”
q-payments-and-passwords-red-flags-d-why = 呢个係危险讯号。警察同监管部门唔会叫你将钱转去“安全账户”。即刻收线，打 110。

## payments-and-passwords-pin
q-payments-and-passwords-pin = 银行卡密码，点样做先安全啲？
q-payments-and-passwords-pin-a = 写喺张卡背面，费事唔记得
q-payments-and-passwords-pin-a-why = 唔啱。卡同密码放埋一齐，张卡一唔见，啲钱就危险喇。
q-payments-and-passwords-pin-b = 话畀职员知，叫佢帮你㩒
q-payments-and-passwords-pin-b-why = 唔啱。密码要自己㩒，边个都唔话畀佢知，职员都一样。
q-payments-and-passwords-pin-c = 用自己生日，易记
q-payments-and-passwords-pin-c-why = 唔啱。生日人哋好易知道，亦好易估到。
q-payments-and-passwords-pin-d = 自己记住，㩒嘅时候用手遮一遮
q-payments-and-passwords-pin-d-why = 啱。密码只有自己知。㩒嘅时候遮一遮，费事畀人偷睇。

## insurance-basics-dormant-policies
q-insurance-basics-dormant-policies = 屋企可能有买咗又唔记得咗嘅“睡眠保单”。间中查吓自己有边啲保单，係个好习惯。
q-insurance-basics-dormant-policies-true-why = 啱。查清楚自己有边啲保单，有需要嘅时候先唔会漏咗应有嘅保障。可以问保险公司嘅官方客服。
q-insurance-basics-dormant-policies-false-why = 唔啱。唔记得咗嘅保单都係你嘅保障，值得查吓。

## insurance-basics-surrender-meaning
q-insurance-basics-surrender-meaning = 退保之后，会点样？
q-insurance-basics-surrender-meaning-a = 交过嘅钱全部攞返，保障仲喺度
q-insurance-basics-surrender-meaning-a-why = 唔啱。退保之后，保障就冇咗。有人应承“全额退保”，要特别小心。
q-insurance-basics-surrender-meaning-b = 保障冇咗，退返嘅钱亦可能比交落去嘅少
q-insurance-basics-surrender-meaning-b-why = 啱。退保之前先睇保单条款，问清楚退得返几多、会冇咗边啲保障，再决定。
q-insurance-basics-surrender-meaning-c = 乜影响都冇
q-insurance-basics-surrender-meaning-c-why = 唔啱。退保会令你冇咗保障，仲可能有损失。

## insurance-basics-complaint-next-step
q-insurance-basics-complaint-next-step = 你对保险公司嘅处理唔满意，已经向呢间公司投诉过，结果都係唔满意。下一步可以点做？
q-insurance-basics-complaint-next-step-a = 畀钱上门嘅“维权专家”
q-insurance-basics-complaint-next-step-a-why = 唔啱。自己就投诉得，唔使使钱请人。收钱代办维权嘅，好多时係骗局。
q-insurance-basics-complaint-next-step-b = 将保单同身份证交畀“退保代理”
q-insurance-basics-complaint-next-step-b-why = 唔啱。交出保单同身份证，可能冇咗保障，资料亦会畀人乱用。
q-insurance-basics-complaint-next-step-c = 打 12378 去投诉
q-insurance-basics-complaint-next-step-c-why = 啱。机构处理得你唔满意，可以打 12378。仲可以申请免费调解，或者申请仲裁、去法院起诉。

## agent-surrender-full-refund-call
q-agent-surrender-full-refund-call-story = 有个自称“退保专家”嘅人打电话畀李姨。佢话可以帮佢将交咗好多年嘅保费全数退返，只收少少手续费。
q-agent-surrender-full-refund-call = 李姨应该点做？
q-agent-surrender-full-refund-call-a = 先将身份证相发畀佢，等佢去办
q-agent-surrender-full-refund-call-a-why = 唔啱。身份证同保单资料一交出去，可能畀人攞去冒名投诉、办其他嘢。
q-agent-surrender-full-refund-call-b = 先畀少少手续费，试吓先
q-agent-surrender-full-refund-call-b-why = 唔啱。“全额退保”係常见嘅呃人讲法。钱畀咗出去，好可能攞唔返。
q-agent-surrender-full-refund-call-c = 收线，有疑问就揾保险公司嘅官方渠道
q-agent-surrender-full-refund-call-c-why = 啱。退保、理赔都可以自己揾保险公司办，唔使使钱请“代理”。
q-agent-surrender-full-refund-call-d = 叫佢将委托代理协议寄过嚟签名
q-agent-surrender-full-refund-call-d-why = 唔啱。呢类“委托代理协议”可能係假嘅，签咗之后，对方可能用你个名办事，仲会问你攞好高嘅费用。

## agent-surrender-cash-value
q-agent-surrender-cash-value = 长期人身保险交咗几年之后提前退保，一般攞得返几多钱？
q-agent-surrender-cash-value-a = 交过嘅保费全部退返
q-agent-surrender-cash-value-a-why = 唔啱。中途退保一般唔係全数退钱。话可以“全额退”嘅，要特别小心。
q-agent-surrender-cash-value-b = 一般按合同攞返现金价值，好多时比交落去嘅少
q-agent-surrender-cash-value-b-why = 啱。退保退得返几多，合同入面有写。睇唔明就问保险公司嘅官方客服。
q-agent-surrender-cash-value-c = 只要揾啱中介，就可以全数退
q-agent-surrender-cash-value-c-why = 唔啱。中介改变唔到合同。佢哋好多时只係想收你嘅“服务费”。

## agent-surrender-do-it-yourself
q-agent-surrender-do-it-yourself = 想退保，可以自己直接揾保险公司办，唔使使钱请人代办。
q-agent-surrender-do-it-yourself-true-why = 啱。退唔退保由你自己决定。直接揾保险公司嘅柜台、客服或者官方 App 就办得到。
q-agent-surrender-do-it-yourself-false-why = 唔啱。退保唔使中间人。使钱揾“代理”，反而可能又冇咗钱又冇咗资料。

## agent-surrender-red-flags
q-agent-surrender-red-flags = 有人话可以帮你“代理退保”。下面边啲係危险讯号？请拣晒所有危险讯号。
q-agent-surrender-red-flags-a = 应承“全额退保”，保证攞返全部保费
q-agent-surrender-red-flags-a-why = 呢个係危险讯号。中途退保一般唔可以全数退钱，呢种保证多数係呃人嘅。
q-agent-surrender-red-flags-b = 要喺退返嘅钱度抽走一大份做“服务费”
q-agent-surrender-red-flags-b-why = 呢个係危险讯号。自己办退保唔使畀呢笔钱，对方係赚你啲钱。
q-agent-surrender-red-flags-c = 建议你先打保险公司嘅官方客服问清楚
q-agent-surrender-red-flags-c-why = 呢个唔係危险讯号。先问官方渠道，正正係保护自己嘅好办法。
q-agent-surrender-red-flags-d = 教你作理由，用你个名去投诉
q-agent-surrender-red-flags-d-why = 呢个係危险讯号。用你个名恶意投诉，出咗事要你自己承担。
q-agent-surrender-red-flags-e = 要你交出身份证、保单同银行卡资料
q-agent-surrender-red-flags-e-why = 呢个係危险讯号。呢啲资料交咗出去，可能畀人冒用，啲钱亦可能畀人转走。

## agent-surrender-consequences
q-agent-surrender-consequences = 听信“代理退保”将份保单退咗，可能会有咩后果？
q-agent-surrender-consequences-a = 乜影响都冇，仲可以攞多啲钱
q-agent-surrender-consequences-a-why = 唔啱。退保之后保障就冇咗，啲钱仲可能畀中介收走一大份。
q-agent-surrender-consequences-b = 保险公司会自动送一份新保险畀你
q-agent-surrender-consequences-b-why = 唔啱。退咗嘅保障唔会自动返嚟。以后再买，条件都可能变咗。
q-agent-surrender-consequences-c = 中介会负责你以后所有嘅保障
q-agent-surrender-consequences-c-why = 唔啱。中介攞咗钱就可能揾唔到人，唔会帮你承担风险。
q-agent-surrender-consequences-d = 保障冇咗，钱同个人资料都可能有损失
q-agent-surrender-consequences-d-why = 啱。病咗或者出事嘅时候可能冇保障。个人资料亦可能畀人攞去乱用。

## debt-relief-stop-interest-ad
q-debt-relief-stop-interest-ad-story = 张叔张信用卡欠咗钱，每个月都还得好辛苦。佢喺网上见到个广告：“专业办理停息挂账，先交服务费，保证减免债务。”
q-debt-relief-stop-interest-ad = 张叔点做先稳阵？
q-debt-relief-stop-interest-ad-a = 加对方微信，先畀服务费
q-debt-relief-stop-interest-ad-a-why = 唔啱。先收钱后做事，係呢类中介常见嘅招数。钱畀咗出去可能就攞唔返。
q-debt-relief-stop-interest-ad-b = 自己联络银行嘅官方客服，讲清楚困难，倾还款办法
q-debt-relief-stop-interest-ad-b-why = 啱。还钱有困难，可以自己直接揾银行倾。唔使使钱请中介。
q-debt-relief-stop-interest-ad-c = 照对方讲，先停咗唔还
q-debt-relief-stop-interest-ad-c-why = 唔啱。故意唔还钱会逾期，信用记录受影响，欠落嘅钱可能仲多。
q-debt-relief-stop-interest-ad-d = 将银行卡同密码交畀对方代管
q-debt-relief-stop-interest-ad-d-why = 唔啱。银行卡同密码只可以自己保管。交畀人，啲钱可能畀人转走。

## debt-relief-first-step
q-debt-relief-first-step = 真係还唔到钱嘅时候，最稳阵嘅第一步係咩？
q-debt-relief-first-step-a = 直接联络借钱畀你嘅银行或者机构嘅官方渠道
q-debt-relief-first-step-a-why = 啱。讲清楚你嘅实际困难，同对方倾还款办法。呢样係免费嘅。
q-debt-relief-first-step-b = 揾网上收费嘅“债务减免”中介
q-debt-relief-first-step-b-why = 唔啱。呢类中介好多时先收钱，件事又搞唔掂，仲可能泄露你嘅资料。
q-debt-relief-first-step-c = 换咗手机号码，唔听银行电话
q-debt-relief-first-step-c-why = 唔啱。匿埋唔联络，问题唔会自己消失。逾期越耐，麻烦可能越大。

## debt-relief-guaranteed-wipe
q-debt-relief-guaranteed-wipe = 只要畀咗钱，“债务减免”中介就可以保证将你嘅欠款一笔勾销。
q-debt-relief-guaranteed-wipe-true-why = 唔啱。冇人可以收咗钱就保证免咗你啲债。呢种保证係常见嘅呃人讲法。
q-debt-relief-guaranteed-wipe-false-why = 啱。欠款点还，要自己同借钱畀你嘅银行或者机构倾。畀钱中介，往往係白使钱。

## debt-relief-red-flags
q-debt-relief-red-flags = 有人话可以帮你“停息挂账”“减免债务”。下面边啲係危险讯号？请拣晒所有危险讯号。
q-debt-relief-red-flags-a = 要你先畀一笔“服务费”或者“保证金”
q-debt-relief-red-flags-a-why = 呢个係危险讯号。先收钱，係呢类中介最常见嘅做法。
q-debt-relief-red-flags-b = 教你故意唔还钱、唔听银行电话
q-debt-relief-red-flags-b-why = 呢个係危险讯号。咁做会令逾期越嚟越多，信用记录都会受影响。
q-debt-relief-red-flags-c = 话你知可以自己直接揾银行倾
q-debt-relief-red-flags-c-why = 呢个唔係危险讯号。自己揾银行倾，係正规又免费嘅办法。
q-debt-relief-red-flags-d = 要你讲出手机验证码同银行卡密码
q-debt-relief-red-flags-d-why = 呢个係危险讯号。验证码同密码绝对唔可以话畀任何人知。
q-debt-relief-red-flags-e = 拍心口保证“一定搞得掂”
q-debt-relief-red-flags-e-why = 呢个係危险讯号。减唔减得到，要睇银行点决定，中介保证唔到。

## debt-relief-full-authority
q-debt-relief-full-authority = “停息挂账”中介要你签一份授权书，等佢哋全权帮你同银行联络。咁样可能有咩风险？
q-debt-relief-full-authority-a = 冇风险，仲慳功夫
q-debt-relief-full-authority-a-why = 唔啱。交出授权，即係将自己啲事交咗畀陌生人。
q-debt-relief-full-authority-b = 银行会因为咁免晒全部欠款
q-debt-relief-full-authority-b-why = 唔啱。授权畀中介，唔会令银行免咗你啲欠款。
q-debt-relief-full-authority-c = 你嘅个人资料同啲钱可能畀佢哋揸住
q-debt-relief-full-authority-c-why = 啱。佢哋可能攞你嘅资料乱用，出咗事好难追得返。有困难请自己直接揾银行。

## paid-rights-defence-team-at-door
q-paid-rights-defence-team-at-door-story = 刘姨同保险公司喺理赔上面有少少意见唔同。有个“维权团队”揾到佢，话畀钱就可以帮佢投诉，保证攞多啲赔偿。
q-paid-rights-defence-team-at-door = 刘姨最好点做？
q-paid-rights-defence-team-at-door-a = 畀钱，等佢哋去代办
q-paid-rights-defence-team-at-door-a-why = 唔啱。投诉唔使钱。畀咗钱，对方可能攞咗钱就唔见人。
q-paid-rights-defence-team-at-door-b = 自己先揾保险公司嘅官方渠道投诉
q-paid-rights-defence-team-at-door-b-why = 啱。先揾保险公司嘅客服或者柜台反映。唔满意，仲可以打12378投诉，或者申请调解。
q-paid-rights-defence-team-at-door-c = 照佢哋教嘅讲法，作个投诉理由
q-paid-rights-defence-team-at-door-c-why = 唔啱。作理由投诉，可能会搞到你自己有麻烦。照实讲就得。

## paid-rights-defence-is-it-free
q-paid-rights-defence-is-it-free = 向金融机构投诉，或者申请金融纠纷调解，使唔使钱？
q-paid-rights-defence-is-it-free-a = 要畀好多钱，所以要揾中介
q-paid-rights-defence-is-it-free-a-why = 唔啱。投诉同调解都可以自己去办，唔使畀钱中介。
q-paid-rights-defence-is-it-free-b = 一定要托熟人先投诉得
q-paid-rights-defence-is-it-free-b-why = 唔啱。个个都可以经官方渠道投诉，唔使托关系。
q-paid-rights-defence-is-it-free-c = 唔使，自己去投诉、申请调解都唔收钱
q-paid-rights-defence-is-it-free-c-why = 啱。机构一定要处理你嘅投诉。金融纠纷调解亦係免费、快捷嘅。

## paid-rights-defence-12378
q-paid-rights-defence-12378 = 对银行或者保险公司嘅处理唔满意，可以打12378投诉。
q-paid-rights-defence-12378-true-why = 啱。12378係国家金融监管部门嘅银行保险消费投诉热线。你自己就打得，唔使揾中介。
q-paid-rights-defence-12378-false-why = 唔啱。12378就係银行保险消费投诉热线，你可以自己打。

## paid-rights-defence-red-flags
q-paid-rights-defence-red-flags = 有人主动上门，话可以帮你“代理维权”。下面边啲係危险讯号？请拣晒所有危险讯号。
q-paid-rights-defence-red-flags-a = 要先畀“维权费”，或者喺赔偿度抽佣
q-paid-rights-defence-red-flags-a-why = 呢个係危险讯号。正规嘅投诉同调解都唔收钱。
q-paid-rights-defence-red-flags-b = 提你先揾机构嘅官方客服反映问题
q-paid-rights-defence-red-flags-b-why = 呢个唔係危险讯号。先揾官方渠道，係啱嘅第一步。
q-paid-rights-defence-red-flags-c = 教你作理由、讲大事实去投诉
q-paid-rights-defence-red-flags-c-why = 呢个係危险讯号。作事实去投诉，后果可能要你自己承担。
q-paid-rights-defence-red-flags-d = 要你将身份证、保单同银行卡资料交畀佢哋
q-paid-rights-defence-red-flags-d-why = 呢个係危险讯号。呢啲资料可能畀人攞去冒用，你啲钱都唔安全。

## paid-rights-defence-right-order
q-paid-rights-defence-right-order = 遇到金融纠纷，一般维权要点样行？
q-paid-rights-defence-right-order-a = 先畀钱维权中介，等佢哋去闹
q-paid-rights-defence-right-order-a-why = 唔啱。维权唔使使钱请中介。闹事解决唔到问题，仲可能惹麻烦。
q-paid-rights-defence-right-order-b = 先停咗还钱或者停交保费，逼对方让步
q-paid-rights-defence-right-order-b-why = 唔啱。咁做可能令你逾期、冇咗保障，损失更大。
q-paid-rights-defence-right-order-c = 只可以去法院，其他办法都冇用
q-paid-rights-defence-right-order-c-why = 唔啱。法院係一条路，但一般唔係第一步。仲有快啲、慳功夫啲嘅办法。
q-paid-rights-defence-right-order-d = 先揾机构嘅官方渠道，再打12378，仲可以申请调解
q-paid-rights-defence-right-order-d-why = 啱。先揾机构，唔满意再向监管部门投诉，亦可以申请免费调解，最后先至係仲裁或者法院。

## credit-repair-pay-to-delete
q-credit-repair-pay-to-delete-story = 王叔想借一笔贷款，发现自己嘅信用记录有一笔逾期。网上有人话，畀一笔“修复费”，就可以将不良记录删走。
q-credit-repair-pay-to-delete = 王叔应该点睇呢件事？
q-credit-repair-pay-to-delete-a = 畀钱就删到，好抵
q-credit-repair-pay-to-delete-a-why = 唔啱。真实嘅逾期记录，边个都唔可以收钱就删走。
q-credit-repair-pay-to-delete-b = 先畀一半订金试吓
q-credit-repair-pay-to-delete-b-why = 唔啱。钱畀咗出去，好可能就攞唔返。
q-credit-repair-pay-to-delete-c = 呢个係骗局，真实嘅记录唔可以使钱删走
q-credit-repair-pay-to-delete-c-why = 啱。保持准时还钱，好记录会慢慢积落嚟。如果记录有错，可以经官方渠道免费更正。

## credit-repair-wrong-record
q-credit-repair-wrong-record = 如果你发现信用记录入面有错，例如有一笔自己从来冇借过嘅贷款，应该点做？
q-credit-repair-wrong-record-a = 使钱请“征信修复”公司嚟搞
q-credit-repair-wrong-record-a-why = 唔啱。更正错误唔使使钱请中介。
q-credit-repair-wrong-record-b = 经官方渠道提出异议，免费更正
q-credit-repair-wrong-record-b-why = 啱。可以揾报送呢条记录嘅机构，或者征信机构嘅官方渠道提出异议。呢样係免费嘅。
q-credit-repair-wrong-record-c = 唔使理佢，过几年自己会冇咗
q-credit-repair-wrong-record-c-why = 唔啱。错嘅记录要及时更正。冇借过嘅贷款，仲可能代表有人冒用咗你嘅身份。

## credit-repair-legal-delete
q-credit-repair-legal-delete = “征信修复”公司可以合法咁删走真实嘅不良记录，只不过要收钱。
q-credit-repair-legal-delete-true-why = 唔啱。真实嘅不良记录唔可以使钱删走。只有错嘅记录，先可以经官方渠道免费更正。
q-credit-repair-legal-delete-false-why = 啱。话可以收钱删记录嘅，多数係骗局。记录真係有错，可以自己经官方渠道免费更正。

## credit-repair-red-flags
q-credit-repair-red-flags = 有人话可以帮你“征信修复”。下面边啲係危险讯号？请拣晒所有危险讯号。
q-credit-repair-red-flags-a = 话自己“内部有关系”，删得走不良记录
q-credit-repair-red-flags-a-why = 呢个係危险讯号。冇人可以靠关系删走真实嘅记录。
q-credit-repair-red-flags-b = 建议你经官方渠道查自己嘅信用报告
q-credit-repair-red-flags-b-why = 呢个唔係危险讯号。自己查报告、核对有冇错，係好习惯。
q-credit-repair-red-flags-c = 要你先畀一笔“修复费”
q-credit-repair-red-flags-c-why = 呢个係危险讯号。更正错嘅记录係免费嘅，唔使畀钱。
q-credit-repair-red-flags-d = 要你提供身份证、银行卡同手机验证码
q-credit-repair-red-flags-d-why = 呢个係危险讯号。呢啲资料可能畀人攞去冒名借钱。验证码绝对唔可以话畀人知。

## credit-repair-good-record
q-credit-repair-good-record = 想自己嘅信用记录越嚟越好，靠得住嘅办法係咩？
q-credit-repair-good-record-a = 使钱揾人将记录“洗白”
q-credit-repair-good-record-a-why = 唔啱。“洗白”征信係骗局，钱使咗，记录都唔会变。
q-credit-repair-good-record-b = 借人哋嘅身份去借贷款
q-credit-repair-good-record-b-why = 唔啱。冒用人哋嘅身份係犯法嘅，亦会搞到对方有麻烦。
q-credit-repair-good-record-c = 准时还钱，慢慢积落好记录
q-credit-repair-good-record-c-why = 啱。准时还钱係最靠得住嘅办法，好记录要靠时间慢慢储。

## commission-fraud-borrow-id
q-commission-fraud-borrow-id-story = 有个保险代理人同赵伯讲：“用你个身份证买份保险，保费我出，过几个月退咗佢，再畀一笔好处费你。”赵伯觉得唔使自己出钱仲有钱收，有啲心郁郁。
q-commission-fraud-borrow-id = 赵伯应该点做？
q-commission-fraud-borrow-id-a = 答应，横掂唔使自己出钱
q-commission-fraud-borrow-id-a-why = 唔啱。用你个名投保去呃佣金，出咗事你可能会卷入纠纷。
q-commission-fraud-borrow-id-b = 净係借身份证，唔签名就冇事
q-commission-fraud-borrow-id-b-why = 唔啱。身份证借咗出去，可能畀人攞去代签、办其他嘢，风险好大。
q-commission-fraud-borrow-id-c = 先袋咗啲好处费，第时先算
q-commission-fraud-borrow-id-c-why = 唔啱。合同以外嘅好处费往往收埋其他目的，收咗反而讲唔清。
q-commission-fraud-borrow-id-d = 拒绝，唔将身份证借畀人投保
q-commission-fraud-borrow-id-d-why = 啱。身份证只用嚟办自己嘅事。有疑问，可以打保险公司嘅官方客服核实。

## commission-fraud-own-signature
q-commission-fraud-own-signature = 买保险嘅时候，投保单上面个名应该由边个签？
q-commission-fraud-own-signature-a = 代理人代签就得，慳功夫
q-commission-fraud-own-signature-a-why = 唔啱。人哋代签，你可能根本唔知自己买咗啲咩。呢个亦係骗局常用嘅手法。
q-commission-fraud-own-signature-b = 你自己睇清楚之后，亲手签名
q-commission-fraud-own-signature-b-why = 啱。买唔买由你自己决定。睇清楚先签，唔明就问。
q-commission-fraud-own-signature-c = 屋企边个得闲就边个签
q-commission-fraud-own-signature-c-why = 唔啱。边个投保就应该边个亲自签。人哋代签，以后出咗事好难讲得清。

## commission-fraud-cash-back
q-commission-fraud-cash-back = 代理人私下话“买保险回现金畀你”，呢种好处可以放心收。
q-commission-fraud-cash-back-true-why = 唔啱。合同以外私下畀嘅好处，往往收埋其他目的。收咗之后出咗事，你好难讲得清。
q-commission-fraud-cash-back-false-why = 啱。一切以合同为准。私下回钱係危险讯号，可以向保险公司嘅官方客服核实。

## commission-fraud-check-policies
q-commission-fraud-check-policies = 你可以经保险公司嘅官方客服或者官方 App，查吓自己名下有边啲保单。
q-commission-fraud-check-policies-true-why = 啱。间中查吓，可以发现自己唔知道嘅保单，亦可以揾返唔记得咗嘅保障。
q-commission-fraud-check-policies-false-why = 唔啱。查自己名下嘅保单，係你嘅权利。直接揾保险公司嘅官方渠道就得。

## commission-fraud-red-flags
q-commission-fraud-red-flags = 买保险嘅时候，代理人边啲做法係危险讯号？请拣晒所有危险讯号。
q-commission-fraud-red-flags-a = 要帮你喺投保单上面代签名
q-commission-fraud-red-flags-a-why = 呢个係危险讯号。签名一定要係你本人。代签可能令你买咗自己都唔知嘅保险。
q-commission-fraud-red-flags-b = 请你将合同条款睇清楚先决定
q-commission-fraud-red-flags-b-why = 呢个唔係危险讯号。睇清条款先决定，係你应有嘅权利。
q-commission-fraud-red-flags-c = 话保费佢帮你垫住先，你唔使出钱
q-commission-fraud-red-flags-c-why = 呢个係危险讯号。正常卖保险唔会帮你垫钱，背后可能係呃佣金。
q-commission-fraud-red-flags-d = 急住劝你退咗旧保单，即刻换买新嘅
q-commission-fraud-red-flags-d-why = 呢个係危险讯号。退旧买新可能令你蚀钱又冇咗保障。买唔买由你自己决定。

## high-yield-guaranteed-return
q-high-yield-guaranteed-return = 有人话有只理财“保本保息、稳赚唔蚀，回报仲特别高”。咁说明咗啲咩？
q-high-yield-guaranteed-return-a = 难得嘅好机会，要快啲买
q-high-yield-guaranteed-return-a-why = 唔啱。投资都有风险，冇净係赚唔蚀嘅好事。越係催你快啲买，越要停低谂一谂。
q-high-yield-guaranteed-return-b = 呢个係危险讯号，要提高警觉
q-high-yield-guaranteed-return-b-why = 啱。又高回报又保证唔蚀，係高息理财陷阱成日用嘅讲法。正规产品会将风险讲清楚。
q-high-yield-guaranteed-return-c = 说明呢间公司实力好强
q-high-yield-guaranteed-return-c-why = 唔啱。口头应承证明唔到实力。牌照同风险要经正规渠道去核实。

## high-yield-red-flags
q-high-yield-red-flags = 有人向你推介理财。下面边啲係危险讯号？请拣晒所有危险讯号。
q-high-yield-red-flags-a = 应承高回报，仲保证唔会蚀本
q-high-yield-red-flags-a-why = 呢个係危险讯号。投资有赚有蚀，保证高回报唔蚀本係骗子成日讲嘅说话。
q-high-yield-red-flags-b = 叫你拉亲友加入，拉得越多奖励越多
q-high-yield-red-flags-b-why = 呢个係危险讯号。靠拉人头畀奖励，好多时係攞新人啲钱畀旧人做利息，迟早会冧。
q-high-yield-red-flags-c = 催你“名额有限，今日一定要过数”
q-high-yield-red-flags-c-why = 呢个係危险讯号。催得越急，就越係唔想你有时间去核实、去倾。
q-high-yield-red-flags-d = 喺正规网点讲清楚风险，等你自己决定
q-high-yield-red-flags-d-why = 呢个唔係危险讯号。将风险讲清楚、由你自己决定，係正规机构应该做嘅事。
q-high-yield-red-flags-e = 叫你将钱转去某个人嘅私人账户
q-high-yield-red-flags-e-why = 呢个係危险讯号。正规理财唔会叫你将钱过畀个人。钱转咗出去就好难追得返。

## high-yield-friend-referral-safe
q-high-yield-friend-referral-safe = 判断啱唔啱：只要係熟人、亲戚介绍嘅高息理财，就一定安全。
q-high-yield-friend-referral-safe-true-why = 唔啱。熟人都可能畀人呃咗，自己仲未知。产品安唔安全，要睇产品本身，唔係睇边个介绍。
q-high-yield-friend-referral-safe-false-why = 啱。熟人介绍唔等于安全。买唔买由你自己决定，先去正规渠道核实。

## high-yield-platform-stops-payout
q-high-yield-platform-stops-payout-story = 退休嘅张叔投咗一个“高息项目”，头几个月都准时收到利息。最近对方话个平台“升级”紧，暂时攞唔到钱，仲劝佢再投多啲。
q-high-yield-platform-stops-payout = 张叔应该点做？
q-high-yield-platform-stops-payout-a = 再投多啲，等个平台升级好
q-high-yield-platform-stops-payout-a-why = 唔啱。攞唔出钱仲叫你加钱，係典型嘅骗局手法。再投只会蚀得更多。
q-high-yield-platform-stops-payout-b = 喺群入面静静鸡等通知，唔好出声
q-high-yield-platform-stops-payout-b-why = 唔啱。拖得越耐，啲钱越难追返。骗子就係想你一直等。
q-high-yield-platform-stops-payout-c = 唔再投钱，留好单据，打110报警
q-high-yield-platform-stops-payout-c-why = 啱。先停手唔再投钱，保留合同、转账记录同倾偈记录，尽快向警方报案。

## high-yield-check-before-buying
q-high-yield-check-before-buying = 想买理财产品之前，边种做法比较稳阵？
q-high-yield-check-before-buying-a = 净係睇宣传单张上面嘅回报数字
q-high-yield-check-before-buying-a-why = 唔啱。宣传单张净係拣好听嘅讲。风险、费用同埋可唔可以随时攞钱，一样咁重要。
q-high-yield-check-before-buying-b = 信“内部消息”，越快越好
q-high-yield-check-before-buying-b-why = 唔啱。“内部消息”同“越快越好”，都係催你唔好谂咁多。
q-high-yield-check-before-buying-c = 去正规机构问清楚风险，再自己决定
q-high-yield-check-before-buying-c-why = 啱。你有权知道产品嘅真实情况同风险。问清楚、谂明白，再决定买唔买。
q-high-yield-check-before-buying-d = 叫推销员帮你签名办理
q-high-yield-check-before-buying-d-why = 唔啱。合同要自己睇、自己签。人哋代签，出咗事好难讲得清。

## fake-customer-service-screen-share
q-fake-customer-service-screen-share = 自称“客服”嘅人打电话嚟，叫你打开手机嘅“屏幕共享”，话要帮你办退款。你应该点做？
q-fake-customer-service-screen-share-a = 照佢讲嘅做，客服係嚟帮手嘅
q-fake-customer-service-screen-share-a-why = 唔啱。共享屏幕之后，对方睇得到你嘅验证码同银行卡资料。
q-fake-customer-service-screen-share-b = 净係共享一阵，应该冇事
q-fake-customer-service-screen-share-b-why = 唔啱。一阵间已经够对方睇到验证码，将啲钱转走。
q-fake-customer-service-screen-share-c = 将收到嘅验证码读畀佢听
q-fake-customer-service-screen-share-c-why = 唔啱。验证码同密码，对边个都唔可以讲，包括自称客服嘅人。
q-fake-customer-service-screen-share-d = 收线，自己揾官方客服核实
q-fake-customer-service-screen-share-d-why = 啱。正规退款唔使共享屏幕。收线之后，用官方渠道自己查。

## fake-customer-service-red-flags
q-fake-customer-service-red-flags = 接到自称“客服”嘅电话。下面边啲係危险讯号？请拣晒所有危险讯号。
q-fake-customer-service-red-flags-a = 话你份保单或者贷款“出咗问题”，要即刻处理
q-fake-customer-service-red-flags-a-why = 呢个係危险讯号。骗子成日先整到你好紧张，等你嚟唔切谂。
q-fake-customer-service-red-flags-b = 叫你讲出验证码或者密码
q-fake-customer-service-red-flags-b-why = 呢个係危险讯号。正规客服唔会问你攞验证码同密码。
q-fake-customer-service-red-flags-c = 提你收线之后，喺官方App入面自己查
q-fake-customer-service-red-flags-c-why = 呢个唔係危险讯号。叫你自己经官方渠道核实，係安全嘅做法。
q-fake-customer-service-red-flags-d = 要你先转一笔钱，先可以退款
q-fake-customer-service-red-flags-d-why = 呢个係危险讯号。正规退款唔使你先畀钱。
q-fake-customer-service-red-flags-e = 乜密码都唔问，净係提你小心账户安全
q-fake-customer-service-red-flags-e-why = 呢个唔係危险讯号。净係提醒、唔要密码、唔要转账，咁嘅电话唔会令你有损失。

## fake-customer-service-refund-no-fee
q-fake-customer-service-refund-no-fee = 判断啱唔啱：正规嘅退款，唔使你先畀钱，亦唔使你共享手机屏幕。
q-fake-customer-service-refund-no-fee-true-why = 啱。要你先畀钱、共享屏幕先退到款嘅，全部都係骗局。
q-fake-customer-service-refund-no-fee-false-why = 唔啱。正规退款从来唔使你先畀钱，亦唔使共享屏幕。遇到呢种要求，即刻收线。

## fake-customer-service-cancel-loan-call
q-fake-customer-service-cancel-loan-call-story = 李伯接到电话，对方自称“某平台客服”，话佢名下有个贷款账户，唔注销就会“影响征信”。对方叫佢先将钱转去一个指定账户“做流水”，先可以注销。
q-fake-customer-service-cancel-loan-call = 李伯应该点做？
q-fake-customer-service-cancel-loan-call-a = 快啲照对方讲转账，保住征信
q-fake-customer-service-cancel-loan-call-a-why = 唔啱。注销账户唔使转账。“影响征信”係骗子吓人嘅讲法。
q-fake-customer-service-cancel-loan-call-b = 收线，用官方渠道自己核实
q-fake-customer-service-cancel-loan-call-b-why = 啱。征信记录如果有错，可以经官方渠道免费更正，从来唔使转账。
q-fake-customer-service-cancel-loan-call-c = 将身份证同银行卡号码发畀对方
q-fake-customer-service-cancel-loan-call-c-why = 唔啱。个人资料交咗出去，可能畀人攞去冒名借贷款或者转走啲钱。

## fake-customer-service-how-to-verify
q-fake-customer-service-how-to-verify = 点样核实一个“客服”电话係真定假？
q-fake-customer-service-how-to-verify-a = 收线之后，打官方App或者合同上面嘅电话
q-fake-customer-service-how-to-verify-a-why = 啱。号码要自己喺官方渠道揾，再自己打过去问。
q-fake-customer-service-how-to-verify-b = 打返啱啱打嚟嗰个号码
q-fake-customer-service-how-to-verify-b-why = 唔啱。打返去都係骗子听。来电号码都可能係扮出嚟嘅。
q-fake-customer-service-how-to-verify-c = 㩒开对方短讯入面嘅链接睇吓
q-fake-customer-service-how-to-verify-c-why = 唔啱。陌生链接可能係假网站，会呃走你嘅账号同密码。

## impersonated-police-safe-account
q-impersonated-police-safe-account = 判断啱唔啱：警察、检察院、法院或者金融监管部门，可能会叫你将钱转去“安全账户”接受调查。
q-impersonated-police-safe-account-true-why = 唔啱。公检法同监管部门从来唔会叫你将钱转去“安全账户”。咁讲嘅全部都係骗子。
q-impersonated-police-safe-account-false-why = 啱。根本冇咩“安全账户”。一听到呢个词，即刻收线，打110。

## impersonated-police-answer-96110
q-impersonated-police-answer-96110 = 判断啱唔啱：如果96110打电话畀你，最好听，佢係提醒你防骗。
q-impersonated-police-answer-96110-true-why = 啱。96110係全国反诈预警劝阻电话。佢打嚟，可能係你正畀骗子盯上。
q-impersonated-police-answer-96110-false-why = 唔啱。96110打嚟係提醒你防骗，要听。遇到紧急情况，请打110。

## impersonated-police-red-flags
q-impersonated-police-red-flags = 有人打电话嚟自称“警官”。下面边啲係危险讯号？请拣晒所有危险讯号。
q-impersonated-police-red-flags-a = 话你涉嫌一单案，要“配合调查”
q-impersonated-police-red-flags-a-why = 呢个係危险讯号。骗子成日用“涉案”嚟吓人，等你慌失失。
q-impersonated-police-red-flags-b = 要你“保密”，唔准话畀屋企人知
q-impersonated-police-red-flags-b-why = 呢个係危险讯号。唔畀你话畀屋企人知，係怕屋企人识穿个骗局。
q-impersonated-police-red-flags-c = 建议你去附近派出所当面问清楚
q-impersonated-police-red-flags-c-why = 呢个唔係危险讯号。去派出所当面问，或者打110核实，都係安全嘅做法。
q-impersonated-police-red-flags-d = 叫你将存款转去“安全账户”
q-impersonated-police-red-flags-d-why = 呢个係危险讯号。公检法唔会叫你转账。“安全账户”全部都係骗子嘅账户。

## impersonated-police-hotel-review
q-impersonated-police-hotel-review-story = 王姨接到电话，对方自称“公安局”，话佢张银行卡涉嫌一单案件。对方叫佢一个人去酒店开房，唔准话畀仔女知，等住“远程审查”。
q-impersonated-police-hotel-review = 王姨最好点做？
q-impersonated-police-hotel-review-a = 照要求去酒店，配合审查
q-impersonated-police-hotel-review-a-why = 唔啱。将你同屋企人隔开，係骗子常用嘅手法。真警察唔会咁样办案。
q-impersonated-police-hotel-review-b = 收线，话畀屋企人知，打110
q-impersonated-police-hotel-review-b-why = 啱。先收线，同屋企人倾，再打110核实。
q-impersonated-police-hotel-review-c = 将银行卡密码话畀对方知，证明自己清白
q-impersonated-police-hotel-review-c-why = 唔啱。密码讲咗出去，啲钱就可能畀人转走。清白唔使用密码嚟证明。

## impersonated-police-regulator-call
q-impersonated-police-regulator-call = 有人自称“金融监管部门”，话要“注销你嘅账户”，叫你转移资金。下面边句係啱嘅？
q-impersonated-police-regulator-call-a = 监管部门唔会打电话叫个人转账
q-impersonated-police-regulator-call-a-why = 啱。监管部门唔会打电话叫你转账，亦唔会帮你保管啲钱。
q-impersonated-police-regulator-call-b = 监管部门可以帮你保管存款
q-impersonated-police-regulator-call-b-why = 唔啱。监管部门唔会帮个人保管钱。咁讲嘅就係骗子。
q-impersonated-police-regulator-call-c = 对方讲得出我嘅身份证号码，就係真嘅
q-impersonated-police-regulator-call-c-why = 唔啱。个人资料可能一早已经泄露咗。骗子知道你嘅姓名同证件号码，都唔出奇。

## misleading-sales-deposit-became-policy
q-misleading-sales-deposit-became-policy-story = 刘姨去银行存定期，有人话有只“存款产品”利息高啲，佢就签咗名。后来佢先发现，买嘅其实係一份保险，提前攞出嚟会有损失。
q-misleading-sales-deposit-became-policy = 刘姨可以点做？
q-misleading-sales-deposit-became-policy-a = 当自己黑仔，乜都唔讲
q-misleading-sales-deposit-became-policy-a-why = 唔啱。你有权反映问题、要求处理。讲出嚟唔丢架。
q-misleading-sales-deposit-became-policy-b = 使钱请“代理维权”嘅人帮手
q-misleading-sales-deposit-became-policy-b-why = 唔啱。“代理维权”要收好高嘅费用，仲可能攞走你嘅个人资料。投诉同调解都可以自己办。
q-misleading-sales-deposit-became-policy-c = 先揾呢间机构嘅官方渠道，再打12378
q-misleading-sales-deposit-became-policy-c-why = 啱。先向机构反映；解决唔到，可以打12378投诉，亦可以申请免费嘅纠纷调解。

## misleading-sales-red-flags
q-misleading-sales-red-flags = 买金融产品嘅时候，下面边啲係销售误导嘅危险讯号？请拣晒所有危险讯号。
q-misleading-sales-red-flags-a = 将保险讲成“存款”或者“储蓄”
q-misleading-sales-red-flags-a-why = 呢个係危险讯号。保险同存款唔一样，提前退保可能攞唔返全部啲钱。
q-misleading-sales-red-flags-b = 净係讲回报，唔讲风险同退保损失
q-misleading-sales-red-flags-b-why = 呢个係危险讯号。你有权知道风险。净讲好处唔讲坏处，就係冇讲齐。
q-misleading-sales-red-flags-c = 话“条款唔使睇，签名就得”
q-misleading-sales-red-flags-c-why = 呢个係危险讯号。条款入面写住你嘅权利同责任，一定要睇明白。
q-misleading-sales-red-flags-d = 讲清楚条款同费用，等你拎返屋企谂吓
q-misleading-sales-red-flags-d-why = 呢个唔係危险讯号。畀时间你考虑、同屋企人倾，係负责任嘅做法。
q-misleading-sales-red-flags-e = 用浅白嘅说话将风险讲畀你听
q-misleading-sales-red-flags-e-why = 呢个唔係危险讯号。机构本来就应该用易明嘅说话讲清楚风险。

## misleading-sales-sign-for-me
q-misleading-sales-sign-for-me = 判断啱唔啱：只要销售员讲得清楚，合同可以唔睇，亦可以叫佢代签。
q-misleading-sales-sign-for-me-true-why = 唔啱。口头讲嘅唔一定有写入合同。合同要自己睇、自己签。
q-misleading-sales-sign-for-me-false-why = 啱。合同关系到你啲钱同你嘅权利。自己睇明白、自己签名，先算数。

## misleading-sales-unclear-terms
q-misleading-sales-unclear-terms = 合同入面有啲条款你睇唔明，应该点做？
q-misleading-sales-unclear-terms-a = 叫对方讲明白，未搞明就唔好签住
q-misleading-sales-unclear-terms-a-why = 啱。你有权听到易明嘅解释。搞明白先签，唔丢架。
q-misleading-sales-unclear-terms-b = 唔好意思问多句，直接签名
q-misleading-sales-unclear-terms-b-why = 唔啱。唔明就签，以后蚀底嘅係自己。问多几句係你嘅权利。
q-misleading-sales-unclear-terms-c = 信销售员讲嘅“都一样”
q-misleading-sales-unclear-terms-c-why = 唔啱。唔同产品可能差好远。以合同上面写嘅为准，唔以口头讲嘅为准。

## misleading-sales-forced-bundle
q-misleading-sales-forced-bundle = 职员话：“唔买呢份保险，就唔帮你办贷款。”咁讲啱唔啱？
q-misleading-sales-forced-bundle-a = 啱，呢个係规定
q-misleading-sales-forced-bundle-a-why = 唔啱。买唔买保险，由你自己决定。唔可以攞其他业务嚟逼你买。
q-misleading-sales-forced-bundle-b = 啱，只要保险平就得
q-misleading-sales-forced-bundle-b-why = 唔啱。平唔平都好，都应该由你自愿拣，唔可以畀人强迫。
q-misleading-sales-forced-bundle-c = 唔啱，买唔买由你自己决定
q-misleading-sales-forced-bundle-c-why = 啱。你有自主选择权。遇到强行捆绑销售，可以向机构反映，亦可以打12378。

## elderly-scheme-health-talk
q-elderly-scheme-health-talk-story = 屋苑附近嚟咗个“健康讲座”，日日送鸡蛋，仲有人陪赵伯倾偈，叫佢“契爷”。几日之后，讲师话有种“保健品”医得好佢嘅高血压，要佢先畀一大笔钱。
q-elderly-scheme-health-talk = 赵伯应该点做？
q-elderly-scheme-health-talk-a = 唔好畀钱住，同仔女倾，睇病听医生讲
q-elderly-scheme-health-talk-a-why = 啱。保健品唔可以代替药。身体嘅事问医生，使大钱之前同屋企人倾。
q-elderly-scheme-health-talk-b = 人哋对我咁好，唔买唔好意思
q-elderly-scheme-health-talk-b-why = 唔啱。送小礼物、嘘寒问暖，好多时係想你放低戒心。唔买唔使觉得欠人情。
q-elderly-scheme-health-talk-c = 快啲畀钱，停咗啲药改食保健品
q-elderly-scheme-health-talk-c-why = 唔啱。自己停药可能延误病情。保健品医唔到病。

## elderly-scheme-pension-red-flags
q-elderly-scheme-pension-red-flags = 有人向你推销“养老项目”。下面边啲係危险讯号？请拣晒所有危险讯号。
q-elderly-scheme-pension-red-flags-a = 畀一笔钱就“包养老”，仲保证有回报
q-elderly-scheme-pension-red-flags-a-why = 呢个係危险讯号。保证高回报嘅“养老项目”，可能係非法集资。
q-elderly-scheme-pension-red-flags-b = 话“净係开放畀老人家，要保密”
q-elderly-scheme-pension-red-flags-b-why = 呢个係危险讯号。要你保密，係怕仔女同朋友帮你识穿。
q-elderly-scheme-pension-red-flags-c = 合同写清楚，等你拎返屋企畀仔女睇
q-elderly-scheme-pension-red-flags-c-why = 呢个唔係危险讯号。肯畀屋企人一齐睇合同，係正常、透明嘅做法。
q-elderly-scheme-pension-red-flags-d = 叫你多带啲老朋友嚟，畀佣金你
q-elderly-scheme-pension-red-flags-d-why = 呢个係危险讯号。靠拉人头畀佣金，係传销同非法集资常见嘅做法。
q-elderly-scheme-pension-red-flags-e = 服务内容、费用同退款办法都写入合同
q-elderly-scheme-pension-red-flags-e-why = 呢个唔係危险讯号。将费用同退款办法写清楚，係正规服务应有嘅样。

## elderly-scheme-health-product-not-medicine
q-elderly-scheme-health-product-not-medicine = 判断啱唔啱：保健品唔係药，唔可以代替药物医病。
q-elderly-scheme-health-product-not-medicine-true-why = 啱。保健品医唔到病。话保健品“包医百病”嘅，就係呃人。
q-elderly-scheme-health-product-not-medicine-false-why = 唔啱。保健品唔可以代替药物。有病请睇医生，唔好自己停药。

## elderly-scheme-keep-it-secret
q-elderly-scheme-keep-it-secret = 推销嘅人一次又一次叮嘱你“唔好话畀仔女知”。通常係点解？
q-elderly-scheme-keep-it-secret-a = 想畀你啲仔女一个惊喜
q-elderly-scheme-keep-it-secret-a-why = 唔啱。正当嘅好事，唔怕屋企人知。
q-elderly-scheme-keep-it-secret-b = 怕屋企人睇出问题，阻住你
q-elderly-scheme-keep-it-secret-b-why = 啱。骗子最怕你同屋企人倾。越叫你保密，越要同屋企人讲。
q-elderly-scheme-keep-it-secret-c = 因为呢个係国家嘅保密项目
q-elderly-scheme-keep-it-secret-c-why = 唔啱。“国家保密项目”係骗子作出嚟嘅。国家唔会私下揾你畀钱。

## elderly-scheme-already-paid
q-elderly-scheme-already-paid = 如果发现自己可能已经畀人呃咗钱，应该点做？
q-elderly-scheme-already-paid-a = 揾网上嘅“追款公司”，先畀手续费
q-elderly-scheme-already-paid-a-why = 唔啱。先收钱再“追款”，往往係第二次呃你。
q-elderly-scheme-already-paid-b = 觉得丢架，自己忍住唔讲
q-elderly-scheme-already-paid-b-why = 唔啱。畀人呃唔係你嘅错。早啲讲出嚟，先有机会减少损失。
q-elderly-scheme-already-paid-c = 再投一笔，谂办法赚返啲钱
q-elderly-scheme-already-paid-c-why = 唔啱。再投只会蚀得更多。先停手。
q-elderly-scheme-already-paid-d = 留好单据，打110报警
q-elderly-scheme-already-paid-d-why = 啱。保留合同、收据同转账记录，尽快报警，亦都话畀屋企人知。

## Sharing a finished round's score with the partner whose page shows the app (only when the person agrees)

# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
share-score-title = 将成绩话俾{ $partner }知？
# Variables:
#   $right (Number) - how many questions of the round were answered right, e.g. 8
#   $total (Number) - how many questions the round had, e.g. 10
share-score-body = 只会发送呢一轮嘅主题、答啱 { $right } 题、一共 { $total } 题。唔会发送你嘅答案、名同埋保存咗嘅任何内容。
share-score-agree = 同意发送
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
share-score-sent = 已经话咗俾{ $partner }知。
