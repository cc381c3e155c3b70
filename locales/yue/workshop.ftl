# Anxin workshop mode (讲座模式), Cantonese: a volunteer runs a session for a room of elders from
# one tablet. The audience sees the large text; the volunteer alone reads the notes. See README,
# "For translators", and GLOSSARY.md.
# Draft translation, not yet reviewed by a native speaker. Terms follow locales/yue/GLOSSARY.md.
# Message ids, variables and order follow locales/zh-Hans/workshop.ftl.

## Choosing a plan

workshop-title = 讲座模式
workshop-intro = 同成间屋嘅人讲防骗课：拣一个方案，用一部平板，跟你自己嘅节奏一步一步讲。
workshop-plans = 拣一个方案
workshop-plan-short = 识穿一个骗局
workshop-plan-short-desc = 讲一个个案，大家一齐揾危险讯号，再问两条题，最后记低求助电话。
workshop-plan-standard = 两个个案同一项权利
workshop-plan-standard-desc = 讲两个常见嘅骗局，讲一项金融消费者嘅权利，一路讲一路问。
workshop-plan-long = 一堂完整嘅课
workshop-plan-long-desc = 讲三个个案同两项权利，多问几条题，留啲时间畀大家讲吓自己嘅经历。

# Variables:
#   $minutes (Number) - about how many minutes a plan or one of its blocks takes
workshop-minutes = 大约 { $minutes } 分钟

workshop-blocks = 讲课嘅次序
# Variables:
#   $case (String) - the title of the case study told in this block
workshop-block-story = 讲个案：{ $case }
# Variables:
#   $case (String) - the title of the case study whose conversation the room goes through
workshop-block-flags = 一齐揾危险讯号：{ $case }
workshop-block-quiz = 举手答题
# Variables:
#   $right (String) - the name of the right explained in this block
workshop-block-right = 讲一项权利：{ $right }
workshop-block-help = 记低求助电话

workshop-prepare = 讲课之前准备好
workshop-prepare-charge = 将平板充满电，带埋充电器。
workshop-prepare-leaflets = 印好要派嘅宣传单张，数吓有几多份。
workshop-prepare-bright = 将屏幕调到最光，等坐喺后排嘅人都睇得清。
workshop-prepare-rehearse = 出发之前将个方案由头到尾睇一次，睇吓每一步嘅讲解贴士。

workshop-beside = 同时显示多一种语言
workshop-beside-desc = 每段文字隔离，再用另一种语言显示多次，方便双语讲课。
workshop-beside-none = 唔使
# Variables:
#   $language (String) - the name of the second language, written in that language
workshop-beside-loading = 下载紧{ $language }嘅文字……
# Variables:
#   $language (String) - the name of the second language, written in that language
workshop-beside-failed = { $language }嘅文字下载唔到，而家只显示一种语言。

workshop-place = 讲课地点（唔填都得）
workshop-headcount-before = 嚟咗几多人（唔填都得，数举手嘅时候用嚟对数）
workshop-start = 开始讲课
workshop-discard = 唔要喇，重新开过

## The presenter view (the audience sees it)

workshop-next = 下一步
workshop-back = 上一步
workshop-notes = 讲解贴士
workshop-notes-window = 另外开个窗口睇讲解贴士
workshop-notes-window-title = 讲解贴士（净係畀讲课嘅人睇）
workshop-notes-window-idle = 仲未开始讲课。喺另一个窗口开始讲课之后，呢度就会跟住显示每一步嘅讲解贴士。
# Variables:
#   $step (String) - what the room sees next, such as "讲案例：电话里的“警察”"
workshop-notes-window-next = 下一步係：{ $step }
# Variables:
#   $step (Number) - which step of the session is on screen, counted from 1
#   $total (Number) - how many steps the session has
workshop-step = 第 { $step } 步，一共 { $total } 步
workshop-end = 结束讲课
# Variables:
#   $scene (Number) - which part of the story is on screen, counted from 1
#   $total (Number) - how many parts the story has
workshop-scene = 故事第 { $scene } 段，一共 { $total } 段
workshop-big-room = 字大啲
workshop-blank = 熄屏
workshop-blank-back = 屏幕暂时熄咗。㩒一下，或者㩒 B 键，画面就会返嚟。
# Variables:
#   $used (String) - how long the block on screen has run, as minutes:seconds, such as 3:05
#   $minutes (Number) - how many minutes the plan gives the block
workshop-clock = 用咗 { $used }，计划 { $minutes } 分钟
workshop-confirm-end = 係咪而家就结束讲课？未讲嘅步骤会跳过。结束之后㩒“上一步”，仲可以返嚟呢度。
workshop-confirm-discard = 真係要删走今次讲课嘅记录？数过嘅人数同标咗嘅句子都会删走，删咗就揾唔返。
workshop-confirm-discard-yes = 删走记录
workshop-confirm-no = 唔好，继续讲
workshop-awake = 讲课嘅时候，屏幕会一直着住，唔会熄。
workshop-awake-unavailable = 呢个浏览器冇办法令屏幕一直着住：请喺设定入面将自动锁屏嘅时间调长啲。
workshop-save-refused = 呢部设备唔畀保存讲课记录。唔好刷新或者闩咗呢个页面，讲完之后下载表格留底。
workshop-save-newer = 呢部设备入面有啲讲课记录，係新版{ -brand-name }保存嘅。呢个页面唔会郁佢哋，所以今次讲课唔会保存：请刷新页面，用新版嚟讲。
workshop-save-conflict = 今次讲课喺另一个页面都开咗，嗰边亦都改咗记录。为咗唔好整冇嗰边嘅记录，呢个页面改嘅嘢唔会保存：请闩咗其中一个页面，然后再刷新呢个页面。

## The volunteer's notes (hidden behind one toggle)

workshop-say = 可以咁样讲
workshop-ask = 问吓大家
workshop-wrong = 大家成日搞错嘅
workshop-note-story-say = 我同大家讲一件常见嘅事。大家听吓，边度唔对路。
workshop-note-story-ask = 如果你接到咁样嘅电话或者讯息，你会点做？
workshop-note-story-wrong = 好多人觉得自己唔会中伏。骗子就係利用呢种谂法。
workshop-note-flags-say = 我将呢段对话读一次。听到唔对路嘅说话，就举手讲出嚟。
workshop-note-flags-ask = 呢句说话边度唔对路？换转係你，你会点答？
workshop-note-flags-wrong = 对方讲得出你个名或者你份保单，唔代表佢真係职员。
workshop-note-quiz-say = 我读题目同每个选项，大家举手拣。冇把握就举“我唔肯定”，唔丢架。
workshop-note-quiz-ask = 拣咗呢个答案嘅，可唔可以讲吓点解？
workshop-note-quiz-wrong = 好多人拣错嘅题，公布答案之后再讲多次个道理。
workshop-note-right-say = 呢个係金融消费者本来就有嘅权利，唔係边个畀你嘅恩惠。
workshop-note-right-ask = 你有冇遇过呢项权利冇畀人尊重嘅时候？
workshop-note-right-wrong = 好多人唔知道：唔想买，可以拒绝；听唔明，可以叫人讲清楚。
workshop-note-help-say = 请大家将呢几个电话记低，或者影低。
workshop-note-help-ask = 屋企有边个可以帮你查吓，打嚟嗰个人係咪真嘅？
workshop-note-help-wrong = 唔好打对方畀你嘅“核实电话”。要自己查官方嘅号码。

## Counting a show of hands

tally-not-sure = 我唔肯定
tally-add = 加一
tally-remove = 减一
tally-set = 举手嘅人数
# Variables:
#   $counted (Number) - how many hands have been counted for this question so far
tally-counted = 已经数咗 { $counted } 人
# Variables:
#   $counted (Number) - how many hands have been counted for this question so far
#   $headcount (Number) - how many people came to the session
tally-counted-of = 已经数咗 { $counted } 人，一共嚟咗 { $headcount } 人
tally-reveal = 公布答案
# Variables:
#   $count (Number) - how many hands were counted for an option
tally-hands = { $count } 人
workshop-answer = 啱嘅答案
workshop-undo = 收返个答案，改人数

## Marking the red flags the room called out

workshop-flags-hint = 大家讲出嚟嘅句子，㩒一下标出嚟。标完先公布。
workshop-flags-reveal = 公布危险讯号
workshop-flag-found = 大家揾到咗
workshop-flag-missed = 冇人揾到
workshop-flag-not = 呢句冇问题
# Variables:
#   $count (Number) - how many red flags the room called out
workshop-flags-found = 大家揾到 { $count } 个危险讯号
# Variables:
#   $count (Number) - how many red flags nobody called out
workshop-flags-missed = 仲有 { $count } 个冇人讲出嚟
# Variables:
#   $count (Number) - how many harmless lines the room took for red flags
workshop-flags-false-alarms = { $count } 句其实冇问题

## The session's record, kept on this device only

workshop-summary-title = 今次讲课嘅记录
workshop-summary-intro = 记录只会存喺呢部机度，唔会发去任何地方。
workshop-date = 日期
workshop-headcount = 嚟咗几多人
workshop-leaflets = 派咗几多份宣传单张
workshop-most-missed = 最多人答错嘅题
workshop-no-tally = 今次冇数举手。
workshop-finish = 完成，存低记录
workshop-export = 下载表格（CSV）
workshop-tallies = 每条题举手嘅人数
workshop-print = 打印呢份记录
workshop-past = 以前嘅讲课记录
workshop-past-none = 仲未有讲课记录。
workshop-again = 再讲一次

## The downloaded table (CSV): its column names and values

workshop-csv-place = 地点
workshop-csv-plan = 用咗边个方案
workshop-csv-languages = 显示嘅语言
workshop-csv-question = 题目
workshop-csv-option = 选项
workshop-csv-hands = 举手人数
workshop-csv-correct = 啱嘅答案
workshop-csv-yes = 係
workshop-csv-no = 唔係
workshop-csv-origin = 人数点嚟嘅
workshop-csv-counted = 一个一个数嘅
workshop-csv-typed = 直接打入去嘅
workshop-csv-case = 揾危险讯号嘅对话
workshop-csv-found = 揾到嘅
workshop-csv-missed = 冇揾到嘅
workshop-csv-false-alarms = 认错嘅
workshop-csv-revealed = 係咪公布咗

## Leaflets: the handouts screen (view=handouts) and one leaflet as it prints (view=handout:<id>).
## A leaflet is printed or sent as a PDF file; its text comes from the rights, help, cases and
## workshop messages. "汉文" is the Chinese script beside Tibetan, Uyghur or Cantonese.

handouts-intro = 拣一份单张，睇咗先再打印；亦可以下载 PDF 文件，用微信发出去，或者拎去打印铺度印。
handouts-languages = PDF 文件用边种语言
handouts-rights-desc = 八项权利印喺一张纸度：每项一句讲完，再举一个例子。
handouts-help-desc = 求助电话印得大大个，仲留咗位畀你写低自己间银行或者保险公司嘅电话。
handouts-open-leaflet = 睇吓，再打印
# Variables:
#   $paper (String) - the paper size, A4 or A5
handouts-pdf = PDF 文件（{ $paper } 纸）
handouts-not-found = 揾唔到呢份单张。
handouts-all = 睇晒全部单张
handout-beside = 隔离对照嘅语言
handout-beside-none = 唔使对照
handout-print = 印出嚟
handout-no-print = 呢度唔可以直接打印。请㩒下面嘅 PDF 文件，发畀屋企人，或者拎去打印铺度印。
# Variables:
#   $example (String) - one example of the right being broken: a sentence from rights.ftl
handout-right-example = 例如：{ $example }
handout-own-number = 你自己间银行、保险公司嘅客服电话（睇吓银行卡或者保单，写喺下面）：
handout-qr = 用手机扫吓呢个码，就可以打开呢份单张。
