# Anxin — app shell, Uyghur. Draft translation, not yet reviewed by a native speaker.
# Message ids, variables and order follow locales/zh-Hans/shell.ftl.

## Names

# The app's name. Messages that name the app write { -brand-name }, never the name itself.
# (خاتىرجەم also means "at ease"; where a sentence means that, the word is written out.)
-brand-name = خاتىرجەم
app-name = { -brand-name }
app-tagline = پۇلىڭىزنى ياخشى قوغداڭ

## Navigation

nav-home = باش بەت
nav-back = قايتىش
nav-settings = تەڭشەك
lang-switch-label = تىل تاللاش

## Elders' version (large type)

elder-toggle-label = ياشانغانلار نۇسخىسى
elder-toggle-hint = خەتلەر ۋە كۇنۇپكىلار چوڭراق
switch-on = ئېچىلغان
switch-off = تاقالغان

## Home screen

home-title = پۇلىڭىزنى قوغداشنى ئۆگىنىڭ
home-intro = ئالدامچىلىق ئۇسۇللىرىنى تونۇڭ، ئۆز ھوقۇقىڭىزنى بىلىڭ، مەسىلىگە يولۇققاندا كىمدىن ياردەم سوراشنى بىلىڭ.
home-rights-title = سەككىز ھوقۇق

# Variables:
#   $count (Number) - how many basic rights financial consumers have (always 8)
home-rights-sub = { $count ->
        [one] پۇل-مۇئامىلە ئىستېمالچىلىرىنىڭ { $count } تۈرلۈك ئاساسىي ھوقۇقى
       *[other] پۇل-مۇئامىلە ئىستېمالچىلىرىنىڭ { $count } تۈرلۈك ئاساسىي ھوقۇقى
    }

home-cases-title = ئەمەلىي دېلولاردىن خەتەرنى تونۇش
home-cases-sub = ھەقىقىي دېلولارنى كۆرۈپ، ئالدامچىلىقنى تونۇۋېلىڭ
home-quiz-title = بىلىم سوئال-جاۋابى
home-quiz-sub = بىر نەچچە سوئالغا جاۋاب بېرىپ، ئالدىنىپ قالامسىز-قالمامسىز، سىناپ بېقىڭ
home-help-title = ياردەم تېلېفونى
home-help-sub = مەسىلىگە يولۇققاندا، كىمدىن ياردەم سوراشنى بىلىڭ
check-title = بۇ ئۇچۇر گۇمانلىقمۇ؟
home-check-sub = سىزگە كەلگەن ئۇچۇرنى چاپلاپ، خەتەر بەلگىسى بار-يوقلۇقىنى كۆرۈپ بېقىڭ

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
home-privacy = { $device ->
        [computer] تاللىغانلىرىڭىز پەقەت مۇشۇ كومپيۇتېردىلا ساقلىنىدۇ، تورغا يوللانمايدۇ.
        [tablet] تاللىغانلىرىڭىز پەقەت مۇشۇ تاختا كومپيۇتېردىلا ساقلىنىدۇ، تورغا يوللانمايدۇ.
       *[phone] تاللىغانلىرىڭىز پەقەت مۇشۇ تېلېفوندىلا ساقلىنىدۇ، تورغا يوللانمايدۇ.
    }

## Loading a screen's text

content-loading = يۈكلىنىۋاتىدۇ.
content-retry = قايتا سىناش

## Settings

settings-title = تەڭشەك
settings-language = تىل
settings-elder-desc = خەتلەر ۋە كۇنۇپكىلار چوڭراق، رەڭلەر تېخىمۇ ئېنىق پەرقلىنىدۇ.
settings-plain = ئاددىيراق سۆزلەش
settings-plain-desc = ئوخشاش مەزمۇننى كۈندىلىك ئاددىي سۆزلەر بىلەن ئېيتىش.
settings-clear = مېنىڭ ئۇچۇرلىرىمنى ئۆچۈرۈش

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
settings-clear-desc = { $device ->
        [computer] بۇ كومپيۇتېردا ساقلانغان تەڭشەك، ئۆگىنىش خاتىرىلىرى ۋە دەرس خاتىرىلىرىنى ئۆچۈرىدۇ.
        [tablet] بۇ تاختا كومپيۇتېردا ساقلانغان تەڭشەك، ئۆگىنىش خاتىرىلىرى ۋە دەرس خاتىرىلىرىنى ئۆچۈرىدۇ.
       *[phone] بۇ تېلېفوندا ساقلانغان تەڭشەك، ئۆگىنىش خاتىرىلىرى ۋە دەرس خاتىرىلىرىنى ئۆچۈرىدۇ.
    }

settings-clear-confirm = ھەئە، ئۆچۈرۈلسۇن
settings-clear-cancel = ياق، ئۆچۈرۈلمىسۇن
settings-cleared = ئۆچۈرۈلدى، تەڭشەكلەر ئەسلىگە قايتۇرۇلدى.

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
settings-storage-unavailable = { $device ->
        [computer] بۇ كومپيۇتېر ھازىر تەڭشەكلەرنى ساقلىيالمايدۇ، بەتنى تاقىغاندىن كېيىن قايتا تاللىشىڭىز كېرەك.
        [tablet] بۇ تاختا كومپيۇتېر ھازىر تەڭشەكلەرنى ساقلىيالمايدۇ، بەتنى تاقىغاندىن كېيىن قايتا تاللىشىڭىز كېرەك.
       *[phone] بۇ تېلېفون ھازىر تەڭشەكلەرنى ساقلىيالمايدۇ، بەتنى تاقىغاندىن كېيىن قايتا تاللىشىڭىز كېرەك.
    }

settings-translation-draft = بۇ تىلدىكى تېكىستلەر دەسلەپكى نۇسخا بولۇپ، بۇ تىلنى ئانا تىل قىلىدىغان كىشىلەر تېخى تەكشۈرۈپ تۈزەتمىدى. چۈشىنىش قىيىن يەرلىرى بولسا، خەنزۇچە نۇسخىسىنى ئاساس قىلىڭ.

## Notices (shown in the page, never as pop-ups)

notice-dismiss = بىلدىم

# Variables:
#   $language (String) - the language being switched to, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-loading = تىل ئالماشتۇرۇلۇۋاتىدۇ: { $language }…

# Variables:
#   $language (String) - the language that could not be loaded, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-failed = ھازىرچە بۇ تىلغا ئالماشتۇرغىلى بولمىدى: { $language }. تورنى تەكشۈرۈپ، قايتا سىناڭ.

# Variables:
#   $language (String) - the language that is not ready offline, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-not-ready = ھازىر تور يوق، { $language } تېخى تورسىز ئىشلىتىشكە تەييارلانمىغان. تور بار ۋاقىتتا «تەڭشەك» بېتىدىكى «تورسىز ئىشلىتىشكە تەييارلاش» نى بېسىپ، بۇ تىلنى تاللاڭ.

notice-link-language = ئۇلانمىدىكى تىلنى تونۇغىلى بولمىدى، سىزگە ھازىرقى تىل ئىشلىتىلدى.
notice-link-view = ئۇلانمىدىكى بەت تېپىلمىدى، سىزگە باش بەت ئېچىلدى.
notice-content-failed = بۇ قىسىمدىكى مەزمۇننى ھازىرچە يۈكلىگىلى بولمىدى. تورنى تەكشۈرۈپ، قايتا سىناڭ.
notice-saved-unreadable = ئىلگىرى ساقلانغان تەڭشەكلەرنى ئوقۇغىلى بولمىدى، ئەسلىدىكى تەڭشەكلەرگە قايتۇرۇلدى.

## A page read without the app (no WebAssembly, or an old WebView)
needs-app = بۇ قىسمىنى ئىشلىتىش ئۈچۈن ئۈندىدار (微信) ياكى تور كۆرگۈچنىڭ يېڭى نەشرى كېرەك. ئۈندىدارنى يېڭىلاڭ، ياكى ئوڭ ئۈستى تەرەپتىكى «···» نى بېسىپ، تېلېفوندىكى تور كۆرگۈچتە ئېچىڭ.

## Embedded in a partner's page (a card, or a popup over the partner's page)

embed-close = تاقاش
card-more = تەپسىلىي كۆرۈش
card-more-quiz = تېخىمۇ كۆپ سوئال ئىشلەش

## Workshop mode, as settings offer it (its own screens are in workshop.ftl)

workshop-open = دەرس سۆزلەش ھالىتى
workshop-open-desc = پىدائىي بىر تاختا كومپيۇتېر بىلەن كۆپچىلىككە دەرس سۆزلەيدۇ
handouts-title = تەشۋىقات ۋاراقلىرىنى بېسىپ چىقىرىش

## Offline use: in settings, and as the first step of preparing a workshop

offline-title = تورسىز ئىشلىتىش
offline-desc = ئالدى بىلەن تور بار يەردە تەييارلاپ قويسىڭىز، كېيىن سىگنال بولمىسىمۇ { -brand-name }نى ئاچالايسىز: ھەممە بەت، سوئالغا جاۋاب بېرىش، دېلو مەشىقى ۋە دەرس سۆزلەش ھالىتىنى ئىشلىتەلەيسىز، ئۆگىنىش خاتىرىلىرىڭىزمۇ ساقلىنىپ قالىدۇ.
offline-languages = تەييارلايدىغان تىللار
# Variables:
#   $size (String) - the download's size in megabytes, with one decimal (2.9)
offline-size = تەخمىنەن { $size } MB چۈشۈرۈش كېرەك.
offline-prepare = تورسىز ئىشلىتىشكە تەييارلاش
# Variables:
#   $percent (String) - how much of the download has arrived, a whole number from 0 to 100
offline-progress = چۈشۈرۈلۈۋاتىدۇ… { $percent }%
# Variables:
#   $languages (String) - the languages ready offline, each by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语), joined by " · "
#   $date (String) - the day they were prepared, as 2026-12-07
#   $version (String) - the app's version, as 0.1.0 (a1b2c3d4)
offline-ready = تورسىز ئىشلىتىشكە بولىدۇ: { $languages }. { $date } كۈنى تەييارلانغان، نەشرى { $version }.
offline-kept = بۇ ئۈسكۈنە بۇ مەزمۇنلارنى داۋاملىق ساقلاپ قالىدۇ.
offline-not-kept = تېلېفوننىڭ بوشلۇقى يېتىشمىگەندە، تور كۆرگۈچ بۇ مەزمۇنلارنى ئۆچۈرۈۋېتىشى مۇمكىن. ئىشلىتىشتىن بۇرۇن، تور بار ۋاقىتتا بىر قېتىم ئېچىپ كۆرۈڭ.
offline-failed = چۈشۈرۈش تاماملانمىدى، تورنى تەكشۈرۈپ، قايتا سىناڭ. چۈشۈرۈلۈپ بولغان قىسمىنى قايتا چۈشۈرۈشنىڭ ھاجىتى يوق.
offline-failed-space = تېلېفوننىڭ بوشلۇقى يېتىشمىگەچكە، چۈشۈرۈش تاماملانمىدى. ئىشلەتمەيدىغان بەزى سۈرەت، سىن ياكى ئەپلەرنى ئۆچۈرۈپ، قايتا سىناڭ. ئازراق تىل تاللىسىڭىزمۇ بولىدۇ.
offline-now = ھازىر تور يوق. تەييارلانغان تىللارنى ئادەتتىكىدەك ئىشلىتەلەيسىز.
offline-missed = تور يوق ۋاقىتتا تېخى تەييارلانمىغان تىلنى ئاچقانىدىڭىز، ئۇ سىز ئۈچۈن تاللاپ قويۇلدى.
offline-unsupported = بۇ تور كۆرگۈچ { -brand-name }نى تورسىز ئىشلىتىش ئۈچۈن ساقلىيالمايدۇ. تور بار ۋاقىتتا ئادەتتىكىدەك ئىشلىتەلەيسىز.
offline-unsupported-wechat = ئۈندىداردا تورسىز ئىشلىتىشكە بولمايدۇ. ئوڭ ئۈستى تەرەپتىكى «···» نى بېسىپ، «在浏览器中打开» (تور كۆرگۈچتە ئېچىش) نى تاللاڭ، ئاندىن تېلېفوندىكى تور كۆرگۈچتە «تورسىز ئىشلىتىشكە تەييارلاش» نى بېسىڭ.

## A screen opened with no network that was not prepared (the worker's own page)

offline-not-ready-title = بۇ بەت تېخى تورسىز ئىشلىتىشكە تەييارلانمىغان
offline-not-ready-body = ھازىر تور يوق، بۇ بەتنى ئاچقىلى بولمايدۇ. كېيىن تور بار ۋاقىتتا { -brand-name }نى ئېچىپ، «تەڭشەك» بېتىدىكى «تورسىز ئىشلىتىشكە تەييارلاش» نى بېسىپ، بۇ تىلنى تاللاڭ.
offline-not-ready-home = باش بەتكە قايتىش

## A new version, and adding the app to the home screen

update-ready = { -brand-name }نىڭ يېڭى نەشرى چىقتى.
update-apply = ھازىر يېڭىلاش
install-hint = { -brand-name }نى تېلېفوننىڭ ئۈستەل يۈزىگە قويسىڭىز بولىدۇ، كېيىن ئەپكە ئوخشاش بىرلا بېسىپ ئاچالايسىز.
install-button = ئۈستەل يۈزىگە قوشۇش

## Read-aloud: the control on every screen with reading matter (components/read_aloud.rs)

read-label = بۇ بەتنى ئاۋازلىق ئوقۇش
read-start = ئاۋازلىق ئوقۇش
read-again = قايتا ئاڭلاش
read-slower = ئاستىراق
read-stop = توختىتىش
read-reading = ئاۋازلىق ئوقۇلۇۋاتىدۇ، ئوقۇلۇۋاتقان يەر رەڭلىك كۆرسىتىلىدۇ. باشقا بىر بۆلەكنى بىر بېسىڭ، شۇ يەردىن باشلاپ ئوقۇيدۇ.
read-unavailable = بۇ بەتنىڭ تېخى ئۈن خاتىرىسى يوق، بۇ تېلېفونمۇ بۇ تىلدا ئاۋازلىق ئوقۇيالمايدۇ. ئائىلىڭىزدىكىلەر ياكى پىدائىيدىن ئوقۇپ بېرىشنى ئۆتۈنسىڭىز بولىدۇ.
read-no-sound = بۇ تېلېفوندىن ئاۋاز چىقمىدى. ئاۋازنى چوڭايتىپ، قايتا سىناڭ. يەنىلا بولمىسا، ئائىلىڭىزدىكىلەر ياكى پىدائىيدىن ئوقۇپ بېرىشنى ئۆتۈنسىڭىز بولىدۇ.
# Variables:
#   $count (Number) - how many parts of the screen were passed over, having no recording and no voice to read them
read-skipped = { $count } بۆلەكنىڭ تېخى ئۈن خاتىرىسى يوق، شۇڭا ئاتلاپ ئۆتۈلدى.
read-synthetic = بۇ يەردىكى ئۈن خاتىرىلىرى كومپيۇتېردا ياسالغان ئۈلگە، بەزى سۆزلەر خاتا ئوقۇلۇشى مۇمكىن.
