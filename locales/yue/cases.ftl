# Anxin (安心) — scam case studies (以案说险) and the "spot the red flags" exercise. Cantonese.
# Facts rest on ../shared/brief/domain.md and widely known safe practice; the stories are
# composites with no real names of companies and no invented numbers.
# Draft translation, not yet reviewed by a native speaker. Terms follow locales/yue/GLOSSARY.md.
# Structure (scenes, red flags, which conversation lines are red flags, rights, hotlines,
# quiz questions) is in src/content/cases_bank.rs. Messages per case:
#   case-<id>-title, case-<id>-trap (one line: what the trap is)
#   case-<id>-scene-<n>   the story: who, what was said, what happened, what it cost
#   case-<id>-flag-<n>    the red flags
#   case-<id>-now-<n>, case-<id>-next-<n>   what to do now, and next time
#   case-<id>-msg-<n>     the conversation, in order; -why for the other side's lines

## The list

cases-intro = 真人真事改编嘅个案。睇吓骗子点讲、点做，下次一眼就认得出。
cases-filter-label = 按类别睇
cases-group-all = 全部睇晒
cases-group-fees = 使钱揾“中介”
cases-group-investment = 理财同销售
cases-group-impersonation = 冒认身份
cases-group-elderly = 专呃老人家
cases-not-found = 揾唔到呢个个案。
cases-all = 睇晒全部个案

## One case

case-scene-1 = 边个
case-scene-2 = 对方讲咗啲咩
case-scene-3 = 跟住点
case-scene-4 = 蚀咗啲咩
case-section-story = 件事嘅经过
case-section-flags = 危险讯号
case-section-spot = 练吓手：揾出危险讯号
case-section-now = 撞到嘅话，而家即刻咁做
case-section-next = 下次咁样防
case-section-rights = 呢件事同你以下呢啲权利有关
case-section-call = 打呢啲电话
case-more-help = 睇吓仲可以揾边个帮手
case-practise = 做几条相关嘅题
cases-check = 收到类似嘅信息？查吓佢

## Spot the red flags

spot-intro = 下面係骗子同当事人嘅对话。你觉得边句可疑就㩒边句，可以㩒几句，然后㩒“睇结果”。
spot-channel-chat = 微信倾偈
spot-channel-sms = 手机短讯
spot-channel-call = 录低嘅电话
spot-check = 睇结果
spot-retry = 再练多次
spot-found = 揾啱咗：呢句係危险讯号
spot-missed = 漏咗：呢句都係危险讯号
spot-false-alarm = 呢句其实冇问题
spot-harmless = 呢句冇问题

# Variables:
#   $found (Number) - how many of the red-flag lines the person tapped
#   $total (Number) - how many lines of the conversation are red flags
#   $alarms (Number) - how many harmless lines the person tapped by mistake
spot-summary = 一共 { $total } 个危险讯号，你揾到 { $found } 个。有 { $alarms } 句认错咗。

spot-perfect = 全部揾啱晒！下次撞到，你一定认得出。
spot-keep-going = 睇吓每句下面嘅解释，再练多次会更加熟手。

## The cases

## agent-surrender
case-agent-surrender-title = “全额退保”嘅电话
case-agent-surrender-trap = 有人话可以帮你将保费全数退返，其实係要收好高嘅“服务费”，仲会攞走你嘅个人资料。
case-agent-surrender-scene-1 = 刘姨係退休教师。几年前，佢喺一间保险公司买咗份保险，每年准时交钱。
case-agent-surrender-scene-2 = 有一日，一个陌生人打电话嚟。佢知道刘姨份保单，话呢份保险“买蚀咗”，佢哋可以帮佢将交过嘅钱全数退返。
case-agent-surrender-scene-3 = 对方叫佢签咗份“委托代理协议”，攞走咗佢嘅身份证、保单同银行卡资料。佢哋用刘姨个名作理由去投诉，仲叫佢唔好听保险公司嘅电话。
case-agent-surrender-scene-4 = 份保险退咗，刘姨冇咗保障。退返嘅钱根本唔係“全额”，仲有一大份畀对方当“服务费”攞走咗。佢嘅个人资料亦都落咗喺陌生人手度。
case-agent-surrender-flag-1 = 应承你“全额退保”
case-agent-surrender-flag-2 = 叫你唔好揾保险公司，唔好听保险公司嘅电话
case-agent-surrender-flag-3 = 要你签“委托代理协议”，交出身份证、保单同银行卡资料
case-agent-surrender-flag-4 = 喺退返嘅钱度收好高嘅“服务费”，仲教你作理由投诉
case-agent-surrender-now-1 = 唔好签名，唔好转钱。收线，唔好再畀任何资料对方。
case-agent-surrender-now-2 = 打保险公司嘅官方客服电话，号码睇保单或者官方 App。问清楚而家退保攞得返几多，会冇咗啲咩保障。
case-agent-surrender-now-3 = 已经畀咗钱，或者有人冒你个名投诉，留好证据，打110报警。对保险公司嘅服务唔满意，可以打12378投诉。
case-agent-surrender-next-1 = 想退保，就自己去揾保险公司办，唔使使钱请中间人。
case-agent-surrender-next-2 = 陌生人知道你份保单，都唔代表佢信得过。先收线，再自己核实。
case-agent-surrender-next-3 = 退保之前谂清楚：退咗就冇保障喇。可以同屋企人一齐倾。
case-agent-surrender-msg-1 = 你好，请问係唔係刘姨呀？阻你几分钟。
case-agent-surrender-msg-1-why = 呢句唔係危险讯号。打招呼、问你係边个，本身冇问题。不过要留意，佢点解会知道你。
case-agent-surrender-msg-2 = 你份保险买蚀咗，我哋可以帮你全数攞返。
case-agent-surrender-msg-2-why = 呢句係危险讯号。退保一般只可以攞返保单嘅现金价值。话可以“全额退”嘅，多数係呃人嘅讲法。
case-agent-surrender-msg-3 = 真㗎？我都交咗好几年喇。
case-agent-surrender-msg-4 = 你唔好揾保险公司，佢哋净係识拖你。全部交畀我哋搞掂。
case-agent-surrender-msg-4-why = 呢句係危险讯号。正当嘅事唔怕你去问保险公司。唔畀你问，係怕你知道真相。
case-agent-surrender-msg-5 = 保险公司退嘅钱，都係入返你自己张卡度。
case-agent-surrender-msg-5-why = 呢句唔係危险讯号。呢句话本身係真嘅。骗子都会讲几句真话，等你放低戒心。
case-agent-surrender-msg-6 = 签份委托代理协议，将身份证、保单同银行卡号码发畀我。
case-agent-surrender-msg-6-why = 呢句係危险讯号。呢种协议係为咗问你攞钱、攞你嘅资料。证件同卡号唔好发畀陌生人。
case-agent-surrender-msg-7 = 咁使唔使钱㗎？
case-agent-surrender-msg-8 = 退返嘅钱分一部分畀我哋做服务费。投诉材料我哋帮你写。
case-agent-surrender-msg-8-why = 呢句係危险讯号。对方要攞走你一大份钱，仲要用你个名作理由投诉。出咗事，麻烦就留畀你。

## debt-relief
case-debt-relief-title = “停息挂账”嘅短讯
case-debt-relief-trap = 有人话畀钱就可以帮你停利息、减欠款，其实係呃你嘅服务费，仲令你嘅欠款越拖越多。
case-debt-relief-scene-1 = 老陈开咗间小店。生意唔好，信用卡同贷款都就快还唔到，佢成晚瞓唔着。
case-debt-relief-scene-2 = 佢收到一条短讯，话有“专业团队”可以帮佢“停息挂账”，欠款仲可以减免，“包办成”。
case-debt-relief-scene-3 = 老陈畀咗一笔服务费，将身份证、银行卡同密码都发咗过去。对方叫佢唔好再还钱，亦唔好听银行嘅电话。
case-debt-relief-scene-4 = 欠款一日一日逾期，罚息越嚟越多，信用记录都受咗影响。服务费攞唔返，对方亦都联络唔到。佢嘅证件资料仲喺人哋手度。
case-debt-relief-flag-1 = 应承“包办成”，可以停利息、可以减免
case-debt-relief-flag-2 = 要你先畀服务费
case-debt-relief-flag-3 = 要你嘅证件、银行卡同密码，要你全权委托
case-debt-relief-flag-4 = 叫你唔好还钱、唔好听银行电话
case-debt-relief-now-1 = 唔好再转钱，唔好再发证件同密码。已经发过密码嘅，即刻联络银行改密码。
case-debt-relief-now-2 = 自己打银行卡背面嘅官方客服电话，讲清楚你嘅困难，问吓可唔可以倾个还款办法。
case-debt-relief-now-3 = 畀人呃咗钱，留好短讯同转账记录，打110报警。
case-debt-relief-next-1 = 讲“包办成”“先畀钱”嘅，一律唔好信。
case-debt-relief-next-2 = 还钱有困难，自己就可以同银行倾，唔使使钱请人。
case-debt-relief-next-3 = 短讯入面嘅陌生链接唔好㩒。收到96110嘅电话要听，佢係提醒你。
case-debt-relief-msg-1 = 专业团队帮你停息挂账，欠款仲可以减免，详情㩒（一条陌生链接）
case-debt-relief-msg-1-why = 呢句係危险讯号。陌生短讯自己揾上门，仲带住陌生链接。欠款倾唔倾得，要你自己揾银行倾。
case-debt-relief-msg-2 = 我欠咗好几张卡，真係可以还少啲？
case-debt-relief-msg-3 = 你唔使急住，有困难总有办法嘅。
case-debt-relief-msg-3-why = 呢句唔係危险讯号。安慰嘅说话本身冇问题。不过要睇对方跟住要你做啲咩。
case-debt-relief-msg-4 = 包办成！你乜都唔使理，全权委托畀我哋就得。
case-debt-relief-msg-4-why = 呢句係危险讯号。冇人可以保证银行一定减免。全权委托，即係将你啲嘢全部交咗畀陌生人。
case-debt-relief-msg-5 = 咁我银行嗰边点算？
case-debt-relief-msg-6 = 先畀服务费，再将身份证、银行卡同密码发过嚟。
case-debt-relief-msg-6-why = 呢句係危险讯号。密码边个都唔可以畀。要先畀钱嘅“帮手”，钱畀咗往往就揾唔返个人。
case-debt-relief-msg-7 = 由今日起唔好还钱，银行电话都唔好听，我哋帮你倾。
case-debt-relief-msg-7-why = 呢句係危险讯号。唔还钱会令欠款越滚越多，信用记录都会变差。唔听银行电话，你就听唔到真实情况。

## paid-rights-defence
case-paid-rights-defence-title = 收钱嘅“维权团队”
case-paid-rights-defence-trap = 有人话畀钱就可以帮你“维权”攞返啲钱，其实投诉同调解本身就唔收钱，畀咗钱反而畀人呃。
case-paid-rights-defence-scene-1 = 王伯喺银行买过一只理财产品。佢觉得当时冇同佢讲清楚，想去投诉。
case-paid-rights-defence-scene-2 = 一个自称“维权团队”嘅人加咗佢微信。对方话自己去投诉冇用，佢哋“上面有人”，保证帮佢攞返晒啲钱。
case-paid-rights-defence-scene-3 = 王伯畀咗服务费，签咗全权委托书，仲将证件发咗过去。对方叫佢照住佢哋写嘅讲法去投诉，之后又一次又一次揾名目问佢攞钱。
case-paid-rights-defence-scene-4 = 钱攞唔返，服务费又白白畀咗。佢嘅证件资料落咗喺陌生人手度。真正应该行嘅免费投诉路，都畀佢哋拖误咗。
case-paid-rights-defence-flag-1 = 话你自己投诉冇用
case-paid-rights-defence-flag-2 = 话“上面有人”，保证全数攞返
case-paid-rights-defence-flag-3 = 先收服务费，要你签全权委托书
case-paid-rights-defence-flag-4 = 唔畀你自己联络银行，教你夸大或者作故仔
case-paid-rights-defence-now-1 = 唔好畀钱住，唔好签委托书，亦唔好将证件发过去。
case-paid-rights-defence-now-2 = 先揾银行或者保险公司嘅官方投诉渠道，照实将问题讲清楚。投诉係免费嘅。
case-paid-rights-defence-now-3 = 对处理结果唔满意，可以打12378投诉，亦可以申请免费嘅金融纠纷调解。畀人呃咗钱，打110报警。
case-paid-rights-defence-next-1 = 投诉、调解都唔收钱。一开口就要钱嘅“维权”，要小心。
case-paid-rights-defence-next-2 = 照实讲你遇到嘅事，唔好作，亦唔好讲大咗。
case-paid-rights-defence-next-3 = 买产品嘅合同同单据都留好，有需要嘅时候拎得出嚟。
case-paid-rights-defence-msg-1 = 王伯你好，见到你喺群入面话买嘅产品有问题。
case-paid-rights-defence-msg-1-why = 呢句唔係危险讯号。打招呼本身冇问题。不过要谂吓，陌生人点解会主动揾你。
case-paid-rights-defence-msg-2 = 你自己去投诉冇用嘅，银行根本唔理我哋呢啲老百姓。
case-paid-rights-defence-msg-2-why = 呢句係危险讯号。银行同保险公司一定要处理你嘅投诉。话你自己去冇用，係想你依赖佢哋。
case-paid-rights-defence-msg-3 = 咁点算好呢？
case-paid-rights-defence-msg-4 = 我哋係专业维权团队，上面有人，保证帮你全数攞返。
case-paid-rights-defence-msg-4-why = 呢句係危险讯号。投诉有正规嘅程序，边个都保证唔到结果。话“上面有人”，多数係呃人嘅。
case-paid-rights-defence-msg-5 = 你先将当时嘅合同同单据揾出嚟，放好。
case-paid-rights-defence-msg-5-why = 呢句唔係危险讯号。留好合同同单据，本身就啱。骗子都会讲几句有用嘅说话，等你信佢。
case-paid-rights-defence-msg-6 = 先畀一笔服务费，再签份全权委托书。
case-paid-rights-defence-msg-6-why = 呢句係危险讯号。投诉同调解都唔收钱。全权委托，即係将你嘅事交畀陌生人话事。
case-paid-rights-defence-msg-7 = 我可唔可以自己打电话问吓银行？
case-paid-rights-defence-msg-8 = 唔好自己联络银行，照我哋畀你嘅讲法写，越严重越好。
case-paid-rights-defence-msg-8-why = 呢句係危险讯号。唔畀你自己问，係怕你知道真相。作出嚟嘅讲法，出咗事要你自己承担。

## credit-repair
case-credit-repair-title = 使钱“洗白”征信
case-credit-repair-trap = 有人话畀钱就可以删走信用记录入面嘅逾期，其实真实嘅记录删唔走，记错咗可以免费改正。
case-credit-repair-scene-1 = 赵姐开咗间小饭馆，想借贷款添啲设备。银行话佢嘅信用记录有逾期，借唔到。
case-credit-repair-scene-2 = 佢喺网上见到“征信修复”嘅广告。对方话有“内部渠道”，畀钱就可以删走逾期记录，搞唔掂全数退钱。
case-credit-repair-scene-3 = 赵姐畀咗服务费，发咗身份证相，仲将手机验证码话咗畀对方知。对方又话要加钱“加急”，之后就将佢拉黑咗。
case-credit-repair-scene-4 = 钱冇咗，记录一啲都冇变，贷款都係借唔到。佢嘅证件同验证码落咗喺人哋手度，可能会畀人冒用。
case-credit-repair-flag-1 = 话有“内部渠道”，畀钱就删到逾期记录
case-credit-repair-flag-2 = 保证搞掂，“搞唔掂全数退钱”
case-credit-repair-flag-3 = 要你嘅身份证相同手机验证码
case-credit-repair-flag-4 = 叫你保密，唔好话畀银行同屋企人知
case-credit-repair-now-1 = 唔好再畀钱，唔好再发证件同验证码。已经发咗嘅，即刻话畀银行知，改咗个密码。
case-credit-repair-now-2 = 留好倾偈同转账记录，打110报警。拿唔定主意，可以打96110问吓。
case-credit-repair-now-3 = 留意吓有冇人用你个名借钱。想睇自己嘅信用记录，要经官方渠道查。
case-credit-repair-next-1 = 真实嘅逾期记录，边个都唔可以使钱删走。
case-credit-repair-next-2 = 如果记录有错，可以向出错嘅机构或者官方征信机构提出异议。呢样係免费嘅。
case-credit-repair-next-3 = 以后准时还钱，信用会慢慢变好。
case-credit-repair-msg-1 = 你好，见你喺度问征信嘅事，有咩可以帮到你？
case-credit-repair-msg-1-why = 呢句唔係危险讯号。打招呼、问你需要啲咩，本身冇问题。要睇佢跟住点讲。
case-credit-repair-msg-2 = 我以前有几次逾期，而家借唔到贷款。
case-credit-repair-msg-3 = 小事嚟啫，我哋有内部渠道，畀钱就可以删走逾期记录。
case-credit-repair-msg-3-why = 呢句係危险讯号。真实嘅信用记录，边个都唔可以使钱删走。话有“内部渠道”嘅，係呃钱。
case-credit-repair-msg-4 = 保证搞掂，搞唔掂全数退钱，好多人都搞过。
case-credit-repair-msg-4-why = 呢句係危险讯号。“保证搞掂”“全数退钱”都係等你放心畀钱嘅说话。钱畀咗，往往就揾唔返个人。
case-credit-repair-msg-5 = 以后准时还钱，信用会慢慢变好嘅。
case-credit-repair-msg-5-why = 呢句唔係危险讯号。呢句话係真嘅。骗子都会讲真话，等你觉得佢识行。
case-credit-repair-msg-6 = 咁我要准备啲咩？
case-credit-repair-msg-7 = 先畀服务费，再将身份证相同手机验证码发畀我。
case-credit-repair-msg-7-why = 呢句係危险讯号。验证码边个都唔可以畀。有咗你嘅证件同验证码，人哋就可能冒用你个名。
case-credit-repair-msg-8 = 呢件事要保密，唔好同银行同屋企人讲。
case-credit-repair-msg-8-why = 呢句係危险讯号。叫你保密，係怕有人提醒你。听到呢种说话，更加要揾屋企人倾吓。

## high-yield
case-high-yield-title = “保本高息”嘅理财群
case-high-yield-trap = 有人拉你入群，话投钱又保本又高息，其实係非法集资，啲钱好可能永远都攞唔返。
case-high-yield-scene-1 = 退休工人老陈，畀一个“朋友嘅朋友”拉咗入一个微信理财群。
case-high-yield-scene-2 = 群入面日日有人晒赚咗几多。有个“客户经理”话，呢个项目保本保息，回报比存银行高好多，拉人入嚟仲有奖励。
case-high-yield-scene-3 = 老陈开头投咗少少，头几个月真係收到“利息”。佢放咗心，将大部分积蓄都投咗入去，仲拉埋几个老朋友。之后个平台话“系统升级”，啲钱攞唔出，个群都散咗。
case-high-yield-scene-4 = 老陈好几万蚊嘅养老钱攞唔返。畀佢拉入嚟嘅老朋友都蚀咗钱，佢心里面好难受。
case-high-yield-flag-1 = 应承“保本保息”、回报特别高
case-high-yield-flag-2 = 催你即刻投，话名额有限
case-high-yield-flag-3 = 叫你将钱转去个人账户
case-high-yield-flag-4 = 拉亲戚朋友入嚟投钱有奖励
case-high-yield-now-1 = 即刻停手，唔好再转钱，亦唔好再拉人入嚟。
case-high-yield-now-2 = 留好倾偈记录、转账记录同对方嘅账号，尽快打110报警。
case-high-yield-now-3 = 话畀你介绍入嚟嘅亲友知，叫佢哋都停手，一齐去报警。
case-high-yield-next-1 = 一听到“保本保息、高回报”，就要谂到可能係骗局。
case-high-yield-next-2 = 买理财净係去正规机构嘅柜台或者官方App，问清楚係边个卖、啲钱入咗边度。
case-high-yield-next-3 = 96110打嚟嘅电话要听，佢係提醒你防骗。
case-high-yield-msg-1 = 陈叔，欢迎入群！
case-high-yield-msg-1-why = 呢句唔係危险讯号。打招呼、讲声欢迎，本身冇问题。
case-high-yield-msg-2 = 我哋呢个项目保本保息，回报比存银行高几倍。
case-high-yield-msg-2-why = 呢句係危险讯号。回报越高，风险越大。应承又保本又高息嘅，往往係非法集资。
case-high-yield-msg-3 = 真係有咁好嘅事？
case-high-yield-msg-4 = 名额有限，今日唔投就冇喇。
case-high-yield-msg-4-why = 呢句係危险讯号。催你即刻决定，係唔想你冷静谂清楚，唔想你同屋企人倾。
case-high-yield-msg-5 = 呢两日降温，你出街着多件衫。
case-high-yield-msg-5-why = 呢句唔係危险讯号。关心嘅说话本身冇问题。不过都要知道，骗子成日用嘘寒问暖嚟拉近关系。
case-high-yield-msg-6 = 啲钱唔好经银行柜台，直接转去我畀你嘅个人账户。
case-high-yield-msg-6-why = 呢句係危险讯号。正规理财唔会叫你将钱转去个人账户。钱一转走，就好难追得返。
case-high-yield-msg-7 = 我再谂吓先。
case-high-yield-msg-8 = 拉亲戚朋友入嚟投，你仲可以攞多份奖励。
case-high-yield-msg-8-why = 呢句係危险讯号。靠拉人头发奖励，即係攞后尾嚟嘅人啲钱畀前面嘅人，迟早会冧。

## commission-fraud
case-commission-fraud-title = “借个名冲业绩”
case-commission-fraud-trap = 有啲保险代理人借你个名买保险，呃佣金，最后将保单同麻烦都留畀你。
case-commission-fraud-scene-1 = 退休嘅王姨，识得一个喺保险公司做代理人嘅街坊小李，两个人平时几熟。
case-commission-fraud-scene-2 = 小李话呢个月业绩唔够，想借王姨个名买几份保险。保费佢嚟垫，仲会每个月畀佢“好处费”。
case-commission-fraud-scene-3 = 王姨将身份证同银行卡影咗相畀小李，连签名都畀佢代签。几个月之后，好处费停咗，小李都联络唔到。
case-commission-fraud-scene-4 = 保险公司嚟提醒续交保费，王姨先知道自己名下有几份唔想要嘅保单。继续交要使钱，退保又会蚀，身份证同银行卡资料仲留咗喺人哋手度。
case-commission-fraud-flag-1 = 借你个名买保险“冲业绩”
case-commission-fraud-flag-2 = 话保费佢垫，仲会回钱畀你
case-commission-fraud-flag-3 = 要你嘅证件同银行卡，帮你代签名
case-commission-fraud-flag-4 = 教你喺回访嘅时候讲大话
case-commission-fraud-now-1 = 打保险公司嘅官方客服，查清楚自己名下有几多份保单、係边个交紧钱。
case-commission-fraud-now-2 = 联络银行，睇吓张银行卡有冇异常；唔好再畀任何证件同资料对方。
case-commission-fraud-now-3 = 留好倾偈记录，向保险公司反映；解决唔到就打12378投诉，畀人呃咗钱就打110报警。
case-commission-fraud-next-1 = 几熟嘅人都好，都唔好将自己个名借畀人买保险。
case-commission-fraud-next-2 = 合同自己睇、自己签。回访电话入面照实讲。
case-commission-fraud-next-3 = 间唔中经保险公司嘅官方渠道，查吓自己名下有咩保单。
case-commission-fraud-msg-1 = 王姨，好耐冇见，最近身体好唔好呀？
case-commission-fraud-msg-1-why = 呢句唔係危险讯号。问候身体係平常嘅客气说话。
case-commission-fraud-msg-2 = 我呢个月仲差一单业绩，你帮我挂个名就得。
case-commission-fraud-msg-2-why = 呢句係危险讯号。借个名买保险唔係“帮个忙”咁简单，保单会记喺你名下，责任都落喺你身上。
case-commission-fraud-msg-3 = 我冇钱买保险喎。
case-commission-fraud-msg-4 = 保费我先垫，你一蚊都唔使出，仲回返啲钱畀你。
case-commission-fraud-msg-4-why = 呢句係危险讯号。买保险仲倒转畀钱你，背后往往係呃佣金，啲好处好快就会停。
case-commission-fraud-msg-5 = 将身份证同银行卡影相畀我，签名我帮你签。
case-commission-fraud-msg-5-why = 呢句係危险讯号。保险合同要本人睇、本人签。证件相畀咗人，资料就可能畀人乱用。
case-commission-fraud-msg-6 = 咁样得唔得㗎？
case-commission-fraud-msg-7 = 买咗保险之后，保险公司会打回访电话畀你。
case-commission-fraud-msg-7-why = 呢句唔係危险讯号。保险公司真係会回访，确认係唔係你本人自愿买嘅。
case-commission-fraud-msg-8 = 回访嘅时候你就话全部係自己买嘅，其他嘢咩都唔好讲。
case-commission-fraud-msg-8-why = 呢句係危险讯号。教你喺回访嘅时候讲大话，係想你以后难以维权。

## misleading-sales
case-misleading-sales-title = 存款变咗保单
case-misleading-sales-trap = 有人将保险讲成“存款”，催你签名，唔讲清楚要交几多年、提前攞会蚀几多。
case-misleading-sales-scene-1 = 赵伯有笔定期存款就快到期，打算继续存。
case-misleading-sales-scene-2 = 一个自称网点“理财经理”嘅人打电话嚟，话有只新“存款”，利息高啲，保本，随时攞得返。
case-misleading-sales-scene-3 = 赵伯去到网点，对方拎嚟厚厚一叠文件，指住要佢签名。返到屋企个女一睇，先发现係一份要连续交好多年嘅保险。
case-misleading-sales-scene-4 = 笔钱畀人锁死咗。想提前攞出嚟，就只可以退保，攞返嘅钱比交落去嘅少。以后每年仲要继续交。
case-misleading-sales-flag-1 = 将保险讲成“存款”
case-misleading-sales-flag-2 = 净係讲保本、随时攞得返，唔提退保会蚀
case-misleading-sales-flag-3 = 催你快啲签，唔畀你慢慢睇条款
case-misleading-sales-flag-4 = 唔畀你同屋企人倾
case-misleading-sales-now-1 = 拎份合同出嚟睇清楚：个名有冇“保险”两个字，要交几多年，提前退保攞得返几多。
case-misleading-sales-now-2 = 睇吓仲喺唔喺犹豫期。喺犹豫期内退保，损失通常好少，要尽快办。
case-misleading-sales-now-3 = 先向银行同保险公司嘅官方渠道反映；解决唔到，就打12378投诉，亦可以申请免费调解。
case-misleading-sales-next-1 = 喺银行办手续，先问一句：“呢个係存款，定係保险或者理财？”
case-misleading-sales-next-2 = 条款自己读，名自己签。睇唔明就唔好签住。
case-misleading-sales-next-3 = 用一大笔钱之前，先同屋企人倾吓。
case-misleading-sales-msg-1 = 赵伯你好，你嗰笔定期就快到期喇。
case-misleading-sales-msg-1-why = 呢句唔係危险讯号。提醒存款到期本身冇问题，不过要留意对方跟住推介啲咩。
case-misleading-sales-msg-2 = 而家有只新嘅存款产品，利息高过定期好多。
case-misleading-sales-msg-2-why = 呢句係危险讯号。所谓“高息存款”可能根本唔係存款，而係保险或者理财。
case-misleading-sales-msg-3 = 同存款一样㗎？安唔安全㗎？
case-misleading-sales-msg-4 = 一样㗎，保本，想攞随时都攞得返。
case-misleading-sales-msg-4-why = 呢句係危险讯号。长期保险提前退保，攞返嘅钱往往比交落去嘅少，唔係随时攞得返嘅存款。
case-misleading-sales-msg-5 = 你嚟嘅时候记得带身份证。
case-misleading-sales-msg-5-why = 呢句唔係危险讯号。去网点办手续，本来就要带身份证。
case-misleading-sales-msg-6 = 份合同好厚，唔使睇咁仔细，我指边度你就签边度。
case-misleading-sales-msg-6-why = 呢句係危险讯号。你有权睇清楚条款先决定。唔畀你睇，往往係怕你睇出问题。
case-misleading-sales-msg-7 = 好，我听日过嚟。
case-misleading-sales-msg-8 = 呢件事唔使同仔女倾，佢哋唔识理财。
case-misleading-sales-msg-8-why = 呢句係危险讯号。唔畀你同屋企人倾，係怕有人帮你睇出问题。

## fake-customer-service
case-fake-customer-service-title = “客服”话要帮你退费
case-fake-customer-service-trap = 假客服话你份保单或者贷款要“退费”“注销”，其实係想呃你共享屏幕、讲出验证码、将啲钱转走。
case-fake-customer-service-scene-1 = 陈姨六十几岁，喺屋苑入面开咗间士多。前几年，佢喺一间保险公司买过一份保险。
case-fake-customer-service-scene-2 = 有一日，有人打电话嚟，自称保险公司客服。佢话系统出错，帮佢错开咗收费服务。唔取消嘅话，每个月都要扣钱，仲会影响征信。
case-fake-customer-service-scene-3 = 对方叫佢下载一个开会软件，打开屏幕共享。跟住叫佢将手机收到嘅验证码读出嚟。最后又叫佢将钱转去一个“验证账户”，话核对完就退返。
case-fake-customer-service-scene-4 = 佢银行卡入面好几万蚊积蓄畀人转走咗。对方仲睇到佢手机入面好多资料。佢好几日都瞓唔好。
case-fake-customer-service-flag-1 = 要你下载软件、打开屏幕共享
case-fake-customer-service-flag-2 = 问你攞手机收到嘅验证码
case-fake-customer-service-flag-3 = 要你将钱转去“验证账户”“安全账户”
case-fake-customer-service-flag-4 = 用“即刻扣钱”“影响征信”嚟吓你
case-fake-customer-service-now-1 = 即刻收线，关咗屏幕共享，删走啱啱装嘅软件。
case-fake-customer-service-now-2 = 即刻打银行卡背面嘅官方客服电话，冻结张银行卡，改咗个密码。
case-fake-customer-service-now-3 = 打110报警。保留通话记录、转账记录同对方嘅账号。
case-fake-customer-service-next-1 = 接到“客服”电话，先收线。再自己打保单上面或者官方App入面嘅客服电话核实。
case-fake-customer-service-next-2 = 验证码、密码、屏幕共享，唔理对方係边个，都唔畀。
case-fake-customer-service-next-3 = 正规嘅退费会原路退返，唔使你先转钱。
case-fake-customer-service-msg-1 = 你好，请问係唔係陈桂兰女士？我係保险公司客服。
case-fake-customer-service-msg-1-why = 呢句唔係危险讯号。打招呼、报名字本身冇问题。不过对方话自己係客服，唔一定係真。
case-fake-customer-service-msg-2 = 係我，有咩事呀？
case-fake-customer-service-msg-3 = 系统帮你错开咗收费服务，唔取消每个月都扣钱。
case-fake-customer-service-msg-3-why = 呢句係危险讯号。一开口就话你要蚀底，等你心急，係骗子成日用嘅开场白。
case-fake-customer-service-msg-4 = 我冇开过㗎，咁点算？
case-fake-customer-service-msg-5 = 你下载个开会软件，打开屏幕共享，我教你点取消。
case-fake-customer-service-msg-5-why = 呢句係危险讯号。共享屏幕之后，对方睇得到你嘅银行卡、密码同验证码。正规客服唔会叫你咁做。
case-fake-customer-service-msg-6 = 你唔使急，有咩唔清楚随时问我。
case-fake-customer-service-msg-6-why = 呢句唔係危险讯号。呢句话本身好客气。不过要睇对方跟住要你做啲咩。
case-fake-customer-service-msg-7 = 手机收到验证码未呀？读畀我听吓。
case-fake-customer-service-msg-7-why = 呢句係危险讯号。验证码就好似锁匙，讲咗出去，啲钱就可能畀人转走。边个要都唔可以畀。
case-fake-customer-service-msg-8 = 再将钱转去我哋嘅验证账户，核对完即刻退返。
case-fake-customer-service-msg-8-why = 呢句係危险讯号。正规退费会原路退返，唔会叫你先转钱。要你转钱嘅，就係骗子。

## impersonated-police
case-impersonated-police-title = 电话入面嘅“警察”
case-impersonated-police-trap = 骗子冒认警察或者监管部门，话你“涉案”，要你保密，再叫你将钱转去所谓嘅“安全账户”。
case-impersonated-police-scene-1 = 赵叔今年七十岁，退休之前係中学老师。佢一个人住，仔女都喺外地做嘢。
case-impersonated-police-scene-2 = 有一日，有人打电话嚟，自称公安局民警。对方话佢张银行卡涉嫌一单洗钱案，要做“资金清查”，仲要佢严格保密。
case-impersonated-police-scene-3 = 赵叔又惊又急，照对方讲嘅，将存款分几次转去“安全账户”。呢段时间，有个96110嘅电话打嚟，佢以为係骚扰电话，冇听。
case-impersonated-police-scene-4 = 佢转咗一大笔养老钱出去，对方之后再都联络唔到。佢唔敢同仔女讲，心里面又惊又后悔。后来个女觉得唔对路，先陪佢去报咗警。
case-impersonated-police-flag-1 = 喺电话入面话你“涉案”、要拉你
case-impersonated-police-flag-2 = 要你瞒住屋企人
case-impersonated-police-flag-3 = 要你将钱转去“安全账户”
case-impersonated-police-flag-4 = 唔准你收线、唔准你听其他电话
case-impersonated-police-now-1 = 即刻收线，一蚊都唔好转。
case-impersonated-police-now-2 = 已经转咗钱，即刻打110报警，同埋联络自己嘅银行。保留转账单据同通话记录。
case-impersonated-police-now-3 = 话畀屋企人或者信得过嘅人知。呢个唔丢架，唔好一个人孭。
case-impersonated-police-next-1 = 记住：公安机关唔会喺电话入面办案，亦冇咩“安全账户”。
case-impersonated-police-next-2 = 96110打嚟嘅电话要听，佢係提醒你防骗。
case-impersonated-police-next-3 = 接到自称警察或者监管部门嘅电话，先收线，再自己打110核实。
case-impersonated-police-msg-1 = 你好，请问係唔係赵建国先生？
case-impersonated-police-msg-1-why = 呢句唔係危险讯号。问吓名字本身冇问题。不过知道你个名，唔代表对方就係警察。
case-impersonated-police-msg-2 = 係我，你係边位？
case-impersonated-police-msg-3 = 我係市公安局嘅，你张银行卡涉嫌一单洗钱案。
case-impersonated-police-msg-3-why = 呢句係危险讯号。公安机关唔会打个电话就话你涉案。先吓住你，係骗子嘅第一步。
case-impersonated-police-msg-4 = 冇可能，我一世人都规规矩矩。
case-impersonated-police-msg-5 = 你唔使慌，慢慢讲。
case-impersonated-police-msg-5-why = 呢句唔係危险讯号。安慰人嘅说话本身冇问题。不过要睇佢跟住要你做啲咩。
case-impersonated-police-msg-6 = 呢个係秘密调查，唔可以话畀屋企人知，唔係就算妨碍办案。
case-impersonated-police-msg-6-why = 呢句係危险讯号。要你瞒住屋企人，係怕有人提醒你呢个係骗局。
case-impersonated-police-msg-7 = 将存款转去安全账户，查清楚就全部退返畀你。
case-impersonated-police-msg-7-why = 呢句係危险讯号。公安机关冇“安全账户”。叫你转钱嘅“警察”，一定係骗子。
case-impersonated-police-msg-8 = 唔好收线，亦唔好听其他电话。
case-impersonated-police-msg-8-why = 呢句係危险讯号。唔畀你收线，就係唔畀你去核实，亦唔畀其他人嚟提醒你。

## elderly-scheme
case-elderly-scheme-title = 免费鸡蛋背后嘅局
case-elderly-scheme-trap = 先送小礼物、搞“健康讲座”，再用高价卖“保健品”，推销应承高回报嘅“养老项目”。
case-elderly-scheme-scene-1 = 孙婆婆七十几岁，老伴走咗，佢一个人住。个仔喺外地做嘢，平时好少返嚟。
case-elderly-scheme-scene-2 = 屋苑门口有人派免费鸡蛋，请老人家去听“健康讲座”。职员小刘把口好甜，加咗孙婆婆微信，日日问候佢。
case-elderly-scheme-scene-3 = 讲座上面，佢哋话有种“保健品”医得好病，孙婆婆买咗好几盒。之后小刘又劝佢投钱参加“养老项目”，话回报高、仲保本。
case-elderly-scheme-scene-4 = 佢使咗好几万蚊积蓄。保健品医唔好病，佢仲差啲停咗降血压药。后来，嗰间公司人去楼空，啲钱都追唔返。
case-elderly-scheme-flag-1 = 先送免费礼物，拉你去听讲座
case-elderly-scheme-flag-2 = 话保健品医得好病、可以代替药
case-elderly-scheme-flag-3 = 养老项目应承“高回报”“保本”
case-elderly-scheme-flag-4 = 叫你瞒住仔女，催你即刻畀钱
case-elderly-scheme-now-1 = 唔好再畀钱，唔好再签任何嘢。保留收据、合同同倾偈记录。
case-elderly-scheme-now-2 = 身体唔舒服，去正规医院睇医生。医生开嘅药，唔好自己停。
case-elderly-scheme-now-3 = 话畀仔女或者信得过嘅人知。觉得畀人呃咗，就打110报警。
case-elderly-scheme-next-1 = 免费嘅礼物同讲座，背后好多时係想你掏钱。
case-elderly-scheme-next-2 = 保健品唔係药，医唔到病。睇病要去正规医院。
case-elderly-scheme-next-3 = 使大钱、投资之前，先同屋企人倾吓。讲“保本高回报”嘅，多数有问题。
case-elderly-scheme-msg-1 = 阿姨早晨！今日降温，出街着多件衫。
case-elderly-scheme-msg-1-why = 呢句唔係危险讯号。问候同关心本身冇问题。不过陌生人日日嘘寒问暖，要多个心眼。
case-elderly-scheme-msg-2 = 听日嚟听讲座就送鸡蛋，名额有限，净係留畀老会员。
case-elderly-scheme-msg-2-why = 呢句係危险讯号。用免费礼物将老人家拉埋一齐，係呢类骗局常见嘅第一步。
case-elderly-scheme-msg-3 = 好，我叫埋班老姊妹一齐去。
case-elderly-scheme-msg-4 = 呢只保健品降得血压，食咗就唔使食药喇。
case-elderly-scheme-msg-4-why = 呢句係危险讯号。保健品唔係药，医唔到病。叫你停药，仲可能伤身。
case-elderly-scheme-msg-5 = 你得闲多啲出去行吓，对身体好。
case-elderly-scheme-msg-5-why = 呢句唔係危险讯号。呢句话本身係好建议。骗子都会讲真话，等你信佢。
case-elderly-scheme-msg-6 = 我哋有个养老项目，投落去每个月都有高回报，保本。
case-elderly-scheme-msg-6-why = 呢句係危险讯号。又话保本又话高回报，咁嘅讲法多数係骗局。
case-elderly-scheme-msg-7 = 咁好？我问吓我个仔先。
case-elderly-scheme-msg-8 = 唔好同仔女讲，后生仔唔识嘢，名额今日就冇喇。
case-elderly-scheme-msg-8-why = 呢句係危险讯号。叫你瞒住屋企人、催你即刻畀钱，係怕你冷静落嚟，又怕屋企人阻住。
