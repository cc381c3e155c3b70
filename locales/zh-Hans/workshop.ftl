# Anxin workshop mode (讲座模式), Mandarin: a volunteer runs a session for a room of elders from
# one tablet. The audience sees the large text; the volunteer alone reads the notes. See README,
# "For translators", and GLOSSARY.md.

## Choosing a plan

workshop-title = 讲座模式
workshop-intro = 给一屋子的人讲防骗课：选一个方案，用一台平板，按您自己的节奏一步一步讲。
    .plain = 给大家讲防骗课用的。选一个方案，一步一步讲。
workshop-plans = 选一个方案
workshop-plan-short = 认清一个骗局
workshop-plan-short-desc = 讲一个案例，大家一起找危险信号，再问两道题，最后记下求助电话。
workshop-plan-standard = 两个案例和一项权利
workshop-plan-standard-desc = 讲两个常见的骗局，讲一项金融消费者的权利，边讲边问。
workshop-plan-long = 一堂完整的课
workshop-plan-long-desc = 讲三个案例和两项权利，多问几道题，留出时间让大家说说自己的经历。

# Variables:
#   $minutes (Number) - about how many minutes a plan or one of its blocks takes
workshop-minutes = 约 { $minutes } 分钟

workshop-blocks = 讲课的顺序
# Variables:
#   $case (String) - the title of the case study told in this block
workshop-block-story = 讲案例：{ $case }
# Variables:
#   $case (String) - the title of the case study whose conversation the room goes through
workshop-block-flags = 一起找危险信号：{ $case }
workshop-block-quiz = 举手答题
# Variables:
#   $right (String) - the name of the right explained in this block
workshop-block-right = 讲一项权利：{ $right }
workshop-block-help = 记下求助电话

workshop-prepare = 讲课前准备好
workshop-prepare-charge = 把平板充满电，带上充电器。
workshop-prepare-leaflets = 打印好要发的宣传单，数一数有多少份。
workshop-prepare-bright = 把屏幕调到最亮，让坐在后排的人也能看清。
workshop-prepare-rehearse = 出发前把方案从头到尾翻一遍，看看每一步的讲解提示。

workshop-beside = 同时显示第二种语言
workshop-beside-desc = 每一段文字旁边，再用另一种语言显示一遍，方便双语讲课。
workshop-beside-none = 不用
# Variables:
#   $language (String) - the name of the second language, written in that language
workshop-beside-loading = 正在下载{ $language }的文字……
# Variables:
#   $language (String) - the name of the second language, written in that language
workshop-beside-failed = { $language }的文字没能下载，现在只显示一种语言。

workshop-place = 讲课地点（可以不填）
workshop-headcount-before = 来了多少人（可以不填，数举手时用来对照）
workshop-start = 开始讲课
workshop-discard = 不要了，重新开始

## The presenter view (the audience sees it)

workshop-next = 下一步
workshop-back = 上一步
workshop-notes = 讲解提示
workshop-notes-window = 提示另开一个窗口
workshop-notes-window-title = 讲解提示（只给讲课的人看）
workshop-notes-window-idle = 还没有开始讲课。在另一个窗口里开始讲课后，这里会跟着显示每一步的讲解提示。
# Variables:
#   $step (String) - what the room sees next, such as "讲案例：电话里的“警察”"
workshop-notes-window-next = 下一步：{ $step }
# Variables:
#   $step (Number) - which step of the session is on screen, counted from 1
#   $total (Number) - how many steps the session has
workshop-step = 第 { $step } 步，共 { $total } 步
workshop-end = 结束讲课
# Variables:
#   $scene (Number) - which part of the story is on screen, counted from 1
#   $total (Number) - how many parts the story has
workshop-scene = 故事第 { $scene } 段，共 { $total } 段
workshop-big-room = 大字
workshop-blank = 黑屏
workshop-blank-back = 屏幕暂时关了。点一下，或者按 B 键，回到画面。
# Variables:
#   $used (String) - how long the block on screen has run, as minutes:seconds, such as 3:05
#   $minutes (Number) - how many minutes the plan gives the block
workshop-clock = 已用 { $used }，计划 { $minutes } 分钟
workshop-confirm-end = 现在就结束讲课吗？没讲的步骤会跳过。结束后点"上一步"，还能回到这里。
workshop-confirm-discard = 删掉这次讲课的记录吗？数过的人数和标出的句子都会删掉，不能恢复。
workshop-confirm-discard-yes = 删掉记录
workshop-confirm-no = 不，接着讲
workshop-awake = 讲课期间屏幕会一直亮着。
workshop-awake-unavailable = 这个浏览器不能让屏幕一直亮着：请在设置里把自动锁屏的时间调长。
workshop-save-refused = 这台设备不让保存讲课记录。请不要刷新或关掉这个页面，讲完后下载表格留底。
workshop-save-newer = 这台设备上有新版{ -brand-name }保存的讲课记录。这个页面不会改动它们，所以这次讲课不会保存：请刷新页面，用新版来讲。
workshop-save-conflict = 这次讲课在另一个页面里也打开了，那边也改动了记录。为了不盖掉那边的记录，这个页面的改动不会保存：请关掉一个页面，再刷新这一页。

## The volunteer's notes (hidden behind one toggle)

workshop-say = 可以这样说
workshop-ask = 问问大家
workshop-wrong = 大家常弄错的
workshop-note-story-say = 我给大家讲一件常见的事。大家听听，哪里不对劲。
workshop-note-story-ask = 要是您接到这样的电话或者消息，您会怎么做？
workshop-note-story-wrong = 很多人觉得自己不会上当。骗子正是利用这种想法。
workshop-note-flags-say = 我把这段对话念一遍。听到不对劲的话，就举手说出来。
workshop-note-flags-ask = 这句话哪里不对劲？换成您，会怎么回答？
workshop-note-flags-wrong = 对方能说出您的名字或者保单，不等于他就是真的工作人员。
workshop-note-quiz-say = 我念题目和每个选项，大家举手选。没把握就举"我不确定"，这不丢人。
workshop-note-quiz-ask = 选了这个答案的，能说说为什么吗？
workshop-note-quiz-wrong = 选错的人多的题，公布答案后再讲一遍道理。
workshop-note-right-say = 这是金融消费者本来就有的权利，不是谁给的恩惠。
workshop-note-right-ask = 您遇到过这项权利没有被尊重的时候吗？
workshop-note-right-wrong = 很多人不知道，不想买的可以拒绝，没听懂的可以要求讲清楚。
workshop-note-help-say = 请大家把这几个电话记下来，或者拍下来。
workshop-note-help-ask = 家里谁能帮您查一查，来电的人是不是真的？
workshop-note-help-wrong = 不要拨打对方给您的"核实电话"。要自己查官方的号码。

## Counting a show of hands

tally-not-sure = 我不确定
tally-add = 加一
tally-remove = 减一
tally-set = 举手的人数
# Variables:
#   $counted (Number) - how many hands have been counted for this question so far
tally-counted = 已经数了 { $counted } 人
# Variables:
#   $counted (Number) - how many hands have been counted for this question so far
#   $headcount (Number) - how many people came to the session
tally-counted-of = 已经数了 { $counted } 人，一共来了 { $headcount } 人
tally-reveal = 公布答案
# Variables:
#   $count (Number) - how many hands were counted for an option
tally-hands = { $count } 人
workshop-answer = 正确答案
workshop-undo = 收回答案，改人数

## Marking the red flags the room called out

workshop-flags-hint = 大家说出的句子，点一下标出来。标完了再公布。
workshop-flags-reveal = 公布危险信号
workshop-flag-found = 大家找到了
workshop-flag-missed = 没人找到
workshop-flag-not = 这句没问题
# Variables:
#   $count (Number) - how many red flags the room called out
workshop-flags-found = 大家找到了 { $count } 个危险信号
# Variables:
#   $count (Number) - how many red flags nobody called out
workshop-flags-missed = 还有 { $count } 个没人说出来
# Variables:
#   $count (Number) - how many harmless lines the room took for red flags
workshop-flags-false-alarms = { $count } 句其实没问题

## The session's record, kept on this device only

workshop-summary-title = 这次讲课的记录
workshop-summary-intro = 记录只存在这台设备上，不会发到任何地方。
workshop-date = 日期
workshop-headcount = 来了多少人
workshop-leaflets = 发了多少份宣传单
workshop-most-missed = 答错的人最多的题
workshop-no-tally = 这次没有数举手。
workshop-finish = 完成，保存记录
workshop-export = 下载表格（CSV）
workshop-tallies = 每道题的举手人数
workshop-print = 打印这份记录
workshop-past = 以前的讲课记录
workshop-past-none = 还没有讲课记录。
workshop-again = 再讲一次

## The downloaded table (CSV): its column names and values

workshop-csv-place = 地点
workshop-csv-plan = 讲课方案
workshop-csv-languages = 显示的语言
workshop-csv-question = 题目
workshop-csv-option = 选项
workshop-csv-hands = 举手人数
workshop-csv-correct = 正确答案
workshop-csv-yes = 是
workshop-csv-no = 否
workshop-csv-origin = 人数怎么来的
workshop-csv-counted = 一个一个数的
workshop-csv-typed = 直接输入的
workshop-csv-case = 找危险信号的对话
workshop-csv-found = 找到的
workshop-csv-missed = 没找到的
workshop-csv-false-alarms = 误认的
workshop-csv-revealed = 公布了吗

## Leaflets: the handouts screen (view=handouts) and one leaflet as it prints (view=handout:<id>).
## A leaflet is printed or sent as a PDF file; its text comes from the rights, help, cases and
## workshop messages. "汉文" is the Chinese script beside Tibetan, Uyghur or Cantonese.

handouts-intro = 选一份传单，先看一看再打印；也可以下载 PDF 文件，发到微信里，或者拿到打印店去打印。
handouts-languages = PDF 文件用什么语言
handouts-rights-desc = 八项权利印在一张纸上：每项一句话，再举一个例子。
handouts-help-desc = 求助电话印得大大的，还留了地方，写上您自己的银行或保险公司的电话。
handouts-open-leaflet = 看一看，打印
# Variables:
#   $paper (String) - the paper size, A4 or A5
handouts-pdf = PDF 文件（{ $paper }）
handouts-not-found = 没有找到这份传单。
handouts-all = 看全部传单
handout-beside = 旁边对照的语言
handout-beside-none = 不要对照
handout-print = 打印
handout-no-print = 这里不能直接打印。请点下面的 PDF 文件，发给家里人或者拿到打印店打印。
# Variables:
#   $example (String) - one example of the right being broken: a sentence from rights.ftl
handout-right-example = 比如：{ $example }
handout-own-number = 您自己的银行、保险公司的客服电话（看银行卡或保单，写在下面）：
handout-qr = 用手机扫一扫这个码，就能打开这份传单。
