# Anxin (安心) — the quiz: its screens, topic names and the question bank (also the home
# screen's daily question).
# { -brand-name } is the app's name, from shell.ftl.
# Facts rest on ../shared/brief/domain.md and widely known safe practice; no invented numbers.
# Question ids are stable; structure (which options are correct, topic, right) is in
# src/content/quiz_bank.rs. Messages per question:
#   q-<id>            the question, with a `.plain` wording
#   q-<id>-story      a scenario's two-line story, with a `.plain` wording
#   q-<id>-<key>      an option's text (true/false questions use quiz-true and quiz-false)
#   q-<id>-<key>-why  why that option is right or wrong

## The quiz screen

quiz-intro = 边学边练。答错了没关系，每道题都告诉您为什么。
    .plain = 做做题，学本事。答错不要紧，每道题都讲道理。
quiz-mixed-title = 随机练一轮
    .plain = 随便来几道

# Variables:
#   $count (Number) - how many questions a mixed round draws (currently 10)
quiz-mixed-sub = 从全部题目里抽 { $count } 道，错题本里的题会先出。
    .plain = 抽 { $count } 道题，先考您以前做错的。

quiz-topics-title = 按主题练习
    .plain = 挑一个题目练
quiz-group-right = 八项基本权利
quiz-group-scam = 常见骗局
    .plain = 骗子的套路
quiz-group-basics = 生活常识

# The partner's featured topics, listed first on the quiz screen.
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
quiz-group-featured = { $partner }推荐

# Variables:
#   $count (Number) - how many questions the topic has
quiz-topic-count = { $count } 道题

quiz-topic-done = 已练完
    .plain = 做完了

## The 错题本

quiz-notebook-title = 错题本

# Variables:
#   $count (Number) - how many questions are in the person's 错题本 (notebook of missed questions)
quiz-notebook-count = 错题本里有 { $count } 道题。

quiz-notebook-empty = 错题本是空的。答错或不确定的题会放进来。
    .plain = 错题本里还没有题。做错的题会放进来。
quiz-notebook-rule = 一道题在两个不同的日子都答对了，就会从错题本里拿走。
    .plain = 一道题，哪天答对了，换一天再答对，就算学会了。
quiz-notebook-practise = 练一练错题
    .plain = 再做一遍错题
quiz-notebook-rested = 今天的错题都答对过了，明天再来练。
    .plain = 今天练好了，明天再来。
quiz-notebook-open = 看看错题本里的题
    .plain = 看看是哪些题
quiz-notebook-close = 收起错题
quiz-notebook-clear = 清空错题本
quiz-notebook-clear-confirm = 确定要清空错题本吗？清空后不能找回。
    .plain = 真的要全删掉吗？删了就找不回来了。
quiz-notebook-clear-yes = 清空
quiz-notebook-clear-no = 不清空

## A round

# Variables:
#   $number (Number) - which question of the round is on screen, counting from 1
#   $total (Number) - how many questions the round has
quiz-progress = 第 { $number } 题，共 { $total } 题

quiz-kind-single = 单选题：选一个答案
    .plain = 选一个
quiz-kind-true-false = 判断题：这句话对不对？
    .plain = 这话对不对？
quiz-kind-red-flags = 多选题：把对的都选上
    .plain = 对的都选上，可以选好几个
quiz-kind-scenario = 情景题：读一读，再选
    .plain = 先看这件事，再选一个
quiz-true = 对
quiz-false = 错
quiz-check = 确定
quiz-choose-first = 先选一个答案，再点“确定”。
    .plain = 先选，再点“确定”。
quiz-not-sure = 我不确定
    .plain = 我拿不准
quiz-next = 下一题
quiz-see-score = 看看结果
quiz-leave = 先不做了
    .plain = 不做了

## After an answer

quiz-right = 答对了！
    .plain = 对了！
quiz-wrong = 这题没答对，没关系，看看为什么。
    .plain = 这题错了，不要紧，咱们看看为啥。
quiz-unsure = 不确定也没关系，我们一起看看。
    .plain = 拿不准不要紧，咱们一起看看。
quiz-mark-correct = 正确答案
    .plain = 这个对
quiz-mark-chosen = 您选的

# Variables:
#   $topic (String) - the name of the question's topic (one of the topic-* messages)
quiz-learn-more = 学一学：{ $topic }
    .plain = 再学学：{ $topic }

quiz-see-case = 看看真实案例
    .plain = 看看别人怎么被骗的

## The score

quiz-score-title = 这一轮做完了
    .plain = 做完了

# Variables:
#   $right (Number) - how many questions of the round the person answered right
#   $total (Number) - how many questions the round had
quiz-score = 答对 { $right } 题，共 { $total } 题。
    .plain = { $total } 道题，您答对了 { $right } 道。

quiz-score-all = 全都答对了，真棒！
    .plain = 全对，真棒！
quiz-score-notebook = 没答对和不确定的题，已经放进错题本，以后还会再考。
    .plain = 做错的题放进错题本了，以后再练。
quiz-review = 可以再看看这些：
    .plain = 再学学这些：
quiz-retry-missed = 只练没答对的题
    .plain = 把错的再做一遍
quiz-back-topics = 回到题目列表
    .plain = 回去选题

## 每日一题 on the home screen

daily-title = 每日一题
daily-note = 每天一道题，大家今天做的是同一道。
    .plain = 每天一道题，今天大家都做这一道。
daily-done = 今天的题做完了，明天再来。
    .plain = 今天做过了，明天再来。
daily-result-right = 今天的题您答对了。
daily-result-other = 今天的题已经放进错题本，去练一练吧。
    .plain = 今天这题放进错题本了，去练练吧。
daily-more = 去做更多题
    .plain = 再做几道

## The certificate

cert-title = 结业证书

# Variables:
#   $done (Number) - how many quiz topics the person has finished
#   $total (Number) - how many topics there are (currently 21)
cert-progress = 已练完 { $done } 个主题，共 { $total } 个。
    .plain = 一共 { $total } 个主题，练完了 { $done } 个。

cert-locked = 每个主题都练完一次，就能在这里领一张证书。
    .plain = 每个主题都做一遍，就能领证书。
cert-name-label = 写上您的名字（可以不写）
    .plain = 写个名字（不写也行）

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
cert-name-hint = { $device ->
        [computer] 名字只留在这台电脑上，不会发出去。
        [tablet] 名字只留在这台平板上，不会发出去。
       *[phone] 名字只留在这台手机上，不会发出去。
    }
    .plain = 名字不会传出去。

cert-make = 生成证书
    .plain = 做证书
cert-heading = { -brand-name } · 金融知识结业证书
cert-anonymous = { -brand-name }学员

# Variables:
#   $total (Number) - how many quiz topics there are, all of which the person has finished (currently 21)
cert-body = 已经练完{ -brand-name }全部 { $total } 个主题：懂权利，识骗局，护好钱袋子。

# Variables:
#   $year (Number) - the year the certificate is made, e.g. 2025
#   $month (Number) - its month, 1 to 12
#   $day (Number) - its day of the month, 1 to 31
cert-date = { $year } 年 { $month } 月 { $day } 日

cert-image-alt = { -brand-name }结业证书
cert-save-hint = 在微信里长按图片，就能保存到手机。
    .plain = 按住图片不放，就能存到手机里。
cert-download = 保存图片
cert-failed = 这台手机没能生成图片。您的学习记录都还在。
    .plain = 图片没做出来。学习记录还在。

## Topic names

topic-right-to-know = 知情权
topic-free-choice = 自主选择权
topic-fair-dealing = 公平交易权
topic-property-safety = 财产安全权
topic-seek-compensation = 依法求偿权
topic-financial-education = 受教育权
topic-respect-and-dignity = 受尊重权
topic-information-security = 信息安全权
topic-agent-surrender = 代理退保
    .plain = 花钱找人“帮忙退保”
topic-debt-relief = 债务减免、停息挂账
    .plain = 说能帮您少还钱
topic-paid-rights-defence = 代理维权
    .plain = 花钱找人“帮忙维权”
topic-credit-repair = 征信修复
    .plain = 说能帮您“洗白”信用记录
topic-high-yield = 高息理财陷阱
    .plain = 利息高得吓人的“理财”
topic-commission-fraud = 佣金诈骗
    .plain = 业务员拿佣金的骗局
topic-fake-customer-service = 冒充客服
    .plain = 假客服
topic-impersonated-police = 冒充公检法和监管人员
    .plain = 假警察、假官员
topic-misleading-sales = 销售误导
    .plain = 存钱变成了买保险
topic-elderly-scheme = 针对老人的骗局
    .plain = 专骗老人的套路
topic-personal-information = 保护个人信息
    .plain = 护好自己的信息
topic-payments-and-passwords = 支付和密码
    .plain = 付钱和密码
topic-insurance-basics = 保险常识

## The questions

## right-to-know-before-buying
q-right-to-know-before-buying = 买理财或保险之前，您有权知道哪些情况？
    .plain = 买之前，人家该告诉您什么？
q-right-to-know-before-buying-a = 只有能赚多少钱
    .plain = 光知道能赚多少
q-right-to-know-before-buying-a-why = 不对。只知道收益还不够。风险和费用，同样会影响您的决定。
    .plain = 不对。光知道赚多少不够。会不会亏、要花多少钱，也得知道。
q-right-to-know-before-buying-b = 对方愿意说多少，就知道多少
    .plain = 人家说多少，您就知道多少
q-right-to-know-before-buying-b-why = 不对。会影响您决定的信息，机构都应该真实、完整地告诉您。
    .plain = 不对。跟您拿主意有关的事，人家都得照实说全。
q-right-to-know-before-buying-c = 收益、费用、风险，什么时候能拿回钱
    .plain = 能赚多少、花多少、会不会亏、钱啥时候回来
q-right-to-know-before-buying-c-why = 对。这是您的知情权。没听懂，可以接着问。
    .plain = 对。买的是啥、花多少钱、会不会亏、钱啥时候回来，都该说清楚。

## right-to-know-no-sign-if-unclear
q-right-to-know-no-sign-if-unclear = 没听懂产品的风险，您可以先不签字，回家和家人商量好再决定。
    .plain = 没听懂，可以先不签，回家商量商量。
q-right-to-know-no-sign-if-unclear-true-why = 对。您有权把情况问清楚。没弄懂就签字，吃亏的可能是自己。
    .plain = 对。您可以问明白。没弄懂就签，可能吃亏。
q-right-to-know-no-sign-if-unclear-false-why = 不对。没听懂就不签字，是您的权利，不用不好意思。
    .plain = 不对。没听懂就不签，这是您的权利，别不好意思。

## free-choice-deposit-turned-policy
q-free-choice-deposit-turned-policy-story = 王阿姨到银行存定期。工作人员一直劝她买一款保险，说“和存款一样”。
    .plain = 王阿姨去银行存钱。工作人员老劝她买保险，说“跟存钱一样”。
q-free-choice-deposit-turned-policy = 王阿姨只想存钱，她可以怎么做？
    .plain = 王阿姨该怎么办？
q-free-choice-deposit-turned-policy-a = 直接说“我只存钱”，不签保险的字
    .plain = 就说“我只存钱”，保险的字不签
q-free-choice-deposit-turned-policy-a-why = 对。买不买由您决定。保险和存款不一样，不想买就不签字。
    .plain = 对。买不买您说了算。保险不是存钱，不想买就别签。
q-free-choice-deposit-turned-policy-b = 不好意思拒绝，先签了再说
    .plain = 不好意思说不，先签了
q-free-choice-deposit-turned-policy-b-why = 不对。签了字，就可能办成了保单。不想要，当场说“不需要”。
    .plain = 不对。字一签，可能就买成保险了。不想要，当时就说“不要”。
q-free-choice-deposit-turned-policy-c = 对方是工作人员，听他的准没错
    .plain = 人家是工作人员，听他的
q-free-choice-deposit-turned-policy-c-why = 不对。工作人员可以介绍产品，但不能替您做决定。
    .plain = 不对。工作人员能介绍，可不能替您拿主意。

## free-choice-loan-tie-in
q-free-choice-loan-tie-in = 办贷款时，对方说必须先买一份他们的理财产品才给办，您只能照做。
    .plain = 借钱时，对方说不买他的理财就不给借，您只能听他的。
q-free-choice-loan-tie-in-true-why = 不对。这样捆着卖，侵犯了您的自主选择权。您可以拒绝，也可以投诉。
    .plain = 不对。硬搭着卖不行。您可以不买，也可以去告他。
q-free-choice-loan-tie-in-false-why = 对。买不买由您自己决定。遇到这种要求，先向这家机构提出；不处理，再打 12378。
    .plain = 对。买不买您自己定。碰上这种事，先找这家单位说；不管，就打 12378。

## fair-dealing-unclear-terms
q-fair-dealing-unclear-terms = 签合同时，看到一条看不懂的条款，您应该怎么做？
    .plain = 合同里有一条看不懂，怎么办？
q-fair-dealing-unclear-terms-a = 对方说是标准合同，直接签
    .plain = 人家说合同都一样，就签了
q-fair-dealing-unclear-terms-a-why = 不对。标准合同也可能有对您不利的条款。签之前要弄明白。
    .plain = 不对。现成的合同也可能有坑您的条。签前要弄懂。
q-fair-dealing-unclear-terms-b = 只看收益那一页就行
    .plain = 光看能赚多少那一页
q-fair-dealing-unclear-terms-b-why = 不对。收费、提前退出的后果，常常写在别的地方，也要看。
    .plain = 不对。收多少钱、中途退了会怎样，常写在别处，也得看。
q-fair-dealing-unclear-terms-c = 请对方替您签字，省事
    .plain = 让人家替您签，图省事
q-fair-dealing-unclear-terms-c-why = 不对。字要自己签，而且要在弄懂以后签。
    .plain = 不对。字得自己签，还得弄懂了再签。
q-fair-dealing-unclear-terms-d = 请对方讲清楚，弄懂了再签
    .plain = 让人家讲明白，懂了再签
q-fair-dealing-unclear-terms-d-why = 对。合同要公平，也要写清楚。看不懂的地方，您有权让对方讲明白。
    .plain = 对。合同得公道，还得写明白。看不懂的，您可以让人家讲清楚。

## fair-dealing-warning-signs
q-fair-dealing-warning-signs = 下面哪些是交易不公平的危险信号？请选出所有危险信号。
    .plain = 哪些情况说明可能不公平？都选出来。
q-fair-dealing-warning-signs-a = 收的钱比说好的多，说不清是什么费
    .plain = 多收了钱，又说不出是啥钱
q-fair-dealing-warning-signs-a-why = 这是危险信号。每一笔收费，都应该事先说清楚、写明白。
    .plain = 要小心。每收一笔钱，都得先说好、写清楚。
q-fair-dealing-warning-signs-b = 对您不利的条款字很小，没人提醒
    .plain = 对您不好的话写得很小，也没人提
q-fair-dealing-warning-signs-b-why = 这是危险信号。合同里不能藏着欺负人的条款。签之前，应该有人跟您说清楚。
    .plain = 要小心。合同里不能偷偷藏坑人的话。签前得有人给您讲明白。
q-fair-dealing-warning-signs-c = 签字前，对方把收费标准拿给您看
    .plain = 签字前，人家把收多少钱拿给您看
q-fair-dealing-warning-signs-c-why = 这不是危险信号。把收费讲清楚，是正规机构应该做的。
    .plain = 这个不用怕。把收钱的事讲明白，正经单位就该这样。
q-fair-dealing-warning-signs-d = 对方说“合同不用看，签字就行”
    .plain = 人家说“不用看，签就行”
q-fair-dealing-warning-signs-d-why = 这是危险信号。合同是双方的约定。您有权看完、看懂再签。
    .plain = 要小心。合同是您和人家说好的事。您可以看完、看懂再签。

## property-safety-personal-account
q-property-safety-personal-account-story = 一位自称银行客户经理的人联系赵大爷。他说有一款“内部产品，收益更高”，让赵大爷把钱转到他个人的卡上。
    .plain = 有人说自己是银行的，有个“内部的”产品赚得多。他让赵大爷把钱打到他自己的卡上。
q-property-safety-personal-account = 赵大爷应该怎么做？
    .plain = 赵大爷该怎么办？
q-property-safety-personal-account-a = 先转一小笔试试看
    .plain = 先转一点试试
q-property-safety-personal-account-a-why = 不对。钱转进个人账户，就很难追回来。转多转少都有风险。
    .plain = 不对。钱打到个人卡上，就很难要回来。多少都有危险。
q-property-safety-personal-account-b = 不转，打银行官方客服电话核实
    .plain = 不转，打银行正规客服问问
q-property-safety-personal-account-b-why = 对。正规产品只在柜台、官方 App 等渠道办理。钱不会转给个人。
    .plain = 对。正经产品只在柜台、银行自己的 App 上办。钱不会打给个人。
q-property-safety-personal-account-c = 让他写张收条，再转过去
    .plain = 让他打个收条，再转
q-property-safety-personal-account-c-why = 不对。个人写的收条不是正规凭证，钱也没有进机构的账户。
    .plain = 不对。个人打的收条不算数，钱也没进银行的账上。

## property-safety-protect-money
q-property-safety-protect-money = 下面哪些做法能保护好您的钱？请选出所有对的做法。
    .plain = 哪些做法能看好您的钱？都选出来。
q-property-safety-protect-money-a = 只在柜台、官方 App 上交钱
    .plain = 只在柜台、正规 App 上交钱
q-property-safety-protect-money-a-why = 对。走正规渠道，钱才会进机构的账户。
    .plain = 对。走正路，钱才进到单位的账上。
q-property-safety-protect-money-b = 对方说是“内部产品”，就转到他个人卡上
    .plain = 人家说是“内部的”，就转到他卡上
q-property-safety-protect-money-b-why = 不对。正规机构不会让您把钱转给个人。这样的钱很可能追不回来。
    .plain = 不对。正经单位不会让您把钱打给个人。这钱多半要不回来。
q-property-safety-protect-money-c = 每次交钱都要凭证，回家核对
    .plain = 每回交钱都要单据，回家对对
q-property-safety-protect-money-c-why = 对。有凭证，出了问题才有据可查。
    .plain = 对。有单据，出了事才有凭有据。
q-property-safety-protect-money-d = 密码和验证码自己守住，不告诉别人
    .plain = 密码、验证码自己记着，谁也不说
q-property-safety-protect-money-d-why = 对。机构要管好您的钱，您也要守住密码和验证码。
    .plain = 对。单位要看好您的钱，您也得守好密码和验证码。

## seek-compensation-first-step
q-seek-compensation-first-step = 对买的金融产品或服务不满意，第一步一般先找谁？
    .plain = 有纠纷了，先找谁？
q-seek-compensation-first-step-a = 直接去法院起诉
    .plain = 直接去法院告
q-seek-compensation-first-step-a-why = 不对。起诉是可以的，但一般放在后面：先找机构，再打 12378，还可以申请调解。
    .plain = 不对。能告，但一般往后放：先找单位，再打 12378，还能找人调解。
q-seek-compensation-first-step-b = 花钱请“代理维权”的人
    .plain = 花钱找人替您“维权”
q-seek-compensation-first-step-b-why = 不对。投诉自己就能办，不用花钱。收钱“代理维权”的，常常是骗局。
    .plain = 不对。投诉自己就能办，不花钱。收钱替人维权的，常是骗子。
q-seek-compensation-first-step-c = 卖给您产品的这家机构
    .plain = 卖给您东西的这家单位
q-seek-compensation-first-step-c-why = 对。先通过这家机构的官方客服、柜台或 App 投诉；不解决，再打 12378。
    .plain = 对。先找这家单位的正规客服、柜台或 App 说；不管用，再打 12378。
q-seek-compensation-first-step-d = 在网上随便搜一个“客服电话”
    .plain = 上网随便搜个“客服电话”
q-seek-compensation-first-step-d-why = 不对。网上搜到的号码可能是假的。要打保单、合同或银行卡上印的号码。
    .plain = 不对。网上搜的号可能是假的。要打保单、合同或卡上印着的号。

## seek-compensation-need-paid-agent
q-seek-compensation-need-paid-agent = 想要投诉、要求赔偿，必须花钱请人“代理维权”，自己去投诉没人管。
    .plain = 投诉得花钱找人代办，自己去没用。
q-seek-compensation-need-paid-agent-true-why = 不对。机构必须认真处理您的投诉。您自己就能投诉，不需要花钱找“代理”。
    .plain = 不对。单位得好好管您的投诉。自己就能去，不用花钱找人。
q-seek-compensation-need-paid-agent-false-why = 对。自己就能投诉：先找机构，再打 12378，还可以申请免费调解。
    .plain = 对。自己就能投诉：先找单位，再打 12378，还能找人免费调解。

## financial-education-you-wont-understand
q-financial-education-you-wont-understand-story = 刘奶奶问销售人员，这款产品有什么风险。对方说：“说了您也不懂，签字就行。”
    .plain = 刘奶奶问有没有风险。对方说：“跟您说了也不懂，签字就行。”
q-financial-education-you-wont-understand = 刘奶奶最好怎么做？
    .plain = 刘奶奶该怎么办？
q-financial-education-you-wont-understand-a = 请对方讲明白，没弄懂先不买
    .plain = 让人家讲明白，没懂先不买
q-financial-education-you-wont-understand-a-why = 对。您有权学习、弄懂产品和风险。没弄明白的，先别买。
    .plain = 对。您可以学、可以弄明白有啥危险。没懂的，先别买。
q-financial-education-you-wont-understand-b = 不好意思再问，签字算了
    .plain = 不好意思再问，签了算了
q-financial-education-you-wont-understand-b-why = 不对。多问不丢人。没弄懂就签字，吃亏的可能是自己。
    .plain = 不对。多问不丢人。没懂就签，可能吃亏。
q-financial-education-you-wont-understand-c = 回家自己琢磨，不跟任何人说
    .plain = 回家自己想，谁也不告诉
q-financial-education-you-wont-understand-c-why = 不对。可以请家人帮着一起看，也可以打机构的官方客服问。
    .plain = 不对。可以让家里人帮着看，也可以打单位正规的客服问。

## financial-education-ways-to-learn
q-financial-education-ways-to-learn = 想弄懂金融产品，下面哪些做法是对的？请选出所有对的做法。
    .plain = 想弄明白，哪些办法好？都选出来。
q-financial-education-ways-to-learn-a = 请机构工作人员讲清楚
    .plain = 让单位的人讲明白
q-financial-education-ways-to-learn-a-why = 对。机构有责任帮您了解产品和风险。
    .plain = 对。单位就该帮您弄懂东西和危险。
q-financial-education-ways-to-learn-b = 去听网点、社区的金融知识讲座
    .plain = 去听银行、社区讲的课
q-financial-education-ways-to-learn-b-why = 对。学会了，才不容易上当。
    .plain = 对。懂了，就不容易上当。
q-financial-education-ways-to-learn-c = 只听陌生人说的“内部消息”
    .plain = 光听生人说的“内部消息”
q-financial-education-ways-to-learn-c-why = 不对。陌生人的“内部消息”没法核实，常常是骗局的开头。
    .plain = 不对。生人的“内部消息”没法查，常是骗人的开头。
q-financial-education-ways-to-learn-d = 请家人帮着一起看
    .plain = 叫家里人帮着看
q-financial-education-ways-to-learn-d-why = 对。多一个人看，就多一分把握。
    .plain = 对。多个人看，心里更有底。

## respect-and-dignity-impatient-staff
q-respect-and-dignity-impatient-staff-story = 李大爷到网点办业务，多问了几句。工作人员嫌他年纪大，很不耐烦，还不给他办。
    .plain = 李大爷去办事，多问了几句。工作人员嫌他岁数大，爱答不理，还不给办。
q-respect-and-dignity-impatient-staff = 李大爷可以怎么做？
    .plain = 李大爷能怎么办？
q-respect-and-dignity-impatient-staff-a = 忍着，以后再也不来了
    .plain = 忍了，以后不来了
q-respect-and-dignity-impatient-staff-a-why = 不对。您不用忍着。年纪大不是被冷落的理由。
    .plain = 不对。不用忍。岁数大，不该被冷落。
q-respect-and-dignity-impatient-staff-b = 以后找上门推销的人办
    .plain = 往后找上门推销的办
q-respect-and-dignity-impatient-staff-b-why = 不对。上门推销的人身份难核实，有风险。还是要走正规渠道。
    .plain = 不对。上门推销的人，不好查是谁，有危险。还是走正路。
q-respect-and-dignity-impatient-staff-c = 请对方耐心讲或换人，不行就投诉
    .plain = 让他好好讲或换个人，不行就投诉
q-respect-and-dignity-impatient-staff-c-why = 对。您有权得到耐心、礼貌的服务。记下时间、网点和工号，向机构投诉；不满意，打 12378。
    .plain = 对。人家得耐心、客气地对您。记下时间、哪个网点、工号，去投诉；不满意，打 12378。

## respect-and-dignity-ethnic-language
q-respect-and-dignity-ethnic-language = 您说本民族的语言、普通话说得不太好，工作人员也应该耐心、礼貌地为您服务。
    .plain = 您说本民族的话、普通话不好，人家也得耐心、客气地对您。
q-respect-and-dignity-ethnic-language-true-why = 对。您的人格尊严和民族风俗习惯应当受到尊重。不能因为民族、年龄歧视您。
    .plain = 对。您的脸面和民族习惯都该受尊重。不能因为民族、岁数看不起您。
q-respect-and-dignity-ethnic-language-false-why = 不对。说民族语言、普通话不好，都不是被冷落的理由。
    .plain = 不对。说民族话、普通话不好，都不该被冷落。

## information-security-caller-knows-policy
q-information-security-caller-knows-policy-story = 张阿姨接到一个陌生电话，对方说出了她的姓名和保单号。对方说能帮她“退保”，让她报一下手机收到的验证码。
    .plain = 陌生人来电话，知道张阿姨叫什么、保单号多少。他说能帮她退保，让她说验证码。
q-information-security-caller-knows-policy = 张阿姨应该怎么做？
    .plain = 张阿姨该怎么办？
q-information-security-caller-knows-policy-a = 对方知道保单号，应该是真的，报验证码
    .plain = 他知道保单号，应该是真的，就说验证码
q-information-security-caller-knows-policy-a-why = 不对。知道您的信息，不代表他是真的工作人员。验证码谁要都不给。
    .plain = 不对。知道您的事，不等于他是真工作人员。验证码谁要也不给。
q-information-security-caller-knows-policy-b = 挂断，打保单上的官方客服电话核实
    .plain = 挂了，打保单上的正规客服电话问
q-information-security-caller-knows-policy-b-why = 对。先挂断，再自己打官方电话问。怀疑信息被泄露，可以向机构投诉。
    .plain = 对。先挂了，自己再打正规电话问。觉得信息漏了，可以找单位投诉。
q-information-security-caller-knows-policy-c = 不报验证码，只报身份证号
    .plain = 验证码不说，光说身份证号
q-information-security-caller-knows-policy-c-why = 不对。身份证号也是您的隐私，不能告诉陌生人。
    .plain = 不对。身份证号也是您的私事，不能告诉生人。

## information-security-many-sales-calls
q-information-security-many-sales-calls = 办完业务以后，您老是接到陌生的推销电话，怀疑信息被泄露了。可以怎么做？
    .plain = 办完事老接推销电话，觉得信息漏了，怎么办？
q-information-security-many-sales-calls-a = 向办业务的机构投诉，请它说明
    .plain = 找办事的单位投诉，让它说清楚
q-information-security-many-sales-calls-a-why = 对。机构有责任保护好您的个人信息，交给合作的公司也一样。
    .plain = 对。单位得看好您的信息，给了合作的公司也得看好。
q-information-security-many-sales-calls-b = 把身份证号告诉来电的人，让他核对
    .plain = 把身份证号告诉来电的人，让他对
q-information-security-many-sales-calls-b-why = 不对。这样会泄露更多信息。陌生来电，不要报任何个人信息。
    .plain = 不对。这样漏得更多。生人来电话，啥个人信息都别说。
q-information-security-many-sales-calls-c = 没办法，只能忍着
    .plain = 没办法，忍着吧
q-information-security-many-sales-calls-c-why = 不对。信息安全是您的权利。可以先向机构投诉；不满意，打 12378。
    .plain = 不对。信息安全是您的权利。先找单位投诉；不满意，打 12378。

## personal-information-id-photo
q-personal-information-id-photo = 有人在微信上让您发身份证正反面的照片，说“领补贴要用”。您应该怎么做？
    .plain = 有人在微信上要您身份证的照片，说领补贴用，怎么办？
q-personal-information-id-photo-a = 发过去，领补贴要紧
    .plain = 给他发，补贴要紧
q-personal-information-id-photo-a-why = 不对。身份证照片交出去，可能被拿去冒名办卡、借钱。
    .plain = 不对。身份证照片给出去，会被人冒名办卡、借钱。
q-personal-information-id-photo-b = 不发，先通过官方渠道核实
    .plain = 不发，先找正规的地方问
q-personal-information-id-photo-b-why = 对。真要办事，就去官方窗口或打官方电话问清楚。身份证照片不发给不认识的人。
    .plain = 对。真要办事，就去正规窗口或打正规电话问。身份证照片不给生人。
q-personal-information-id-photo-c = 只发正面，不发反面
    .plain = 光发正面，反面不发
q-personal-information-id-photo-c-why = 不对。只发一面也有风险，一样可能被冒用。
    .plain = 不对。发一面也危险，照样会被人冒用。

## personal-information-stranger-requests
q-personal-information-stranger-requests = 陌生人联系您时，下面哪些要求是危险信号？请选出所有危险信号。
    .plain = 陌生人找您，哪些要求不对劲？都选出来。
q-personal-information-stranger-requests-a = 提醒您打卡背面印的官方电话核实
    .plain = 提醒您打卡背面的正规电话问问
q-personal-information-stranger-requests-a-why = 这不是危险信号。自己打官方电话核实，是安全的做法。
    .plain = 这个不用怕。自己打正规电话问，是安全的。
q-personal-information-stranger-requests-b = 让您拍身份证照片发给他
    .plain = 让您拍身份证发给他
q-personal-information-stranger-requests-b-why = 这是危险信号。身份证照片可能被拿去冒名办事。
    .plain = 要小心。身份证照片可能被拿去冒您的名办事。
q-personal-information-stranger-requests-c = 让您读出手机收到的验证码
    .plain = 让您念手机上的验证码
q-personal-information-stranger-requests-c-why = 这是危险信号。验证码就像钥匙，谁要都不能给。
    .plain = 要小心。验证码就是钥匙，谁要也不给。
q-personal-information-stranger-requests-d = 发来一个链接，让您“填资料”
    .plain = 发个链接，让您“填资料”
q-personal-information-stranger-requests-d-why = 这是危险信号。陌生链接可能是假网站，填进去的信息会被偷走。
    .plain = 要小心。生人的链接可能是假网站，填了的信息会被偷。

## personal-information-share-id-online
q-personal-information-share-id-online = 把身份证照片发到群里或朋友圈没关系，别人拿去也没用。
    .plain = 身份证照片随便发到群里，没事。
q-personal-information-share-id-online-true-why = 不对。身份证照片可能被人拿去冒名办卡、借钱。不要随便发。
    .plain = 不对。身份证照片会被人拿去冒名办卡、借钱。别乱发。
q-personal-information-share-id-online-false-why = 对。身份证照片是重要的个人信息，不要发到群里或朋友圈。
    .plain = 对。身份证照片很要紧，别发到群里、朋友圈。

## personal-information-sms-link
q-personal-information-sms-link = 您收到一条短信，说您的保单“马上失效”，点链接填身份证号和银行卡号就能恢复。您应该怎么做？
    .plain = 短信说保单要失效，让您点链接填身份证和卡号，怎么办？
q-personal-information-sms-link-a = 赶紧点进去，把信息填好
    .plain = 赶紧点开，把信息填上
q-personal-information-sms-link-a-why = 不对。陌生链接可能是假网站。填进去的身份证号和卡号，会被骗子拿走。
    .plain = 不对。生人的链接可能是假网站。填的身份证号、卡号会被骗子拿走。
q-personal-information-sms-link-b = 回短信问对方是不是真的
    .plain = 回短信问他是不是真的
q-personal-information-sms-link-b-why = 不对。回短信问的还是发短信的人，问不出真话。
    .plain = 不对。回短信问的还是那个骗子，问不出实话。
q-personal-information-sms-link-c = 不点链接，打保单上的官方电话问
    .plain = 不点，打保单上的正规电话问
q-personal-information-sms-link-c-why = 对。保单有没有问题，打保单上印的官方客服电话就能问清楚。
    .plain = 对。保单有没有事，打保单上印的正规客服电话一问就知道。

## payments-and-passwords-code-to-caller
q-payments-and-passwords-code-to-caller = 对方说自己是银行客服，就可以把手机收到的验证码告诉他。
    .plain = 说是银行客服，就能把验证码给他。
q-payments-and-passwords-code-to-caller-true-why = 不对。真正的客服不会要您的验证码。谁要验证码，都不要给。
    .plain = 不对。真客服不要您的验证码。谁要都别给。
q-payments-and-passwords-code-to-caller-false-why = 对。验证码和密码只能自己用。不管对方说自己是谁，都不要说。
    .plain = 对。验证码、密码只能自己用。不管他说他是谁，都别说。

## payments-and-passwords-screen-share
q-payments-and-passwords-screen-share-story = 一位“客服”打电话给陈阿姨，说要给她办退款。他让陈阿姨打开手机的“屏幕共享”，照着他说的一步步操作。
    .plain = 有个“客服”来电话，说给陈阿姨退钱。他让陈阿姨把手机屏幕共享给他，听他指挥。
q-payments-and-passwords-screen-share = 陈阿姨应该怎么做？
    .plain = 陈阿姨该怎么办？
q-payments-and-passwords-screen-share-a = 挂断，不开共享，打官方客服核实
    .plain = 挂了，不共享，打正规客服问
q-payments-and-passwords-screen-share-a-why = 对。正规退款不需要共享屏幕。挂断后，自己打官方客服电话问清楚。
    .plain = 对。正经退钱不用共享屏幕。挂了以后，自己打正规客服问清楚。
q-payments-and-passwords-screen-share-b = 打开共享，但不说出密码
    .plain = 共享屏幕，可不说密码
q-payments-and-passwords-screen-share-b-why = 不对。共享屏幕后，对方能看到您收到的验证码和输入的内容。
    .plain = 不对。屏幕一共享，人家就能看见您的验证码和您输的东西。
q-payments-and-passwords-screen-share-c = 照着做，退款要紧
    .plain = 听他的，退钱要紧
q-payments-and-passwords-screen-share-c-why = 不对。照着做，钱可能被转走。已经转了钱，马上打 110。
    .plain = 不对。听他的，钱可能被转走。钱已经转了，赶紧打 110。

## payments-and-passwords-red-flags
q-payments-and-passwords-red-flags = 下面哪些是付钱时的危险信号？请选出所有危险信号。
    .plain = 交钱时，哪些情况不对劲？都选出来。
q-payments-and-passwords-red-flags-a = 对方说“退款要先交一笔手续费”
    .plain = 人家说“退钱得先交手续费”
q-payments-and-passwords-red-flags-a-why = 这是危险信号。正规退款，不需要您先交钱。
    .plain = 要小心。正经退钱，不用您先交钱。
q-payments-and-passwords-red-flags-b = 在柜台办理，拿到了正规凭证
    .plain = 在柜台办，拿到了正规单据
q-payments-and-passwords-red-flags-b-why = 这不是危险信号。在正规渠道办、拿好凭证，是安全的做法。
    .plain = 这个不用怕。走正路办、留好单据，是安全的。
q-payments-and-passwords-red-flags-c = 让您扫一个陌生二维码“领退款”
    .plain = 让您扫个陌生码“领退款”
q-payments-and-passwords-red-flags-c-why = 这是危险信号。扫陌生二维码，可能是在付钱，而不是收钱。
    .plain = 要小心。扫不认识的码，可能是您在给人家钱，不是收钱。
q-payments-and-passwords-red-flags-d = 自称警察的人让您转钱到“安全账户”
    .plain = 说是警察，让您转钱到“安全账户”
q-payments-and-passwords-red-flags-d-why = 这是危险信号。警察和监管部门不会让您把钱转到“安全账户”。马上挂断，打 110。
    .plain = 要小心。警察和管银行的部门，都不会让您转钱到“安全账户”。赶紧挂了，打 110。

## payments-and-passwords-pin
q-payments-and-passwords-pin = 银行卡密码，怎样做更安全？
    .plain = 银行卡密码怎么管？
q-payments-and-passwords-pin-a = 写在卡背面，免得忘了
    .plain = 写在卡背面，省得忘
q-payments-and-passwords-pin-a-why = 不对。卡和密码放在一起，卡一丢，钱也就危险了。
    .plain = 不对。卡和密码放一块，卡丢了，钱也危险。
q-payments-and-passwords-pin-b = 告诉工作人员，请他帮您输
    .plain = 告诉工作人员，让他帮您按
q-payments-and-passwords-pin-b-why = 不对。密码要自己输，谁都不告诉，工作人员也一样。
    .plain = 不对。密码自己按，谁也不告诉，工作人员也不行。
q-payments-and-passwords-pin-c = 用自己的生日，好记
    .plain = 用自己生日，好记
q-payments-and-passwords-pin-c-why = 不对。生日别人容易知道，也容易猜到。
    .plain = 不对。生日别人好打听，也好猜。
q-payments-and-passwords-pin-d = 自己记住，输入时用手挡一下
    .plain = 自己记着，按的时候用手挡着
q-payments-and-passwords-pin-d-why = 对。密码只有自己知道。输入时挡一挡，防止被人偷看。
    .plain = 对。密码只有自己知道。按的时候挡一挡，别让人偷看。

## insurance-basics-dormant-policies
q-insurance-basics-dormant-policies = 家里可能有买了又忘了的“睡眠保单”。定期查一查自己有哪些保单，是个好习惯。
    .plain = 有的保单买了就忘了。时不时查查自己有哪些保险，挺好。
q-insurance-basics-dormant-policies-true-why = 对。查清楚自己有哪些保单，需要的时候才不会漏掉该有的保障。可以问保险公司的官方客服。
    .plain = 对。弄清自己有哪些保单，用得着的时候才不会落下。可以问保险公司的正规客服。
q-insurance-basics-dormant-policies-false-why = 不对。忘了的保单也是您的保障，值得查一查。
    .plain = 不对。忘了的保单也管着您，该查查。

## insurance-basics-surrender-meaning
q-insurance-basics-surrender-meaning = 退保以后，会怎么样？
    .plain = 退了保，会怎样？
q-insurance-basics-surrender-meaning-a = 交的钱全拿回来，保障还在
    .plain = 交的钱全回来，保险还管
q-insurance-basics-surrender-meaning-a-why = 不对。退保以后，保障就没有了。有人承诺“全额退保”，要特别小心。
    .plain = 不对。退了保，保险就不管了。有人说能“全退”，要多加小心。
q-insurance-basics-surrender-meaning-b = 保障没了，退回的钱也可能比交的少
    .plain = 保险不管了，退的钱也可能比交的少
q-insurance-basics-surrender-meaning-b-why = 对。退保前先看保单条款，问清楚能退多少、会失去哪些保障，再决定。
    .plain = 对。退之前先看保单，问明白能退多少、哪些不管了，再拿主意。
q-insurance-basics-surrender-meaning-c = 没有任何影响
    .plain = 啥事也没有
q-insurance-basics-surrender-meaning-c-why = 不对。退保会让您失去保障，还可能有损失。
    .plain = 不对。退了保就没保障了，还可能亏钱。

## insurance-basics-complaint-next-step
q-insurance-basics-complaint-next-step = 您对保险公司的处理不满意，已经向这家公司投诉过了，结果还是不满意。下一步可以怎么做？
    .plain = 找保险公司投诉了，还是不满意，接下来怎么办？
q-insurance-basics-complaint-next-step-a = 交钱给上门的“维权专家”
    .plain = 给上门的“维权专家”交钱
q-insurance-basics-complaint-next-step-a-why = 不对。自己就能投诉，不用花钱请人。收钱代办维权的，常常是骗局。
    .plain = 不对。自己就能投诉，不用花钱找人。收钱替人维权的，常是骗子。
q-insurance-basics-complaint-next-step-b = 把保单和身份证交给“退保代理”
    .plain = 把保单、身份证交给“退保代理”
q-insurance-basics-complaint-next-step-b-why = 不对。交出保单和身份证，可能丢了保障，信息也会被乱用。
    .plain = 不对。保单、身份证给出去，保险可能没了，信息也会被乱用。
q-insurance-basics-complaint-next-step-c = 打 12378 投诉
    .plain = 打 12378 去说
q-insurance-basics-complaint-next-step-c-why = 对。机构处理得您不满意，可以打 12378。还可以申请免费调解，或者申请仲裁、到法院起诉。
    .plain = 对。单位办得不行，可以打 12378。还能找人免费调解，或者去仲裁、去法院告。

## agent-surrender-full-refund-call
q-agent-surrender-full-refund-call-story = 一位自称“退保专家”的人打电话给李阿姨。他说能帮她把交了多年的保费全额退回来，只收一点手续费。
    .plain = 有人打电话给李阿姨，说能把她的保费全退回来。他只要一点手续费。
q-agent-surrender-full-refund-call = 李阿姨应该怎么做？
    .plain = 李阿姨该怎么办？
q-agent-surrender-full-refund-call-a = 先把身份证照片发给他，让他去办
    .plain = 先把身份证照片发他，让他办
q-agent-surrender-full-refund-call-a-why = 不对。身份证和保单信息一旦交出去，可能被拿去冒名投诉、办别的事。
    .plain = 不对。身份证、保单信息给出去，可能被冒名去投诉、办别的事。
q-agent-surrender-full-refund-call-b = 先交一点手续费，试试看
    .plain = 先交点手续费试试
q-agent-surrender-full-refund-call-b-why = 不对。“全额退保”是常见的骗人说法。钱交出去，很可能要不回来。
    .plain = 不对。“全退”是骗人常说的话。钱交了，多半要不回来。
q-agent-surrender-full-refund-call-c = 挂掉电话，有疑问找保险公司官方渠道
    .plain = 挂电话，有事找保险公司正规的地方
q-agent-surrender-full-refund-call-c-why = 对。退保、理赔都可以自己找保险公司办，不需要花钱请“代理”。
    .plain = 对。退保、要赔钱，都能自己找保险公司办，不用花钱找人。
q-agent-surrender-full-refund-call-d = 让他把委托代理协议寄过来签字
    .plain = 让他把协议寄来签字
q-agent-surrender-full-refund-call-d-why = 不对。这类“委托代理协议”可能是假的，签了以后，对方可能用您的名义办事，还向您要高额费用。
    .plain = 不对。这种协议可能是假的。签了，他可能拿您的名头办事，还问您要很多钱。

## agent-surrender-cash-value
q-agent-surrender-cash-value = 长期人身保险交了几年后提前退保，一般能拿回多少钱？
    .plain = 保险交了几年，中途退掉，能拿回多少钱？
q-agent-surrender-cash-value-a = 交过的保费全部退回
    .plain = 交的钱全退回来
q-agent-surrender-cash-value-a-why = 不对。中途退保一般不是全额退款。说能“全额退”的，要特别小心。
    .plain = 不对。中途退，一般退不全。说能“全退”的，要多加小心。
q-agent-surrender-cash-value-b = 一般按合同拿回现金价值，常常比交的少
    .plain = 一般按合同退一部分，常比交的少
q-agent-surrender-cash-value-b-why = 对。退保能退多少，合同里有写。看不懂就问保险公司官方客服。
    .plain = 对。能退多少，合同上写着。看不懂就问保险公司正规客服。
q-agent-surrender-cash-value-c = 只要找对中介，就能全额退
    .plain = 找对了中介，就能全退
q-agent-surrender-cash-value-c-why = 不对。中介改变不了合同。他们常常只是想收您的“服务费”。
    .plain = 不对。中介改不了合同。他们多半是想收您的“服务费”。

## agent-surrender-do-it-yourself
q-agent-surrender-do-it-yourself = 想退保，可以自己直接找保险公司办，不需要花钱请人代办。
    .plain = 想退保，自己找保险公司就能办，不用花钱找人。
q-agent-surrender-do-it-yourself-true-why = 对。退不退保由您自己决定。直接找保险公司的柜台、客服或官方应用就能办。
    .plain = 对。退不退您自己定。直接找保险公司柜台、客服或它家 App 就能办。
q-agent-surrender-do-it-yourself-false-why = 不对。退保不需要中间人。花钱找“代理”，反而可能丢钱又丢信息。
    .plain = 不对。退保不用中间人。花钱找人，反倒可能丢了钱、漏了信息。

## agent-surrender-red-flags
q-agent-surrender-red-flags = 有人说能帮您“代理退保”。下面哪些是危险信号？请选出所有危险信号。
    .plain = 有人说能帮您退保。哪些情况要小心？都选出来。
q-agent-surrender-red-flags-a = 承诺“全额退保”，保证拿回全部保费
    .plain = 说能“全退”，交的钱都拿回来
q-agent-surrender-red-flags-a-why = 这是危险信号。中途退保一般不能全额退款，这种保证多半是骗人的。
    .plain = 要小心。中途退保一般退不全，这么打包票多半是骗人。
q-agent-surrender-red-flags-b = 要从退回的钱里抽走一大部分当“服务费”
    .plain = 要从退的钱里拿走一大块当“服务费”
q-agent-surrender-red-flags-b-why = 这是危险信号。自己办退保不用交这笔钱，对方是在赚您的钱。
    .plain = 要小心。自己退保不用交这钱，他是在赚您的钱。
q-agent-surrender-red-flags-c = 建议您先打保险公司官方客服问清楚
    .plain = 让您先打保险公司正规客服问清楚
q-agent-surrender-red-flags-c-why = 这不是危险信号。先问官方渠道，正是保护自己的好办法。
    .plain = 这个不用怕。先问正规的地方，正是护着自己的好办法。
q-agent-surrender-red-flags-d = 教您编造理由，用您的名义去投诉
    .plain = 教您瞎编理由，拿您的名头去告
q-agent-surrender-red-flags-d-why = 这是危险信号。用您的名义恶意投诉，出了问题要您自己承担。
    .plain = 要小心。拿您的名头乱告，出了事得您自己担着。
q-agent-surrender-red-flags-e = 要您交出身份证、保单和银行卡信息
    .plain = 要您的身份证、保单和银行卡
q-agent-surrender-red-flags-e-why = 这是危险信号。这些信息交出去，可能被拿去冒用，钱也可能被转走。
    .plain = 要小心。这些给出去，可能被人冒用，钱也可能被转走。

## agent-surrender-consequences
q-agent-surrender-consequences = 听信“代理退保”把保单退掉，可能会有什么后果？
    .plain = 听了“代理退保”的话退掉保险，会怎么样？
q-agent-surrender-consequences-a = 没有任何影响，还能多拿钱
    .plain = 啥事没有，还能多拿钱
q-agent-surrender-consequences-a-why = 不对。退保后保障就没了，钱还可能被中介收走一大块。
    .plain = 不对。退了保就没保障了，钱还可能被中介拿走一大块。
q-agent-surrender-consequences-b = 保险公司会自动送您一份新保险
    .plain = 保险公司会白送您一份新保险
q-agent-surrender-consequences-b-why = 不对。退掉的保障不会自动回来。以后再买，条件可能也变了。
    .plain = 不对。退掉的保险不会自己回来。以后再买，条件也可能变了。
q-agent-surrender-consequences-c = 中介会负责您以后的所有保障
    .plain = 中介会管您以后所有的事
q-agent-surrender-consequences-c-why = 不对。中介拿了钱就可能找不到人，不会替您承担风险。
    .plain = 不对。中介拿了钱可能就找不着了，不会替您担着。
q-agent-surrender-consequences-d = 保障没了，钱和个人信息也可能受损失
    .plain = 保险没了，钱和个人信息也可能吃亏
q-agent-surrender-consequences-d-why = 对。生病或出事时可能没有保障。个人信息也可能被拿去乱用。
    .plain = 对。生病、出事时可能没人管。个人信息也可能被人乱用。

## debt-relief-stop-interest-ad
q-debt-relief-stop-interest-ad-story = 张大叔的信用卡欠了钱，每个月还得很吃力。他在网上看到广告：“专业办理停息挂账，先交服务费，保证减免债务。”
    .plain = 张大叔欠了信用卡的钱，还得很辛苦。网上有人说，交钱就能帮他少还钱。
q-debt-relief-stop-interest-ad = 张大叔怎么做更稳妥？
    .plain = 张大叔该怎么办才稳当？
q-debt-relief-stop-interest-ad-a = 加对方微信，先交服务费
    .plain = 加他微信，先交服务费
q-debt-relief-stop-interest-ad-a-why = 不对。先收钱再办事，是这类中介常见的套路。钱交出去可能就要不回来。
    .plain = 不对。先收钱再办事，是这种中介的老套路。钱交了可能就要不回来。
q-debt-relief-stop-interest-ad-b = 自己联系银行官方客服，说明困难，商量还款
    .plain = 自己打银行正规客服，说说难处，商量怎么还
q-debt-relief-stop-interest-ad-b-why = 对。还款有困难，可以自己直接找银行商量。这不需要花钱请中介。
    .plain = 对。还钱有难处，可以自己去找银行商量。不用花钱找中介。
q-debt-relief-stop-interest-ad-c = 按对方说的，先停止还款
    .plain = 听他的，先不还了
q-debt-relief-stop-interest-ad-c-why = 不对。故意不还款会产生逾期，信用记录受影响，欠的钱可能更多。
    .plain = 不对。故意不还就成了晚还，信用记录会受影响，欠的还可能更多。
q-debt-relief-stop-interest-ad-d = 把银行卡和密码交给对方代管
    .plain = 把银行卡和密码交给他管
q-debt-relief-stop-interest-ad-d-why = 不对。银行卡和密码只能自己保管。交给别人，钱可能被转走。
    .plain = 不对。卡和密码只能自己拿着。给了别人，钱可能被转走。

## debt-relief-first-step
q-debt-relief-first-step = 还款真的有困难时，最稳妥的第一步是什么？
    .plain = 钱还不上了，先该做什么？
q-debt-relief-first-step-a = 直接联系借钱的银行或机构的官方渠道
    .plain = 直接找借您钱的银行或单位的正规渠道
q-debt-relief-first-step-a-why = 对。说明您的实际困难，和对方商量还款办法。这是免费的。
    .plain = 对。说说您真实的难处，跟人家商量怎么还。这不花钱。
q-debt-relief-first-step-b = 找网上收费的“债务减免”中介
    .plain = 找网上收钱的“减债”中介
q-debt-relief-first-step-b-why = 不对。这类中介常常先收费，事情却办不成，还可能泄露您的信息。
    .plain = 不对。这种中介常常先收钱，事又办不成，还可能漏了您的信息。
q-debt-relief-first-step-c = 换掉手机号，不接银行电话
    .plain = 换个手机号，银行电话不接
q-debt-relief-first-step-c-why = 不对。躲着不联系，问题不会消失。逾期越久，麻烦可能越大。
    .plain = 不对。躲着不见，事不会没了。拖得越久，麻烦可能越大。

## debt-relief-guaranteed-wipe
q-debt-relief-guaranteed-wipe = 只要交了钱，“债务减免”中介就能保证把您的欠款一笔勾销。
    .plain = 交了钱，中介就能让您的欠款一笔勾销。
q-debt-relief-guaranteed-wipe-true-why = 不对。没有人能收了钱就保证免掉您的债。这种保证是常见的骗人说法。
    .plain = 不对。谁也不能收了钱就包您的债没了。这种打包票是骗人常说的话。
q-debt-relief-guaranteed-wipe-false-why = 对。欠款怎么还，要和借钱的银行或机构自己商量。交钱给中介，往往是白花钱。
    .plain = 对。欠的钱怎么还，得自己跟借钱的银行或单位商量。给中介交钱，常常白花。

## debt-relief-red-flags
q-debt-relief-red-flags = 有人说能帮您“停息挂账”“减免债务”。下面哪些是危险信号？请选出所有危险信号。
    .plain = 有人说能帮您少还钱。哪些情况要小心？都选出来。
q-debt-relief-red-flags-a = 要您先交一笔“服务费”或“保证金”
    .plain = 让您先交“服务费”或“保证金”
q-debt-relief-red-flags-a-why = 这是危险信号。先收钱，是这类中介最常见的做法。
    .plain = 要小心。先收钱，是这种中介最常干的事。
q-debt-relief-red-flags-b = 教您故意不还款、不接银行电话
    .plain = 教您故意不还、不接银行电话
q-debt-relief-red-flags-b-why = 这是危险信号。这样做会让逾期越来越多，信用记录也会受影响。
    .plain = 要小心。这样晚还的越来越多，信用记录也会受影响。
q-debt-relief-red-flags-c = 告诉您可以自己直接找银行协商
    .plain = 告诉您可以自己去找银行商量
q-debt-relief-red-flags-c-why = 这不是危险信号。自己找银行商量，是正规又免费的办法。
    .plain = 这个不用怕。自己找银行商量，是正路，还不花钱。
q-debt-relief-red-flags-d = 要您说出手机验证码和银行卡密码
    .plain = 要您说验证码和银行卡密码
q-debt-relief-red-flags-d-why = 这是危险信号。验证码和密码绝不能告诉任何人。
    .plain = 要小心。验证码、密码谁也不能告诉。
q-debt-relief-red-flags-e = 拍胸脯保证“一定能成功”
    .plain = 拍胸脯说“准能办成”
q-debt-relief-red-flags-e-why = 这是危险信号。能不能减免，要看银行怎么决定，中介保证不了。
    .plain = 要小心。能不能少还，银行说了算，中介保不了。

## debt-relief-full-authority
q-debt-relief-full-authority = “停息挂账”中介要您签一份授权书，让他们全权替您和银行联系。这可能有什么风险？
    .plain = 中介要您签字，让他们替您跟银行打交道。这有什么危险？
q-debt-relief-full-authority-a = 没有风险，还省事
    .plain = 没危险，还省事
q-debt-relief-full-authority-a-why = 不对。交出授权，就等于把自己的事交给了陌生人。
    .plain = 不对。签了这个，就等于把自己的事交给了生人。
q-debt-relief-full-authority-b = 银行会因此免掉全部欠款
    .plain = 银行就会把欠的钱全免了
q-debt-relief-full-authority-b-why = 不对。授权给中介，并不会让银行免掉欠款。
    .plain = 不对。交给中介办，银行也不会免您的欠款。
q-debt-relief-full-authority-c = 您的个人信息和钱可能被他们掌控
    .plain = 您的信息和钱可能被他们攥在手里
q-debt-relief-full-authority-c-why = 对。他们可能拿您的信息乱用，出了事很难追回。有困难请自己直接找银行。
    .plain = 对。他们可能乱用您的信息，出了事很难要回来。有难处，自己去找银行。

## paid-rights-defence-team-at-door
q-paid-rights-defence-team-at-door-story = 刘阿姨和保险公司在理赔上有一点分歧。一个“维权团队”找到她，说交钱就能帮她投诉，保证多拿赔偿。
    .plain = 刘阿姨觉得保险公司赔得不对。有人找上门，说给他钱，他能帮她多要赔偿。
q-paid-rights-defence-team-at-door = 刘阿姨最好怎么做？
    .plain = 刘阿姨该怎么办？
q-paid-rights-defence-team-at-door-a = 交钱，让他们去代办
    .plain = 交钱，让他们去办
q-paid-rights-defence-team-at-door-a-why = 不对。投诉不需要花钱。交了钱，对方可能拿了钱就不见了。
    .plain = 不对。投诉不花钱。钱交了，人可能就跑了。
q-paid-rights-defence-team-at-door-b = 自己先找保险公司官方渠道投诉
    .plain = 自己先找保险公司正规客服投诉
q-paid-rights-defence-team-at-door-b-why = 对。先找保险公司的客服或柜台反映。不满意，还可以打12378投诉，或者申请调解。
    .plain = 对。先找保险公司客服或柜台说。不满意，还能打12378，或者找人调解。
q-paid-rights-defence-team-at-door-c = 照他们教的话，编一个投诉理由
    .plain = 照他们教的，编个理由去告
q-paid-rights-defence-team-at-door-c-why = 不对。编造理由投诉，可能给您自己带来麻烦。实话实说就好。
    .plain = 不对。编理由去告，可能给自己惹麻烦。照实说就行。

## paid-rights-defence-is-it-free
q-paid-rights-defence-is-it-free = 向金融机构投诉，或者申请金融纠纷调解，要花钱吗？
    .plain = 找银行、保险公司投诉，或者找人调解，要交钱吗？
q-paid-rights-defence-is-it-free-a = 要交很多钱，所以得找中介
    .plain = 要花很多钱，所以得找中介
q-paid-rights-defence-is-it-free-a-why = 不对。投诉和调解都可以自己去办，不用交钱给中介。
    .plain = 不对。投诉、调解都能自己办，不用给中介钱。
q-paid-rights-defence-is-it-free-b = 只有托熟人才能投诉
    .plain = 得托熟人才能投诉
q-paid-rights-defence-is-it-free-b-why = 不对。每个人都可以通过官方渠道投诉，不需要托关系。
    .plain = 不对。谁都能走正规的路投诉，不用找关系。
q-paid-rights-defence-is-it-free-c = 不用，自己去投诉、申请调解都不收费
    .plain = 不用，自己去投诉、找人调解都不要钱
q-paid-rights-defence-is-it-free-c-why = 对。机构必须处理您的投诉。金融纠纷调解也是免费、快捷的。
    .plain = 对。单位得管您的投诉。调解也不要钱，还快。

## paid-rights-defence-12378
q-paid-rights-defence-12378 = 对银行或保险公司的处理不满意，可以拨打12378投诉。
    .plain = 对银行、保险公司处理得不满意，可以打12378。
q-paid-rights-defence-12378-true-why = 对。12378是国家金融监管部门的银行保险消费投诉热线。您自己就能打，不用找中介。
    .plain = 对。12378是国家管银行、保险的部门开的投诉电话。您自己就能打，不用找中介。
q-paid-rights-defence-12378-false-why = 不对。12378就是银行保险消费投诉热线，您可以自己拨打。
    .plain = 不对。12378就是投诉银行、保险的电话，您自己能打。

## paid-rights-defence-red-flags
q-paid-rights-defence-red-flags = 有人主动上门，说能帮您“代理维权”。下面哪些是危险信号？请选出所有危险信号。
    .plain = 有人说能帮您维权。哪些情况要小心？都选出来。
q-paid-rights-defence-red-flags-a = 要先交“维权费”，或者从赔偿里抽成
    .plain = 先要“维权费”，或从赔的钱里抽
q-paid-rights-defence-red-flags-a-why = 这是危险信号。正规的投诉和调解都不收费。
    .plain = 要小心。正规的投诉、调解都不要钱。
q-paid-rights-defence-red-flags-b = 提醒您先找机构的官方客服反映问题
    .plain = 提醒您先找单位正规的客服说
q-paid-rights-defence-red-flags-b-why = 这不是危险信号。先找官方渠道，是正确的第一步。
    .plain = 这个不用怕。先找正规的地方，是对的头一步。
q-paid-rights-defence-red-flags-c = 教您编造理由、夸大事实去投诉
    .plain = 教您瞎编、往大了说去告
q-paid-rights-defence-red-flags-c-why = 这是危险信号。编造事实投诉，后果可能要您自己承担。
    .plain = 要小心。瞎编去告，后果可能得您自己担。
q-paid-rights-defence-red-flags-d = 要您把身份证、保单和银行卡信息交给他们
    .plain = 要您把身份证、保单、银行卡信息给他们
q-paid-rights-defence-red-flags-d-why = 这是危险信号。这些信息可能被拿去冒用，您的钱也不安全。
    .plain = 要小心。这些可能被人冒用，您的钱也不安全。

## paid-rights-defence-right-order
q-paid-rights-defence-right-order = 遇到金融纠纷，一般的维权路子是怎样的？
    .plain = 跟银行、保险公司有了纠纷，一般按什么顺序办？
q-paid-rights-defence-right-order-a = 先付钱给维权中介，让他们去闹
    .plain = 先给中介钱，让他们去闹
q-paid-rights-defence-right-order-a-why = 不对。维权不用花钱请中介。闹事解决不了问题，还可能惹麻烦。
    .plain = 不对。维权不用花钱找中介。闹解决不了事，还可能惹麻烦。
q-paid-rights-defence-right-order-b = 先停止还款或停交保费，逼对方让步
    .plain = 先不还钱、不交保费，逼人家让步
q-paid-rights-defence-right-order-b-why = 不对。这样做可能让您逾期、失去保障，损失更大。
    .plain = 不对。这样可能成了晚还、没了保障，亏得更多。
q-paid-rights-defence-right-order-c = 只能去法院，别的办法都没用
    .plain = 只能去法院，别的都没用
q-paid-rights-defence-right-order-c-why = 不对。法院是一条路，但一般不是第一步。还有更快、更省事的办法。
    .plain = 不对。法院是条路，可一般不先走。还有更快、更省事的办法。
q-paid-rights-defence-right-order-d = 先找机构官方渠道，再打12378，还可以申请调解
    .plain = 先找单位正规的地方，再打12378，还能找人调解
q-paid-rights-defence-right-order-d-why = 对。先找机构，不满意再向监管投诉，也可以申请免费调解，最后才是仲裁或法院。
    .plain = 对。先找单位，不满意再找上面管的部门，也能免费调解，最后才去仲裁或法院。

## credit-repair-pay-to-delete
q-credit-repair-pay-to-delete-story = 王大叔想办一笔贷款，发现自己的信用记录上有一笔逾期。网上有人说，交一笔“修复费”，就能把不良记录删掉。
    .plain = 王大叔的信用记录上有一次晚还钱。有人说给他钱，就能把这条记录删了。
q-credit-repair-pay-to-delete = 王大叔该怎么看这件事？
    .plain = 王大叔该信吗？
q-credit-repair-pay-to-delete-a = 交钱就能删，很划算
    .plain = 交钱就能删，挺值
q-credit-repair-pay-to-delete-a-why = 不对。真实的逾期记录，谁也不能收钱就删掉。
    .plain = 不对。真的晚还记录，谁收钱也删不掉。
q-credit-repair-pay-to-delete-b = 先交一半定金试试
    .plain = 先付一半定金看看
q-credit-repair-pay-to-delete-b-why = 不对。钱交出去，很可能就要不回来了。
    .plain = 不对。钱交了，多半就要不回来了。
q-credit-repair-pay-to-delete-c = 这是骗局，真实的记录不能花钱删掉
    .plain = 这是骗人的，真的记录花钱也删不了
q-credit-repair-pay-to-delete-c-why = 对。保持按时还款，好记录会慢慢积累。如果记录有错，可以通过官方渠道免费更正。
    .plain = 对。按时还钱，好记录会慢慢攒起来。记录要是错了，可以走正规的路免费改。

## credit-repair-wrong-record
q-credit-repair-wrong-record = 如果您发现信用记录里有错误，比如一笔自己从没借过的贷款，应该怎么办？
    .plain = 信用记录上有一笔您没借过的钱，该怎么办？
q-credit-repair-wrong-record-a = 花钱请“征信修复”公司来办
    .plain = 花钱找“修征信”的公司办
q-credit-repair-wrong-record-a-why = 不对。更正错误不需要花钱请中介。
    .plain = 不对。改错不用花钱找中介。
q-credit-repair-wrong-record-b = 通过官方渠道提出异议，免费更正
    .plain = 走正规的路提出来，免费改
q-credit-repair-wrong-record-b-why = 对。可以找报送这条记录的机构，或者征信机构的官方渠道提出异议。这是免费的。
    .plain = 对。可以找报上这条记录的单位，或者征信单位正规的地方去说。这不花钱。
q-credit-repair-wrong-record-c = 不用管它，过几年自己就没了
    .plain = 不管它，过几年自己就没了
q-credit-repair-wrong-record-c-why = 不对。错的记录要及时更正。没借过的贷款，还可能说明有人冒用了您的身份。
    .plain = 不对。记错了要赶紧改。没借过的钱，还可能是有人冒用了您的身份。

## credit-repair-legal-delete
q-credit-repair-legal-delete = “征信修复”公司能把真实的不良记录合法删掉，只是要收费。
    .plain = 交钱给“征信修复”公司，就能合法删掉真实的不良记录。
q-credit-repair-legal-delete-true-why = 不对。真实的不良记录不能花钱删掉。只有错误的记录，才能通过官方渠道免费更正。
    .plain = 不对。真的不良记录，花钱删不掉。只有记错的，才能走正规的路免费改。
q-credit-repair-legal-delete-false-why = 对。说能收钱删记录的，多半是骗局。记录真有错，可以自己通过官方渠道免费更正。
    .plain = 对。说收钱能删记录的，多半是骗人。真记错了，自己走正规的路免费改。

## credit-repair-red-flags
q-credit-repair-red-flags = 有人说能帮您“征信修复”。下面哪些是危险信号？请选出所有危险信号。
    .plain = 有人说能帮您改信用记录。哪些情况要小心？都选出来。
q-credit-repair-red-flags-a = 说自己“内部有关系”，能删掉不良记录
    .plain = 说自己“里头有人”，能删不良记录
q-credit-repair-red-flags-a-why = 这是危险信号。没有人能靠关系删掉真实的记录。
    .plain = 要小心。谁也不能靠关系删掉真的记录。
q-credit-repair-red-flags-b = 建议您通过官方渠道查询自己的信用报告
    .plain = 让您走正规的路查自己的信用报告
q-credit-repair-red-flags-b-why = 这不是危险信号。自己查报告、核对有没有错，是好习惯。
    .plain = 这个不用怕。自己查报告、看看有没有错，是好习惯。
q-credit-repair-red-flags-c = 要您先交一笔“修复费”
    .plain = 让您先交“修复费”
q-credit-repair-red-flags-c-why = 这是危险信号。更正错误记录是免费的，不用交钱。
    .plain = 要小心。改错的记录不要钱，不用交。
q-credit-repair-red-flags-d = 要您提供身份证、银行卡和手机验证码
    .plain = 要您的身份证、银行卡和手机验证码
q-credit-repair-red-flags-d-why = 这是危险信号。这些信息可能被拿去冒名借钱。验证码绝不能告诉别人。
    .plain = 要小心。这些可能被人拿去冒名借钱。验证码绝不能跟人说。

## credit-repair-good-record
q-credit-repair-good-record = 想让自己的信用记录越来越好，靠谱的办法是什么？
    .plain = 想让信用记录变好，该怎么做？
q-credit-repair-good-record-a = 花钱找人把记录“洗白”
    .plain = 花钱找人把记录“洗干净”
q-credit-repair-good-record-a-why = 不对。“洗白”征信是骗局，钱花了，记录也不会变。
    .plain = 不对。“洗白”征信是骗人的，钱花了，记录也不变。
q-credit-repair-good-record-b = 借用别人的身份去贷款
    .plain = 用别人的身份去借钱
q-credit-repair-good-record-b-why = 不对。冒用别人的身份违法，也会给对方带来麻烦。
    .plain = 不对。冒用别人身份犯法，也会害了人家。
q-credit-repair-good-record-c = 按时还款，慢慢积累好记录
    .plain = 按时还钱，慢慢攒好记录
q-credit-repair-good-record-c-why = 对。按时还钱是最靠谱的办法，好记录要靠时间慢慢攒。
    .plain = 对。按时还钱最靠得住，好记录得慢慢攒。

## commission-fraud-borrow-id
q-commission-fraud-borrow-id-story = 一位保险代理人对赵大爷说：“用您的身份证投一份保险，保费我来出，过几个月退掉，再给您一笔好处费。”赵大爷觉得不用花钱还能拿钱，有点心动。
    .plain = 有个卖保险的人想借赵大爷的身份证买保险。他说钱他出，还给赵大爷好处。
q-commission-fraud-borrow-id = 赵大爷应该怎么做？
    .plain = 赵大爷该怎么办？
q-commission-fraud-borrow-id-a = 同意，反正不用自己出钱
    .plain = 答应，反正不用自己掏钱
q-commission-fraud-borrow-id-a-why = 不对。用您的名字投保去骗佣金，出了事您可能被卷进纠纷。
    .plain = 不对。拿您的名字买保险去骗钱，出了事您可能被扯进去。
q-commission-fraud-borrow-id-b = 只借身份证，不签字就没事
    .plain = 光借身份证，不签字就没事
q-commission-fraud-borrow-id-b-why = 不对。身份证借出去，可能被拿去代签、办别的事，风险很大。
    .plain = 不对。身份证借出去，可能被拿去替您签字、办别的事，很危险。
q-commission-fraud-borrow-id-c = 先收下好处费，以后再说
    .plain = 先把好处费拿了再说
q-commission-fraud-borrow-id-c-why = 不对。合同以外的好处费往往藏着别的目的，收了反而说不清。
    .plain = 不对。合同外的好处费常有别的用心，拿了反倒说不清。
q-commission-fraud-borrow-id-d = 拒绝，不把身份证借给别人投保
    .plain = 不答应，身份证不借人买保险
q-commission-fraud-borrow-id-d-why = 对。身份证只用于自己的事。有疑问，可以打保险公司官方客服核实。
    .plain = 对。身份证只办自己的事。拿不准，就打保险公司正规客服问。

## commission-fraud-own-signature
q-commission-fraud-own-signature = 买保险时，投保单上的名字应该由谁来签？
    .plain = 买保险时，单子上的名字该谁签？
q-commission-fraud-own-signature-a = 代理人代签就行，省事
    .plain = 让卖保险的替签，省事
q-commission-fraud-own-signature-a-why = 不对。别人代签，您可能根本不知道买了什么。这也是骗局常用的手法。
    .plain = 不对。别人替您签，您可能都不知道买了啥。骗子常这么干。
q-commission-fraud-own-signature-b = 您自己看清楚后，亲笔签名
    .plain = 您自己看清楚，亲手签
q-commission-fraud-own-signature-b-why = 对。买不买由您自己决定。看清楚了再签，不懂就问。
    .plain = 对。买不买您自己定。看清楚再签，不懂就问。
q-commission-fraud-own-signature-c = 家里谁有空谁就签
    .plain = 家里谁有空谁签
q-commission-fraud-own-signature-c-why = 不对。谁投保就该谁亲自签。别人代签，以后出了问题很难说清。
    .plain = 不对。谁买的保险谁亲手签。别人代签，以后出事说不清。

## commission-fraud-cash-back
q-commission-fraud-cash-back = 代理人私下说“买保险返现金给您”，这种好处可以放心收。
    .plain = 卖保险的人私下说买了就给您返钱，这钱可以放心拿。
q-commission-fraud-cash-back-true-why = 不对。合同以外私下给的好处，往往藏着别的目的。收了以后出了问题，您很难说清。
    .plain = 不对。合同外偷偷给的好处，常有别的用心。拿了以后出了事，您很难说清。
q-commission-fraud-cash-back-false-why = 对。一切以合同为准。私下返钱是危险信号，可以向保险公司官方客服核实。
    .plain = 对。一切看合同。偷偷返钱要小心，可以打保险公司正规客服问。

## commission-fraud-check-policies
q-commission-fraud-check-policies = 您可以通过保险公司的官方客服或官方应用，查一查自己名下有哪些保单。
    .plain = 您可以打保险公司的官方客服，问问自己名下有哪些保险。
q-commission-fraud-check-policies-true-why = 对。常查一查，能发现自己不知道的保单，也能找回忘了的保障。
    .plain = 对。常查查，能找出自己不知道的保单，也能找回忘了的保险。
q-commission-fraud-check-policies-false-why = 不对。查自己名下的保单，是您的权利。直接找保险公司的官方渠道就行。
    .plain = 不对。查自己名下的保单，是您的权利。直接找保险公司正规的地方就行。

## commission-fraud-red-flags
q-commission-fraud-red-flags = 买保险时，代理人的哪些做法是危险信号？请选出所有危险信号。
    .plain = 卖保险的人做了哪些事要小心？都选出来。
q-commission-fraud-red-flags-a = 要替您在投保单上代签名字
    .plain = 要替您在单子上签名
q-commission-fraud-red-flags-a-why = 这是危险信号。签名必须是您本人。代签可能让您买了自己不知道的保险。
    .plain = 要小心。名字得您自己签。别人代签，您可能买了自己不知道的保险。
q-commission-fraud-red-flags-b = 请您把合同条款看清楚再决定
    .plain = 让您把合同看清楚再定
q-commission-fraud-red-flags-b-why = 这不是危险信号。看清条款再决定，是您应有的权利。
    .plain = 这个不用怕。看清合同再定，是您该有的权利。
q-commission-fraud-red-flags-c = 说保费他先垫上，您不用出钱
    .plain = 说保费他先垫着，您不用掏钱
q-commission-fraud-red-flags-c-why = 这是危险信号。正常卖保险不会替您垫钱，这背后可能是在骗佣金。
    .plain = 要小心。正经卖保险不会替您垫钱，这可能是在骗提成。
q-commission-fraud-red-flags-d = 急着劝您退掉旧保单，马上换买新的
    .plain = 急着让您退了旧保险，马上买新的
q-commission-fraud-red-flags-d-why = 这是危险信号。退旧买新可能让您损失钱和保障。买不买由您自己决定。
    .plain = 要小心。退旧买新可能让您亏钱，保险也断了。买不买您自己定。

## high-yield-guaranteed-return
q-high-yield-guaranteed-return = 有人说一款理财"保本保息、稳赚不赔，收益还特别高"。这说明什么？
    .plain = 有人说这个理财稳赚不赔，钱还特别多。这是怎么回事？
q-high-yield-guaranteed-return-a = 难得的好机会，要赶快买
    .plain = 好机会不多，赶紧买
q-high-yield-guaranteed-return-a-why = 不对。投资都有风险，没有只赚不赔的好事。越是催您快买，越要停下来想一想。
    .plain = 不对。投钱都可能亏，没有光赚不亏的好事。越催您快买，越要停下想想。
q-high-yield-guaranteed-return-b = 这是危险信号，要提高警惕
    .plain = 这不对劲，得多留个心眼
q-high-yield-guaranteed-return-b-why = 对。高收益又保证不亏，是高息理财陷阱常用的说法。正规产品会把风险讲清楚。
    .plain = 对。又说赚得多、又说不会亏，多半是骗局。
q-high-yield-guaranteed-return-c = 说明这家公司实力很强
    .plain = 说明这家公司很厉害
q-high-yield-guaranteed-return-c-why = 不对。口头承诺不能证明实力。许可和风险要通过正规渠道去核实。
    .plain = 不对。嘴上说的不算数。有没有资格、有啥风险，要走正路去查。

## high-yield-red-flags
q-high-yield-red-flags = 有人向您推荐理财。下面哪些是危险信号？请选出所有危险信号。
    .plain = 别人劝您理财，哪些情况要小心？
q-high-yield-red-flags-a = 承诺高收益，还保证不亏本
    .plain = 说能赚很多，还保证不亏
q-high-yield-red-flags-a-why = 这是危险信号。投资有赚有赔，保证高收益不亏本是骗子常用的话。
    .plain = 要小心。投钱有赚有亏，保证赚多不亏是骗子的老话。
q-high-yield-red-flags-b = 让您拉亲友加入，拉得越多奖励越多
    .plain = 让您拉亲戚朋友进来，拉得多给得多
q-high-yield-red-flags-b-why = 这是危险信号。靠拉人头给奖励，常常是用新人的钱付老人的利息，迟早会垮。
    .plain = 要小心。靠拉人给好处，常是拿新来的人的钱给老人发利息，早晚要垮。
q-high-yield-red-flags-c = 催您"名额有限，今天必须打款"
    .plain = 催您“人数不多，今天就得打钱”
q-high-yield-red-flags-c-why = 这是危险信号。催得越急，越不想让您有时间去核实、去商量。
    .plain = 要小心。催得越急，就是越不想让您去查、去商量。
q-high-yield-red-flags-d = 在正规网点讲清风险，让您自己决定
    .plain = 在正规网点讲明风险，让您自己定
q-high-yield-red-flags-d-why = 这不是危险信号。把风险讲清楚、由您自己决定，是正规机构该做的事。
    .plain = 这个不用怕。讲清危险、让您自己定，是正经单位该干的。
q-high-yield-red-flags-e = 让您把钱转到某个人的私人账户
    .plain = 让您把钱打到某个人自己的账上
q-high-yield-red-flags-e-why = 这是危险信号。正规理财不会让您把钱打给个人。钱转出去就很难追回。
    .plain = 要小心。正经理财不会让您把钱打给个人。钱打出去就很难要回来。

## high-yield-friend-referral-safe
q-high-yield-friend-referral-safe = 判断对错：只要是熟人、亲戚介绍的高息理财，就一定安全。
    .plain = 熟人介绍的高息理财，就一定靠得住。对不对？
q-high-yield-friend-referral-safe-true-why = 不对。熟人也可能被骗了，还不知道。产品安不安全，要看它本身，不看是谁介绍的。
    .plain = 不对。熟人也可能被骗了还不知道。靠不靠得住，看东西本身，不看是谁介绍的。
q-high-yield-friend-referral-safe-false-why = 对。熟人介绍不等于安全。买不买由您自己决定，先去正规渠道核实。
    .plain = 对。亲戚朋友也可能被骗。先核实，再自己拿主意。

## high-yield-platform-stops-payout
q-high-yield-platform-stops-payout-story = 退休的张叔叔投了一个"高息项目"，前几个月都按时拿到了利息。最近对方说平台在"升级"，暂时不能取钱，还劝他再多投一些。
    .plain = 张叔叔投了个利息很高的项目，一开始有钱拿。现在钱取不出来，对方还让他再投钱。
q-high-yield-platform-stops-payout = 张叔叔应该怎么做？
    .plain = 张叔叔该怎么办？
q-high-yield-platform-stops-payout-a = 再多投一些，等平台升级好
    .plain = 再多投点，等平台弄好
q-high-yield-platform-stops-payout-a-why = 不对。取不出钱还让您加钱，是典型的骗局手法。再投只会亏得更多。
    .plain = 不对。钱取不出来还让您加钱，是骗子的老套路。再投只会亏得更多。
q-high-yield-platform-stops-payout-b = 在群里安静等通知，不要声张
    .plain = 在群里老实等着，别声张
q-high-yield-platform-stops-payout-b-why = 不对。拖得越久，钱越难追回。骗子就是想让您一直等。
    .plain = 不对。拖得越久，钱越难要回来。骗子就想让您一直等。
q-high-yield-platform-stops-payout-c = 不再投钱，留好凭证，拨打110报警
    .plain = 不再给钱，留好单据，打110报警
q-high-yield-platform-stops-payout-c-why = 对。先停止投钱，保留合同、转账记录和聊天记录，尽快向警方报案。
    .plain = 对。别再给钱。把单据留好，打110报警。

## high-yield-check-before-buying
q-high-yield-check-before-buying = 想买理财产品前，哪种做法比较稳妥？
    .plain = 买理财之前，怎么做才稳当？
q-high-yield-check-before-buying-a = 只看宣传单上的收益数字
    .plain = 光看单子上写能赚多少
q-high-yield-check-before-buying-a-why = 不对。宣传单只挑好听的说。风险、费用和能不能随时取钱，同样重要。
    .plain = 不对。宣传单只说好听的。有啥风险、花多少、能不能随时取，也要紧。
q-high-yield-check-before-buying-b = 相信"内部消息"，越快越好
    .plain = 信“内部消息”，越快越好
q-high-yield-check-before-buying-b-why = 不对。"内部消息"和"越快越好"，都是在催您别多想。
    .plain = 不对。“内部消息”“越快越好”，都是催您别多想。
q-high-yield-check-before-buying-c = 到正规机构问清风险，再自己决定
    .plain = 去正规单位问清危险，再自己定
q-high-yield-check-before-buying-c-why = 对。您有权知道产品的真实情况和风险。问清楚、想明白，再决定买不买。
    .plain = 对。去正规的地方问清楚，想好了再买。
q-high-yield-check-before-buying-d = 让推销员替您签字办理
    .plain = 让推销的人替您签字
q-high-yield-check-before-buying-d-why = 不对。合同要自己看、自己签。别人代签，出了问题很难说清。
    .plain = 不对。合同得自己看、自己签。别人代签，出了事说不清。

## fake-customer-service-screen-share
q-fake-customer-service-screen-share = 自称"客服"的人来电，让您打开手机的"屏幕共享"，说要帮您办退款。您应该怎么做？
    .plain = "客服"让您把手机屏幕给他看，说帮您退钱。怎么办？
q-fake-customer-service-screen-share-a = 照他说的做，客服是来帮忙的
    .plain = 照他说的办，客服是帮忙的
q-fake-customer-service-screen-share-a-why = 不对。屏幕共享后，对方能看到您的验证码和银行卡信息。
    .plain = 不对。屏幕一共享，人家就看见您的验证码和卡的信息。
q-fake-customer-service-screen-share-b = 只共享一小会儿，应该没事
    .plain = 就共享一会儿，没事吧
q-fake-customer-service-screen-share-b-why = 不对。一小会儿就够对方看到验证码，把钱转走。
    .plain = 不对。一会儿就够他看到验证码，把钱转走。
q-fake-customer-service-screen-share-c = 把收到的验证码念给他听
    .plain = 把收到的验证码念给他
q-fake-customer-service-screen-share-c-why = 不对。验证码和密码，对谁都不能说，包括自称客服的人。
    .plain = 不对。验证码、密码谁也不能说，说是客服的也不行。
q-fake-customer-service-screen-share-d = 挂断电话，自己找官方客服核实
    .plain = 挂了电话，自己找正规客服问
q-fake-customer-service-screen-share-d-why = 对。正规退款不需要共享屏幕。挂断后，用官方渠道自己查。
    .plain = 对。挂电话，自己去问正规客服。

## fake-customer-service-red-flags
q-fake-customer-service-red-flags = 接到自称"客服"的电话。下面哪些是危险信号？请选出所有危险信号。
    .plain = "客服"打来电话，哪些话要小心？
q-fake-customer-service-red-flags-a = 说您的保单或贷款"出了问题"，要马上处理
    .plain = 说您的保单或贷款“出事了”，得马上办
q-fake-customer-service-red-flags-a-why = 这是危险信号。骗子常先制造紧张，让您来不及多想。
    .plain = 要小心。骗子常先吓唬您，让您来不及多想。
q-fake-customer-service-red-flags-b = 让您说出验证码或密码
    .plain = 让您说验证码或密码
q-fake-customer-service-red-flags-b-why = 这是危险信号。正规客服不会要您的验证码和密码。
    .plain = 要小心。正经客服不要您的验证码和密码。
q-fake-customer-service-red-flags-c = 提醒您挂断后，在官方App里自己查
    .plain = 提醒您挂了，在正规App里自己查
q-fake-customer-service-red-flags-c-why = 这不是危险信号。让您自己通过官方渠道核实，是安全的做法。
    .plain = 这个不用怕。让您自己走正规的路去查，是安全的。
q-fake-customer-service-red-flags-d = 要您先转一笔钱，才能退款
    .plain = 要您先转钱，才给退钱
q-fake-customer-service-red-flags-d-why = 这是危险信号。正规退款不需要您先付钱。
    .plain = 要小心。正经退钱不用您先给钱。
q-fake-customer-service-red-flags-e = 不问任何密码，只提醒您注意账户安全
    .plain = 啥密码也不问，光提醒您看好账户
q-fake-customer-service-red-flags-e-why = 这不是危险信号。只做提醒、不要密码、不要转账，这样的电话不会让您受损失。
    .plain = 这个不用怕。光提醒、不要密码、不让转钱，这种电话不会让您吃亏。

## fake-customer-service-refund-no-fee
q-fake-customer-service-refund-no-fee = 判断对错：正规的退款，不需要您先付钱，也不需要您共享手机屏幕。
    .plain = 真的退款，不用先交钱，也不用把屏幕给别人看。对不对？
q-fake-customer-service-refund-no-fee-true-why = 对。要您先交钱、共享屏幕才能退款的，都是骗局。
    .plain = 对。让您先交钱才退钱的，都是骗子。
q-fake-customer-service-refund-no-fee-false-why = 不对。正规退款从不需要您先付钱，也不需要共享屏幕。遇到这种要求，马上挂断。
    .plain = 不对。正经退钱从来不用您先给钱，也不用共享屏幕。碰上这种要求，马上挂。

## fake-customer-service-cancel-loan-call
q-fake-customer-service-cancel-loan-call-story = 李大爷接到电话，对方自称"某平台客服"，说他名下有一个贷款账户，不注销就会"影响征信"。对方让他先把钱转到一个指定账户"走流水"，才能注销。
    .plain = 有人冒充客服，说李大爷的贷款账户要注销，不然征信会出问题。还让他先转钱。
q-fake-customer-service-cancel-loan-call = 李大爷应该怎么做？
    .plain = 李大爷该怎么办？
q-fake-customer-service-cancel-loan-call-a = 赶紧按对方说的转账，保住征信
    .plain = 赶紧照他说的转钱，保住征信
q-fake-customer-service-cancel-loan-call-a-why = 不对。注销账户不需要转账。"影响征信"是骗子吓人的说法。
    .plain = 不对。注销账户不用转钱。“影响征信”是骗子吓唬人的话。
q-fake-customer-service-cancel-loan-call-b = 挂断电话，用官方渠道自己核实
    .plain = 挂了电话，自己走正规的路去问
q-fake-customer-service-cancel-loan-call-b-why = 对。征信记录如有错误，可以通过官方渠道免费更正，从不需要转账。
    .plain = 对。挂电话，自己去正规渠道问。征信有错，免费改。
q-fake-customer-service-cancel-loan-call-c = 把身份证和银行卡号发给对方
    .plain = 把身份证、银行卡号发给他
q-fake-customer-service-cancel-loan-call-c-why = 不对。个人信息交出去，可能被拿去冒名办贷款或转走钱。
    .plain = 不对。信息给出去，可能被人冒名借钱，或者把钱转走。

## fake-customer-service-how-to-verify
q-fake-customer-service-how-to-verify = 怎样核实一个"客服"电话是真是假？
    .plain = 怎么知道这个"客服"是真的还是假的？
q-fake-customer-service-how-to-verify-a = 挂断后，拨打官方App或合同上的电话
    .plain = 挂了，打正规 App 或合同上的电话
q-fake-customer-service-how-to-verify-a-why = 对。号码要自己从官方渠道找，再自己打过去问。
    .plain = 对。自己找正规的号码，自己打过去问。
q-fake-customer-service-how-to-verify-b = 回拨刚才打来的那个号码
    .plain = 往刚才那个号打回去
q-fake-customer-service-how-to-verify-b-why = 不对。回拨的还是骗子。来电号码也可能是伪装的。
    .plain = 不对。打回去还是骗子。来电的号也可能是假的。
q-fake-customer-service-how-to-verify-c = 点开对方短信里的链接查看
    .plain = 点他短信里的链接看看
q-fake-customer-service-how-to-verify-c-why = 不对。陌生链接可能是假网站，会骗走您的账号和密码。
    .plain = 不对。生人的链接可能是假网站，会骗走您的账号密码。

## impersonated-police-safe-account
q-impersonated-police-safe-account = 判断对错：警察、检察院、法院或金融监管部门，可能会让您把钱转到"安全账户"接受调查。
    .plain = 公安、法院会让您把钱转到"安全账户"。对不对？
q-impersonated-police-safe-account-true-why = 不对。公检法和监管部门从来不会让您把钱转到"安全账户"。这样说的都是骗子。
    .plain = 不对。公检法和监管部门从不让您把钱转到“安全账户”。这么说的都是骗子。
q-impersonated-police-safe-account-false-why = 对。根本没有什么"安全账户"。听到这个词，马上挂断，拨打110。
    .plain = 对。没有"安全账户"这回事。听到就挂，打110。

## impersonated-police-answer-96110
q-impersonated-police-answer-96110 = 判断对错：如果96110给您打电话，最好接听，它是在提醒您防范诈骗。
    .plain = 96110打来的电话，要接。对不对？
q-impersonated-police-answer-96110-true-why = 对。96110是全国反诈预警劝阻电话。它打来，可能是您正被骗子盯上。
    .plain = 对。96110是提醒您防骗的，一定要接。
q-impersonated-police-answer-96110-false-why = 不对。96110来电是在提醒您防骗，要接听。遇到紧急情况，请拨打110。
    .plain = 不对。96110打来是提醒您防骗，要接。碰上急事，打110。

## impersonated-police-red-flags
q-impersonated-police-red-flags = 有人打电话自称"警官"。下面哪些是危险信号？请选出所有危险信号。
    .plain = 自称"警察"的人打来电话，哪些情况要小心？
q-impersonated-police-red-flags-a = 说您涉嫌一起案子，要"配合调查"
    .plain = 说您跟案子有关，要“配合调查”
q-impersonated-police-red-flags-a-why = 这是危险信号。骗子常用"涉案"来吓人，让您慌了神。
    .plain = 要小心。骗子常拿“案子”吓人，让您心慌。
q-impersonated-police-red-flags-b = 要您"保密"，不许告诉家人
    .plain = 让您“保密”，不许跟家人说
q-impersonated-police-red-flags-b-why = 这是危险信号。不让您告诉家人，是怕家人识破骗局。
    .plain = 要小心。不让您跟家里人说，是怕家里人看穿。
q-impersonated-police-red-flags-c = 建议您到附近派出所当面问清楚
    .plain = 让您去附近派出所当面问
q-impersonated-police-red-flags-c-why = 这不是危险信号。到派出所当面问，或者拨打110核实，都是安全的做法。
    .plain = 这个不用怕。去派出所当面问，或者打110问，都是安全的。
q-impersonated-police-red-flags-d = 让您把存款转到"安全账户"
    .plain = 让您把存的钱转到“安全账户”
q-impersonated-police-red-flags-d-why = 这是危险信号。公检法不会让您转账。"安全账户"都是骗子的账户。
    .plain = 要小心。公安、法院不会让您转钱。“安全账户”都是骗子的账。

## impersonated-police-hotel-review
q-impersonated-police-hotel-review-story = 王阿姨接到电话，对方自称"公安局"，说她的银行卡涉嫌一起案件。对方让她一个人去宾馆开房间，不许告诉子女，等着"远程审查"。
    .plain = 有人冒充警察，说王阿姨的卡出了案子。还让她一个人去宾馆，不许告诉孩子。
q-impersonated-police-hotel-review = 王阿姨最好怎么做？
    .plain = 王阿姨该怎么办？
q-impersonated-police-hotel-review-a = 按要求去宾馆，配合审查
    .plain = 听他的去宾馆，配合审查
q-impersonated-police-hotel-review-a-why = 不对。把您和家人隔开，是骗子的常用手法。真警察不会这样办案。
    .plain = 不对。把您跟家里人隔开，是骗子的老办法。真警察不这么办案。
q-impersonated-police-hotel-review-b = 挂断电话，告诉家人，拨打110
    .plain = 挂电话，跟家里人说，打110
q-impersonated-police-hotel-review-b-why = 对。先挂电话，和家人商量，再拨打110核实。
    .plain = 对。挂电话，告诉孩子，打110问。
q-impersonated-police-hotel-review-c = 把银行卡密码告诉对方，证明清白
    .plain = 把卡密码告诉他，证明清白
q-impersonated-police-hotel-review-c-why = 不对。密码说出去，钱就可能被转走。清白不需要用密码来证明。
    .plain = 不对。密码一说，钱就可能被转走。清白不靠密码来证明。

## impersonated-police-regulator-call
q-impersonated-police-regulator-call = 有人自称"金融监管部门"，说要"注销您的账户"，让您转移资金。下面哪句话是对的？
    .plain = 有人说自己是管银行的，让您把钱转走。哪句话对？
q-impersonated-police-regulator-call-a = 监管部门不会打电话让个人转账
    .plain = 监管部门不会打电话让您转钱
q-impersonated-police-regulator-call-a-why = 对。监管部门不会打电话让您转账，也不会替您保管钱。
    .plain = 对。管银行的部门不会让您转钱。
q-impersonated-police-regulator-call-b = 监管部门可以替您保管存款
    .plain = 监管部门能替您看着存款
q-impersonated-police-regulator-call-b-why = 不对。监管部门不替个人保管钱。这样说的就是骗子。
    .plain = 不对。监管部门不替个人看钱。这么说的就是骗子。
q-impersonated-police-regulator-call-c = 对方能说出我的身份证号，就是真的
    .plain = 他能说出我的身份证号，就是真的
q-impersonated-police-regulator-call-c-why = 不对。个人信息可能早已泄露。骗子知道您的姓名和证件号，也不奇怪。
    .plain = 不对。个人信息可能早就漏了。骗子知道您的名字和证件号，不稀奇。

## misleading-sales-deposit-became-policy
q-misleading-sales-deposit-became-policy-story = 刘阿姨去银行存定期，有人说一款"存款产品"利息更高，她就签了字。后来她才发现，买的其实是一份保险，提前取出会有损失。
    .plain = 刘阿姨本来想存钱，却被说成"存款"，买成了保险。现在想取钱，要亏一些。
q-misleading-sales-deposit-became-policy = 刘阿姨可以怎么做？
    .plain = 刘阿姨该怎么办？
q-misleading-sales-deposit-became-policy-a = 自认倒霉，什么都不说
    .plain = 认倒霉，啥也不说
q-misleading-sales-deposit-became-policy-a-why = 不对。您有权反映问题、要求处理。说出来不丢人。
    .plain = 不对。您可以说出来、让人家处理。说出来不丢人。
q-misleading-sales-deposit-became-policy-b = 花钱请"代理维权"的人帮忙
    .plain = 花钱找人“代理维权”
q-misleading-sales-deposit-became-policy-b-why = 不对。"代理维权"要收高额费用，还可能拿走您的个人信息。投诉和调解都可以自己办。
    .plain = 不对。这种人要收很多钱，还可能拿走您的个人信息。投诉、调解都能自己办。
q-misleading-sales-deposit-became-policy-c = 先找这家机构的官方渠道，再打12378
    .plain = 先找这家单位正规的地方，再打12378
q-misleading-sales-deposit-became-policy-c-why = 对。先向机构反映；解决不了，可以拨打12378投诉，也可以申请免费的纠纷调解。
    .plain = 对。先找这家公司。不行就打12378。

## misleading-sales-red-flags
q-misleading-sales-red-flags = 买金融产品时，下面哪些是销售误导的危险信号？请选出所有危险信号。
    .plain = 买东西时，工作人员哪些做法要小心？
q-misleading-sales-red-flags-a = 把保险说成"存款"或"储蓄"
    .plain = 把保险说成“存款”“储蓄”
q-misleading-sales-red-flags-a-why = 这是危险信号。保险和存款不一样，提前退保可能拿不回全部的钱。
    .plain = 要小心。保险不是存钱，提前退可能拿不回全部的钱。
q-misleading-sales-red-flags-b = 只讲收益，不讲风险和退保损失
    .plain = 光说能赚多少，不说风险和退了亏多少
q-misleading-sales-red-flags-b-why = 这是危险信号。您有权知道风险。只说好处不说坏处，就是没讲全。
    .plain = 要小心。您该知道有啥危险。光说好不说坏，就是没说全。
q-misleading-sales-red-flags-c = 说"条款不用看，签字就行"
    .plain = 说“不用看，签字就行”
q-misleading-sales-red-flags-c-why = 这是危险信号。条款里写着您的权利和责任，一定要看明白。
    .plain = 要小心。合同里写着您能干啥、该干啥，一定要看明白。
q-misleading-sales-red-flags-d = 讲清条款和费用，让您带回家想想
    .plain = 讲清合同和收费，让您拿回家想想
q-misleading-sales-red-flags-d-why = 这不是危险信号。给您时间考虑、和家人商量，是负责任的做法。
    .plain = 这个不用怕。给您时间想、跟家里人商量，是负责的做法。
q-misleading-sales-red-flags-e = 用通俗的话把风险讲给您听
    .plain = 用大白话把危险讲给您听
q-misleading-sales-red-flags-e-why = 这不是危险信号。机构本来就应该用通俗易懂的话说明风险。
    .plain = 这个不用怕。单位本来就该用好懂的话讲危险。

## misleading-sales-sign-for-me
q-misleading-sales-sign-for-me = 判断对错：只要销售人员讲得清楚，合同可以不看，也可以让他代签。
    .plain = 销售说清楚了，合同就不用看，让他替您签也行。对不对？
q-misleading-sales-sign-for-me-true-why = 不对。口头说的不一定写进了合同。合同要自己看、自己签。
    .plain = 不对。嘴上说的，合同上不一定有。合同得自己看、自己签。
q-misleading-sales-sign-for-me-false-why = 对。合同关系到您的钱和权利。自己看明白、自己签字，才算数。
    .plain = 对。合同一定自己看，自己签。

## misleading-sales-unclear-terms
q-misleading-sales-unclear-terms = 合同里有些条款您看不懂，应该怎么办？
    .plain = 合同有的地方看不懂，怎么办？
q-misleading-sales-unclear-terms-a = 请对方讲明白，没弄懂先别签
    .plain = 让人家讲明白，没懂先不签
q-misleading-sales-unclear-terms-a-why = 对。您有权听到通俗易懂的解释。弄明白了再签，不丢人。
    .plain = 对。不懂就问，没懂就不签。
q-misleading-sales-unclear-terms-b = 不好意思多问，直接签字
    .plain = 不好意思问，直接签了
q-misleading-sales-unclear-terms-b-why = 不对。不懂就签，以后吃亏的是自己。多问几句是您的权利。
    .plain = 不对。没懂就签，往后吃亏的是您。多问问是您的权利。
q-misleading-sales-unclear-terms-c = 相信销售说的"都一样"
    .plain = 信推销的说“都一样”
q-misleading-sales-unclear-terms-c-why = 不对。不同产品差别可能很大。以合同上写的为准，不以口头说的为准。
    .plain = 不对。不一样的东西可能差得很远。看合同上写的，不看嘴上说的。

## misleading-sales-forced-bundle
q-misleading-sales-forced-bundle = 工作人员说："不买这份保险，就不给您办贷款。"这种说法对吗？
    .plain = 有人说不买保险就不给贷款。这对吗？
q-misleading-sales-forced-bundle-a = 对，这是规定
    .plain = 对，这是规矩
q-misleading-sales-forced-bundle-a-why = 不对。买不买保险，由您自己决定。不能拿别的业务来逼您买。
    .plain = 不对。买不买保险您自己定。不能拿别的事逼您买。
q-misleading-sales-forced-bundle-b = 对，只要保险便宜就行
    .plain = 对，保险便宜就行
q-misleading-sales-forced-bundle-b-why = 不对。便宜不便宜，都应该由您自愿选择，不能被强迫。
    .plain = 不对。便宜不便宜，都得您自己愿意，不能硬逼。
q-misleading-sales-forced-bundle-c = 不对，买不买由您自己决定
    .plain = 不对，买不买您自己定
q-misleading-sales-forced-bundle-c-why = 对。您有自主选择权。遇到强行搭售，可以向机构反映，也可以拨打12378。
    .plain = 对。买不买，您说了算。

## elderly-scheme-health-talk
q-elderly-scheme-health-talk-story = 小区附近来了个"健康讲座"，天天送鸡蛋，还有人陪赵大爷聊天，叫他"干爹"。几天后，讲师说一种"保健品"能治好他的高血压，要他先交一大笔钱。
    .plain = 有人天天送东西、陪赵大爷聊天。后来说有种保健品能治病，让他交很多钱。
q-elderly-scheme-health-talk = 赵大爷应该怎么做？
    .plain = 赵大爷该怎么办？
q-elderly-scheme-health-talk-a = 先不交钱，和子女商量，看病听医生的
    .plain = 先别交钱，跟孩子商量，看病听医生的
q-elderly-scheme-health-talk-a-why = 对。保健品不能代替药物。身体的事问医生，花大钱前和家人商量。
    .plain = 对。先别给钱。看病找医生，花钱问家人。
q-elderly-scheme-health-talk-b = 人家对我这么好，不买不好意思
    .plain = 人家对我这么好，不买说不过去
q-elderly-scheme-health-talk-b-why = 不对。送小礼物、嘘寒问暖，常常是为了让您放松警惕。不买不用觉得欠人情。
    .plain = 不对。送点小东西、问长问短，常是为了让您放松。不买也不欠人家的。
q-elderly-scheme-health-talk-c = 赶紧交钱，把药停了改吃保健品
    .plain = 赶紧交钱，药不吃了改吃保健品
q-elderly-scheme-health-talk-c-why = 不对。自己停药可能耽误病情。保健品治不了病。
    .plain = 不对。自己停药会耽误病。保健品治不了病。

## elderly-scheme-pension-red-flags
q-elderly-scheme-pension-red-flags = 有人向您推销"养老项目"。下面哪些是危险信号？请选出所有危险信号。
    .plain = 有人推销养老项目，哪些情况要小心？
q-elderly-scheme-pension-red-flags-a = 交一笔钱就"包养老"，还保证有回报
    .plain = 交钱就“管养老”，还保证能赚
q-elderly-scheme-pension-red-flags-a-why = 这是危险信号。保证高回报的"养老项目"，可能是非法集资。
    .plain = 要小心。保证能赚大钱的“养老项目”，可能是非法集资。
q-elderly-scheme-pension-red-flags-b = 说"只对老人开放，要保密"
    .plain = 说“只给老人，得保密”
q-elderly-scheme-pension-red-flags-b-why = 这是危险信号。要您保密，是怕子女和朋友帮您识破。
    .plain = 要小心。让您保密，是怕孩子和朋友帮您看穿。
q-elderly-scheme-pension-red-flags-c = 合同写清楚，让您带回家给子女看
    .plain = 合同写明白，让您拿回家给孩子看
q-elderly-scheme-pension-red-flags-c-why = 这不是危险信号。愿意让家人一起看合同，是正常、透明的做法。
    .plain = 这个不用怕。肯让家里人一起看合同，是正常、敞亮的做法。
q-elderly-scheme-pension-red-flags-d = 让您多带老朋友来，给您提成
    .plain = 让您多拉老朋友来，给您提成
q-elderly-scheme-pension-red-flags-d-why = 这是危险信号。靠拉人头给提成，是传销和非法集资常见的做法。
    .plain = 要小心。靠拉人给提成，是传销和非法集资常用的招。
q-elderly-scheme-pension-red-flags-e = 服务内容、费用和退款办法都写进合同
    .plain = 管啥、收多少、咋退钱，都写进合同
q-elderly-scheme-pension-red-flags-e-why = 这不是危险信号。把费用和退款办法写清楚，是正规服务该有的样子。
    .plain = 这个不用怕。把收费和退钱写清楚，正经服务就该这样。

## elderly-scheme-health-product-not-medicine
q-elderly-scheme-health-product-not-medicine = 判断对错：保健品不是药，不能代替药物治病。
    .plain = 保健品不是药，治不了病。对不对？
q-elderly-scheme-health-product-not-medicine-true-why = 对。保健品不能治病。说保健品"包治百病"的，就是在骗人。
    .plain = 对。有病要看医生，按医生说的吃药。
q-elderly-scheme-health-product-not-medicine-false-why = 不对。保健品不能代替药物。有病请看医生，不要自己停药。
    .plain = 不对。保健品顶不了药。有病去看医生，别自己停药。

## elderly-scheme-keep-it-secret
q-elderly-scheme-keep-it-secret = 推销的人一再叮嘱您"别告诉子女"。这通常是为什么？
    .plain = 有人让您"别跟孩子说"，为什么？
q-elderly-scheme-keep-it-secret-a = 想给您的子女一个惊喜
    .plain = 想给您孩子一个惊喜
q-elderly-scheme-keep-it-secret-a-why = 不对。正经的好事，不怕家人知道。
    .plain = 不对。正经好事，不怕家里人知道。
q-elderly-scheme-keep-it-secret-b = 怕家人看出问题，把您拦住
    .plain = 怕家里人看出毛病，拦住您
q-elderly-scheme-keep-it-secret-b-why = 对。骗子最怕您和家人商量。越让您保密，越要跟家人说。
    .plain = 对。越不让说，越要跟孩子说。
q-elderly-scheme-keep-it-secret-c = 因为这是国家的保密项目
    .plain = 因为这是国家保密的项目
q-elderly-scheme-keep-it-secret-c-why = 不对。"国家保密项目"是骗子编的。国家不会找您私下交钱。
    .plain = 不对。“国家保密项目”是骗子编的。国家不会私下找您要钱。

## elderly-scheme-already-paid
q-elderly-scheme-already-paid = 如果发现自己可能已经被骗了钱，应该怎么办？
    .plain = 觉得自己被骗了钱，怎么办？
q-elderly-scheme-already-paid-a = 找网上的"追款公司"，先交手续费
    .plain = 找网上“帮追钱”的，先交手续费
q-elderly-scheme-already-paid-a-why = 不对。先收钱再"追款"，往往是第二次诈骗。
    .plain = 不对。先收钱再“追钱”，常常是又骗您一回。
q-elderly-scheme-already-paid-b = 觉得丢人，自己忍着不说
    .plain = 觉得丢人，忍着不说
q-elderly-scheme-already-paid-b-why = 不对。被骗不是您的错。早点说出来，才有机会减少损失。
    .plain = 不对。被骗不怪您。早点说出来，才能少亏点。
q-elderly-scheme-already-paid-c = 再投一笔，想办法把钱赚回来
    .plain = 再投点钱，想法子赚回来
q-elderly-scheme-already-paid-c-why = 不对。再投只会亏得更多。先停下来。
    .plain = 不对。再投只会亏得更多。先停手。
q-elderly-scheme-already-paid-d = 留好凭证，拨打110报警
    .plain = 留好单据，打110报警
q-elderly-scheme-already-paid-d-why = 对。保留合同、收据和转账记录，尽快报警，也告诉家人。
    .plain = 对。单据留好，打110，告诉孩子。

## Sharing a finished round's score with the partner whose page shows the app (only when the person agrees)

# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
share-score-title = 把成绩告诉{ $partner }？
# Variables:
#   $right (Number) - how many questions of the round were answered right, e.g. 8
#   $total (Number) - how many questions the round had, e.g. 10
share-score-body = 只发送这一轮的主题、答对 { $right } 题、共 { $total } 题。不发送你的答案、名字和保存的任何内容。
share-score-agree = 同意发送
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
share-score-sent = 已告诉{ $partner }。
