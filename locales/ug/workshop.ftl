# Anxin workshop mode (讲座模式), Uyghur: a volunteer runs a session for a room of elders from
# one tablet. The audience sees the large text; the volunteer alone reads the notes. See README,
# "For translators", and GLOSSARY.md.
# Draft translation, not yet reviewed by a native speaker. Terms: locales/ug/GLOSSARY.md.
# Message ids, variables and order follow locales/zh-Hans/workshop.ftl (.plain wording is Mandarin only).

## Choosing a plan

workshop-title = دەرس سۆزلەش ھالىتى
workshop-intro = بىر ئۆي كىشىلەرگە ئالدامچىلىقتىن ساقلىنىش دەرسى سۆزلەش ئۈچۈن: بىر پىلاننى تاللاڭ، بىر تاختا كومپيۇتېر بىلەن، ئۆزىڭىزگە ماس ئاستىلىقتا قەدەممۇقەدەم سۆزلەڭ.
workshop-plans = بىر پىلاننى تاللاڭ
workshop-plan-short = بىر خىل ئالدامچىلىقنى تونۇش
workshop-plan-short-desc = بىر دېلو سۆزلىنىدۇ، كۆپچىلىك بىللە خەتەر بەلگىلىرىنى تاپىدۇ، ئاندىن ئىككى سوئال سورىلىدۇ، ئاخىرىدا ياردەم تېلېفونلىرى يېزىۋېلىنىدۇ.
workshop-plan-standard = ئىككى دېلو ۋە بىر ھوقۇق
workshop-plan-standard-desc = كۆپ ئۇچرايدىغان ئىككى خىل ئالدامچىلىق ۋە پۇل-مۇئامىلە ئىستېمالچىلىرىنىڭ بىر ھوقۇقى سۆزلىنىدۇ، سۆزلەش جەريانىدا سوئال سورىلىدۇ.
workshop-plan-long = تولۇق بىر دەرس
workshop-plan-long-desc = ئۈچ دېلو ۋە ئىككى ھوقۇق سۆزلىنىدۇ، كۆپرەك سوئال سورىلىدۇ، كۆپچىلىكنىڭ ئۆز بېشىدىن ئۆتكەنلىرىنى سۆزلىشىگە ۋاقىت قالدۇرۇلىدۇ.

# Variables:
#   $minutes (Number) - about how many minutes a plan or one of its blocks takes
workshop-minutes = تەخمىنەن { $minutes } مىنۇت

workshop-blocks = دەرس سۆزلەش تەرتىپى
# Variables:
#   $case (String) - the title of the case study told in this block
workshop-block-story = دېلو سۆزلەش: { $case }
# Variables:
#   $case (String) - the title of the case study whose conversation the room goes through
workshop-block-flags = بىللە خەتەر بەلگىلىرىنى تېپىش: { $case }
workshop-block-quiz = قول كۆتۈرۈپ سوئالغا جاۋاب بېرىش
# Variables:
#   $right (String) - the name of the right explained in this block
workshop-block-right = بىر ھوقۇقنى سۆزلەش: { $right }
workshop-block-help = ياردەم تېلېفونلىرىنى يېزىۋېلىش

workshop-prepare = دەرس سۆزلەشتىن بۇرۇن تەييارلاڭ
workshop-prepare-charge = تاختا كومپيۇتېرنى تولۇق توكلاپ، توكلىغۇچنى ئالغاچ مېڭىڭ.
workshop-prepare-leaflets = تارقىتىدىغان تەشۋىقات ۋاراقلىرىنى بېسىپ، قانچە پارچە ئىكەنلىكىنى ساناپ قويۇڭ.
workshop-prepare-bright = ئېكراننى ئەڭ يورۇق قىلىپ تەڭشەڭ، ئارقىدا ئولتۇرغانلارمۇ ئېنىق كۆرەلىسۇن.
workshop-prepare-rehearse = يولغا چىقىشتىن بۇرۇن پىلاننى بېشىدىن ئاخىرىغىچە بىر قېتىم كۆرۈپ چىقىپ، ھەر بىر قەدەمنىڭ چۈشەندۈرۈش ئەسكەرتمىسىنى ئوقۇپ قويۇڭ.

workshop-beside = ئىككىنچى تىلنى بىللە كۆرسىتىش
workshop-beside-desc = ھەر بىر بۆلەك خەتنىڭ يېنىدا يەنە بىر تىلدا كۆرسىتىلىدۇ، قوش تىلدا دەرس سۆزلەشكە قۇلايلىق.
workshop-beside-none = كېرەك يوق
# Variables:
#   $language (String) - the name of the second language, written in that language
workshop-beside-loading = { $language } تېكىستى چۈشۈرۈلۈۋاتىدۇ…
# Variables:
#   $language (String) - the name of the second language, written in that language
workshop-beside-failed = { $language } تېكىستىنى چۈشۈرگىلى بولمىدى، ھازىرچە بىر تىلدىلا كۆرسىتىلىدۇ.

workshop-place = دەرس سۆزلەيدىغان جاي (يازمىسىڭىزمۇ بولىدۇ)
workshop-headcount-before = قانچە ئادەم كەلدى (يازمىسىڭىزمۇ بولىدۇ، قول كۆتۈرگەنلەرنى ساناشتا سېلىشتۇرۇشقا ئىشلىتىلىدۇ)
workshop-start = دەرسنى باشلاش
workshop-discard = كېرەك ئەمەس، قايتىدىن باشلاش

## The presenter view (the audience sees it)

workshop-next = كېيىنكى قەدەم
workshop-back = ئالدىنقى قەدەم
workshop-notes = چۈشەندۈرۈش ئەسكەرتمىسى
workshop-notes-window = چۈشەندۈرۈش ئەسكەرتمىسىنى ئايرىم كۆزنەكتە ئېچىش
workshop-notes-window-title = چۈشەندۈرۈش ئەسكەرتمىسى (پەقەت دەرس سۆزلىگۈچى ئۈچۈن)
workshop-notes-window-idle = دەرس تېخى باشلانمىدى. باشقا كۆزنەكتە دەرسنى باشلىغاندىن كېيىن، ھەر بىر قەدەمنىڭ چۈشەندۈرۈش ئەسكەرتمىسى بۇ يەردە ئۇنىڭغا ئەگىشىپ كۆرسىتىلىدۇ.
# Variables:
#   $step (String) - what the room sees next, such as "讲案例：电话里的“警察”"
workshop-notes-window-next = كېيىنكى قەدەم: { $step }
# Variables:
#   $step (Number) - which step of the session is on screen, counted from 1
#   $total (Number) - how many steps the session has
workshop-step = { $total } قەدەمنىڭ { $step }-قەدىمى
workshop-end = دەرسنى ئاخىرلاشتۇرۇش
# Variables:
#   $scene (Number) - which part of the story is on screen, counted from 1
#   $total (Number) - how many parts the story has
workshop-scene = ھېكايە: { $total } بۆلەكنىڭ { $scene }-بۆلىكى
workshop-big-room = چوڭ خەت
workshop-blank = قارا ئېكران
workshop-blank-back = ئېكران ۋاقتىنچە قارا قىلىندى. ئېكراننى بىر بېسىڭ ياكى B كۇنۇپكىسىنى بېسىڭ، مەزمۇن قايتا كۆرۈنىدۇ.
# Variables:
#   $used (String) - how long the block on screen has run, as minutes:seconds, such as 3:05
#   $minutes (Number) - how many minutes the plan gives the block
workshop-clock = ئىشلىتىلگەن ۋاقىت { $used }، پىلاندا { $minutes } مىنۇت
workshop-confirm-end = دەرسنى ھازىرلا ئاخىرلاشتۇرامسىز؟ سۆزلەنمىگەن قەدەملەر ئاتلاپ ئۆتۈلىدۇ. ئاخىرلاشتۇرغاندىن كېيىن «ئالدىنقى قەدەم» نى بېسىپ، يەنە بۇ يەرگە قايتالايسىز.
workshop-confirm-discard = بۇ قېتىمقى دەرس خاتىرىسىنى ئۆچۈرەمسىز؟ سانالغان ئادەم سانى ۋە بەلگە قويۇلغان جۈملىلەرنىڭ ھەممىسى ئۆچۈرۈلىدۇ، كېيىن قايتۇرۇۋالغىلى بولمايدۇ.
workshop-confirm-discard-yes = خاتىرىنى ئۆچۈرۈش
workshop-confirm-no = ياق، داۋاملىق سۆزلەش
workshop-awake = دەرس سۆزلەۋاتقاندا ئېكران ئۆچمەي يورۇق تۇرىدۇ.
workshop-awake-unavailable = بۇ تور كۆرگۈچ ئېكراننى ئۆچۈرمەي تۇتۇپ تۇرالمايدۇ: تەڭشەكتىن ئېكران ئۆزلۈكىدىن قۇلۇپلىنىدىغان ۋاقىتنى ئۇزارتىپ قويۇڭ.
workshop-save-refused = بۇ ئۈسكۈنە دەرس خاتىرىسىنى ساقلاشقا يول قويمايدۇ. بۇ بەتنى يېڭىلىماڭ ياكى تاقىماڭ، دەرس تۈگىگەندىن كېيىن جەدۋەلنى چۈشۈرۈپ ساقلاڭ.
workshop-save-newer = بۇ ئۈسكۈنىدە { -brand-name }نىڭ يېڭى نەشرىدە ساقلانغان دەرس خاتىرىلىرى بار. بۇ بەت ئۇلارنى ئۆزگەرتمەيدۇ، شۇڭا بۇ قېتىمقى دەرس ساقلانمايدۇ: بەتنى يېڭىلاڭ، ئاندىن يېڭى نەشرى بىلەن سۆزلەڭ.
workshop-save-conflict = بۇ قېتىمقى دەرس باشقا بىر بەتتىمۇ ئېچىلغان، ئۇ بەتتىمۇ خاتىرىلەر ئۆزگەرتىلگەن. ئۇ بەتتىكى خاتىرىلەر يوقاپ كەتمىسۇن دەپ، بۇ بەتتىكى ئۆزگەرتىشلەر ساقلانمايدۇ: بىر بەتنى تاقاپ، ئاندىن بۇ بەتنى يېڭىلاڭ.

## The volunteer's notes (hidden behind one toggle)

workshop-say = مۇنداق دېسىڭىز بولىدۇ
workshop-ask = كۆپچىلىكتىن سوراڭ
workshop-wrong = كۆپچىلىك دائىم خاتالىشىدىغان يەر
workshop-note-story-say = سىزلەرگە كۆپ ئۇچرايدىغان بىر ئىشنى سۆزلەپ بېرەي. ئاڭلاپ بېقىڭلار، قايسى يېرىدە چاتاق بار.
workshop-note-story-ask = ئەگەر سىزگە مۇشۇنداق تېلېفون ياكى ئۇچۇر كەلسە، قانداق قىلىسىز؟
workshop-note-story-wrong = نۇرغۇن كىشىلەر «مەن ئالدانمايمەن» دەپ ئويلايدۇ. ئالدامچىلار دەل مۇشۇ خىيالدىن پايدىلىنىدۇ.
workshop-note-flags-say = بۇ پاراڭنى بىر قېتىم ئوقۇپ بېرەي. چاتاق گەپنى ئاڭلىسىڭىزلار، قول كۆتۈرۈپ ئېيتىڭلار.
workshop-note-flags-ask = بۇ گەپنىڭ قايسى يېرى چاتاق؟ سىز بولسىڭىز، قانداق جاۋاب بېرىسىز؟
workshop-note-flags-wrong = ئۇ ئادەم ئىسمىڭىزنى ياكى سۇغۇرتا تالونىڭىزنى ئېيتىپ بېرەلىسە، بۇ ئۇنىڭ ھەقىقىي خادىم ئىكەنلىكىنى بىلدۈرمەيدۇ.
workshop-note-quiz-say = مەن سوئالنى ۋە ھەر بىر جاۋابنى ئوقۇپ بېرىمەن، كۆپچىلىك قول كۆتۈرۈپ تاللاڭلار. ئىشەنچىڭىز بولمىسا «ئېنىق بىلمەيمەن» گە قول كۆتۈرۈڭ، بۇ ئۇيات ئەمەس.
workshop-note-quiz-ask = بۇ جاۋابنى تاللىغانلار، نېمە ئۈچۈن تاللىغانلىقىڭىزنى ئېيتىپ بېرەلەمسىز؟
workshop-note-quiz-wrong = خاتا تاللىغانلار كۆپ بولغان سوئالدا، جاۋابنى ئېلان قىلغاندىن كېيىن سەۋەبىنى يەنە بىر قېتىم سۆزلەپ بېرىڭ.
workshop-note-right-say = بۇ پۇل-مۇئامىلە ئىستېمالچىلىرىنىڭ ئەسلىدىنلا بار ھوقۇقى، بىرەرسىنىڭ ئىلتىپاتى ئەمەس.
workshop-note-right-ask = بۇ ھوقۇقىڭىز ھۆرمەتلەنمىگەن ئىشقا يولۇقۇپ باققانمۇسىز؟
workshop-note-right-wrong = نۇرغۇن كىشىلەر بىلمەيدۇ: سېتىۋالغۇڭىز بولمىسا رەت قىلسىڭىز بولىدۇ، چۈشەنمىسىڭىز ئېنىق چۈشەندۈرۈپ بېرىشنى تەلەپ قىلسىڭىز بولىدۇ.
workshop-note-help-say = كۆپچىلىك بۇ تېلېفون نومۇرلىرىنى يېزىۋېلىڭلار، ياكى رەسىمگە تارتىۋېلىڭلار.
workshop-note-help-ask = تېلېفون قىلغان ئادەمنىڭ راست-يالغانلىقىنى ئائىلىڭىزدە كىم تەكشۈرۈپ بېرەلەيدۇ؟
workshop-note-help-wrong = ئۇ ئادەم بەرگەن «ئېنىقلاش تېلېفونى» غا تېلېفون قىلماڭ. رەسمىي نومۇرنى ئۆزىڭىز تېپىڭ.

## Counting a show of hands

tally-not-sure = ئېنىق بىلمەيمەن
tally-add = بىرنى قوشۇش
tally-remove = بىرنى كېمەيتىش
tally-set = قول كۆتۈرگەنلەر سانى
# Variables:
#   $counted (Number) - how many hands have been counted for this question so far
tally-counted = ھازىرغىچە { $counted } ئادەم سانالدى
# Variables:
#   $counted (Number) - how many hands have been counted for this question so far
#   $headcount (Number) - how many people came to the session
tally-counted-of = ھازىرغىچە { $counted } ئادەم سانالدى، جەمئىي { $headcount } ئادەم كەلگەن
tally-reveal = جاۋابنى ئېلان قىلىش
# Variables:
#   $count (Number) - how many hands were counted for an option
tally-hands = { $count } ئادەم
workshop-answer = توغرا جاۋاب
workshop-undo = جاۋابنى قايتۇرۇۋېلىپ، ساننى ئۆزگەرتىش

## Marking the red flags the room called out

workshop-flags-hint = كۆپچىلىك ئېيتقان جۈملىنى بىر بېسىپ بەلگە قويۇڭ. بەلگە قويۇپ بولغاندىن كېيىن، ئاندىن ئېلان قىلىڭ.
workshop-flags-reveal = خەتەر بەلگىلىرىنى ئېلان قىلىش
workshop-flag-found = كۆپچىلىك تاپتى
workshop-flag-missed = ھېچكىم تاپالمىدى
workshop-flag-not = بۇ جۈملىدە مەسىلە يوق
# Variables:
#   $count (Number) - how many red flags the room called out
workshop-flags-found = كۆپچىلىك { $count } خەتەر بەلگىسىنى تاپتى
# Variables:
#   $count (Number) - how many red flags nobody called out
workshop-flags-missed = يەنە { $count } خەتەر بەلگىسىنى ھېچكىم ئېيتمىدى
# Variables:
#   $count (Number) - how many harmless lines the room took for red flags
workshop-flags-false-alarms = { $count } جۈملىدە ئەمەلىيەتتە مەسىلە يوق

## The session's record, kept on this device only

workshop-summary-title = بۇ قېتىمقى دەرس خاتىرىسى
workshop-summary-intro = خاتىرە پەقەت مۇشۇ ئۈسكۈنىدىلا ساقلىنىدۇ، ھېچ يەرگە يوللانمايدۇ.
workshop-date = چېسلا
workshop-headcount = قانچە ئادەم كەلدى
workshop-leaflets = قانچە پارچە تەشۋىقات ۋارىقى تارقىتىلدى
workshop-most-missed = ئەڭ كۆپ ئادەم خاتا جاۋاب بەرگەن سوئال
workshop-no-tally = بۇ قېتىم قول كۆتۈرگەنلەر سانالمىدى.
workshop-finish = تامام، خاتىرىنى ساقلاش
workshop-export = جەدۋەلنى چۈشۈرۈش (CSV)
workshop-tallies = ھەر بىر سوئالدا قول كۆتۈرگەنلەر سانى
workshop-print = بۇ خاتىرىنى بېسىپ چىقىرىش
workshop-past = ئىلگىرىكى دەرس خاتىرىلىرى
workshop-past-none = تېخى دەرس خاتىرىسى يوق.
workshop-again = يەنە بىر قېتىم سۆزلەش

## The downloaded table (CSV): its column names and values

workshop-csv-place = جاي
workshop-csv-plan = دەرس پىلانى
workshop-csv-languages = كۆرسىتىلگەن تىل
workshop-csv-question = سوئال
workshop-csv-option = تاللانما
workshop-csv-hands = قول كۆتۈرگەنلەر سانى
workshop-csv-correct = توغرا جاۋاب
workshop-csv-yes = ھەئە
workshop-csv-no = ياق
workshop-csv-origin = سان قانداق ئېلىندى
workshop-csv-counted = بىر-بىرلەپ سانالغان
workshop-csv-typed = بىۋاسىتە كىرگۈزۈلگەن
workshop-csv-case = خەتەر بەلگىلىرى ئىزدەلگەن پاراڭ
workshop-csv-found = تېپىلغىنى
workshop-csv-missed = تېپىلمىغىنى
workshop-csv-false-alarms = خاتا تونۇلغىنى
workshop-csv-revealed = ئېلان قىلىندىمۇ

## Leaflets: the handouts screen (view=handouts) and one leaflet as it prints (view=handout:<id>).
## A leaflet is printed or sent as a PDF file; its text comes from the rights, help, cases and
## workshop messages. "汉文" is the Chinese script beside Tibetan, Uyghur or Cantonese.

handouts-intro = بىر تەشۋىقات ۋارىقىنى تاللاپ، ئالدى بىلەن كۆرۈپ بېقىپ، ئاندىن بېسىپ چىقىرىڭ. PDF ھۆججىتىنى چۈشۈرۈپ، ئۈندىدار (微信) ئارقىلىق ئەۋەتسىڭىز ياكى باسما دۇكىنىغا ئاپىرىپ باستۇرسىڭىزمۇ بولىدۇ.
handouts-languages = PDF ھۆججىتى قايسى تىلدا بولسۇن
handouts-rights-desc = سەككىز ھوقۇق بىر ۋاراق قەغەزگە بېسىلغان: ھەر بىرى بىر جۈملە بىلەن چۈشەندۈرۈلۈپ، يەنە بىر مىسال كەلتۈرۈلگەن.
handouts-help-desc = ياردەم تېلېفونلىرى چوڭ خەت بىلەن بېسىلغان، يەنە ئۆزىڭىزنىڭ بانكا ياكى سۇغۇرتا شىركىتىنىڭ تېلېفونىنى يېزىشقا ئورۇن قالدۇرۇلغان.
handouts-open-leaflet = كۆرۈش ۋە بېسىپ چىقىرىش
# Variables:
#   $paper (String) - the paper size, A4 or A5
handouts-pdf = PDF ھۆججىتى ({ $paper })
handouts-not-found = بۇ تەشۋىقات ۋارىقى تېپىلمىدى.
handouts-all = ھەممە تەشۋىقات ۋاراقلىرىنى كۆرۈش
handout-beside = يېنىدا سېلىشتۇرۇلىدىغان تىل
handout-beside-none = سېلىشتۇرۇش كېرەك يوق
handout-print = بېسىپ چىقىرىش
handout-no-print = بۇ يەردە بىۋاسىتە بېسىپ چىقارغىلى بولمايدۇ. تۆۋەندىكى PDF ھۆججىتىنى ئېچىپ، ئائىلىڭىزدىكىلەرگە ئەۋەتىڭ ياكى باسما دۇكىنىغا ئاپىرىپ باستۇرۇڭ.
# Variables:
#   $example (String) - one example of the right being broken: a sentence from rights.ftl
handout-right-example = مەسىلەن: { $example }
handout-own-number = ئۆزىڭىزنىڭ بانكا ياكى سۇغۇرتا شىركىتىنىڭ مۇلازىمەت تېلېفونى (بانكا كارتىسى ياكى سۇغۇرتا تالونىدىن قاراپ، تۆۋەنگە يېزىڭ):
handout-qr = تېلېفونىڭىز بىلەن بۇ كودنى سىكاننېرلىسىڭىزلا، بۇ تەشۋىقات ۋارىقىنى ئاچالايسىز.
