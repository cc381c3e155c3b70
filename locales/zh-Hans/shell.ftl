# Anxin app shell, Mandarin (built into the app). See README, "For translators".

## Names

# The app's name. Messages that name the app write { -brand-name }, never the name itself.
# (安心 also means "at ease"; where a sentence means that, the word is written out.)
-brand-name = 安心
app-name = { -brand-name }
app-tagline = 守护好您的钱袋子
    .plain = 看好自己的钱

## Navigation

nav-home = 首页
nav-back = 返回
nav-settings = 设置
lang-switch-label = 选择语言

## 长辈版 (large type)

elder-toggle-label = 长辈版
elder-toggle-hint = 字更大，按钮更大
    .plain = 把字和按钮变大
switch-on = 已打开
switch-off = 已关闭

## Home screen

home-title = 学会保护自己的钱
    .plain = 看好自己的钱，不上当
home-intro = 认清骗局套路，了解自己的权利，遇到问题知道找谁。
    .plain = 看清骗人的招数，知道自己能要求什么，出了事知道给谁打电话。
home-rights-title = 八项权利

# Variables:
#   $count (Number) - how many basic rights financial consumers have (always 8)
home-rights-sub = 金融消费者的 { $count } 项基本权利
    .plain = 买理财、买保险、存钱时，您有 { $count } 项权利

home-cases-title = 以案说险
home-cases-sub = 看真实案例，识破骗局
    .plain = 看别人怎么被骗，自己就不上当
home-quiz-title = 知识问答
home-quiz-sub = 答几道题，看看自己会不会上当
    .plain = 做几道题，试试自己能不能看出骗局
home-help-title = 求助电话
home-help-sub = 遇到问题，知道找谁
    .plain = 出了事，知道打哪个电话
check-title = 这条消息可疑吗？
home-check-sub = 粘贴收到的消息，看看有没有危险信号
    .plain = 收到消息拿不准？贴进来帮您看看

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
home-privacy = { $device ->
        [computer] 您的选择只保存在这台电脑上，不会上传。
        [tablet] 您的选择只保存在这台平板上，不会上传。
       *[phone] 您的选择只保存在这部手机上，不会上传。
    }
    .plain = { $device ->
            [computer] 您选的东西只存在这台电脑里，不会传给别人。
            [tablet] 您选的东西只存在这台平板里，不会传给别人。
           *[phone] 您选的东西只存在这部手机里，不会传给别人。
        }

## Loading a screen's text

content-loading = 正在加载，请稍等。
content-retry = 再试一次
    .plain = 再试试

## Settings

settings-title = 设置
settings-language = 语言
settings-elder-desc = 字更大，按钮更大，颜色对比更清楚。
    .plain = 把字和按钮都变大，看得更清楚。
settings-plain = 说得更简单
settings-plain-desc = 用日常的大白话讲同样的内容。
    .plain = 用平常说话的方式讲。
settings-clear = 清除我的数据

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
settings-clear-desc = { $device ->
        [computer] 删除保存在这台电脑上的设置、学习记录和讲课记录。
        [tablet] 删除保存在这台平板上的设置、学习记录和讲课记录。
       *[phone] 删除保存在这部手机上的设置、学习记录和讲课记录。
    }
    .plain = { $device ->
            [computer] 把这台电脑里存的设置、做题记录和讲课记录都删掉。
            [tablet] 把这台平板里存的设置、做题记录和讲课记录都删掉。
           *[phone] 把这部手机里存的设置、做题记录和讲课记录都删掉。
        }

settings-clear-confirm = 确定清除
settings-clear-cancel = 不清除
settings-cleared = 已清除，设置已恢复默认。

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
settings-storage-unavailable = { $device ->
        [computer] 这台电脑现在不能保存设置，关闭页面后需要重新选择。
        [tablet] 这台平板现在不能保存设置，关闭页面后需要重新选择。
       *[phone] 这部手机现在不能保存设置，关闭页面后需要重新选择。
    }
    .plain = { $device ->
            [computer] 这台电脑存不了设置，下次打开还要重新选。
            [tablet] 这台平板存不了设置，下次打开还要重新选。
           *[phone] 这部手机存不了设置，下次打开还要重新选。
        }

settings-translation-draft = 这个语言的文字是初稿，还没有请以这种语言为母语的人审校。如有看不懂的地方，请以普通话版本为准。
    .plain = 这个语言的文字还在改，看不懂就看普通话的。

## Notices (shown in the page, never as pop-ups)

notice-dismiss = 知道了

# Variables:
#   $language (String) - the language being switched to, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-loading = 正在切换到 { $language }…

# Variables:
#   $language (String) - the language that could not be loaded, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-failed = 暂时无法切换到 { $language }，请检查网络后再试。
    .plain = { $language } 现在打不开，请看看网络，等一下再试。

# Variables:
#   $language (String) - the language that is not ready offline, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-not-ready = 现在没有网络，{ $language } 还没有准备离线使用。有网络时，在“设置”里点“准备离线使用”，选上它。
    .plain = 现在没网，{ $language } 还没准备好。有网的时候，到“设置”里点“准备离线使用”，把它选上。

notice-link-language = 链接里的语言无法识别，已为您使用现在的语言。
notice-link-view = 链接里的页面找不到，已为您打开首页。
    .plain = 链接里的页面没找到，先带您到首页。
notice-content-failed = 这部分内容暂时无法加载，请检查网络后再试。
    .plain = 内容没打开，请看看网络，再试一次。
notice-saved-unreadable = 之前保存的设置无法读取，已恢复默认设置。
    .plain = 以前存的设置读不出来了，已经换回原来的样子。

## A page read without the app (no WebAssembly, or an old WebView)
needs-app = 这部分需要较新版本的微信或浏览器才能使用。请更新微信，或点右上角“···”用手机浏览器打开。
    .plain = 这里要新一点的微信才能用。请先更新微信，或者点右上角“···”，用手机浏览器打开。

## Embedded in a partner's page (a card, or a popup over the partner's page)

embed-close = 关闭
card-more = 了解更多
card-more-quiz = 做更多题

## Workshop mode, as settings offer it (its own screens are in workshop.ftl)

workshop-open = 讲座模式
workshop-open-desc = 志愿者用一台平板给大家讲课
handouts-title = 打印传单

## Offline use: in settings, and as the first step of preparing a workshop

offline-title = 离线使用
offline-desc = 先在有网络的地方准备好，以后没有信号也能打开{ -brand-name }：每一页、答题、案例练习和讲座模式都能用，进度也会保留。
    .plain = 先趁有网的时候准备一下，以后没信号也能用。
offline-languages = 要准备的语言
# Variables:
#   $size (String) - the download's size in megabytes, with one decimal (2.9)
offline-size = 需要下载约 { $size } MB。
offline-prepare = 准备离线使用
# Variables:
#   $percent (String) - how much of the download has arrived, a whole number from 0 to 100
offline-progress = 正在下载…{ $percent }%
# Variables:
#   $languages (String) - the languages ready offline, each by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语), joined by " · "
#   $date (String) - the day they were prepared, as 2026-12-07
#   $version (String) - the app's version, as 0.1.0 (a1b2c3d4)
offline-ready = 已经可以离线使用：{ $languages }。准备于 { $date }，版本 { $version }。
    .plain = 准备好了，没网也能用：{ $languages }。{ $date } 准备的，版本 { $version }。
offline-kept = 这台设备会一直保留这些内容。
offline-not-kept = 手机空间不够时，浏览器可能会清掉这些内容。要用之前，请在有网络时打开看一次。
    .plain = 空间不够时，这些内容可能被清掉。要用之前，有网时先打开看一眼。
offline-failed = 下载没有完成，请检查网络后再试一次。已经下载好的部分不用重新下载。
offline-failed-space = 手机存储空间不够，下载没有完成。请删掉一些不用的照片、视频或应用，再试一次；也可以少选几种语言。
    .plain = 手机装不下了，没下载完。删掉些不用的照片、视频，或者少选几种语言，再试一次。
offline-now = 现在没有网络。已经准备好的语言照常可以用。
offline-missed = 您没有网络时打开过还没准备好的语言，已经为您选上了。
offline-unsupported = 这个浏览器不能把{ -brand-name }存下来离线使用。有网络时照常可以用。
offline-unsupported-wechat = 在微信里不能离线使用。请点右上角的“···”，选“在浏览器中打开”，再在手机浏览器里准备离线使用。
    .plain = 微信里没法离线用。请点右上角的“···”，选“在浏览器中打开”，再在浏览器里点“准备离线使用”。

## A screen opened with no network that was not prepared (the worker's own page)

offline-not-ready-title = 这一页还没有准备离线使用
offline-not-ready-body = 现在没有网络，这一页打不开。下次有网络时打开{ -brand-name }，在“设置”里点“准备离线使用”，选上这种语言。
offline-not-ready-home = 回到首页

## A new version, and adding the app to the home screen

update-ready = { -brand-name }有新版本了。
update-apply = 现在更新
install-hint = 可以把{ -brand-name }放到手机桌面上，以后像应用一样一点就开。
install-button = 添加到桌面

## Read-aloud: the control on every screen with reading matter (components/read_aloud.rs)

read-label = 朗读这一页
read-start = 朗读
    .plain = 读给我听
read-again = 重听
read-slower = 慢一点
read-stop = 停止
read-reading = 正在朗读，读到的地方有底色。点一下别的段落，就从那里读。
    .plain = 正在读。点一下哪一段，就从哪一段读。
read-unavailable = 这一页还没有录音，这部手机也不能朗读这种语言。可以请家人或志愿者读给您听。
    .plain = 这一页还没有录音，手机也读不了这种话。请家人或志愿者读给您听。
read-no-sound = 这部手机没有读出声音。请把音量调大再试一次；还不行的话，可以请家人或志愿者读给您听。
# Variables:
#   $count (Number) - how many parts of the screen were passed over, having no recording and no voice to read them
read-skipped = 有 { $count } 段还没有录音，跳过了。
read-synthetic = 这里的录音是电脑合成的示范，有的字可能读得不准。
