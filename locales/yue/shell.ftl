# Anxin — app shell, Cantonese. Draft translation, not yet reviewed by a native speaker.
# Message ids, variables and order follow locales/zh-Hans/shell.ftl.

## Names

# The app's name. Messages that name the app write { -brand-name }, never the name itself.
# (安心 also means "at ease"; where a sentence means that, the word is written out.)
# The name stays 安心 in Cantonese, in Chinese script.
-brand-name = 安心
app-name = { -brand-name }
app-tagline = 帮你睇实个荷包

## Navigation

nav-home = 主页
nav-back = 返去
nav-settings = 设定
lang-switch-label = 拣语言

## Elders' version (large type)

elder-toggle-label = 长者版
elder-toggle-hint = 字大啲，掣大啲
switch-on = 开咗
switch-off = 关咗

## Home screen

home-title = 学识保护自己啲钱
home-intro = 睇清啲骗局嘅招数，知道自己有咩权利，有事都知揾边个。
home-rights-title = 你嘅八项权利

# Variables:
#   $count (Number) - how many basic rights financial consumers have (always 8)
home-rights-sub = 金融消费者嘅 { $count } 项基本权利

home-cases-title = 真人真事讲风险
home-cases-sub = 睇吓真实个案，识穿啲骗局
home-quiz-title = 问答考吓你
home-quiz-sub = 答几条题，睇吓自己会唔会畀人呃
home-help-title = 求助热线
home-help-sub = 有咩事，知道揾边个
check-title = 呢条信息可唔可疑？
home-check-sub = 将收到嘅信息贴入嚟，睇吓有冇危险讯号

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
home-privacy = { $device ->
        [computer] 你拣嘅嘢只会存喺呢部电脑度，唔会上传。
        [tablet] 你拣嘅嘢只会存喺呢部平板度，唔会上传。
       *[phone] 你拣嘅嘢只会存喺呢部手机度，唔会上传。
    }

## Loading a screen's text

content-loading = 加载紧，请等等。
content-retry = 再试下

## Settings

settings-title = 设定
settings-language = 用边种语言
settings-elder-desc = 字大啲，掣大啲，颜色对比清楚啲。
settings-plain = 讲得简单啲
settings-plain-desc = 用平时倾偈嘅讲法，讲同样嘅内容。
settings-clear = 清走我嘅资料

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
settings-clear-desc = { $device ->
        [computer] 删走存喺呢部电脑度嘅设定、学习记录同讲课记录。
        [tablet] 删走存喺呢部平板度嘅设定、学习记录同讲课记录。
       *[phone] 删走存喺呢部手机度嘅设定、学习记录同讲课记录。
    }

settings-clear-confirm = 确定清走
settings-clear-cancel = 唔好清走
settings-cleared = 已经清咗，设定变返默认。

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
settings-storage-unavailable = { $device ->
        [computer] 呢部电脑而家存唔到设定，闩咗页面之后要重新拣过。
        [tablet] 呢部平板而家存唔到设定，闩咗页面之后要重新拣过。
       *[phone] 呢部手机而家存唔到设定，闩咗页面之后要重新拣过。
    }

settings-translation-draft = 呢种语言嘅文字仲系初稿，未有请讲呢种话嘅人审过。如果有睇唔明嘅地方，请以普通话版本为准。

## Notices (shown in the page, never as pop-ups)

notice-dismiss = 知道喇

# Variables:
#   $language (String) - the language being switched to, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-loading = 转紧去 { $language }…

# Variables:
#   $language (String) - the language that could not be loaded, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-failed = 暂时转唔到去 { $language }，请检查吓网络再试过。

# Variables:
#   $language (String) - the language that is not ready offline, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-not-ready = 而家冇网络，{ $language } 仲未准备好离线用。有网嘅时候，喺“设定”入面撳“准备离线用”，拣埋佢。

notice-link-language = 条链接入面嘅语言认唔到，已经帮你用返而家嘅语言。
notice-link-view = 条链接入面嘅页面揾唔到，已经帮你打开主页。
notice-content-failed = 呢部分内容暂时加载唔到，请检查吓网络再试过。
notice-saved-unreadable = 之前存低嘅设定读唔到，已经变返默认设定。

## A page read without the app (no WebAssembly, or an old WebView)
needs-app = 呢部分要较新版本嘅微信或者浏览器先用得。请更新微信，或者撳右上角“···”用手机浏览器打开。

## Embedded in a partner's page (a card, or a popup over the partner's page)

embed-close = 关闭
card-more = 睇多啲
card-more-quiz = 做多啲题

## Workshop mode, as settings offer it (its own screens are in workshop.ftl)

workshop-open = 讲座模式
workshop-open-desc = 义工用一部平板同大家讲课
handouts-title = 打印单张

## Offline use: in settings, and as the first step of preparing a workshop

offline-title = 冇网都用得
offline-desc = 先喺有网嘅地方准备好，之后冇信号都打得开{ -brand-name }：每一页、做题、个案练习同讲座模式都用得，学到边度都会记住。
offline-languages = 要准备嘅语言
# Variables:
#   $size (String) - the download's size in megabytes, with one decimal (2.9)
offline-size = 要下载大约 { $size } MB。
offline-prepare = 准备离线用
# Variables:
#   $percent (String) - how much of the download has arrived, a whole number from 0 to 100
offline-progress = 下载紧…{ $percent }%
# Variables:
#   $languages (String) - the languages ready offline, each by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语), joined by " · "
#   $date (String) - the day they were prepared, as 2026-12-07
#   $version (String) - the app's version, as 0.1.0 (a1b2c3d4)
offline-ready = 已经可以离线用：{ $languages }。{ $date } 准备嘅，版本 { $version }。
offline-kept = 呢部设备会一直保留呢啲内容。
offline-not-kept = 手机唔够位嘅时候，浏览器可能会清走呢啲内容。要用之前，请喺有网嘅时候打开睇一次。
offline-failed = 下载未完成，请检查吓网络再试过。已经下载咗嘅部分唔使重新下载。
offline-failed-space = 手机唔够位，下载未完成。请删走啲唔用嘅相、影片或者App，再试过；少拣几种语言都得。
offline-now = 而家冇网络。已经准备好嘅语言照样用得。
offline-missed = 你冇网嘅时候打开过未准备好嘅语言，已经帮你拣咗。
offline-unsupported = 呢个浏览器冇办法将{ -brand-name }存低嚟离线用。有网嘅时候照样用得。
offline-unsupported-wechat = 喺微信入面冇办法离线用。请撳右上角嘅“···”，拣“在浏览器中打开”，再喺手机浏览器入面撳“准备离线用”。

## A screen opened with no network that was not prepared (the worker's own page)

offline-not-ready-title = 呢一页仲未准备好离线用
offline-not-ready-body = 而家冇网络，呢一页打唔开。下次有网嘅时候打开{ -brand-name }，喺“设定”入面撳“准备离线用”，拣埋呢种语言。
offline-not-ready-home = 返去主页

## A new version, and adding the app to the home screen

update-ready = { -brand-name }有新版本喇。
update-apply = 即刻更新
install-hint = 可以将{ -brand-name }放喺手机桌面，以后好似 App 咁，撳一下就开。
install-button = 加到桌面

## Read-aloud: the control on every screen with reading matter (components/read_aloud.rs)

read-label = 将呢一页读出嚟
read-start = 读出嚟
read-again = 再听多次
read-slower = 慢啲
read-stop = 停
read-reading = 读紧，读到嘅地方有底色。撳一下另外一段，就由嗰段读起。
read-unavailable = 呢一页仲未有录音，呢部手机亦都读唔到呢种语言。可以揾屋企人或者义工读畀你听。
read-no-sound = 呢部手机冇声出。请将手机较大声啲，再试过；仲係唔得嘅话，可以揾屋企人或者义工读畀你听。
# Variables:
#   $count (Number) - how many parts of the screen were passed over, having no recording and no voice to read them
read-skipped = 有 { $count } 段仲未有录音，跳咗过去。
read-synthetic = 呢度嘅录音係电脑合成嘅示范，有啲字可能读得唔啱。
