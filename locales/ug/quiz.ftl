# Anxin (安心) — the quiz: its screens, topic names and the question bank (also the home
# screen's daily question). Uyghur.
# { -brand-name } is the app's name, from shell.ftl.
# Draft translation, not yet reviewed by a native speaker. Terms: locales/ug/GLOSSARY.md.
# Message ids, variables and order follow locales/zh-Hans/quiz.ftl (.plain wording is Mandarin only).
# Messages per question:
#   q-<id>            the question
#   q-<id>-story      a scenario's two-line story
#   q-<id>-<key>      an option's text (true/false questions use quiz-true and quiz-false)
#   q-<id>-<key>-why  why that option is right or wrong

## The quiz screen

quiz-intro = ئۆگىنىپ تۇرۇپ مەشىق قىلىڭ. خاتا جاۋاب بەرسىڭىزمۇ ھېچقىسى يوق، ھەر بىر سوئالدا سەۋەبىنى ئېيتىپ بېرىمىز.
quiz-mixed-title = ئىختىيارىي بىر قېتىم مەشىق قىلىش

# Variables:
#   $count (Number) - how many questions a mixed round draws (currently 10)
quiz-mixed-sub = ھەممە سوئالدىن { $count } سوئال تاللىنىدۇ، خاتا سوئاللار دەپتىرىدىكى سوئاللار ئالدىدا چىقىدۇ.

quiz-topics-title = تېما بويىچە مەشىق قىلىش
quiz-group-right = سەككىز تۈرلۈك ئاساسىي ھوقۇق
quiz-group-scam = كۆپ ئۇچرايدىغان ئالدامچىلىقلار
quiz-group-basics = تۇرمۇش ساۋاتى

# The partner's featured topics, listed first on the quiz screen.
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
quiz-group-featured = { $partner } تەۋسىيە قىلغانلىرى

# Variables:
#   $count (Number) - how many questions the topic has
quiz-topic-count = { $count } سوئال

quiz-topic-done = مەشىق قىلىپ بولدىڭىز

## The 错题本

quiz-notebook-title = خاتا سوئاللار دەپتىرى

# Variables:
#   $count (Number) - how many questions are in the person's 错题本 (notebook of missed questions)
quiz-notebook-count = خاتا سوئاللار دەپتىرىدە { $count } سوئال بار.

quiz-notebook-empty = خاتا سوئاللار دەپتىرى قۇرۇق. خاتا جاۋاب بەرگەن ياكى ئېنىق بىلمىگەن سوئاللار بۇ يەرگە قوشۇلىدۇ.
quiz-notebook-rule = بىر سوئالغا ئوخشىمىغان ئىككى كۈندە توغرا جاۋاب بەرسىڭىز، ئۇ خاتا سوئاللار دەپتىرىدىن چىقىرىۋېتىلىدۇ.
quiz-notebook-practise = خاتا سوئاللارنى مەشىق قىلىش
quiz-notebook-rested = بۈگۈنكى خاتا سوئاللارنىڭ ھەممىسىگە توغرا جاۋاب بېرىپ بولدىڭىز، ئەتە يەنە كېلىپ مەشىق قىلىڭ.
quiz-notebook-open = خاتا سوئاللار دەپتىرىدىكى سوئاللارنى كۆرۈش
quiz-notebook-close = خاتا سوئاللارنى يىغىش
quiz-notebook-clear = خاتا سوئاللار دەپتىرىنى تازىلاش
quiz-notebook-clear-confirm = خاتا سوئاللار دەپتىرىنى راستتىنلا تازىلامسىز؟ تازىلىغاندىن كېيىن قايتۇرۇۋالغىلى بولمايدۇ.
quiz-notebook-clear-yes = تازىلاش
quiz-notebook-clear-no = تازىلىماسلىق

## A round

# Variables:
#   $number (Number) - which question of the round is on screen, counting from 1
#   $total (Number) - how many questions the round has
quiz-progress = { $total } سوئالنىڭ { $number }-سوئالى

quiz-kind-single = بىر جاۋابلىق سوئال: بىر جاۋابنى تاللاڭ
quiz-kind-true-false = توغرا-خاتا سوئالى: بۇ گەپ توغرىمۇ؟
quiz-kind-red-flags = كۆپ جاۋابلىق سوئال: توغرا بولغانلىرىنىڭ ھەممىسىنى تاللاڭ
quiz-kind-scenario = ۋەقەلىك سوئال: ئوقۇپ بېقىپ، ئاندىن تاللاڭ
quiz-true = توغرا
quiz-false = خاتا
quiz-check = جەزملەش
quiz-choose-first = ئالدى بىلەن بىر جاۋابنى تاللاپ، ئاندىن «جەزملەش» نى بېسىڭ.
quiz-not-sure = ئېنىق بىلمەيمەن
quiz-next = كېيىنكى سوئال
quiz-see-score = نەتىجىنى كۆرۈش
quiz-leave = ھازىرچە توختىتاي

## After an answer

quiz-right = توغرا جاۋاب بەردىڭىز!
quiz-wrong = بۇ سوئالغا توغرا جاۋاب بېرەلمىدىڭىز، ھېچقىسى يوق، سەۋەبىنى كۆرۈپ باقايلى.
quiz-unsure = ئېنىق بىلمىسىڭىزمۇ ھېچقىسى يوق، بىللە كۆرۈپ باقايلى.
quiz-mark-correct = توغرا جاۋاب
quiz-mark-chosen = سىز تاللىغىنى

# Variables:
#   $topic (String) - the name of the question's topic (one of the topic-* messages)
quiz-learn-more = ئۆگىنىش: { $topic }

quiz-see-case = ئەمەلىي دېلونى كۆرۈش

## The score

quiz-score-title = بۇ قېتىملىق مەشىق تۈگىدى

# Variables:
#   $right (Number) - how many questions of the round the person answered right
#   $total (Number) - how many questions the round had
quiz-score = { $total } سوئالنىڭ { $right } ىگە توغرا جاۋاب بەردىڭىز.

quiz-score-all = ھەممىسىگە توغرا جاۋاب بەردىڭىز، بەك ياخشى!
quiz-score-notebook = توغرا جاۋاب بېرەلمىگەن ۋە ئېنىق بىلمىگەن سوئاللار خاتا سوئاللار دەپتىرىگە قوشۇلدى، كېيىن يەنە سورىلىدۇ.
quiz-review = بۇلارنى يەنە بىر كۆرۈپ باقسىڭىز بولىدۇ:
quiz-retry-missed = پەقەت توغرا جاۋاب بېرەلمىگەن سوئاللارنىلا مەشىق قىلىش
quiz-back-topics = سوئاللار تىزىملىكىگە قايتىش

## 每日一题 on the home screen

daily-title = كۈندە بىر سوئال
daily-note = ھەر كۈنى بىر سوئال، بۈگۈن ھەممەيلەن ئوخشاش سوئالغا جاۋاب بېرىدۇ.
daily-done = بۈگۈنكى سوئالغا جاۋاب بېرىپ بولدىڭىز، ئەتە يەنە كېلىڭ.
daily-result-right = بۈگۈنكى سوئالغا توغرا جاۋاب بەردىڭىز.
daily-result-other = بۈگۈنكى سوئال خاتا سوئاللار دەپتىرىگە قوشۇلدى، بېرىپ مەشىق قىلىپ بېقىڭ.
daily-more = تېخىمۇ كۆپ سوئالغا جاۋاب بېرىش

## The certificate

cert-title = تاماملاش گۇۋاھنامىسى

# Variables:
#   $done (Number) - how many quiz topics the person has finished
#   $total (Number) - how many topics there are (currently 21)
cert-progress = { $total } تېمىنىڭ { $done } نى مەشىق قىلىپ بولدىڭىز.

cert-locked = ھەر بىر تېمىنى بىر قېتىمدىن مەشىق قىلىپ بولسىڭىز، بۇ يەردىن گۇۋاھنامە ئالالايسىز.
cert-name-label = ئىسمىڭىزنى يېزىڭ (يازمىسىڭىزمۇ بولىدۇ)

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
cert-name-hint = { $device ->
        [computer] ئىسمىڭىز پەقەت مۇشۇ كومپيۇتېردىلا ساقلىنىدۇ، سىرتقا يوللانمايدۇ.
        [tablet] ئىسمىڭىز پەقەت مۇشۇ تاختا كومپيۇتېردىلا ساقلىنىدۇ، سىرتقا يوللانمايدۇ.
       *[phone] ئىسمىڭىز پەقەت مۇشۇ تېلېفوندىلا ساقلىنىدۇ، سىرتقا يوللانمايدۇ.
    }

cert-make = گۇۋاھنامە ھاسىل قىلىش
cert-heading = { -brand-name } · پۇل-مۇئامىلە بىلىملىرى تاماملاش گۇۋاھنامىسى
cert-anonymous = { -brand-name } ئوقۇغۇچىسى

# Variables:
#   $total (Number) - how many quiz topics there are, all of which the person has finished (currently 21)
cert-body = { -brand-name }دىكى { $total } تېمىنىڭ ھەممىسىنى مەشىق قىلىپ بولدى: ھوقۇقىنى بىلىدۇ، ئالدامچىلىقنى تونۇيدۇ، يانچۇقىنى ياخشى قوغدايدۇ.

# Variables:
#   $year (Number) - the year the certificate is made, e.g. 2025
#   $month (Number) - its month, 1 to 12
#   $day (Number) - its day of the month, 1 to 31
cert-date = { $year }-يىلى { $month }-ئاينىڭ { $day }-كۈنى

cert-image-alt = { -brand-name } تاماملاش گۇۋاھنامىسى
cert-save-hint = ئۈندىداردا رەسىمنى ئۇزۇن بېسىپ تۇرسىڭىز، تېلېفونغا ساقلىيالايسىز.
cert-download = رەسىمنى ساقلاش
cert-failed = بۇ تېلېفون رەسىم ھاسىل قىلالمىدى. ئۆگىنىش خاتىرىلىرىڭىز يەنىلا بار.

## Topic names

topic-right-to-know = بىلىش ھوقۇقى
topic-free-choice = ئۆزى تاللاش ھوقۇقى
topic-fair-dealing = ئادىل سودا ھوقۇقى
topic-property-safety = مال-مۈلۈك بىخەتەرلىكى ھوقۇقى
topic-seek-compensation = قانۇن بويىچە تۆلەم تەلەپ قىلىش ھوقۇقى
topic-financial-education = بىلىم ئېلىش ھوقۇقى
topic-respect-and-dignity = ھۆرمەتلىنىش ھوقۇقى
topic-information-security = ئۇچۇر بىخەتەرلىكى ھوقۇقى
topic-agent-surrender = ۋاكالىتەن سۇغۇرتىدىن چېكىنىش
topic-debt-relief = قەرزنى كېمەيتىش، ئۆسۈمنى توختىتىپ قەرزنى توڭلىتىش
topic-paid-rights-defence = ۋاكالىتەن ھوقۇق قوغداش
topic-credit-repair = ئىناۋەت خاتىرىسىنى ئوڭشاش
topic-high-yield = يۇقىرى ئۆسۈملۈك مەبلەغ سېلىش تۇزىقى
topic-commission-fraud = كومىسسىيە ئالدامچىلىقى
topic-fake-customer-service = ساختا مۇلازىمەت خادىمى
topic-impersonated-police = ساختا ساقچى، تەپتىش، سوت ۋە نازارەت خادىملىرى
topic-misleading-sales = سېتىشتا ئازدۇرۇش
topic-elderly-scheme = ياشانغانلارنى نىشان قىلغان ئالدامچىلىق
topic-personal-information = شەخسىي ئۇچۇرلارنى قوغداش
topic-payments-and-passwords = پۇل تۆلەش ۋە مەخپىي نومۇر
topic-insurance-basics = سۇغۇرتا ساۋاتى

## The questions

## right-to-know-before-buying
q-right-to-know-before-buying = مەبلەغ سېلىش مەھسۇلاتى ياكى سۇغۇرتا سېتىۋېلىشتىن بۇرۇن، قايسى ئەھۋاللارنى بىلىش ھوقۇقىڭىز بار؟
q-right-to-know-before-buying-a = پەقەت قانچىلىك پۇل تاپقىلى بولىدىغانلىقىنىلا
q-right-to-know-before-buying-a-why = توغرا ئەمەس. پەقەت پايدىنىلا بىلىش يېتەرلىك ئەمەس. خەتەر ۋە ھەقمۇ قارارىڭىزغا ئوخشاشلا تەسىر كۆرسىتىدۇ.
q-right-to-know-before-buying-b = ئۇلار قانچىلىك ئېيتقۇسى كەلسە، شۇنچىلىكىنىلا
q-right-to-know-before-buying-b-why = توغرا ئەمەس. قارارىڭىزغا تەسىر كۆرسىتىدىغان ئۇچۇرلارنى ئورگان سىزگە راست ۋە تولۇق ئېيتىشى كېرەك.
q-right-to-know-before-buying-c = پايدا، ھەق، خەتەر ۋە پۇلنى قاچان قايتۇرۇۋالغىلى بولىدىغانلىقىنى
q-right-to-know-before-buying-c-why = توغرا. بۇ سىزنىڭ بىلىش ھوقۇقىڭىز. چۈشەنمىسىڭىز، يەنە سوراۋېرىڭ.

## right-to-know-no-sign-if-unclear
q-right-to-know-no-sign-if-unclear = مەھسۇلاتنىڭ خەتىرىنى چۈشەنمىگەن بولسىڭىز، ھازىرچە ئىمزا قويماي، ئۆيگە بېرىپ ئائىلىڭىزدىكىلەر بىلەن مەسلىھەتلىشىپ ئاندىن قارار قىلسىڭىز بولىدۇ.
q-right-to-know-no-sign-if-unclear-true-why = توغرا. ئەھۋالنى ئېنىق سوراش ھوقۇقىڭىز بار. چۈشەنمەي تۇرۇپ ئىمزا قويسىڭىز، زىيان تارتىدىغىنى ئۆزىڭىز بولۇشىڭىز مۇمكىن.
q-right-to-know-no-sign-if-unclear-false-why = توغرا ئەمەس. چۈشەنمىسىڭىز ئىمزا قويماسلىق سىزنىڭ ھوقۇقىڭىز، خىجىل بولۇشىڭىزنىڭ ھاجىتى يوق.

## free-choice-deposit-turned-policy
q-free-choice-deposit-turned-policy-story = ۋاڭ ھامما بانكىغا مۇددەتلىك ئامانەت قويغىلى باردى. خادىم «ئامانەت بىلەن ئوخشاش» دەپ، ئۇنى توختىماي بىر سۇغۇرتىنى سېتىۋېلىشقا دەۋەت قىلدى.
q-free-choice-deposit-turned-policy = ۋاڭ ھامما پەقەت ئامانەت قويماقچى، ئۇ قانداق قىلسا بولىدۇ؟
q-free-choice-deposit-turned-policy-a = «مەن پەقەت ئامانەت قويىمەن» دەپ ئېنىق ئېيتىپ، سۇغۇرتىغا ئىمزا قويماسلىق
q-free-choice-deposit-turned-policy-a-why = توغرا. سېتىۋېلىش-سېتىۋالماسلىقنى ئۆزىڭىز قارار قىلىسىز. سۇغۇرتا بىلەن ئامانەت ئوخشاش ئەمەس، سېتىۋالغۇڭىز بولمىسا ئىمزا قويماڭ.
q-free-choice-deposit-turned-policy-b = رەت قىلىشقا خىجىل بولۇپ، ئالدى بىلەن ئىمزا قويۇپ قويۇش
q-free-choice-deposit-turned-policy-b-why = توغرا ئەمەس. ئىمزا قويسىڭىز، سۇغۇرتا تالونى بېجىرىلىپ قېلىشى مۇمكىن. خالىمىسىڭىز، شۇ يەردىلا «كېرەك ئەمەس» دەڭ.
q-free-choice-deposit-turned-policy-c = ئۇ خادىم، ئۇنىڭ گېپىنى ئاڭلىسا خاتا بولمايدۇ
q-free-choice-deposit-turned-policy-c-why = توغرا ئەمەس. خادىم مەھسۇلاتنى تونۇشتۇرسا بولىدۇ، لېكىن سىزنىڭ ئورنىڭىزدا قارار چىقىرالمايدۇ.

## free-choice-loan-tie-in
q-free-choice-loan-tie-in = قەرز ئالغاندا، ئۇلار ئالدى بىلەن ئۆزلىرىنىڭ بىر مەبلەغ سېلىش مەھسۇلاتىنى سېتىۋالمىسىڭىز قەرز بەرمەيمىز دېسە، سىز دېگىنىنى قىلىشقا مەجبۇر.
q-free-choice-loan-tie-in-true-why = توغرا ئەمەس. بۇنداق باغلاپ سېتىش ئۆزى تاللاش ھوقۇقىڭىزغا دەخلى-تەرۇز قىلغانلىق. رەت قىلسىڭىزمۇ، ئەرز قىلسىڭىزمۇ بولىدۇ.
q-free-choice-loan-tie-in-false-why = توغرا. سېتىۋېلىش-سېتىۋالماسلىقنى ئۆزىڭىز قارار قىلىسىز. بۇنداق تەلەپكە يولۇقسىڭىز، ئالدى بىلەن شۇ ئورگانغا ئېيتىڭ؛ بىر تەرەپ قىلمىسا، 12378 گە تېلېفون قىلىڭ.

## fair-dealing-unclear-terms
q-fair-dealing-unclear-terms = توختامغا ئىمزا قويغاندا، چۈشەنمىگەن بىر ماددىنى كۆرسىڭىز، قانداق قىلىشىڭىز كېرەك؟
q-fair-dealing-unclear-terms-a = ئۇلار ئۆلچەملىك توختام دېسە، بىۋاسىتە ئىمزا قويۇش
q-fair-dealing-unclear-terms-a-why = توغرا ئەمەس. ئۆلچەملىك توختامدىمۇ سىزگە پايدىسىز ماددىلار بولۇشى مۇمكىن. ئىمزا قويۇشتىن بۇرۇن چۈشىنىۋېلىڭ.
q-fair-dealing-unclear-terms-b = پەقەت پايدا يېزىلغان بەتنىلا كۆرۈش
q-fair-dealing-unclear-terms-b-why = توغرا ئەمەس. ھەق ئېلىش، بالدۇر چېكىنىشنىڭ ئاقىۋىتى كۆپىنچە باشقا يەرلەردە يېزىلغان بولىدۇ، ئۇلارنىمۇ كۆرۈڭ.
q-fair-dealing-unclear-terms-c = ئاۋارىچىلىقتىن قۇتۇلۇش ئۈچۈن، ئۇلاردىن ئورنىڭىزدا ئىمزا قويۇشنى سوراش
q-fair-dealing-unclear-terms-c-why = توغرا ئەمەس. ئىمزانى ئۆزىڭىز قويۇڭ، يەنە چۈشىنىۋالغاندىن كېيىن قويۇڭ.
q-fair-dealing-unclear-terms-d = ئۇلاردىن ئېنىق چۈشەندۈرۈپ بېرىشنى سوراپ، چۈشىنىۋالغاندىن كېيىن ئىمزا قويۇش
q-fair-dealing-unclear-terms-d-why = توغرا. توختام ئادىل بولۇشى، ئېنىق يېزىلىشى كېرەك. چۈشەنمىگەن يەرلەرنى ئۇلارغا ئېنىق چۈشەندۈرتۈش ھوقۇقىڭىز بار.

## fair-dealing-warning-signs
q-fair-dealing-warning-signs = تۆۋەندىكىلەرنىڭ قايسىلىرى سودىنىڭ ئادىل ئەمەسلىكىنى كۆرسىتىدىغان خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-fair-dealing-warning-signs-a = ئالغان پۇل دېيىشكەندىن كۆپ، نېمە ھەق ئىكەنلىكىنى ئېنىق دېيەلمەيدۇ
q-fair-dealing-warning-signs-a-why = بۇ خەتەر بەلگىسى. ھەر بىر ھەقنى ئالدىن ئېنىق ئېيتىش، ئېنىق يېزىش كېرەك.
q-fair-dealing-warning-signs-b = سىزگە پايدىسىز ماددىلارنىڭ خېتى ناھايىتى كىچىك، ھېچكىم ئەسكەرتمىگەن
q-fair-dealing-warning-signs-b-why = بۇ خەتەر بەلگىسى. توختامدا ئادەمنى بوزەك قىلىدىغان ماددىلار يوشۇرۇلسا بولمايدۇ. ئىمزا قويۇشتىن بۇرۇن، بىرەرسى سىزگە ئېنىق ئېيتىپ بېرىشى كېرەك.
q-fair-dealing-warning-signs-c = ئىمزا قويۇشتىن بۇرۇن، ئۇلار ھەق ئېلىش ئۆلچىمىنى سىزگە كۆرسىتىدۇ
q-fair-dealing-warning-signs-c-why = بۇ خەتەر بەلگىسى ئەمەس. ھەق ئېلىشنى ئېنىق ئېيتىش، رەسمىي ئورگان قىلىشقا تېگىشلىك ئىش.
q-fair-dealing-warning-signs-d = ئۇلار «توختامنى كۆرۈشنىڭ ھاجىتى يوق، ئىمزا قويسىڭىزلا بولدى» دەيدۇ
q-fair-dealing-warning-signs-d-why = بۇ خەتەر بەلگىسى. توختام ئىككى تەرەپنىڭ كېلىشىمى. ئۇنى ئوقۇپ، چۈشىنىپ ئاندىن ئىمزا قويۇش ھوقۇقىڭىز بار.

## property-safety-personal-account
q-property-safety-personal-account-story = ئۆزىنى بانكىنىڭ خېرىدار دىرېكتورى دەپ تونۇشتۇرغان بىرەيلەن جاۋ بوۋاي بىلەن ئالاقىلاشتى. ئۇ «ئىچكى مەھسۇلات، پايدىسى تېخىمۇ يۇقىرى» بىر مەھسۇلات بارلىقىنى ئېيتىپ، جاۋ بوۋايدىن پۇلنى ئۇنىڭ شەخسىي كارتىسىغا يۆتكەشنى تەلەپ قىلدى.
q-property-safety-personal-account = جاۋ بوۋاي قانداق قىلىشى كېرەك؟
q-property-safety-personal-account-a = ئالدى بىلەن ئازراق پۇل يۆتكەپ سىناپ بېقىش
q-property-safety-personal-account-a-why = توغرا ئەمەس. پۇل شەخسىي ھېساباتقا كىرىپ كەتسە، قايتۇرۇۋېلىش ناھايىتى تەس. ئاز يۆتكىسىڭىزمۇ، كۆپ يۆتكىسىڭىزمۇ خەتەر بار.
q-property-safety-personal-account-b = يۆتكىمەي، بانكىنىڭ رەسمىي مۇلازىمەت تېلېفونىغا تېلېفون قىلىپ ئېنىقلاش
q-property-safety-personal-account-b-why = توغرا. رەسمىي مەھسۇلاتلار پەقەت پېشتاختا، رەسمىي ئەپ قاتارلىق يوللار ئارقىلىقلا بېجىرىلىدۇ. پۇل شەخسكە يۆتكەلمەيدۇ.
q-property-safety-personal-account-c = ئۇنىڭغا بىر تالون يازدۇرۇپ، ئاندىن پۇلنى يۆتكەش
q-property-safety-personal-account-c-why = توغرا ئەمەس. شەخس يازغان تالون رەسمىي ھۆججەت ئەمەس، پۇلمۇ ئورگاننىڭ ھېساباتىغا كىرمىگەن بولىدۇ.

## property-safety-protect-money
q-property-safety-protect-money = تۆۋەندىكى قايسى ئۇسۇللار پۇلىڭىزنى ياخشى قوغدىيالايدۇ؟ بارلىق توغرا ئۇسۇللارنى تاللاڭ.
q-property-safety-protect-money-a = پۇلنى پەقەت پېشتاختىدا، رەسمىي ئەپتىلا تاپشۇرۇش
q-property-safety-protect-money-a-why = توغرا. رەسمىي يول بىلەن ماڭغاندىلا، پۇل ئورگاننىڭ ھېساباتىغا كىرىدۇ.
q-property-safety-protect-money-b = ئۇلار «ئىچكى مەھسۇلات» دېسە، ئۇنىڭ شەخسىي كارتىسىغا يۆتكەش
q-property-safety-protect-money-b-why = توغرا ئەمەس. رەسمىي ئورگان سىزگە پۇلنى شەخسكە يۆتكەتمەيدۇ. بۇنداق پۇلنى قايتۇرۇۋالالماسلىقىڭىز مۇمكىن.
q-property-safety-protect-money-c = ھەر قېتىم پۇل تاپشۇرغاندا ھۆججەت ئېلىپ، ئۆيگە بېرىپ تەكشۈرۈش
q-property-safety-protect-money-c-why = توغرا. ھۆججەت بولسا، مەسىلە چىققاندا تەكشۈرگىلى بولىدىغان ئاساس بولىدۇ.
q-property-safety-protect-money-d = مەخپىي نومۇر ۋە دەلىللەش كودىنى ئۆزىڭىز ساقلاپ، باشقىلارغا ئېيتماسلىق
q-property-safety-protect-money-d-why = توغرا. ئورگان پۇلىڭىزنى ياخشى ساقلىشى كېرەك، سىزمۇ مەخپىي نومۇر ۋە دەلىللەش كودىنى ئوبدان ساقلاڭ.

## seek-compensation-first-step
q-seek-compensation-first-step = سېتىۋالغان پۇل-مۇئامىلە مەھسۇلاتى ياكى مۇلازىمىتىدىن رازى بولمىسىڭىز، بىرىنچى قەدەمدە ئادەتتە كىمگە ئېيتىسىز؟
q-seek-compensation-first-step-a = بىۋاسىتە سوتقا ئەرز سۇنۇش
q-seek-compensation-first-step-a-why = توغرا ئەمەس. سوتقا ئەرز سۇنسا بولىدۇ، لېكىن ئادەتتە ئۇ كېيىنرەك بولىدۇ: ئالدى بىلەن ئورگانغا ئېيتىسىز، ئاندىن 12378 گە تېلېفون قىلىسىز، مۇرەسسە ئىلتىماس قىلسىڭىزمۇ بولىدۇ.
q-seek-compensation-first-step-b = پۇل بېرىپ «ۋاكالىتەن ھوقۇق قوغدايدىغان» ئادەم تېپىش
q-seek-compensation-first-step-b-why = توغرا ئەمەس. ئەرزنى ئۆزىڭىز قىلالايسىز، پۇل كەتمەيدۇ. پۇل ئېلىپ «ۋاكالىتەن ھوقۇق قوغدايدىغان» لار كۆپىنچە ئالدامچى.
q-seek-compensation-first-step-c = سىزگە مەھسۇلات ساتقان شۇ ئورگان
q-seek-compensation-first-step-c-why = توغرا. ئالدى بىلەن شۇ ئورگاننىڭ رەسمىي مۇلازىمەت تېلېفونى، پېشتاختىسى ياكى ئەپى ئارقىلىق ئەرز قىلىڭ؛ ھەل بولمىسا، 12378 گە تېلېفون قىلىڭ.
q-seek-compensation-first-step-d = توردىن خالىغانچە بىر «مۇلازىمەت تېلېفونى» نى ئىزدەپ تېپىش
q-seek-compensation-first-step-d-why = توغرا ئەمەس. توردىن تاپقان نومۇر ساختا بولۇشى مۇمكىن. سۇغۇرتا تالونى، توختام ياكى بانكا كارتىسىغا بېسىلغان نومۇرغا تېلېفون قىلىڭ.

## seek-compensation-need-paid-agent
q-seek-compensation-need-paid-agent = ئەرز قىلماقچى، تۆلەم تەلەپ قىلماقچى بولسىڭىز، چوقۇم پۇل بېرىپ «ۋاكالىتەن ھوقۇق قوغدايدىغان» ئادەم تېپىشىڭىز كېرەك، ئۆزىڭىز ئەرز قىلسىڭىز ھېچكىم پەرۋا قىلمايدۇ.
q-seek-compensation-need-paid-agent-true-why = توغرا ئەمەس. ئورگان ئەرزىڭىزنى ئەستايىدىل بىر تەرەپ قىلىشى شەرت. ئەرزنى ئۆزىڭىز قىلالايسىز، پۇل بېرىپ «ۋاكالەتچى» تېپىشىڭىزنىڭ ھاجىتى يوق.
q-seek-compensation-need-paid-agent-false-why = توغرا. ئەرزنى ئۆزىڭىز قىلالايسىز: ئالدى بىلەن ئورگانغا ئېيتىڭ، ئاندىن 12378 گە تېلېفون قىلىڭ، ھەقسىز مۇرەسسە ئىلتىماس قىلسىڭىزمۇ بولىدۇ.

## financial-education-you-wont-understand
q-financial-education-you-wont-understand-story = ليۇ موما سېتىقچىدىن بۇ مەھسۇلاتنىڭ قانداق خەتىرى بارلىقىنى سورىدى. ئۇ: «دېسەممۇ چۈشەنمەيسىز، ئىمزا قويسىڭىزلا بولدى» دېدى.
q-financial-education-you-wont-understand = ليۇ موما قانداق قىلسا ئەڭ ياخشى؟
q-financial-education-you-wont-understand-a = ئۇنىڭدىن ئېنىق چۈشەندۈرۈشنى سوراش، چۈشەنمىگۈچە سېتىۋالماسلىق
q-financial-education-you-wont-understand-a-why = توغرا. مەھسۇلات ۋە خەتەرنى ئۆگىنىش، چۈشىنىش ھوقۇقىڭىز بار. چۈشىنىپ يەتمىگەن بولسىڭىز، ھازىرچە سېتىۋالماڭ.
q-financial-education-you-wont-understand-b = يەنە سوراشقا خىجىل بولۇپ، ئىمزا قويۇپ قويۇش
q-financial-education-you-wont-understand-b-why = توغرا ئەمەس. كۆپ سوراش نومۇس ئەمەس. چۈشەنمەي تۇرۇپ ئىمزا قويسىڭىز، زىيان تارتىدىغىنى ئۆزىڭىز بولۇشىڭىز مۇمكىن.
q-financial-education-you-wont-understand-c = ئۆيگە بېرىپ ئۆزى ئويلىنىش، ھېچكىمگە ئېيتماسلىق
q-financial-education-you-wont-understand-c-why = توغرا ئەمەس. ئائىلىڭىزدىكىلەردىن بىللە كۆرۈپ بېرىشنى سورىسىڭىز بولىدۇ، ئورگاننىڭ رەسمىي مۇلازىمەت تېلېفونىغا تېلېفون قىلىپ سورىسىڭىزمۇ بولىدۇ.

## financial-education-ways-to-learn
q-financial-education-ways-to-learn = پۇل-مۇئامىلە مەھسۇلاتلىرىنى چۈشىنىش ئۈچۈن، تۆۋەندىكى قايسى ئۇسۇللار توغرا؟ بارلىق توغرا ئۇسۇللارنى تاللاڭ.
q-financial-education-ways-to-learn-a = ئورگان خادىملىرىدىن ئېنىق چۈشەندۈرۈپ بېرىشنى سوراش
q-financial-education-ways-to-learn-a-why = توغرا. ئورگاننىڭ سىزگە مەھسۇلات ۋە خەتەرنى چۈشىنىشكە ياردەم بېرىش مەسئۇلىيىتى بار.
q-financial-education-ways-to-learn-b = تارماق ياكى مەھەللىدىكى پۇل-مۇئامىلە بىلىملىرى لېكسىيىسىنى ئاڭلاش
q-financial-education-ways-to-learn-b-why = توغرا. ئۆگىنىۋالسىڭىز، ئاسانلىقچە ئالدانمايسىز.
q-financial-education-ways-to-learn-c = پەقەت ناتونۇش ئادەم ئېيتقان «ئىچكى خەۋەر» گىلا قۇلاق سېلىش
q-financial-education-ways-to-learn-c-why = توغرا ئەمەس. ناتونۇش ئادەمنىڭ «ئىچكى خەۋىرى» نى ئېنىقلىغىلى بولمايدۇ، ئۇ كۆپىنچە ئالدامچىلىقنىڭ باشلىنىشى.
q-financial-education-ways-to-learn-d = ئائىلىدىكىلەردىن بىللە كۆرۈپ بېرىشنى سوراش
q-financial-education-ways-to-learn-d-why = توغرا. بىر ئادەم كۆپ كۆرسە، ئىشەنچ بىر ھەسسە ئاشىدۇ.

## respect-and-dignity-impatient-staff
q-respect-and-dignity-impatient-staff-story = لى بوۋاي تارماققا ئىش بېجىرگىلى بېرىپ، بىر نەچچە ئېغىز كۆپرەك سورىدى. خادىم ئۇنىڭ يېشى چوڭلۇقىنى ياقتۇرماي، ناھايىتى سەۋرسىزلىك قىلدى، ھەتتا ئىشىنى بېجىرمىدى.
q-respect-and-dignity-impatient-staff = لى بوۋاي قانداق قىلسا بولىدۇ؟
q-respect-and-dignity-impatient-staff-a = چىداپ، كېيىن قايتا كەلمەسلىك
q-respect-and-dignity-impatient-staff-a-why = توغرا ئەمەس. چىداپ يۈرۈشىڭىزنىڭ ھاجىتى يوق. يېشىڭىزنىڭ چوڭلۇقى سىزگە سوغۇق مۇئامىلە قىلىشنىڭ سەۋەبى بولالمايدۇ.
q-respect-and-dignity-impatient-staff-b = كېيىن ئۆيگە كېلىپ مال سېتىدىغانلار ئارقىلىق بېجىرىش
q-respect-and-dignity-impatient-staff-b-why = توغرا ئەمەس. ئۆيگە كېلىپ مال سېتىدىغانلارنىڭ سالاھىيىتىنى ئېنىقلاش تەس، خەتىرى بار. يەنىلا رەسمىي يول بىلەن مېڭىڭ.
q-respect-and-dignity-impatient-staff-c = ئۇلاردىن سەۋرچانلىق بىلەن چۈشەندۈرۈشنى ياكى باشقا خادىم ئالماشتۇرۇشنى سوراش، بولمىسا ئەرز قىلىش
q-respect-and-dignity-impatient-staff-c-why = توغرا. سەۋرچان، ئەدەپلىك مۇلازىمەتكە ئېرىشىش ھوقۇقىڭىز بار. ۋاقىت، تارماق ۋە خىزمەت نومۇرىنى يېزىۋېلىپ، ئورگانغا ئەرز قىلىڭ؛ رازى بولمىسىڭىز، 12378 گە تېلېفون قىلىڭ.

## respect-and-dignity-ethnic-language
q-respect-and-dignity-ethnic-language = سىز ئۆز ئانا تىلىڭىزدا سۆزلىسىڭىز، خەنزۇ تىلىنى ئانچە ياخشى بىلمىسىڭىزمۇ، خادىملار سىزگە سەۋرچانلىق ۋە ئەدەپ بىلەن مۇلازىمەت قىلىشى كېرەك.
q-respect-and-dignity-ethnic-language-true-why = توغرا. شەخسىي ئىززەت-ھۆرمىتىڭىز ۋە مىللىي ئۆرپ-ئادىتىڭىز ھۆرمەتلىنىشى كېرەك. مىللىتىڭىز، يېشىڭىز سەۋەبىدىن سىزنى كەمسىتىشكە بولمايدۇ.
q-respect-and-dignity-ethnic-language-false-why = توغرا ئەمەس. ئانا تىلىڭىزدا سۆزلىشىڭىز، خەنزۇ تىلىنى ياخشى بىلمەسلىكىڭىز سىزگە سوغۇق مۇئامىلە قىلىشنىڭ سەۋەبى بولالمايدۇ.

## information-security-caller-knows-policy
q-information-security-caller-knows-policy-story = جاڭ ھاممىغا ناتونۇش بىر تېلېفون كەلدى، ئۇ ئادەم ئۇنىڭ ئىسمى ۋە سۇغۇرتا تالونى نومۇرىنى ئېيتتى. ئۇ ئۇنى «سۇغۇرتىدىن چېكىندۈرۈپ» بېرەلەيدىغانلىقىنى ئېيتىپ، تېلېفونىغا كەلگەن دەلىللەش كودىنى ئېيتىپ بېرىشنى سورىدى.
q-information-security-caller-knows-policy = جاڭ ھامما قانداق قىلىشى كېرەك؟
q-information-security-caller-knows-policy-a = ئۇ سۇغۇرتا تالونى نومۇرىنى بىلىدىكەن، راست بولسا كېرەك، دەلىللەش كودىنى ئېيتىپ بېرىش
q-information-security-caller-knows-policy-a-why = توغرا ئەمەس. ئۇنىڭ ئۇچۇرلىرىڭىزنى بىلىشى ئۇنىڭ راستتىنلا خادىم ئىكەنلىكىنى بىلدۈرمەيدۇ. دەلىللەش كودىنى كىم سورىسا سورىسۇن، بەرمەڭ.
q-information-security-caller-knows-policy-b = تېلېفوننى قويۇپ، سۇغۇرتا تالونىدىكى رەسمىي مۇلازىمەت تېلېفونىغا تېلېفون قىلىپ ئېنىقلاش
q-information-security-caller-knows-policy-b-why = توغرا. ئالدى بىلەن تېلېفوننى قويۇڭ، ئاندىن رەسمىي تېلېفونغا ئۆزىڭىز تېلېفون قىلىپ سوراڭ. ئۇچۇرىڭىز سىرتقا چىقىپ كەتتى دەپ گۇمان قىلسىڭىز، ئورگانغا ئەرز قىلسىڭىز بولىدۇ.
q-information-security-caller-knows-policy-c = دەلىللەش كودىنى ئېيتماي، پەقەت كىملىك نومۇرىنىلا ئېيتىش
q-information-security-caller-knows-policy-c-why = توغرا ئەمەس. كىملىك نومۇرىمۇ سىزنىڭ شەخسىي سىرىڭىز، ناتونۇش ئادەمگە ئېيتىشقا بولمايدۇ.

## information-security-many-sales-calls
q-information-security-many-sales-calls = ئىش بېجىرگەندىن كېيىن، ناتونۇش ئادەملەردىن دائىم مال سېتىش تېلېفونى كېلىدۇ، ئۇچۇرىڭىز سىرتقا چىقىپ كەتتىمىكىن دەپ گۇمان قىلىسىز. قانداق قىلسىڭىز بولىدۇ؟
q-information-security-many-sales-calls-a = ئىش بېجىرگەن ئورگانغا ئەرز قىلىپ، ئۇنىڭدىن چۈشەندۈرۈش بېرىشنى تەلەپ قىلىش
q-information-security-many-sales-calls-a-why = توغرا. ئورگاننىڭ شەخسىي ئۇچۇرلىرىڭىزنى ياخشى قوغداش مەسئۇلىيىتى بار، ھەمكارلاشقان شىركەتلەرگە بەرگەندىمۇ شۇنداق.
q-information-security-many-sales-calls-b = تېلېفون قىلغان ئادەمگە كىملىك نومۇرىڭىزنى ئېيتىپ، ئۇنىڭغا تەكشۈرتۈش
q-information-security-many-sales-calls-b-why = توغرا ئەمەس. بۇنداق قىلسىڭىز، تېخىمۇ كۆپ ئۇچۇر سىرتقا چىقىدۇ. ناتونۇش تېلېفونغا ھېچقانداق شەخسىي ئۇچۇر ئېيتماڭ.
q-information-security-many-sales-calls-c = ئامال يوق، چىداشتىن باشقا چارە يوق
q-information-security-many-sales-calls-c-why = توغرا ئەمەس. ئۇچۇر بىخەتەرلىكى سىزنىڭ ھوقۇقىڭىز. ئالدى بىلەن ئورگانغا ئەرز قىلسىڭىز بولىدۇ؛ رازى بولمىسىڭىز، 12378 گە تېلېفون قىلىڭ.

## personal-information-id-photo
q-personal-information-id-photo = بىرەيلەن ئۈندىداردا سىزدىن كىملىكىڭىزنىڭ ئالدى-كەينىنىڭ سۈرىتىنى يوللاشنى سوراپ، «ياردەم پۇلى ئېلىشقا كېرەك» دەيدۇ. قانداق قىلىشىڭىز كېرەك؟
q-personal-information-id-photo-a = يوللاپ بېرىش، ياردەم پۇلى ئېلىش مۇھىم
q-personal-information-id-photo-a-why = توغرا ئەمەس. كىملىك سۈرىتىنى بېرىپ قويسىڭىز، سىزنىڭ نامىڭىزدا كارتا ئېچىش، قەرز ئېلىشقا ئىشلىتىلىشى مۇمكىن.
q-personal-information-id-photo-b = يوللىماي، ئالدى بىلەن رەسمىي يول ئارقىلىق ئېنىقلاش
q-personal-information-id-photo-b-why = توغرا. راستتىنلا ئىش بېجىرىش كېرەك بولسا، رەسمىي كۆزنەككە بېرىپ ياكى رەسمىي تېلېفونغا تېلېفون قىلىپ ئېنىق سوراڭ. كىملىك سۈرىتىنى تونۇمايدىغان ئادەمگە يوللىماڭ.
q-personal-information-id-photo-c = پەقەت ئالدى يۈزىنىلا يوللاپ، ئارقا يۈزىنى يوللىماسلىق
q-personal-information-id-photo-c-why = توغرا ئەمەس. بىر يۈزىنىلا يوللىسىڭىزمۇ خەتەر بار، ئوخشاشلا باشقىلار نامىڭىزنى ئىشلىتىۋېلىشى مۇمكىن.

## personal-information-stranger-requests
q-personal-information-stranger-requests = ناتونۇش ئادەم سىز بىلەن ئالاقىلاشقاندا، تۆۋەندىكى قايسى تەلەپلەر خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-personal-information-stranger-requests-a = كارتىنىڭ ئارقىسىغا بېسىلغان رەسمىي تېلېفونغا تېلېفون قىلىپ ئېنىقلاشنى ئەسكەرتىدۇ
q-personal-information-stranger-requests-a-why = بۇ خەتەر بەلگىسى ئەمەس. رەسمىي تېلېفونغا ئۆزىڭىز تېلېفون قىلىپ ئېنىقلاش بىخەتەر ئۇسۇل.
q-personal-information-stranger-requests-b = كىملىكىڭىزنى سۈرەتكە تارتىپ ئۇنىڭغا يوللاشنى ئېيتىدۇ
q-personal-information-stranger-requests-b-why = بۇ خەتەر بەلگىسى. كىملىك سۈرىتى سىزنىڭ نامىڭىزدا ئىش بېجىرىشكە ئىشلىتىلىشى مۇمكىن.
q-personal-information-stranger-requests-c = تېلېفونىڭىزغا كەلگەن دەلىللەش كودىنى ئوقۇپ بېرىشنى ئېيتىدۇ
q-personal-information-stranger-requests-c-why = بۇ خەتەر بەلگىسى. دەلىللەش كودى خۇددى ئاچقۇچقا ئوخشايدۇ، كىم سورىسا سورىسۇن، بەرمەڭ.
q-personal-information-stranger-requests-d = بىر ئۇلانما يوللاپ، سىزدىن «ماتېرىيال تولدۇرۇش» نى تەلەپ قىلىدۇ
q-personal-information-stranger-requests-d-why = بۇ خەتەر بەلگىسى. ناتونۇش ئۇلانما ساختا تور بېكەت بولۇشى مۇمكىن، تولدۇرغان ئۇچۇرلىرىڭىز ئوغرىلىنىدۇ.

## personal-information-share-id-online
q-personal-information-share-id-online = كىملىك سۈرىتىنى گۇرۇپپىغا ياكى دوستلار چەمبىرىكىگە يوللىسىڭىز ھېچقىسى يوق، باشقىلار ئالسىمۇ ئىشقا يارىمايدۇ.
q-personal-information-share-id-online-true-why = توغرا ئەمەس. كىملىك سۈرىتى باشقىلار تەرىپىدىن سىزنىڭ نامىڭىزدا كارتا ئېچىش، قەرز ئېلىشقا ئىشلىتىلىشى مۇمكىن. خالىغانچە يوللىماڭ.
q-personal-information-share-id-online-false-why = توغرا. كىملىك سۈرىتى مۇھىم شەخسىي ئۇچۇر، ئۇنى گۇرۇپپىغا ياكى دوستلار چەمبىرىكىگە يوللىماڭ.

## personal-information-sms-link
q-personal-information-sms-link = سىزگە بىر قىسقا ئۇچۇر كەلدى، ئۇنىڭدا سۇغۇرتا تالونىڭىز «پات ئارىدا ئىناۋەتسىز بولىدۇ»، ئۇلانمىنى بېسىپ كىملىك نومۇرى ۋە بانكا كارتىسى نومۇرىنى تولدۇرسىڭىز ئەسلىگە كېلىدۇ دېيىلگەن. قانداق قىلىشىڭىز كېرەك؟
q-personal-information-sms-link-a = دەرھال بېسىپ كىرىپ، ئۇچۇرلارنى تولدۇرۇش
q-personal-information-sms-link-a-why = توغرا ئەمەس. ناتونۇش ئۇلانما ساختا تور بېكەت بولۇشى مۇمكىن. تولدۇرغان كىملىك نومۇرى ۋە كارتا نومۇرىڭىز ئالدامچىنىڭ قولىغا چۈشىدۇ.
q-personal-information-sms-link-b = قىسقا ئۇچۇر قايتۇرۇپ، ئۇنىڭ راست-يالغانلىقىنى سوراش
q-personal-information-sms-link-b-why = توغرا ئەمەس. قىسقا ئۇچۇر قايتۇرسىڭىز، يەنىلا ئۇچۇر يوللىغان ئادەمدىن سورىغان بولىسىز، راست گەپنى ئاڭلىيالمايسىز.
q-personal-information-sms-link-c = ئۇلانمىنى باسماي، سۇغۇرتا تالونىدىكى رەسمىي تېلېفونغا تېلېفون قىلىپ سوراش
q-personal-information-sms-link-c-why = توغرا. سۇغۇرتا تالونىدا مەسىلە بار-يوقلۇقىنى، تالونغا بېسىلغان رەسمىي مۇلازىمەت تېلېفونىغا تېلېفون قىلسىڭىزلا ئېنىق سورىيالايسىز.

## payments-and-passwords-code-to-caller
q-payments-and-passwords-code-to-caller = ئۇ ئادەم ئۆزىنى بانكىنىڭ مۇلازىمەت خادىمى دېسە، تېلېفونىڭىزغا كەلگەن دەلىللەش كودىنى ئۇنىڭغا ئېيتسىڭىز بولىدۇ.
q-payments-and-passwords-code-to-caller-true-why = توغرا ئەمەس. ھەقىقىي مۇلازىمەت خادىمى سىزدىن دەلىللەش كودىنى سورىمايدۇ. دەلىللەش كودىنى كىم سورىسا سورىسۇن، بەرمەڭ.
q-payments-and-passwords-code-to-caller-false-why = توغرا. دەلىللەش كودى ۋە مەخپىي نومۇرنى پەقەت ئۆزىڭىزلا ئىشلىتىسىز. ئۇ ئادەم ئۆزىنى كىم دېسە دېسۇن، ئېيتماڭ.

## payments-and-passwords-screen-share
q-payments-and-passwords-screen-share-story = بىر «مۇلازىمەت خادىمى» چېن ھاممىغا تېلېفون قىلىپ، ئۇنىڭغا پۇل قايتۇرۇپ بېرىدىغانلىقىنى ئېيتتى. ئۇ چېن ھاممىدىن تېلېفونىنىڭ «ئېكران ئورتاقلىشىش» ىنى ئېچىپ، ئۇنىڭ دېگىنى بويىچە بىر-بىرلەپ مەشغۇلات قىلىشنى تەلەپ قىلدى.
q-payments-and-passwords-screen-share = چېن ھامما قانداق قىلىشى كېرەك؟
q-payments-and-passwords-screen-share-a = تېلېفوننى قويۇپ، ئورتاقلىشىشنى ئاچماي، رەسمىي مۇلازىمەت تېلېفونىغا تېلېفون قىلىپ ئېنىقلاش
q-payments-and-passwords-screen-share-a-why = توغرا. رەسمىي پۇل قايتۇرۇشتا ئېكراننى ئورتاقلىشىشنىڭ ھاجىتى يوق. تېلېفوننى قويغاندىن كېيىن، رەسمىي مۇلازىمەت تېلېفونىغا ئۆزىڭىز تېلېفون قىلىپ ئېنىق سوراڭ.
q-payments-and-passwords-screen-share-b = ئورتاقلىشىشنى ئېچىپ، لېكىن مەخپىي نومۇرنى ئېيتماسلىق
q-payments-and-passwords-screen-share-b-why = توغرا ئەمەس. ئېكراننى ئورتاقلاشقاندىن كېيىن، ئۇ سىزگە كەلگەن دەلىللەش كودى ۋە كىرگۈزگەن نەرسىلىرىڭىزنى كۆرەلەيدۇ.
q-payments-and-passwords-screen-share-c = دېگىنى بويىچە قىلىش، پۇل قايتۇرۇۋېلىش مۇھىم
q-payments-and-passwords-screen-share-c-why = توغرا ئەمەس. دېگىنى بويىچە قىلسىڭىز، پۇلىڭىز يۆتكىۋېلىنىشى مۇمكىن. پۇل يۆتكەپ بولغان بولسىڭىز، دەرھال 110 گە تېلېفون قىلىڭ.

## payments-and-passwords-red-flags
q-payments-and-passwords-red-flags = تۆۋەندىكىلەرنىڭ قايسىلىرى پۇل تۆلىگەندىكى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-payments-and-passwords-red-flags-a = ئۇ ئادەم «پۇل قايتۇرۇش ئۈچۈن ئالدى بىلەن بىر قېتىم مۇلازىمەت ھەققى تاپشۇرۇش كېرەك» دەيدۇ
q-payments-and-passwords-red-flags-a-why = بۇ خەتەر بەلگىسى. رەسمىي پۇل قايتۇرۇشتا، سىزنىڭ ئالدى بىلەن پۇل تاپشۇرۇشىڭىز كېرەك ئەمەس.
q-payments-and-passwords-red-flags-b = پېشتاختىدا بېجىرىپ، رەسمىي ھۆججەت ئالدىڭىز
q-payments-and-passwords-red-flags-b-why = بۇ خەتەر بەلگىسى ئەمەس. رەسمىي يولدا بېجىرىش، ھۆججەتنى ساقلاپ قويۇش بىخەتەر ئۇسۇل.
q-payments-and-passwords-red-flags-c = سىزگە ناتونۇش بىر ئىككى ئۆلچەملىك كودنى سىكاننېرلاپ «قايتۇرۇلغان پۇلنى ئېلىش» نى ئېيتىدۇ
q-payments-and-passwords-red-flags-c-why = بۇ خەتەر بەلگىسى. ناتونۇش ئىككى ئۆلچەملىك كودنى سىكاننېرلىسىڭىز، پۇل ئالغان ئەمەس، پۇل تۆلىگەن بولۇشىڭىز مۇمكىن.
q-payments-and-passwords-red-flags-d = ئۆزىنى ساقچى دېگەن ئادەم سىزدىن پۇلنى «بىخەتەر ھېسابات» قا يۆتكەشنى تەلەپ قىلىدۇ
q-payments-and-passwords-red-flags-d-why = بۇ خەتەر بەلگىسى. ساقچى ۋە نازارەت قىلىش-باشقۇرۇش ئورگانلىرى سىزگە پۇلنى «بىخەتەر ھېسابات» قا يۆتكەتمەيدۇ. دەرھال تېلېفوننى قويۇپ، 110 گە تېلېفون قىلىڭ.

## payments-and-passwords-pin
q-payments-and-passwords-pin = بانكا كارتىسىنىڭ مەخپىي نومۇرىنى قانداق قىلسا تېخىمۇ بىخەتەر؟
q-payments-and-passwords-pin-a = ئۇنتۇپ قالماسلىق ئۈچۈن كارتىنىڭ ئارقىسىغا يېزىپ قويۇش
q-payments-and-passwords-pin-a-why = توغرا ئەمەس. كارتا بىلەن مەخپىي نومۇر بىر يەردە بولسا، كارتا يوقالسىلا پۇلمۇ خەتەرگە قالىدۇ.
q-payments-and-passwords-pin-b = خادىمغا ئېيتىپ، ئۇنىڭدىن كىرگۈزۈپ بېرىشنى سوراش
q-payments-and-passwords-pin-b-why = توغرا ئەمەس. مەخپىي نومۇرنى ئۆزىڭىز كىرگۈزۈڭ، ھېچكىمگە ئېيتماڭ، خادىمغىمۇ ئېيتماڭ.
q-payments-and-passwords-pin-c = ئېسىڭىزدە ئاسان قالسۇن دەپ، ئۆزىڭىزنىڭ تۇغۇلغان كۈنىنى ئىشلىتىش
q-payments-and-passwords-pin-c-why = توغرا ئەمەس. تۇغۇلغان كۈنىڭىزنى باشقىلار ئاسان بىلىدۇ، ئاسان تېپىۋالىدۇ.
q-payments-and-passwords-pin-d = ئۆزىڭىز ئېسىڭىزدە ساقلاپ، كىرگۈزگەندە قولىڭىز بىلەن توسۇۋېلىش
q-payments-and-passwords-pin-d-why = توغرا. مەخپىي نومۇرنى پەقەت ئۆزىڭىزلا بىلىسىز. كىرگۈزگەندە توسۇۋالسىڭىز، باشقىلارنىڭ ئوغرىلىقچە كۆرۈۋېلىشىنىڭ ئالدىنى ئالالايسىز.

## insurance-basics-dormant-policies
q-insurance-basics-dormant-policies = ئۆيىڭىزدە سېتىۋېلىپ ئۇنتۇپ قالغان «ئۇنتۇلۇپ قالغان سۇغۇرتا تالونى» بولۇشى مۇمكىن. قايسى سۇغۇرتا تالونلىرىڭىز بارلىقىنى قەرەللىك تەكشۈرۈپ تۇرۇش ياخشى ئادەت.
q-insurance-basics-dormant-policies-true-why = توغرا. قايسى سۇغۇرتا تالونلىرىڭىز بارلىقىنى ئېنىقلىۋالسىڭىز، كېرەك بولغاندا تېگىشلىك كاپالەتتىن قۇرۇق قالمايسىز. سۇغۇرتا شىركىتىنىڭ رەسمىي مۇلازىمەت تېلېفونىدىن سورىسىڭىز بولىدۇ.
q-insurance-basics-dormant-policies-false-why = توغرا ئەمەس. ئۇنتۇلۇپ قالغان سۇغۇرتا تالونىمۇ سىزنىڭ كاپالىتىڭىز، تەكشۈرۈپ بېقىشقا ئەرزىيدۇ.

## insurance-basics-surrender-meaning
q-insurance-basics-surrender-meaning = سۇغۇرتىدىن چېكىنگەندىن كېيىن، قانداق بولىدۇ؟
q-insurance-basics-surrender-meaning-a = تاپشۇرغان پۇلنىڭ ھەممىسى قايتىدۇ، كاپالەتمۇ داۋاملىشىدۇ
q-insurance-basics-surrender-meaning-a-why = توغرا ئەمەس. سۇغۇرتىدىن چېكىنگەندىن كېيىن، كاپالەت يوق بولىدۇ. بىرەيلەن «سۇغۇرتا ھەققىنى تولۇق قايتۇرۇۋالىمىز» دەپ ۋەدە بەرسە، ئالاھىدە ئېھتىيات قىلىڭ.
q-insurance-basics-surrender-meaning-b = كاپالەت يوق بولىدۇ، قايتىدىغان پۇلمۇ تاپشۇرغاندىن ئاز بولۇشى مۇمكىن
q-insurance-basics-surrender-meaning-b-why = توغرا. سۇغۇرتىدىن چېكىنىشتىن بۇرۇن ئالدى بىلەن سۇغۇرتا تالونىنىڭ ماددىلىرىنى كۆرۈڭ، قانچىلىك قايتىدىغانلىقىنى، قايسى كاپالەتلەردىن مەھرۇم قالىدىغانلىقىڭىزنى ئېنىق سوراپ، ئاندىن قارار قىلىڭ.
q-insurance-basics-surrender-meaning-c = ھېچقانداق تەسىرى يوق
q-insurance-basics-surrender-meaning-c-why = توغرا ئەمەس. سۇغۇرتىدىن چېكىنسىڭىز كاپالەتتىن مەھرۇم قالىسىز، زىيان تارتىشىڭىزمۇ مۇمكىن.

## insurance-basics-complaint-next-step
q-insurance-basics-complaint-next-step = سۇغۇرتا شىركىتىنىڭ بىر تەرەپ قىلىشىدىن رازى ئەمەسسىز، بۇ شىركەتكە ئەرز قىلىپ بولدىڭىز، نەتىجىدىن يەنىلا رازى ئەمەسسىز. كېيىنكى قەدەمدە قانداق قىلسىڭىز بولىدۇ؟
q-insurance-basics-complaint-next-step-a = ئۆيگە كەلگەن «ھوقۇق قوغداش مۇتەخەسسىسى» گە پۇل بېرىش
q-insurance-basics-complaint-next-step-a-why = توغرا ئەمەس. ئەرزنى ئۆزىڭىز قىلالايسىز، پۇل بېرىپ ئادەم تېپىشىڭىزنىڭ ھاجىتى يوق. پۇل ئېلىپ ھوقۇق قوغداشنى بېجىرىپ بېرىمىز دېگەنلەر كۆپىنچە ئالدامچى.
q-insurance-basics-complaint-next-step-b = سۇغۇرتا تالونى ۋە كىملىكىڭىزنى «سۇغۇرتىدىن چېكىنىش ۋاكالەتچىسى» گە بېرىش
q-insurance-basics-complaint-next-step-b-why = توغرا ئەمەس. سۇغۇرتا تالونى ۋە كىملىكىڭىزنى بېرىپ قويسىڭىز، كاپالەتتىن ئايرىلىپ قېلىشىڭىز، ئۇچۇرلىرىڭىز قالايمىقان ئىشلىتىلىشى مۇمكىن.
q-insurance-basics-complaint-next-step-c = 12378 گە تېلېفون قىلىپ ئەرز قىلىش
q-insurance-basics-complaint-next-step-c-why = توغرا. ئورگاننىڭ بىر تەرەپ قىلىشىدىن رازى بولمىسىڭىز، 12378 گە تېلېفون قىلسىڭىز بولىدۇ. يەنە ھەقسىز مۇرەسسە ئىلتىماس قىلالايسىز، ياكى ھەكەملىك ئىلتىماس قىلالايسىز، سوتقا ئەرز سۇنالايسىز.

## agent-surrender-full-refund-call
q-agent-surrender-full-refund-call-story = ئۆزىنى «سۇغۇرتىدىن چېكىنىش مۇتەخەسسىسى» دەپ تونۇشتۇرغان بىرەيلەن لى ھاممىغا تېلېفون قىلدى. ئۇ نەچچە يىل تاپشۇرغان سۇغۇرتا ھەققىنى تولۇق قايتۇرۇۋېلىپ بېرەلەيدىغانلىقىنى، پەقەت ئازراق مۇلازىمەت ھەققى ئالىدىغانلىقىنى ئېيتتى.
q-agent-surrender-full-refund-call = لى ھامما قانداق قىلىشى كېرەك؟
q-agent-surrender-full-refund-call-a = ئالدى بىلەن كىملىك سۈرىتىنى ئۇنىڭغا يوللاپ، ئۇنىڭغا بېجىرتىش
q-agent-surrender-full-refund-call-a-why = توغرا ئەمەس. كىملىك ۋە سۇغۇرتا تالونى ئۇچۇرلىرىنى بىر بېرىپ قويسىڭىز، نامىڭىزدا ئەرز قىلىش، باشقا ئىشلارنى بېجىرىشكە ئىشلىتىلىشى مۇمكىن.
q-agent-surrender-full-refund-call-b = ئالدى بىلەن ئازراق مۇلازىمەت ھەققى تاپشۇرۇپ، سىناپ بېقىش
q-agent-surrender-full-refund-call-b-why = توغرا ئەمەس. «سۇغۇرتا ھەققىنى تولۇق قايتۇرۇۋېلىش» كۆپ ئۇچرايدىغان ئالدامچىلىق گېپى. پۇلنى بەرسىڭىز، قايتۇرۇۋالالماسلىقىڭىز مۇمكىن.
q-agent-surrender-full-refund-call-c = تېلېفوننى قويۇپ، سوئال بولسا سۇغۇرتا شىركىتىنىڭ رەسمىي يولىغا مۇراجىئەت قىلىش
q-agent-surrender-full-refund-call-c-why = توغرا. سۇغۇرتىدىن چېكىنىش، سۇغۇرتا تۆلىمى ئېلىشنى سۇغۇرتا شىركىتىگە ئۆزىڭىز بېرىپ بېجىرەلەيسىز، پۇل بېرىپ «ۋاكالەتچى» تېپىشىڭىزنىڭ ھاجىتى يوق.
q-agent-surrender-full-refund-call-d = ئۇنىڭدىن ۋاكالەت كېلىشىمىنى ئەۋەتىپ بېرىشنى سوراپ، ئىمزا قويۇش
q-agent-surrender-full-refund-call-d-why = توغرا ئەمەس. بۇنداق «ۋاكالەت كېلىشىمى» ساختا بولۇشى مۇمكىن، ئىمزا قويغاندىن كېيىن، ئۇلار سىزنىڭ نامىڭىزدا ئىش بېجىرىشى، يەنە سىزدىن يۇقىرى ھەق تەلەپ قىلىشى مۇمكىن.

## agent-surrender-cash-value
q-agent-surrender-cash-value = ئۇزۇن مۇددەتلىك ئادەم سۇغۇرتىسىغا بىر نەچچە يىل پۇل تاپشۇرۇپ، ۋاقتىدىن بۇرۇن چېكىنسىڭىز، ئادەتتە قانچىلىك پۇل قايتۇرۇۋالالايسىز؟
q-agent-surrender-cash-value-a = تاپشۇرغان سۇغۇرتا ھەققىنىڭ ھەممىسى قايتۇرۇلىدۇ
q-agent-surrender-cash-value-a-why = توغرا ئەمەس. يېرىم يولدا سۇغۇرتىدىن چېكىنسىڭىز، ئادەتتە پۇل تولۇق قايتۇرۇلمايدۇ. «تولۇق قايتۇرۇۋالىمىز» دېگەنلەردىن ئالاھىدە ئېھتىيات قىلىڭ.
q-agent-surrender-cash-value-b = ئادەتتە توختام بويىچە نەق پۇل قىممىتىنى قايتۇرۇۋالىسىز، ئۇ كۆپىنچە تاپشۇرغىنىڭىزدىن ئاز بولىدۇ
q-agent-surrender-cash-value-b-why = توغرا. سۇغۇرتىدىن چېكىنسىڭىز قانچىلىك قايتىدىغانلىقى توختامدا يېزىلغان. چۈشەنمىسىڭىز، سۇغۇرتا شىركىتىنىڭ رەسمىي مۇلازىمەت تېلېفونىدىن سوراڭ.
q-agent-surrender-cash-value-c = ماس ۋاسىتىچىنى تاپسىڭىزلا، تولۇق قايتۇرۇۋالالايسىز
q-agent-surrender-cash-value-c-why = توغرا ئەمەس. ۋاسىتىچى توختامنى ئۆزگەرتەلمەيدۇ. ئۇلار كۆپىنچە پەقەت سىزدىن «مۇلازىمەت ھەققى» ئالماقچى.

## agent-surrender-do-it-yourself
q-agent-surrender-do-it-yourself = سۇغۇرتىدىن چېكىنمەكچى بولسىڭىز، ئۆزىڭىز بىۋاسىتە سۇغۇرتا شىركىتىگە بېرىپ بېجىرەلەيسىز، پۇل بېرىپ ئادەم تېپىشىڭىزنىڭ ھاجىتى يوق.
q-agent-surrender-do-it-yourself-true-why = توغرا. سۇغۇرتىدىن چېكىنىش-چېكىنمەسلىكنى ئۆزىڭىز قارار قىلىسىز. سۇغۇرتا شىركىتىنىڭ پېشتاختىسى، مۇلازىمەت تېلېفونى ياكى رەسمىي ئەپى ئارقىلىق بىۋاسىتە بېجىرەلەيسىز.
q-agent-surrender-do-it-yourself-false-why = توغرا ئەمەس. سۇغۇرتىدىن چېكىنىشكە ۋاسىتىچى كېرەك ئەمەس. پۇل بېرىپ «ۋاكالەتچى» تاپسىڭىز، ئەكسىچە ھەم پۇلدىن، ھەم ئۇچۇردىن ئايرىلىپ قېلىشىڭىز مۇمكىن.

## agent-surrender-red-flags
q-agent-surrender-red-flags = بىرەيلەن سىزنى «ۋاكالىتەن سۇغۇرتىدىن چېكىندۈرۈپ» بېرەلەيمەن دەيدۇ. تۆۋەندىكىلەرنىڭ قايسىلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-agent-surrender-red-flags-a = «سۇغۇرتا ھەققىنى تولۇق قايتۇرۇۋالىمىز» دەپ ۋەدە بېرىپ، تاپشۇرغان سۇغۇرتا ھەققىنىڭ ھەممىسىنى قايتۇرۇۋېلىشقا كاپالەتلىك قىلىدۇ
q-agent-surrender-red-flags-a-why = بۇ خەتەر بەلگىسى. يېرىم يولدا سۇغۇرتىدىن چېكىنسە ئادەتتە پۇل تولۇق قايتۇرۇلمايدۇ، بۇنداق كاپالەت كۆپىنچە ئالدامچىلىق.
q-agent-surrender-red-flags-b = قايتۇرۇلغان پۇلنىڭ چوڭ بىر قىسمىنى «مۇلازىمەت ھەققى» قىلىپ ئالماقچى
q-agent-surrender-red-flags-b-why = بۇ خەتەر بەلگىسى. سۇغۇرتىدىن ئۆزىڭىز چېكىنسىڭىز بۇ پۇلنى تۆلىمەيسىز، ئۇلار سىزنىڭ پۇلىڭىزنى تېپىۋاتىدۇ.
q-agent-surrender-red-flags-c = ئالدى بىلەن سۇغۇرتا شىركىتىنىڭ رەسمىي مۇلازىمەت تېلېفونىغا تېلېفون قىلىپ ئېنىق سوراشنى تەۋسىيە قىلىدۇ
q-agent-surrender-red-flags-c-why = بۇ خەتەر بەلگىسى ئەمەس. ئالدى بىلەن رەسمىي يولدىن سوراش، ئۆزىڭىزنى قوغداشنىڭ ياخشى ئۇسۇلى.
q-agent-surrender-red-flags-d = سىزگە سەۋەب ئويدۇرۇشنى ئۆگىتىپ، نامىڭىزدا ئەرز قىلىدۇ
q-agent-surrender-red-flags-d-why = بۇ خەتەر بەلگىسى. نامىڭىزدا يامان غەرەزلىك ئەرز قىلىنسا، مەسىلە چىققاندا جاۋابكارلىقنى ئۆزىڭىز ئۈستىڭىزگە ئالىسىز.
q-agent-surrender-red-flags-e = كىملىك، سۇغۇرتا تالونى ۋە بانكا كارتىسى ئۇچۇرلىرىنى بېرىشىڭىزنى تەلەپ قىلىدۇ
q-agent-surrender-red-flags-e-why = بۇ خەتەر بەلگىسى. بۇ ئۇچۇرلارنى بېرىپ قويسىڭىز، نامىڭىز ئوغرىلاپ ئىشلىتىلىشى، پۇلىڭىز يۆتكىۋېلىنىشى مۇمكىن.

## agent-surrender-consequences
q-agent-surrender-consequences = «ۋاكالىتەن سۇغۇرتىدىن چېكىنىش» قا ئىشىنىپ سۇغۇرتىدىن چېكىنسىڭىز، قانداق ئاقىۋەت كېلىپ چىقىشى مۇمكىن؟
q-agent-surrender-consequences-a = ھېچقانداق تەسىرى يوق، ئەكسىچە كۆپرەك پۇل ئالالايسىز
q-agent-surrender-consequences-a-why = توغرا ئەمەس. سۇغۇرتىدىن چېكىنگەندىن كېيىن كاپالەت يوق بولىدۇ، پۇلنىڭ چوڭ بىر قىسمىنى ۋاسىتىچى ئېلىۋېلىشى مۇمكىن.
q-agent-surrender-consequences-b = سۇغۇرتا شىركىتى سىزگە ئاپتوماتىك ھالدا يېڭى بىر سۇغۇرتا بېرىدۇ
q-agent-surrender-consequences-b-why = توغرا ئەمەس. يوقالغان كاپالەت ئۆزلۈكىدىن قايتىپ كەلمەيدۇ. كېيىن قايتا سېتىۋالسىڭىز، شەرتلەرمۇ ئۆزگىرىپ كېتىشى مۇمكىن.
q-agent-surrender-consequences-c = ۋاسىتىچى كېيىنكى بارلىق كاپالىتىڭىزگە مەسئۇل بولىدۇ
q-agent-surrender-consequences-c-why = توغرا ئەمەس. ۋاسىتىچى پۇلنى ئالغاندىن كېيىن غايىب بولۇشى مۇمكىن، سىزنىڭ ئورنىڭىزدا خەتەرنى ئۈستىگە ئالمايدۇ.
q-agent-surrender-consequences-d = كاپالەت يوق بولىدۇ، پۇل ۋە شەخسىي ئۇچۇرلىرىڭىزمۇ زىيانغا ئۇچرىشى مۇمكىن
q-agent-surrender-consequences-d-why = توغرا. كېسەل بولغاندا ياكى ئىش چىققاندا كاپالىتىڭىز بولماسلىقى مۇمكىن. شەخسىي ئۇچۇرلىرىڭىزمۇ قالايمىقان ئىشلىتىلىشى مۇمكىن.

## debt-relief-stop-interest-ad
q-debt-relief-stop-interest-ad-story = جاڭ تاغىنىڭ كرېدىت كارتىسىدا قەرزى بار، ھەر ئايدا قايتۇرۇش ناھايىتى تەسكە توختايدۇ. ئۇ توردا مۇنداق ئېلاننى كۆردى: «ئۆسۈمنى توختىتىپ قەرزنى توڭلىتىشنى كەسپىي بېجىرىمىز، ئالدى بىلەن مۇلازىمەت ھەققى تاپشۇرسىڭىز، قەرزنى كېمەيتىشكە كاپالەتلىك قىلىمىز.»
q-debt-relief-stop-interest-ad = جاڭ تاغا قانداق قىلسا تېخىمۇ بىخەتەر؟
q-debt-relief-stop-interest-ad-a = ئۇلارنىڭ ئۈندىدارىنى قوشۇپ، ئالدى بىلەن مۇلازىمەت ھەققى تاپشۇرۇش
q-debt-relief-stop-interest-ad-a-why = توغرا ئەمەس. ئالدى بىلەن پۇل ئېلىپ ئاندىن ئىش قىلىش، بۇنداق ۋاسىتىچىلارنىڭ كۆپ ئىشلىتىدىغان ھىيلىسى. پۇلنى بەرسىڭىز، قايتۇرۇۋالالماسلىقىڭىز مۇمكىن.
q-debt-relief-stop-interest-ad-b = بانكىنىڭ رەسمىي مۇلازىمەت تېلېفونى بىلەن ئۆزى ئالاقىلىشىپ، قىيىنچىلىقىنى ئېيتىپ، قەرز قايتۇرۇشنى كېڭىشىش
q-debt-relief-stop-interest-ad-b-why = توغرا. قەرز قايتۇرۇشتا قىيىنچىلىق بولسا، بانكا بىلەن ئۆزىڭىز بىۋاسىتە كېڭەشسىڭىز بولىدۇ. بۇنىڭغا پۇل بېرىپ ۋاسىتىچى تېپىشىڭىزنىڭ ھاجىتى يوق.
q-debt-relief-stop-interest-ad-c = ئۇلارنىڭ دېگىنى بويىچە، ئالدى بىلەن قەرز قايتۇرۇشنى توختىتىش
q-debt-relief-stop-interest-ad-c-why = توغرا ئەمەس. قەستەن قەرز قايتۇرمىسىڭىز مۇددىتى ئۆتۈپ كېتىدۇ، ئىناۋەت خاتىرىڭىزگە تەسىر يېتىدۇ، قەرزىڭىز تېخىمۇ كۆپىيىپ كېتىشى مۇمكىن.
q-debt-relief-stop-interest-ad-d = بانكا كارتىسى ۋە مەخپىي نومۇرنى ئۇلارغا ساقلاشقا بېرىش
q-debt-relief-stop-interest-ad-d-why = توغرا ئەمەس. بانكا كارتىسى ۋە مەخپىي نومۇرنى پەقەت ئۆزىڭىزلا ساقلاڭ. باشقىلارغا بەرسىڭىز، پۇلىڭىز يۆتكىۋېلىنىشى مۇمكىن.

## debt-relief-first-step
q-debt-relief-first-step = قەرز قايتۇرۇشتا راستتىنلا قىيىنچىلىق بولسا، ئەڭ بىخەتەر بىرىنچى قەدەم نېمە؟
q-debt-relief-first-step-a = قەرز ئالغان بانكا ياكى ئورگاننىڭ رەسمىي يولى بىلەن بىۋاسىتە ئالاقىلىشىش
q-debt-relief-first-step-a-why = توغرا. ئەمەلىي قىيىنچىلىقىڭىزنى ئېيتىپ، ئۇلار بىلەن قەرز قايتۇرۇش ئۇسۇلىنى كېڭىشىڭ. بۇ ھەقسىز.
q-debt-relief-first-step-b = توردىكى ھەق ئالىدىغان «قەرزنى كېمەيتىش» ۋاسىتىچىسىنى تېپىش
q-debt-relief-first-step-b-why = توغرا ئەمەس. بۇنداق ۋاسىتىچىلار كۆپىنچە ئالدى بىلەن ھەق ئالىدۇ، ئىشنى پۈتتۈرەلمەيدۇ، ئۇچۇرلىرىڭىزنى سىرتقا چىقىرىۋېتىشىمۇ مۇمكىن.
q-debt-relief-first-step-c = تېلېفون نومۇرىنى ئالماشتۇرۇپ، بانكىنىڭ تېلېفونىنى ئالماسلىق
q-debt-relief-first-step-c-why = توغرا ئەمەس. قېچىپ ئالاقىلاشمىسىڭىز، مەسىلە يوقالمايدۇ. مۇددىتى قانچە ئۇزۇن ئۆتسە، ئاۋارىچىلىق شۇنچە چوڭ بولۇشى مۇمكىن.

## debt-relief-guaranteed-wipe
q-debt-relief-guaranteed-wipe = پۇل تاپشۇرسىڭىزلا، «قەرزنى كېمەيتىش» ۋاسىتىچىسى قەرزىڭىزنى پۈتۈنلەي ئۆچۈرۈۋېتىشكە كاپالەتلىك قىلالايدۇ.
q-debt-relief-guaranteed-wipe-true-why = توغرا ئەمەس. پۇل ئېلىپلا قەرزىڭىزنى كەچۈرۈم قىلدۇرۇشقا ھېچكىم كاپالەتلىك قىلالمايدۇ. بۇنداق كاپالەت كۆپ ئۇچرايدىغان ئالدامچىلىق گېپى.
q-debt-relief-guaranteed-wipe-false-why = توغرا. قەرزنى قانداق قايتۇرۇشنى قەرز ئالغان بانكا ياكى ئورگان بىلەن ئۆزىڭىز كېڭىشىڭ. ۋاسىتىچىغا پۇل بەرسىڭىز، كۆپىنچە بىكارغا كېتىدۇ.

## debt-relief-red-flags
q-debt-relief-red-flags = بىرەيلەن سىزگە «ئۆسۈمنى توختىتىپ قەرزنى توڭلىتىپ»، «قەرزنى كېمەيتىپ» بېرەلەيمەن دەيدۇ. تۆۋەندىكىلەرنىڭ قايسىلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-debt-relief-red-flags-a = ئالدى بىلەن بىر قېتىم «مۇلازىمەت ھەققى» ياكى «كاپالەت پۇلى» تاپشۇرۇشىڭىزنى تەلەپ قىلىدۇ
q-debt-relief-red-flags-a-why = بۇ خەتەر بەلگىسى. ئالدى بىلەن پۇل ئېلىش، بۇنداق ۋاسىتىچىلارنىڭ ئەڭ كۆپ قىلىدىغان ئىشى.
q-debt-relief-red-flags-b = سىزگە قەستەن قەرز قايتۇرماسلىقنى، بانكىنىڭ تېلېفونىنى ئالماسلىقنى ئۆگىتىدۇ
q-debt-relief-red-flags-b-why = بۇ خەتەر بەلگىسى. بۇنداق قىلسىڭىز مۇددىتى ئۆتكەن قەرز بارغانسېرى كۆپىيىدۇ، ئىناۋەت خاتىرىڭىزگىمۇ تەسىر يېتىدۇ.
q-debt-relief-red-flags-c = بانكا بىلەن ئۆزىڭىز بىۋاسىتە كېڭەشسىڭىز بولىدىغانلىقىنى ئېيتىدۇ
q-debt-relief-red-flags-c-why = بۇ خەتەر بەلگىسى ئەمەس. بانكا بىلەن ئۆزىڭىز كېڭىشىش رەسمىي ھەم ھەقسىز ئۇسۇل.
q-debt-relief-red-flags-d = تېلېفونىڭىزغا كەلگەن دەلىللەش كودى ۋە بانكا كارتىسىنىڭ مەخپىي نومۇرىنى ئېيتىشىڭىزنى تەلەپ قىلىدۇ
q-debt-relief-red-flags-d-why = بۇ خەتەر بەلگىسى. دەلىللەش كودى ۋە مەخپىي نومۇرنى ھەرگىز ھېچكىمگە ئېيتماڭ.
q-debt-relief-red-flags-e = كۆكرەك كېرىپ «چوقۇم ئۇتۇقلۇق بولىدۇ» دەپ كاپالەتلىك قىلىدۇ
q-debt-relief-red-flags-e-why = بۇ خەتەر بەلگىسى. قەرزنى كېمەيتىش-كېمەيتمەسلىكنى بانكا قارار قىلىدۇ، ۋاسىتىچى كاپالەتلىك قىلالمايدۇ.

## debt-relief-full-authority
q-debt-relief-full-authority = «ئۆسۈمنى توختىتىپ قەرزنى توڭلىتىش» ۋاسىتىچىسى سىزدىن بىر ھوقۇق بېرىش خېتىگە ئىمزا قويۇشىڭىزنى، ئۇلارنىڭ سىزنىڭ ئورنىڭىزدا بانكا بىلەن تولۇق ئالاقىلىشىشىغا يول قويۇشىڭىزنى تەلەپ قىلىدۇ. بۇنىڭ قانداق خەتىرى بولۇشى مۇمكىن؟
q-debt-relief-full-authority-a = خەتىرى يوق، ئاۋارىچىلىقتىنمۇ قۇتۇلىسىز
q-debt-relief-full-authority-a-why = توغرا ئەمەس. ھوقۇق بېرىپ قويسىڭىز، ئۆز ئىشىڭىزنى ناتونۇش ئادەمگە تاپشۇرغان بولىسىز.
q-debt-relief-full-authority-b = بانكا شۇ سەۋەبتىن بارلىق قەرزىڭىزنى كەچۈرۈم قىلىدۇ
q-debt-relief-full-authority-b-why = توغرا ئەمەس. ۋاسىتىچىغا ھوقۇق بەرگەنلىك بانكىنىڭ قەرزىڭىزنى كەچۈرۈم قىلىشىنى كەلتۈرۈپ چىقارمايدۇ.
q-debt-relief-full-authority-c = شەخسىي ئۇچۇرلىرىڭىز ۋە پۇلىڭىز ئۇلارنىڭ كونتروللۇقىغا چۈشۈپ قېلىشى مۇمكىن
q-debt-relief-full-authority-c-why = توغرا. ئۇلار ئۇچۇرلىرىڭىزنى قالايمىقان ئىشلىتىشى مۇمكىن، ئىش چىقسا قايتۇرۇۋېلىش تەس. قىيىنچىلىق بولسا، بانكا بىلەن ئۆزىڭىز بىۋاسىتە ئالاقىلىشىڭ.

## paid-rights-defence-team-at-door
q-paid-rights-defence-team-at-door-story = ليۇ ھامما بىلەن سۇغۇرتا شىركىتى ئوتتۇرىسىدا سۇغۇرتا تۆلىمى توغرىسىدا ئازراق ئىختىلاپ بار. بىر «ھوقۇق قوغداش ئەترىتى» ئۇنى ئىزدەپ كېلىپ، پۇل تۆلىسە ئۇنىڭ ئورنىدا ئەرز قىلىپ بېرىدىغانلىقىنى، تېخىمۇ كۆپ تۆلەم ئېلىشقا كاپالەتلىك قىلىدىغانلىقىنى ئېيتتى.
q-paid-rights-defence-team-at-door = ليۇ ھامما قانداق قىلسا ئەڭ ياخشى؟
q-paid-rights-defence-team-at-door-a = پۇل تۆلەپ، ئۇلارغا بېجىرتىش
q-paid-rights-defence-team-at-door-a-why = توغرا ئەمەس. ئەرز قىلىشقا پۇل كەتمەيدۇ. پۇل بەرسىڭىز، ئۇلار پۇلنى ئېلىپلا غايىب بولۇشى مۇمكىن.
q-paid-rights-defence-team-at-door-b = ئالدى بىلەن ئۆزى سۇغۇرتا شىركىتىنىڭ رەسمىي يولى ئارقىلىق ئەرز قىلىش
q-paid-rights-defence-team-at-door-b-why = توغرا. ئالدى بىلەن سۇغۇرتا شىركىتىنىڭ مۇلازىمەت تېلېفونى ياكى پېشتاختىسىغا ئىنكاس قىلىڭ. رازى بولمىسىڭىز، 12378 گە تېلېفون قىلىپ ئەرز قىلالايسىز، ياكى مۇرەسسە ئىلتىماس قىلالايسىز.
q-paid-rights-defence-team-at-door-c = ئۇلار ئۆگەتكەن گەپ بويىچە، بىر ئەرز سەۋەبى ئويدۇرۇش
q-paid-rights-defence-team-at-door-c-why = توغرا ئەمەس. سەۋەب ئويدۇرۇپ ئەرز قىلسىڭىز، ئۆزىڭىزگە ئاۋارىچىلىق تېپىۋېلىشىڭىز مۇمكىن. بولغىنىنى بولغىنىدەك ئېيتسىڭىز بولدى.

## paid-rights-defence-is-it-free
q-paid-rights-defence-is-it-free = پۇل-مۇئامىلە ئورگىنىغا ئەرز قىلىش ياكى پۇل-مۇئامىلە تالاش-تارتىشى مۇرەسسەسى ئىلتىماس قىلىشقا پۇل كېتەمدۇ؟
q-paid-rights-defence-is-it-free-a = نۇرغۇن پۇل كېتىدۇ، شۇڭا ۋاسىتىچى تېپىش كېرەك
q-paid-rights-defence-is-it-free-a-why = توغرا ئەمەس. ئەرز قىلىش ۋە مۇرەسسەنى ئۆزىڭىز بېجىرەلەيسىز، ۋاسىتىچىغا پۇل بېرىشىڭىزنىڭ ھاجىتى يوق.
q-paid-rights-defence-is-it-free-b = پەقەت تونۇش-بىلىشلەر ئارقىلىقلا ئەرز قىلغىلى بولىدۇ
q-paid-rights-defence-is-it-free-b-why = توغرا ئەمەس. ھەممە ئادەم رەسمىي يول ئارقىلىق ئەرز قىلالايدۇ، تونۇش-بىلىش ئىشلىتىشنىڭ ھاجىتى يوق.
q-paid-rights-defence-is-it-free-c = كەتمەيدۇ، ئۆزىڭىز ئەرز قىلسىڭىزمۇ، مۇرەسسە ئىلتىماس قىلسىڭىزمۇ ھەق ئېلىنمايدۇ
q-paid-rights-defence-is-it-free-c-why = توغرا. ئورگان ئەرزىڭىزنى چوقۇم بىر تەرەپ قىلىشى كېرەك. پۇل-مۇئامىلە تالاش-تارتىشى مۇرەسسەسىمۇ ھەقسىز ۋە تېز.

## paid-rights-defence-12378
q-paid-rights-defence-12378 = بانكا ياكى سۇغۇرتا شىركىتىنىڭ بىر تەرەپ قىلىشىدىن رازى بولمىسىڭىز، 12378 گە تېلېفون قىلىپ ئەرز قىلالايسىز.
q-paid-rights-defence-12378-true-why = توغرا. 12378 دۆلەتلىك پۇل-مۇئامىلىنى نازارەت قىلىش-باشقۇرۇش ئورگىنىنىڭ بانكا ۋە سۇغۇرتا ئىستېمالچىلىرىنىڭ ئەرز تېلېفونى. ئۆزىڭىز تېلېفون قىلالايسىز، ۋاسىتىچى تېپىشىڭىزنىڭ ھاجىتى يوق.
q-paid-rights-defence-12378-false-why = توغرا ئەمەس. 12378 دەل بانكا ۋە سۇغۇرتا ئىستېمالچىلىرىنىڭ ئەرز تېلېفونى، ئۆزىڭىز تېلېفون قىلالايسىز.

## paid-rights-defence-red-flags
q-paid-rights-defence-red-flags = بىرەيلەن ئۆزى ئىشىكىڭىزگە كېلىپ، سىزگە «ۋاكالىتەن ھوقۇق قوغداپ» بېرەلەيمەن دەيدۇ. تۆۋەندىكىلەرنىڭ قايسىلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-paid-rights-defence-red-flags-a = ئالدى بىلەن «ھوقۇق قوغداش ھەققى» تاپشۇرۇشنى، ياكى تۆلەمدىن ئۈلۈش ئېلىشنى تەلەپ قىلىدۇ
q-paid-rights-defence-red-flags-a-why = بۇ خەتەر بەلگىسى. رەسمىي ئەرز قىلىش ۋە مۇرەسسەنىڭ ھەممىسى ھەقسىز.
q-paid-rights-defence-red-flags-b = ئالدى بىلەن ئورگاننىڭ رەسمىي مۇلازىمەت تېلېفونىغا مەسىلىنى ئىنكاس قىلىشنى ئەسكەرتىدۇ
q-paid-rights-defence-red-flags-b-why = بۇ خەتەر بەلگىسى ئەمەس. ئالدى بىلەن رەسمىي يولغا مۇراجىئەت قىلىش توغرا بىرىنچى قەدەم.
q-paid-rights-defence-red-flags-c = سىزگە سەۋەب ئويدۇرۇشنى، پاكىتنى ئاشۇرۇپ ئەرز قىلىشنى ئۆگىتىدۇ
q-paid-rights-defence-red-flags-c-why = بۇ خەتەر بەلگىسى. پاكىت ئويدۇرۇپ ئەرز قىلسىڭىز، ئاقىۋىتىنى ئۆزىڭىز ئۈستىڭىزگە ئېلىشىڭىز مۇمكىن.
q-paid-rights-defence-red-flags-d = كىملىك، سۇغۇرتا تالونى ۋە بانكا كارتىسى ئۇچۇرلىرىنى ئۇلارغا بېرىشىڭىزنى تەلەپ قىلىدۇ
q-paid-rights-defence-red-flags-d-why = بۇ خەتەر بەلگىسى. بۇ ئۇچۇرلار نامىڭىزنى ئوغرىلاپ ئىشلىتىشكە ئىشلىتىلىشى مۇمكىن، پۇلىڭىزمۇ بىخەتەر ئەمەس.

## paid-rights-defence-right-order
q-paid-rights-defence-right-order = پۇل-مۇئامىلە تالاش-تارتىشىغا يولۇققاندا، ئادەتتە ھوقۇق قوغداش يولى قانداق بولىدۇ؟
q-paid-rights-defence-right-order-a = ئالدى بىلەن ھوقۇق قوغداش ۋاسىتىچىسىغا پۇل بېرىپ، ئۇلارغا جېدەل چىقارتىش
q-paid-rights-defence-right-order-a-why = توغرا ئەمەس. ھوقۇق قوغداش ئۈچۈن پۇل بېرىپ ۋاسىتىچى تېپىشنىڭ ھاجىتى يوق. جېدەل چىقىرىش مەسىلىنى ھەل قىلالمايدۇ، ئەكسىچە ئاۋارىچىلىق تېپىشى مۇمكىن.
q-paid-rights-defence-right-order-b = ئالدى بىلەن قەرز قايتۇرۇش ياكى سۇغۇرتا ھەققى تاپشۇرۇشنى توختىتىپ، ئۇلارنى يول قويۇشقا مەجبۇرلاش
q-paid-rights-defence-right-order-b-why = توغرا ئەمەس. بۇنداق قىلسىڭىز قەرزىڭىزنىڭ مۇددىتى ئۆتۈپ كېتىشى، كاپالەتتىن ئايرىلىپ قېلىشىڭىز، زىيىنىڭىز تېخىمۇ چوڭ بولۇشى مۇمكىن.
q-paid-rights-defence-right-order-c = پەقەت سوتقىلا بېرىش كېرەك، باشقا ئۇسۇللارنىڭ پايدىسى يوق
q-paid-rights-defence-right-order-c-why = توغرا ئەمەس. سوت بىر يول، لېكىن ئادەتتە بىرىنچى قەدەم ئەمەس. تېخىمۇ تېز، تېخىمۇ ئاسان ئۇسۇللار بار.
q-paid-rights-defence-right-order-d = ئالدى بىلەن ئورگاننىڭ رەسمىي يولىغا مۇراجىئەت قىلىش، ئاندىن 12378 گە تېلېفون قىلىش، مۇرەسسە ئىلتىماس قىلسىمۇ بولىدۇ
q-paid-rights-defence-right-order-d-why = توغرا. ئالدى بىلەن ئورگانغا ئېيتىڭ، رازى بولمىسىڭىز نازارەت قىلىش-باشقۇرۇش ئورگىنىغا ئەرز قىلىڭ، ھەقسىز مۇرەسسە ئىلتىماس قىلسىڭىزمۇ بولىدۇ، ئەڭ ئاخىرىدا ئاندىن ھەكەملىك ياكى سوت.

## credit-repair-pay-to-delete
q-credit-repair-pay-to-delete-story = ۋاڭ تاغا قەرز ئالماقچى ئىدى، ئۆزىنىڭ ئىناۋەت خاتىرىسىدە بىر قېتىم قەرزنى ۋاقتىدا قايتۇرمىغان خاتىرە بارلىقىنى بايقىدى. توردا بىرەيلەن بىر قېتىم «ئوڭشاش ھەققى» تاپشۇرسا، ناچار خاتىرىنى ئۆچۈرۈۋەتكىلى بولىدىغانلىقىنى ئېيتتى.
q-credit-repair-pay-to-delete = ۋاڭ تاغا بۇ ئىشقا قانداق قارىشى كېرەك؟
q-credit-repair-pay-to-delete-a = پۇل تۆلىسىلا ئۆچۈرگىلى بولىدىكەن، بەك ئەرزان
q-credit-repair-pay-to-delete-a-why = توغرا ئەمەس. ھەقىقىي مۇددىتى ئۆتكەن قەرز خاتىرىسىنى ھېچكىم پۇل ئېلىپلا ئۆچۈرەلمەيدۇ.
q-credit-repair-pay-to-delete-b = ئالدى بىلەن يېرىمىنى ژالون قىلىپ تاپشۇرۇپ سىناپ بېقىش
q-credit-repair-pay-to-delete-b-why = توغرا ئەمەس. پۇلنى بەرسىڭىز، قايتۇرۇۋالالماسلىقىڭىز مۇمكىن.
q-credit-repair-pay-to-delete-c = بۇ ئالدامچىلىق، ھەقىقىي خاتىرىنى پۇل بىلەن ئۆچۈرگىلى بولمايدۇ
q-credit-repair-pay-to-delete-c-why = توغرا. قەرزنى ۋاقتىدا قايتۇرۇپ تۇرسىڭىز، ياخشى خاتىرە ئاستا-ئاستا توپلىنىدۇ. خاتىرە خاتا بولسا، رەسمىي يول ئارقىلىق ھەقسىز تۈزەتكىلى بولىدۇ.

## credit-repair-wrong-record
q-credit-repair-wrong-record = ئەگەر ئىناۋەت خاتىرىڭىزدە خاتالىق بارلىقىنى بايقىسىڭىز، مەسىلەن ئۆزىڭىز ھەرگىز ئالمىغان بىر قەرز بولسا، قانداق قىلىش كېرەك؟
q-credit-repair-wrong-record-a = پۇل بېرىپ «ئىناۋەت خاتىرىسىنى ئوڭشاش» شىركىتىگە بېجىرتىش
q-credit-repair-wrong-record-a-why = توغرا ئەمەس. خاتالىقنى تۈزىتىش ئۈچۈن پۇل بېرىپ ۋاسىتىچى تېپىشنىڭ ھاجىتى يوق.
q-credit-repair-wrong-record-b = رەسمىي يول ئارقىلىق قارشى پىكىر بىلدۈرۈپ، ھەقسىز تۈزەتتۈرۈش
q-credit-repair-wrong-record-b-why = توغرا. بۇ خاتىرىنى يوللىغان ئورگانغا، ياكى ئىناۋەت ئورگىنىنىڭ رەسمىي يولىغا قارشى پىكىر بىلدۈرسىڭىز بولىدۇ. بۇ ھەقسىز.
q-credit-repair-wrong-record-c = ئۇنىڭغا پەرۋا قىلماسلىق، بىر نەچچە يىلدىن كېيىن ئۆزلۈكىدىن يوقاپ كېتىدۇ
q-credit-repair-wrong-record-c-why = توغرا ئەمەس. خاتا خاتىرىنى ۋاقتىدا تۈزىتىش كېرەك. ئالمىغان قەرزنىڭ بولۇشى، بىرەرسىنىڭ كىملىكىڭىزنى ئوغرىلاپ ئىشلەتكەنلىكىنى كۆرسىتىشى مۇمكىن.

## credit-repair-legal-delete
q-credit-repair-legal-delete = «ئىناۋەت خاتىرىسىنى ئوڭشاش» شىركىتى ھەقىقىي ناچار خاتىرىنى قانۇنلۇق ئۆچۈرۈۋېتەلەيدۇ، پەقەت ھەق ئالىدۇ، خالاس.
q-credit-repair-legal-delete-true-why = توغرا ئەمەس. ھەقىقىي ناچار خاتىرىنى پۇل بىلەن ئۆچۈرگىلى بولمايدۇ. پەقەت خاتا خاتىرىنىلا رەسمىي يول ئارقىلىق ھەقسىز تۈزەتكىلى بولىدۇ.
q-credit-repair-legal-delete-false-why = توغرا. پۇل ئېلىپ خاتىرە ئۆچۈرىمىز دېگەنلەر كۆپىنچە ئالدامچى. خاتىرىدە راستتىنلا خاتالىق بولسا، رەسمىي يول ئارقىلىق ئۆزىڭىز ھەقسىز تۈزەتتۈرەلەيسىز.

## credit-repair-red-flags
q-credit-repair-red-flags = بىرەيلەن سىزگە «ئىناۋەت خاتىرىسىنى ئوڭشاپ» بېرەلەيمەن دەيدۇ. تۆۋەندىكىلەرنىڭ قايسىلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-credit-repair-red-flags-a = ئۆزىنىڭ «ئىچكىدە تونۇشى بار»، ناچار خاتىرىنى ئۆچۈرەلەيدىغانلىقىنى ئېيتىدۇ
q-credit-repair-red-flags-a-why = بۇ خەتەر بەلگىسى. ھېچكىم تونۇش-بىلىشكە تايىنىپ ھەقىقىي خاتىرىنى ئۆچۈرەلمەيدۇ.
q-credit-repair-red-flags-b = ئۆزىڭىزنىڭ ئىناۋەت دوكلاتىنى رەسمىي يول ئارقىلىق تەكشۈرۈشنى تەۋسىيە قىلىدۇ
q-credit-repair-red-flags-b-why = بۇ خەتەر بەلگىسى ئەمەس. دوكلاتنى ئۆزىڭىز تەكشۈرۈپ، خاتالىق بار-يوقلۇقىنى سېلىشتۇرۇش ياخشى ئادەت.
q-credit-repair-red-flags-c = ئالدى بىلەن بىر قېتىم «ئوڭشاش ھەققى» تاپشۇرۇشىڭىزنى تەلەپ قىلىدۇ
q-credit-repair-red-flags-c-why = بۇ خەتەر بەلگىسى. خاتا خاتىرىنى تۈزىتىش ھەقسىز، پۇل تاپشۇرۇشنىڭ ھاجىتى يوق.
q-credit-repair-red-flags-d = كىملىك، بانكا كارتىسى ۋە تېلېفونىڭىزغا كەلگەن دەلىللەش كودىنى بېرىشىڭىزنى تەلەپ قىلىدۇ
q-credit-repair-red-flags-d-why = بۇ خەتەر بەلگىسى. بۇ ئۇچۇرلار بىلەن نامىڭىزدا قەرز ئېلىنىشى مۇمكىن. دەلىللەش كودىنى ھەرگىز باشقىلارغا ئېيتماڭ.

## credit-repair-good-record
q-credit-repair-good-record = ئىناۋەت خاتىرىڭىزنى بارغانسېرى ياخشىلاشنىڭ ئىشەنچلىك ئۇسۇلى نېمە؟
q-credit-repair-good-record-a = پۇل بېرىپ ئادەم تېپىپ، خاتىرىنى «ئاقلاش»
q-credit-repair-good-record-a-why = توغرا ئەمەس. ئىناۋەت خاتىرىسىنى «ئاقلاش» ئالدامچىلىق، پۇل كېتىدۇ، خاتىرە ئۆزگەرمەيدۇ.
q-credit-repair-good-record-b = باشقىلارنىڭ كىملىكىنى ئارىيەت ئېلىپ قەرز ئېلىش
q-credit-repair-good-record-b-why = توغرا ئەمەس. باشقىلارنىڭ كىملىكىنى ئوغرىلاپ ئىشلىتىش قانۇنغا خىلاپ، ئۇ ئادەمگىمۇ ئاۋارىچىلىق ئېلىپ كېلىدۇ.
q-credit-repair-good-record-c = قەرزنى ۋاقتىدا قايتۇرۇپ، ياخشى خاتىرىنى ئاستا-ئاستا توپلاش
q-credit-repair-good-record-c-why = توغرا. قەرزنى ۋاقتىدا قايتۇرۇش ئەڭ ئىشەنچلىك ئۇسۇل، ياخشى خاتىرە ۋاقىت ئۆتكەنسېرى ئاستا-ئاستا توپلىنىدۇ.

## commission-fraud-borrow-id
q-commission-fraud-borrow-id-story = بىر سۇغۇرتا ۋاكالەتچىسى جاۋ بوۋايغا: «كىملىكىڭىز بىلەن بىر سۇغۇرتا سېتىۋالايلى، سۇغۇرتا ھەققىنى مەن تۆلەيمەن، بىر نەچچە ئايدىن كېيىن چېكىنىمىز، ئاندىن سىزگە بىر قىسىم مەنپەئەت ھەققى بېرىمەن» دېدى. جاۋ بوۋاي پۇل خەجلىمەيلا پۇل ئالالايدىكەنمەن دەپ، سەل كۆڭلى تارتتى.
q-commission-fraud-borrow-id = جاۋ بوۋاي قانداق قىلىشى كېرەك؟
q-commission-fraud-borrow-id-a = ماقۇل بولۇش، ئىشقىلىپ ئۆزى پۇل چىقارمايدۇ
q-commission-fraud-borrow-id-a-why = توغرا ئەمەس. نامىڭىزدا سۇغۇرتا سېتىۋېلىپ كومىسسىيە ھەققى ئالداپ ئېلىنسا، ئىش چىققاندا سىزمۇ تالاش-تارتىشقا ئارىلىشىپ قېلىشىڭىز مۇمكىن.
q-commission-fraud-borrow-id-b = پەقەت كىملىكنىلا ئارىيەت بېرىش، ئىمزا قويمىسا ھېچ ئىش بولمايدۇ
q-commission-fraud-borrow-id-b-why = توغرا ئەمەس. كىملىكنى ئارىيەت بەرسىڭىز، ئورنىڭىزدا ئىمزا قويۇش، باشقا ئىشلارنى بېجىرىشكە ئىشلىتىلىشى مۇمكىن، خەتىرى ناھايىتى چوڭ.
q-commission-fraud-borrow-id-c = ئالدى بىلەن مەنپەئەت ھەققىنى ئېلىۋېلىپ، كېيىن بىر ئىش قىلىش
q-commission-fraud-borrow-id-c-why = توغرا ئەمەس. توختامدىن سىرتقى مەنپەئەت ھەققىنىڭ ئارقىسىدا كۆپىنچە باشقا مەقسەت يوشۇرۇنغان بولىدۇ، ئالسىڭىز ئەكسىچە ئېنىق دەپ بېرەلمەي قالىسىز.
q-commission-fraud-borrow-id-d = رەت قىلىش، كىملىكنى باشقىلارغا سۇغۇرتا سېتىۋېلىش ئۈچۈن ئارىيەت بەرمەسلىك
q-commission-fraud-borrow-id-d-why = توغرا. كىملىك پەقەت ئۆزىڭىزنىڭ ئىشلىرى ئۈچۈنلا ئىشلىتىلىدۇ. سوئال بولسا، سۇغۇرتا شىركىتىنىڭ رەسمىي مۇلازىمەت تېلېفونىغا تېلېفون قىلىپ ئېنىقلىسىڭىز بولىدۇ.

## commission-fraud-own-signature
q-commission-fraud-own-signature = سۇغۇرتا سېتىۋالغاندا، سۇغۇرتا ئىلتىماس جەدۋىلىگە كىم ئىمزا قويۇشى كېرەك؟
q-commission-fraud-own-signature-a = ۋاكالەتچى ئورنىڭىزدا قويسا بولىدۇ، ئاۋارىچىلىقى يوق
q-commission-fraud-own-signature-a-why = توغرا ئەمەس. باشقىلار ئورنىڭىزدا ئىمزا قويسا، نېمە سېتىۋالغانلىقىڭىزنى زادى بىلمەي قېلىشىڭىز مۇمكىن. بۇمۇ ئالدامچىلارنىڭ كۆپ ئىشلىتىدىغان ئۇسۇلى.
q-commission-fraud-own-signature-b = ئۆزىڭىز ئېنىق كۆرۈپ بولغاندىن كېيىن، ئۆز قولىڭىز بىلەن ئىمزا قويۇسىز
q-commission-fraud-own-signature-b-why = توغرا. سېتىۋېلىش-سېتىۋالماسلىقنى ئۆزىڭىز قارار قىلىسىز. ئېنىق كۆرۈپ ئاندىن ئىمزا قويۇڭ، چۈشەنمىسىڭىز سوراڭ.
q-commission-fraud-own-signature-c = ئائىلىدە كىمنىڭ ۋاقتى بولسا شۇ قويىدۇ
q-commission-fraud-own-signature-c-why = توغرا ئەمەس. سۇغۇرتىنى كىم سېتىۋالسا، ئىمزانى شۇ ئۆزى قويۇشى كېرەك. باشقىلار ئورنىدا قويسا، كېيىن مەسىلە چىققاندا ئېنىق دەپ بېرىش تەس.

## commission-fraud-cash-back
q-commission-fraud-cash-back = ۋاكالەتچى يوشۇرۇن ھالدا «سۇغۇرتا سېتىۋالسىڭىز سىزگە نەق پۇل قايتۇرۇپ بېرىمەن» دېسە، بۇنداق مەنپەئەتنى خاتىرجەم ئالسىڭىز بولىدۇ.
q-commission-fraud-cash-back-true-why = توغرا ئەمەس. توختامدىن سىرتقى يوشۇرۇن بېرىلگەن مەنپەئەتنىڭ ئارقىسىدا كۆپىنچە باشقا مەقسەت بولىدۇ. ئالغاندىن كېيىن مەسىلە چىقسا، ئېنىق دەپ بېرىشىڭىز تەس.
q-commission-fraud-cash-back-false-why = توغرا. ھەممە ئىش توختامنى ئاساس قىلىدۇ. يوشۇرۇن پۇل قايتۇرۇش خەتەر بەلگىسى، سۇغۇرتا شىركىتىنىڭ رەسمىي مۇلازىمەت تېلېفونىغا تېلېفون قىلىپ ئېنىقلىسىڭىز بولىدۇ.

## commission-fraud-check-policies
q-commission-fraud-check-policies = سۇغۇرتا شىركىتىنىڭ رەسمىي مۇلازىمەت تېلېفونى ياكى رەسمىي ئەپى ئارقىلىق، نامىڭىزدا قايسى سۇغۇرتا تالونلىرى بارلىقىنى تەكشۈرەلەيسىز.
q-commission-fraud-check-policies-true-why = توغرا. دائىم تەكشۈرۈپ تۇرسىڭىز، ئۆزىڭىز بىلمەيدىغان سۇغۇرتا تالونلىرىنى بايقىيالايسىز، ئۇنتۇپ قالغان كاپالەتلەرنىمۇ تېپىۋالالايسىز.
q-commission-fraud-check-policies-false-why = توغرا ئەمەس. نامىڭىزدىكى سۇغۇرتا تالونلىرىنى تەكشۈرۈش سىزنىڭ ھوقۇقىڭىز. سۇغۇرتا شىركىتىنىڭ رەسمىي يولىغا بىۋاسىتە مۇراجىئەت قىلسىڭىزلا بولىدۇ.

## commission-fraud-red-flags
q-commission-fraud-red-flags = سۇغۇرتا سېتىۋالغاندا، ۋاكالەتچىنىڭ قايسى قىلمىشلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-commission-fraud-red-flags-a = سۇغۇرتا ئىلتىماس جەدۋىلىگە سىزنىڭ ئورنىڭىزدا ئىمزا قويماقچى
q-commission-fraud-red-flags-a-why = بۇ خەتەر بەلگىسى. ئىمزانى چوقۇم ئۆزىڭىز قويۇشىڭىز كېرەك. باشقىلار ئورنىڭىزدا قويسا، ئۆزىڭىز بىلمەيدىغان سۇغۇرتىنى سېتىۋېلىپ قېلىشىڭىز مۇمكىن.
q-commission-fraud-red-flags-b = توختام ماددىلىرىنى ئېنىق كۆرۈپ ئاندىن قارار قىلىشىڭىزنى ئېيتىدۇ
q-commission-fraud-red-flags-b-why = بۇ خەتەر بەلگىسى ئەمەس. ماددىلارنى ئېنىق كۆرۈپ ئاندىن قارار قىلىش سىزنىڭ تېگىشلىك ھوقۇقىڭىز.
q-commission-fraud-red-flags-c = سۇغۇرتا ھەققىنى ئالدى بىلەن مەن تۆلەيمەن، سىز پۇل چىقارمايسىز، دەيدۇ
q-commission-fraud-red-flags-c-why = بۇ خەتەر بەلگىسى. نورمال سۇغۇرتا سېتىشتا سىزنىڭ ئورنىڭىزدا پۇل تۆلەنمەيدۇ، بۇنىڭ ئارقىسىدا كومىسسىيە ھەققىنى ئالداپ ئېلىش بولۇشى مۇمكىن.
q-commission-fraud-red-flags-d = كونا سۇغۇرتا تالونىدىن چېكىنىپ، دەرھال يېڭىسىنى سېتىۋېلىشقا ئالدىرىتىدۇ
q-commission-fraud-red-flags-d-why = بۇ خەتەر بەلگىسى. كونىسىدىن چېكىنىپ يېڭىسىنى سېتىۋالسىڭىز، پۇل ۋە كاپالەتتىن زىيان تارتىشىڭىز مۇمكىن. سېتىۋېلىش-سېتىۋالماسلىقنى ئۆزىڭىز قارار قىلىسىز.

## high-yield-guaranteed-return
q-high-yield-guaranteed-return = بىرەيلەن بىر مەبلەغ سېلىش مەھسۇلاتىنى «دەسمايە ۋە ئۆسۈمگە كاپالەتلىك، چوقۇم پايدا ئالىسىز، زىيان تارتمايسىز، پايدىسىمۇ ئالاھىدە يۇقىرى» دەيدۇ. بۇ نېمىنى چۈشەندۈرىدۇ؟
q-high-yield-guaranteed-return-a = تېپىلغۇسىز ياخشى پۇرسەت، تېز سېتىۋېلىش كېرەك
q-high-yield-guaranteed-return-a-why = توغرا ئەمەس. ھەر قانداق مەبلەغ سېلىشنىڭ خەتىرى بار، پەقەت پايدا ئېلىپ زىيان تارتمايدىغان ياخشى ئىش يوق. سىزنى قانچە تېز سېتىۋېلىشقا ئالدىرىتسا، شۇنچە توختاپ ئويلىنىڭ.
q-high-yield-guaranteed-return-b = بۇ خەتەر بەلگىسى، ھوشيارلىقنى ئۆستۈرۈش كېرەك
q-high-yield-guaranteed-return-b-why = توغرا. پايدىسى يۇقىرى ھەم زىيان تارتمايدۇ دەپ كاپالەتلىك قىلىش، يۇقىرى ئۆسۈملۈك مەبلەغ سېلىش تۇزاقلىرىدا كۆپ ئىشلىتىلىدىغان گەپ. رەسمىي مەھسۇلات خەتىرىنى ئېنىق ئېيتىدۇ.
q-high-yield-guaranteed-return-c = بۇ شىركەتنىڭ كۈچى ناھايىتى زور ئىكەنلىكىنى چۈشەندۈرىدۇ
q-high-yield-guaranteed-return-c-why = توغرا ئەمەس. ئاغزاكى ۋەدە كۈچىنى ئىسپاتلىيالمايدۇ. ئىجازەتنامە ۋە خەتەرنى رەسمىي يول ئارقىلىق ئېنىقلاش كېرەك.

## high-yield-red-flags
q-high-yield-red-flags = بىرەيلەن سىزگە مەبلەغ سېلىش مەھسۇلاتى تەۋسىيە قىلىۋاتىدۇ. تۆۋەندىكىلەرنىڭ قايسىلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-high-yield-red-flags-a = يۇقىرى پايدا ۋەدە قىلىدۇ، يەنە دەسمايە زىيان تارتمايدۇ دەپ كاپالەتلىك قىلىدۇ
q-high-yield-red-flags-a-why = بۇ خەتەر بەلگىسى. مەبلەغ سېلىشتا پايدىمۇ، زىيانمۇ بولىدۇ، يۇقىرى پايدا، زىيانسىز دەپ كاپالەتلىك قىلىش ئالدامچىلارنىڭ كۆپ ئىشلىتىدىغان گېپى.
q-high-yield-red-flags-b = تۇغقان-دوستلىرىڭىزنى قوشۇشىڭىزنى ئېيتىدۇ، قانچە كۆپ قوشسىڭىز مۇكاپات شۇنچە كۆپ
q-high-yield-red-flags-b-why = بۇ خەتەر بەلگىسى. ئادەم باشلاپ كېلىشكە مۇكاپات بېرىش، كۆپىنچە يېڭىلارنىڭ پۇلى بىلەن كونىلارنىڭ ئۆسۈمىنى تۆلەش بولۇپ، ئەتە-ئۆگۈن ئۆرۈلىدۇ.
q-high-yield-red-flags-c = «ئورۇن چەكلىك، بۈگۈن چوقۇم پۇل يوللىشىڭىز كېرەك» دەپ ئالدىرىتىدۇ
q-high-yield-red-flags-c-why = بۇ خەتەر بەلگىسى. قانچە ئالدىرىتسا، سىزنىڭ ئېنىقلاشقا، مەسلىھەتلىشىشكە ۋاقتىڭىز بولۇشىنى شۇنچە خالىمايدۇ.
q-high-yield-red-flags-d = رەسمىي تارماقتا خەتىرىنى ئېنىق ئېيتىپ، سىزنىڭ ئۆزىڭىز قارار قىلىشىڭىزغا يول قويىدۇ
q-high-yield-red-flags-d-why = بۇ خەتەر بەلگىسى ئەمەس. خەتەرنى ئېنىق ئېيتىش، سىزنىڭ ئۆزىڭىز قارار قىلىشىڭىزغا يول قويۇش رەسمىي ئورگان قىلىشقا تېگىشلىك ئىش.
q-high-yield-red-flags-e = پۇلنى مەلۇم بىر ئادەمنىڭ شەخسىي ھېساباتىغا يۆتكەشنى ئېيتىدۇ
q-high-yield-red-flags-e-why = بۇ خەتەر بەلگىسى. رەسمىي مەبلەغ سېلىش سىزگە پۇلنى شەخسكە يۆتكەتمەيدۇ. پۇل يۆتكىلىپ كەتسە، قايتۇرۇۋېلىش ناھايىتى تەس.

## high-yield-friend-referral-safe
q-high-yield-friend-referral-safe = توغرىمۇ، خاتامۇ: تونۇش ياكى تۇغقانلار تونۇشتۇرغان يۇقىرى ئۆسۈملۈك مەبلەغ سېلىش مەھسۇلاتى بولسىلا، چوقۇم بىخەتەر.
q-high-yield-friend-referral-safe-true-why = توغرا ئەمەس. تونۇشلارمۇ ئالدىنىپ قالغان بولۇپ، ئۆزى بىلمەسلىكى مۇمكىن. مەھسۇلاتنىڭ بىخەتەر-بىخەتەر ئەمەسلىكىنى كىمنىڭ تونۇشتۇرغانلىقىغا ئەمەس، مەھسۇلاتنىڭ ئۆزىگە قاراپ بىلىش كېرەك.
q-high-yield-friend-referral-safe-false-why = توغرا. تونۇشلار تونۇشتۇرغان بولسا بىخەتەر دېگەنلىك ئەمەس. سېتىۋېلىش-سېتىۋالماسلىقنى ئۆزىڭىز قارار قىلىسىز، ئالدى بىلەن رەسمىي يولدا ئېنىقلاڭ.

## high-yield-platform-stops-payout
q-high-yield-platform-stops-payout-story = پېنسىيىگە چىققان جاڭ تاغا بىر «يۇقىرى ئۆسۈملۈك تۈر» گە پۇل سالغان، ئالدىنقى بىر نەچچە ئايدا ئۆسۈمنى ۋاقتىدا ئالغان. يېقىندا ئۇلار سۇپا «يېڭىلىنىۋاتىدۇ»، ۋاقتىنچە پۇل ئالغىلى بولمايدۇ دەپ، ئۇنى يەنە كۆپرەك پۇل سېلىشقا دەۋەت قىلدى.
q-high-yield-platform-stops-payout = جاڭ تاغا قانداق قىلىشى كېرەك؟
q-high-yield-platform-stops-payout-a = يەنە كۆپرەك پۇل سېلىپ، سۇپىنىڭ يېڭىلىنىپ بولۇشىنى كۈتۈش
q-high-yield-platform-stops-payout-a-why = توغرا ئەمەس. پۇلنى ئالغىلى قويماي، يەنە پۇل قوشۇشىڭىزنى تەلەپ قىلىش، تىپىك ئالدامچىلىق ئۇسۇلى. يەنە سالسىڭىز، زىيىنىڭىز تېخىمۇ كۆپىيىدۇ.
q-high-yield-platform-stops-payout-b = گۇرۇپپىدا جىمجىت ئۇقتۇرۇش كۈتۈش، ئاغزىدىن چىقارماسلىق
q-high-yield-platform-stops-payout-b-why = توغرا ئەمەس. قانچە سوزۇلسا، پۇلنى قايتۇرۇۋېلىش شۇنچە تەس. ئالدامچىلار دەل سىزنىڭ توختىماي كۈتۈشىڭىزنى خالايدۇ.
q-high-yield-platform-stops-payout-c = يەنە پۇل سالماي، ھۆججەتلەرنى ساقلاپ، 110 گە تېلېفون قىلىپ ساقچىغا مەلۇم قىلىش
q-high-yield-platform-stops-payout-c-why = توغرا. ئالدى بىلەن پۇل سېلىشنى توختىتىڭ، توختام، پۇل يۆتكەش خاتىرىسى ۋە پاراڭ خاتىرىلىرىنى ساقلاپ، تېزدىن ساقچىغا مەلۇم قىلىڭ.

## high-yield-check-before-buying
q-high-yield-check-before-buying = مەبلەغ سېلىش مەھسۇلاتى سېتىۋېلىشتىن بۇرۇن، قايسى ئۇسۇل بىر قەدەر بىخەتەر؟
q-high-yield-check-before-buying-a = پەقەت تەشۋىقات ۋارىقىدىكى پايدا سانىغىلا قاراش
q-high-yield-check-before-buying-a-why = توغرا ئەمەس. تەشۋىقات ۋارىقى پەقەت ياخشى گەپلەرنىلا تاللاپ يازىدۇ. خەتەر، ھەق ۋە خالىغان ۋاقىتتا پۇل ئالغىلى بولىدىغان-بولمايدىغانلىقىمۇ ئوخشاشلا مۇھىم.
q-high-yield-check-before-buying-b = «ئىچكى خەۋەر» گە ئىشىنىپ، قانچە تېز بولسا شۇنچە ياخشى دەپ قاراش
q-high-yield-check-before-buying-b-why = توغرا ئەمەس. «ئىچكى خەۋەر» ۋە «قانچە تېز بولسا شۇنچە ياخشى» دېگەنلەرنىڭ ھەممىسى سىزنى كۆپ ئويلانماسلىققا ئالدىرىتىدۇ.
q-high-yield-check-before-buying-c = رەسمىي ئورگانغا بېرىپ خەتىرىنى ئېنىق سوراپ، ئاندىن ئۆزى قارار قىلىش
q-high-yield-check-before-buying-c-why = توغرا. مەھسۇلاتنىڭ ھەقىقىي ئەھۋالى ۋە خەتىرىنى بىلىش ھوقۇقىڭىز بار. ئېنىق سوراپ، ئوبدان ئويلىنىپ، ئاندىن سېتىۋېلىش-سېتىۋالماسلىقنى قارار قىلىڭ.
q-high-yield-check-before-buying-d = سېتىقچىغا ئورنىڭىزدا ئىمزا قويدۇرۇپ بېجىرتىش
q-high-yield-check-before-buying-d-why = توغرا ئەمەس. توختامنى ئۆزىڭىز ئوقۇپ، ئۆزىڭىز ئىمزا قويۇڭ. باشقىلار ئورنىڭىزدا قويسا، مەسىلە چىققاندا ئېنىق دەپ بېرىش تەس.

## fake-customer-service-screen-share
q-fake-customer-service-screen-share = ئۆزىنى «مۇلازىمەت خادىمى» دېگەن بىرەيلەن تېلېفون قىلىپ، سىزگە پۇل قايتۇرۇپ بېرىش ئۈچۈن تېلېفونىڭىزنىڭ «ئېكران ئورتاقلىشىش» ىنى ئېچىشنى ئېيتىدۇ. قانداق قىلىشىڭىز كېرەك؟
q-fake-customer-service-screen-share-a = ئۇنىڭ دېگىنى بويىچە قىلىش، مۇلازىمەت خادىمى ياردەم قىلغىلى كەلگەن
q-fake-customer-service-screen-share-a-why = توغرا ئەمەس. ئېكراننى ئورتاقلاشقاندىن كېيىن، ئۇ دەلىللەش كودىڭىز ۋە بانكا كارتىسى ئۇچۇرلىرىڭىزنى كۆرەلەيدۇ.
q-fake-customer-service-screen-share-b = پەقەت بىر دەملا ئورتاقلاشسا، ھېچ ئىش بولماس
q-fake-customer-service-screen-share-b-why = توغرا ئەمەس. بىر دەملا ئۇنىڭ دەلىللەش كودىنى كۆرۈپ، پۇلنى يۆتكىۋېلىشىغا يېتىدۇ.
q-fake-customer-service-screen-share-c = كەلگەن دەلىللەش كودىنى ئۇنىڭغا ئوقۇپ بېرىش
q-fake-customer-service-screen-share-c-why = توغرا ئەمەس. دەلىللەش كودى ۋە مەخپىي نومۇرنى ھېچكىمگە ئېيتماڭ، ئۆزىنى مۇلازىمەت خادىمى دېگەن ئادەمگىمۇ.
q-fake-customer-service-screen-share-d = تېلېفوننى قويۇپ، رەسمىي مۇلازىمەت تېلېفونىنى ئۆزى تېپىپ ئېنىقلاش
q-fake-customer-service-screen-share-d-why = توغرا. رەسمىي پۇل قايتۇرۇشتا ئېكراننى ئورتاقلىشىشنىڭ ھاجىتى يوق. تېلېفوننى قويغاندىن كېيىن، رەسمىي يول ئارقىلىق ئۆزىڭىز تەكشۈرۈڭ.

## fake-customer-service-red-flags
q-fake-customer-service-red-flags = ئۆزىنى «مۇلازىمەت خادىمى» دېگەن ئادەمدىن تېلېفون كەلدى. تۆۋەندىكىلەرنىڭ قايسىلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-fake-customer-service-red-flags-a = سۇغۇرتا تالونىڭىز ياكى قەرزىڭىزدا «مەسىلە چىقتى»، دەرھال بىر تەرەپ قىلىش كېرەك، دەيدۇ
q-fake-customer-service-red-flags-a-why = بۇ خەتەر بەلگىسى. ئالدامچىلار كۆپىنچە ئالدى بىلەن جىددىيلىك پەيدا قىلىپ، سىزنى ئويلىنىشقا ئۈلگۈرتمەيدۇ.
q-fake-customer-service-red-flags-b = دەلىللەش كودى ياكى مەخپىي نومۇرنى ئېيتىشىڭىزنى تەلەپ قىلىدۇ
q-fake-customer-service-red-flags-b-why = بۇ خەتەر بەلگىسى. رەسمىي مۇلازىمەت خادىمى سىزدىن دەلىللەش كودى ۋە مەخپىي نومۇرنى سورىمايدۇ.
q-fake-customer-service-red-flags-c = تېلېفوننى قويغاندىن كېيىن، رەسمىي ئەپتە ئۆزىڭىز تەكشۈرۈشنى ئەسكەرتىدۇ
q-fake-customer-service-red-flags-c-why = بۇ خەتەر بەلگىسى ئەمەس. رەسمىي يول ئارقىلىق ئۆزىڭىز ئېنىقلىشىڭىزنى ئېيتىش بىخەتەر ئۇسۇل.
q-fake-customer-service-red-flags-d = پۇل قايتۇرۇش ئۈچۈن ئالدى بىلەن بىر قىسىم پۇل يۆتكەشنى تەلەپ قىلىدۇ
q-fake-customer-service-red-flags-d-why = بۇ خەتەر بەلگىسى. رەسمىي پۇل قايتۇرۇشتا سىزنىڭ ئالدى بىلەن پۇل تۆلىشىڭىز كېرەك ئەمەس.
q-fake-customer-service-red-flags-e = ھېچقانداق مەخپىي نومۇر سورىماي، پەقەت ھېسابات بىخەتەرلىكىگە دىققەت قىلىشنىلا ئەسكەرتىدۇ
q-fake-customer-service-red-flags-e-why = بۇ خەتەر بەلگىسى ئەمەس. پەقەت ئەسكەرتىدىغان، مەخپىي نومۇر سورىمايدىغان، پۇل يۆتكەتمەيدىغان تېلېفون سىزگە زىيان يەتكۈزمەيدۇ.

## fake-customer-service-refund-no-fee
q-fake-customer-service-refund-no-fee = توغرىمۇ، خاتامۇ: رەسمىي پۇل قايتۇرۇشتا، سىزنىڭ ئالدى بىلەن پۇل تۆلىشىڭىز ھاجەتسىز، تېلېفون ئېكرانىنى ئورتاقلىشىشىڭىزمۇ ھاجەتسىز.
q-fake-customer-service-refund-no-fee-true-why = توغرا. پۇل قايتۇرۇش ئۈچۈن ئالدى بىلەن پۇل تاپشۇرۇشنى، ئېكراننى ئورتاقلىشىشنى تەلەپ قىلىدىغانلارنىڭ ھەممىسى ئالدامچىلىق.
q-fake-customer-service-refund-no-fee-false-why = توغرا ئەمەس. رەسمىي پۇل قايتۇرۇشتا ھەرگىز ئالدى بىلەن پۇل تۆلەش، ئېكراننى ئورتاقلىشىش كېرەك بولمايدۇ. بۇنداق تەلەپكە يولۇقسىڭىز، دەرھال تېلېفوننى قويۇڭ.

## fake-customer-service-cancel-loan-call
q-fake-customer-service-cancel-loan-call-story = لى بوۋايغا تېلېفون كەلدى، ئۇ ئادەم ئۆزىنى «مەلۇم سۇپىنىڭ مۇلازىمەت خادىمى» دەپ تونۇشتۇرۇپ، ئۇنىڭ نامىدا بىر قەرز ھېساباتى بارلىقىنى، ئەمەلدىن قالدۇرمىسا «ئىناۋەت خاتىرىسىگە تەسىر يېتىدىغانلىقىنى» ئېيتتى. ئۇ لى بوۋايدىن ئەمەلدىن قالدۇرۇش ئۈچۈن ئالدى بىلەن پۇلنى بەلگىلەنگەن بىر ھېساباتقا يۆتكەپ «پۇل ئوبوروتى قىلىش» نى تەلەپ قىلدى.
q-fake-customer-service-cancel-loan-call = لى بوۋاي قانداق قىلىشى كېرەك؟
q-fake-customer-service-cancel-loan-call-a = ئىناۋەت خاتىرىسىنى ساقلاپ قېلىش ئۈچۈن، دەرھال ئۇنىڭ دېگىنى بويىچە پۇل يۆتكەش
q-fake-customer-service-cancel-loan-call-a-why = توغرا ئەمەس. ھېساباتنى ئەمەلدىن قالدۇرۇش ئۈچۈن پۇل يۆتكەش كېرەك ئەمەس. «ئىناۋەت خاتىرىسىگە تەسىر يېتىدۇ» دېگىنى ئالدامچىلارنىڭ قورقۇتۇش گېپى.
q-fake-customer-service-cancel-loan-call-b = تېلېفوننى قويۇپ، رەسمىي يول ئارقىلىق ئۆزى ئېنىقلاش
q-fake-customer-service-cancel-loan-call-b-why = توغرا. ئىناۋەت خاتىرىسىدە خاتالىق بولسا، رەسمىي يول ئارقىلىق ھەقسىز تۈزەتكىلى بولىدۇ، ھەرگىز پۇل يۆتكەش كېرەك بولمايدۇ.
q-fake-customer-service-cancel-loan-call-c = كىملىك ۋە بانكا كارتىسى نومۇرىنى ئۇنىڭغا يوللاش
q-fake-customer-service-cancel-loan-call-c-why = توغرا ئەمەس. شەخسىي ئۇچۇرلىرىڭىزنى بەرسىڭىز، نامىڭىزدا قەرز ئېلىش ياكى پۇلىڭىزنى يۆتكىۋېلىشقا ئىشلىتىلىشى مۇمكىن.

## fake-customer-service-how-to-verify
q-fake-customer-service-how-to-verify = بىر «مۇلازىمەت خادىمى» نىڭ تېلېفونىنىڭ راست-يالغانلىقىنى قانداق ئېنىقلايمىز؟
q-fake-customer-service-how-to-verify-a = تېلېفوننى قويغاندىن كېيىن، رەسمىي ئەپتىكى ياكى توختامدىكى تېلېفونغا تېلېفون قىلىش
q-fake-customer-service-how-to-verify-a-why = توغرا. نومۇرنى رەسمىي يولدىن ئۆزىڭىز تېپىپ، ئاندىن ئۆزىڭىز تېلېفون قىلىپ سوراڭ.
q-fake-customer-service-how-to-verify-b = ھېلىقى تېلېفون قىلغان نومۇرغا قايتا تېلېفون قىلىش
q-fake-customer-service-how-to-verify-b-why = توغرا ئەمەس. قايتا تېلېفون قىلسىڭىزمۇ يەنىلا ئالدامچىغا ئۇلىنىسىز. كەلگەن تېلېفون نومۇرىمۇ ساختىلاشتۇرۇلغان بولۇشى مۇمكىن.
q-fake-customer-service-how-to-verify-c = ئۇنىڭ قىسقا ئۇچۇرىدىكى ئۇلانمىنى بېسىپ كۆرۈش
q-fake-customer-service-how-to-verify-c-why = توغرا ئەمەس. ناتونۇش ئۇلانما ساختا تور بېكەت بولۇشى مۇمكىن، ھېسابات نومۇرىڭىز ۋە مەخپىي نومۇرىڭىزنى ئالداپ ئالىدۇ.

## impersonated-police-safe-account
q-impersonated-police-safe-account = توغرىمۇ، خاتامۇ: ساقچى، تەپتىش مەھكىمىسى، سوت ياكى پۇل-مۇئامىلىنى نازارەت قىلىش-باشقۇرۇش ئورگانلىرى تەكشۈرۈش ئۈچۈن سىزدىن پۇلنى «بىخەتەر ھېسابات» قا يۆتكەشنى تەلەپ قىلىشى مۇمكىن.
q-impersonated-police-safe-account-true-why = توغرا ئەمەس. ساقچى، تەپتىش، سوت ۋە نازارەت قىلىش-باشقۇرۇش ئورگانلىرى ھەرگىز سىزدىن پۇلنى «بىخەتەر ھېسابات» قا يۆتكەشنى تەلەپ قىلمايدۇ. بۇنداق دېگەنلەرنىڭ ھەممىسى ئالدامچى.
q-impersonated-police-safe-account-false-why = توغرا. «بىخەتەر ھېسابات» دېگەن نەرسە زادىلا يوق. بۇ سۆزنى ئاڭلىسىڭىزلا، دەرھال تېلېفوننى قويۇپ، 110 گە تېلېفون قىلىڭ.

## impersonated-police-answer-96110
q-impersonated-police-answer-96110 = توغرىمۇ، خاتامۇ: ئەگەر 96110 سىزگە تېلېفون قىلسا، ئالغىنىڭىز ياخشى، ئۇ سىزنى ئالدامچىلىقتىن ئېھتىيات قىلىشقا ئەسكەرتىۋاتىدۇ.
q-impersonated-police-answer-96110-true-why = توغرا. 96110 دۆلەتلىك ئالدامچىلىقتىن ئاگاھلاندۇرۇش ۋە توسۇش تېلېفونى. ئۇ تېلېفون قىلسا، ئالدامچىلارنىڭ نىشانىغا ئايلىنىپ قالغان بولۇشىڭىز مۇمكىن.
q-impersonated-police-answer-96110-false-why = توغرا ئەمەس. 96110 تېلېفون قىلسا، سىزنى ئالدامچىلىقتىن ئاگاھلاندۇرۇۋاتىدۇ، چوقۇم ئېلىڭ. جىددىي ئەھۋالغا يولۇقسىڭىز، 110 گە تېلېفون قىلىڭ.

## impersonated-police-red-flags
q-impersonated-police-red-flags = بىرەيلەن تېلېفون قىلىپ ئۆزىنى «ساقچى» دەپ تونۇشتۇرىدۇ. تۆۋەندىكىلەرنىڭ قايسىلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-impersonated-police-red-flags-a = سىزنى بىر دېلوغا چېتىلغان دەپ گۇمان قىلىنىۋاتىدۇ، «تەكشۈرۈشكە ماسلىشىشىڭىز» كېرەك، دەيدۇ
q-impersonated-police-red-flags-a-why = بۇ خەتەر بەلگىسى. ئالدامچىلار كۆپىنچە «دېلوغا چېتىلدىڭىز» دەپ قورقۇتۇپ، سىزنى ساراسىمىگە سالىدۇ.
q-impersonated-police-red-flags-b = سىزدىن «سىر ساقلاش» نى، ئائىلىڭىزدىكىلەرگە ئېيتماسلىقنى تەلەپ قىلىدۇ
q-impersonated-police-red-flags-b-why = بۇ خەتەر بەلگىسى. ئائىلىڭىزدىكىلەرگە ئېيتقۇزماسلىق، ئۇلارنىڭ ئالدامچىلىقنى بىلىپ قېلىشىدىن قورققانلىقى.
q-impersonated-police-red-flags-c = يېقىن ئەتراپتىكى ساقچىخانىغا بېرىپ يۈزتۇرانە ئېنىق سوراشنى تەۋسىيە قىلىدۇ
q-impersonated-police-red-flags-c-why = بۇ خەتەر بەلگىسى ئەمەس. ساقچىخانىغا بېرىپ يۈزتۇرانە سوراش، ياكى 110 گە تېلېفون قىلىپ ئېنىقلاش بىخەتەر ئۇسۇل.
q-impersonated-police-red-flags-d = ئامانەت پۇلىڭىزنى «بىخەتەر ھېسابات» قا يۆتكەشنى ئېيتىدۇ
q-impersonated-police-red-flags-d-why = بۇ خەتەر بەلگىسى. ساقچى، تەپتىش، سوت ئورگانلىرى سىزگە پۇل يۆتكەتمەيدۇ. «بىخەتەر ھېسابات» نىڭ ھەممىسى ئالدامچىلارنىڭ ھېساباتى.

## impersonated-police-hotel-review
q-impersonated-police-hotel-review-story = ۋاڭ ھاممىغا تېلېفون كەلدى، ئۇ ئادەم ئۆزىنى «جامائەت خەۋپسىزلىك ئىدارىسى» دىن دەپ، ئۇنىڭ بانكا كارتىسىنىڭ بىر دېلوغا چېتىلىپ قالغانلىقىدىن گۇمان قىلىنىدىغانلىقىنى ئېيتتى. ئۇ ۋاڭ ھاممىدىن يالغۇز مېھمانخانىغا بېرىپ ياتاق ئېلىشنى، بالىلىرىغا ئېيتماسلىقنى، «يىراقتىن تەكشۈرۈش» نى كۈتۈشنى تەلەپ قىلدى.
q-impersonated-police-hotel-review = ۋاڭ ھامما قانداق قىلسا ئەڭ ياخشى؟
q-impersonated-police-hotel-review-a = تەلەپ بويىچە مېھمانخانىغا بېرىپ، تەكشۈرۈشكە ماسلىشىش
q-impersonated-police-hotel-review-a-why = توغرا ئەمەس. سىزنى ئائىلىڭىزدىكىلەردىن ئايرىۋېتىش ئالدامچىلارنىڭ كۆپ ئىشلىتىدىغان ئۇسۇلى. ھەقىقىي ساقچى دېلونى بۇنداق بىر تەرەپ قىلمايدۇ.
q-impersonated-police-hotel-review-b = تېلېفوننى قويۇپ، ئائىلىسىدىكىلەرگە ئېيتىپ، 110 گە تېلېفون قىلىش
q-impersonated-police-hotel-review-b-why = توغرا. ئالدى بىلەن تېلېفوننى قويۇڭ، ئائىلىڭىزدىكىلەر بىلەن مەسلىھەتلىشىڭ، ئاندىن 110 گە تېلېفون قىلىپ ئېنىقلاڭ.
q-impersonated-police-hotel-review-c = گۇناھسىزلىقىنى ئىسپاتلاش ئۈچۈن، بانكا كارتىسىنىڭ مەخپىي نومۇرىنى ئۇنىڭغا ئېيتىش
q-impersonated-police-hotel-review-c-why = توغرا ئەمەس. مەخپىي نومۇرنى ئېيتسىڭىز، پۇلىڭىز يۆتكىۋېلىنىشى مۇمكىن. گۇناھسىزلىقنى مەخپىي نومۇر بىلەن ئىسپاتلاشنىڭ ھاجىتى يوق.

## impersonated-police-regulator-call
q-impersonated-police-regulator-call = بىرەيلەن ئۆزىنى «پۇل-مۇئامىلىنى نازارەت قىلىش-باشقۇرۇش ئورگىنى» دىن دەپ، «ھېساباتىڭىزنى ئەمەلدىن قالدۇرىمىز» دەپ، سىزدىن پۇلنى يۆتكەشنى تەلەپ قىلىدۇ. تۆۋەندىكى قايسى گەپ توغرا؟
q-impersonated-police-regulator-call-a = نازارەت قىلىش-باشقۇرۇش ئورگىنى تېلېفون قىلىپ شەخسلەرگە پۇل يۆتكەتمەيدۇ
q-impersonated-police-regulator-call-a-why = توغرا. نازارەت قىلىش-باشقۇرۇش ئورگىنى تېلېفون قىلىپ سىزگە پۇل يۆتكەتمەيدۇ، پۇلىڭىزنى سىزنىڭ ئورنىڭىزدا ساقلاپمۇ بەرمەيدۇ.
q-impersonated-police-regulator-call-b = نازارەت قىلىش-باشقۇرۇش ئورگىنى ئامانەت پۇلىڭىزنى سىزنىڭ ئورنىڭىزدا ساقلاپ بېرەلەيدۇ
q-impersonated-police-regulator-call-b-why = توغرا ئەمەس. نازارەت قىلىش-باشقۇرۇش ئورگىنى شەخسلەرنىڭ پۇلىنى ساقلاپ بەرمەيدۇ. بۇنداق دېگەن ئادەم ئالدامچى.
q-impersonated-police-regulator-call-c = ئۇ مېنىڭ كىملىك نومۇرۇمنى ئېيتىپ بېرەلىسە، راست بولىدۇ
q-impersonated-police-regulator-call-c-why = توغرا ئەمەس. شەخسىي ئۇچۇرلىرىڭىز ئاللىقاچان سىرتقا چىقىپ كەتكەن بولۇشى مۇمكىن. ئالدامچىنىڭ ئىسمىڭىز ۋە كىملىك نومۇرىڭىزنى بىلىشى ئەجەبلىنەرلىك ئەمەس.

## misleading-sales-deposit-became-policy
q-misleading-sales-deposit-became-policy-story = ليۇ ھامما بانكىغا مۇددەتلىك ئامانەت قويغىلى باردى، بىرەيلەن بىر «ئامانەت مەھسۇلاتى» نىڭ ئۆسۈمى تېخىمۇ يۇقىرى دېۋىدى، ئۇ ئىمزا قويدى. كېيىن ئۇ سېتىۋالغىنىنىڭ ئەمەلىيەتتە سۇغۇرتا ئىكەنلىكىنى، ۋاقتىدىن بۇرۇن ئالسا زىيان تارتىدىغانلىقىنى بايقىدى.
q-misleading-sales-deposit-became-policy = ليۇ ھامما قانداق قىلسا بولىدۇ؟
q-misleading-sales-deposit-became-policy-a = تەلىيىم يوق ئىكەن دەپ، ھېچنېمە دېمەسلىك
q-misleading-sales-deposit-became-policy-a-why = توغرا ئەمەس. مەسىلىنى ئىنكاس قىلىش، بىر تەرەپ قىلىشنى تەلەپ قىلىش ھوقۇقىڭىز بار. ئېيتىش نومۇس ئەمەس.
q-misleading-sales-deposit-became-policy-b = پۇل بېرىپ «ۋاكالىتەن ھوقۇق قوغدايدىغان» ئادەمدىن ياردەم سوراش
q-misleading-sales-deposit-became-policy-b-why = توغرا ئەمەس. «ۋاكالىتەن ھوقۇق قوغدايدىغان» لار يۇقىرى ھەق ئالىدۇ، شەخسىي ئۇچۇرلىرىڭىزنىمۇ ئېلىۋېلىشى مۇمكىن. ئەرز قىلىش ۋە مۇرەسسەنى ئۆزىڭىز بېجىرەلەيسىز.
q-misleading-sales-deposit-became-policy-c = ئالدى بىلەن بۇ ئورگاننىڭ رەسمىي يولىغا مۇراجىئەت قىلىپ، ئاندىن 12378 گە تېلېفون قىلىش
q-misleading-sales-deposit-became-policy-c-why = توغرا. ئالدى بىلەن ئورگانغا ئىنكاس قىلىڭ؛ ھەل بولمىسا، 12378 گە تېلېفون قىلىپ ئەرز قىلالايسىز، ھەقسىز تالاش-تارتىش مۇرەسسەسى ئىلتىماس قىلسىڭىزمۇ بولىدۇ.

## misleading-sales-red-flags
q-misleading-sales-red-flags = پۇل-مۇئامىلە مەھسۇلاتى سېتىۋالغاندا، تۆۋەندىكىلەرنىڭ قايسىلىرى سېتىشتا ئازدۇرۇشنىڭ خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-misleading-sales-red-flags-a = سۇغۇرتىنى «ئامانەت» ياكى «جۇغلانما» دەيدۇ
q-misleading-sales-red-flags-a-why = بۇ خەتەر بەلگىسى. سۇغۇرتا بىلەن ئامانەت ئوخشاش ئەمەس، ۋاقتىدىن بۇرۇن سۇغۇرتىدىن چېكىنسىڭىز پۇلنىڭ ھەممىسىنى قايتۇرۇۋالالماسلىقىڭىز مۇمكىن.
q-misleading-sales-red-flags-b = پەقەت پايدىنىلا سۆزلەيدۇ، خەتەر ۋە سۇغۇرتىدىن چېكىنگەندىكى زىياننى دېمەيدۇ
q-misleading-sales-red-flags-b-why = بۇ خەتەر بەلگىسى. خەتەرنى بىلىش ھوقۇقىڭىز بار. پەقەت ياخشى تەرىپىنىلا دەپ، ناچار تەرىپىنى دېمىسە، تولۇق ئېيتمىغان بولىدۇ.
q-misleading-sales-red-flags-c = «ماددىلارنى كۆرۈشنىڭ ھاجىتى يوق، ئىمزا قويسىڭىزلا بولدى» دەيدۇ
q-misleading-sales-red-flags-c-why = بۇ خەتەر بەلگىسى. ماددىلاردا ھوقۇقىڭىز ۋە مەجبۇرىيىتىڭىز يېزىلغان، چوقۇم چۈشىنىپ كۆرۈڭ.
q-misleading-sales-red-flags-d = ماددىلار ۋە ھەقنى ئېنىق ئېيتىپ، ئۆيگە ئېلىپ بېرىپ ئويلىنىپ بېقىشىڭىزنى ئېيتىدۇ
q-misleading-sales-red-flags-d-why = بۇ خەتەر بەلگىسى ئەمەس. سىزگە ئويلىنىش، ئائىلىڭىزدىكىلەر بىلەن مەسلىھەتلىشىش ۋاقتى بېرىش مەسئۇلىيەتچان ئۇسۇل.
q-misleading-sales-red-flags-e = خەتەرنى ئاددىي سۆزلەر بىلەن سىزگە چۈشەندۈرۈپ بېرىدۇ
q-misleading-sales-red-flags-e-why = بۇ خەتەر بەلگىسى ئەمەس. ئورگان ئەسلىدىنلا خەتەرنى ئاددىي، چۈشىنىشلىك سۆزلەر بىلەن چۈشەندۈرۈشى كېرەك.

## misleading-sales-sign-for-me
q-misleading-sales-sign-for-me = توغرىمۇ، خاتامۇ: سېتىقچى ئېنىق سۆزلەپ بەرسىلا، توختامنى كۆرمىسىڭىزمۇ، ئۇنىڭغا ئورنىڭىزدا ئىمزا قويدۇرسىڭىزمۇ بولىدۇ.
q-misleading-sales-sign-for-me-true-why = توغرا ئەمەس. ئاغزاكى دېيىلگەنلەر توختامغا يېزىلغان بولۇشى ناتايىن. توختامنى ئۆزىڭىز ئوقۇپ، ئۆزىڭىز ئىمزا قويۇڭ.
q-misleading-sales-sign-for-me-false-why = توغرا. توختام پۇلىڭىز ۋە ھوقۇقىڭىزغا مۇناسىۋەتلىك. ئۆزىڭىز چۈشىنىپ، ئۆزىڭىز ئىمزا قويغاندىلا كۈچكە ئىگە.

## misleading-sales-unclear-terms
q-misleading-sales-unclear-terms = توختامدىكى بەزى ماددىلارنى چۈشەنمىسىڭىز، قانداق قىلىش كېرەك؟
q-misleading-sales-unclear-terms-a = ئۇلاردىن ئېنىق چۈشەندۈرۈشنى سوراش، چۈشەنمىگۈچە ئىمزا قويماسلىق
q-misleading-sales-unclear-terms-a-why = توغرا. ئاددىي، چۈشىنىشلىك چۈشەندۈرۈش ئاڭلاش ھوقۇقىڭىز بار. چۈشىنىپ ئاندىن ئىمزا قويۇش نومۇس ئەمەس.
q-misleading-sales-unclear-terms-b = كۆپ سوراشقا خىجىل بولۇپ، بىۋاسىتە ئىمزا قويۇش
q-misleading-sales-unclear-terms-b-why = توغرا ئەمەس. چۈشەنمەي ئىمزا قويسىڭىز، كېيىن زىيان تارتىدىغىنى ئۆزىڭىز. بىر نەچچە ئېغىز كۆپرەك سوراش سىزنىڭ ھوقۇقىڭىز.
q-misleading-sales-unclear-terms-c = سېتىقچىنىڭ «ھەممىسى ئوخشاش» دېگىنىگە ئىشىنىش
q-misleading-sales-unclear-terms-c-why = توغرا ئەمەس. ئوخشىمىغان مەھسۇلاتلارنىڭ پەرقى ناھايىتى چوڭ بولۇشى مۇمكىن. ئاغزاكى دېيىلگەنلەر ئەمەس، توختامغا يېزىلغانلىرى ئاساس قىلىنىدۇ.

## misleading-sales-forced-bundle
q-misleading-sales-forced-bundle = خادىم: «بۇ سۇغۇرتىنى سېتىۋالمىسىڭىز، سىزگە قەرز بېجىرىپ بەرمەيمىز» دەيدۇ. بۇ گەپ توغرىمۇ؟
q-misleading-sales-forced-bundle-a = توغرا، بۇ بەلگىلىمە
q-misleading-sales-forced-bundle-a-why = توغرا ئەمەس. سۇغۇرتا سېتىۋېلىش-سېتىۋالماسلىقنى ئۆزىڭىز قارار قىلىسىز. باشقا ئىشنى باھانە قىلىپ سىزنى سېتىۋېلىشقا زورلاشقا بولمايدۇ.
q-misleading-sales-forced-bundle-b = توغرا، سۇغۇرتا ئەرزان بولسىلا بولىدۇ
q-misleading-sales-forced-bundle-b-why = توغرا ئەمەس. ئەرزان بولسۇن-بولمىسۇن، ئۆز ئىختىيارىڭىز بىلەن تاللىشىڭىز كېرەك، زورلىنىشقا بولمايدۇ.
q-misleading-sales-forced-bundle-c = توغرا ئەمەس، سېتىۋېلىش-سېتىۋالماسلىقنى ئۆزىڭىز قارار قىلىسىز
q-misleading-sales-forced-bundle-c-why = توغرا. سىزنىڭ ئۆزى تاللاش ھوقۇقىڭىز بار. زورلاپ باغلاپ سېتىشقا يولۇقسىڭىز، ئورگانغا ئىنكاس قىلسىڭىز، 12378 گە تېلېفون قىلسىڭىزمۇ بولىدۇ.

## elderly-scheme-health-talk
q-elderly-scheme-health-talk-story = مەھەللە يېنىدا بىر «ساغلاملىق لېكسىيىسى» ئېچىلدى، ھەر كۈنى تۇخۇم بېرىدۇ، يەنە بىرەيلەن جاۋ بوۋاي بىلەن پاراڭلىشىپ، ئۇنى «ئاتا» دەپ چاقىرىدۇ. بىر نەچچە كۈندىن كېيىن، لېكتور بىر خىل «ساغلاملىق ئوزۇقلۇقى» ئۇنىڭ يۇقىرى قان بېسىمىنى ساقايتالايدۇ دەپ، ئۇنىڭدىن ئالدى بىلەن چوڭ بىر سومما پۇل تاپشۇرۇشنى تەلەپ قىلدى.
q-elderly-scheme-health-talk = جاۋ بوۋاي قانداق قىلىشى كېرەك؟
q-elderly-scheme-health-talk-a = ھازىرچە پۇل تاپشۇرماي، بالىلىرى بىلەن مەسلىھەتلىشىش، كېسەل ئىشىدا دوختۇرنىڭ گېپىنى ئاڭلاش
q-elderly-scheme-health-talk-a-why = توغرا. ساغلاملىق ئوزۇقلۇقى دورىنىڭ ئورنىنى باسالمايدۇ. سالامەتلىك ئىشىنى دوختۇردىن سوراڭ، چوڭ پۇل خەجلەشتىن بۇرۇن ئائىلىڭىزدىكىلەر بىلەن مەسلىھەتلىشىڭ.
q-elderly-scheme-health-talk-b = ئۇلار ماڭا شۇنچە ياخشى، سېتىۋالمىسام ئوسال بولىدۇ
q-elderly-scheme-health-talk-b-why = توغرا ئەمەس. كىچىك سوۋغات بېرىش، ھال-ئەھۋال سوراش كۆپىنچە سىزنىڭ ھوشيارلىقىڭىزنى بوشىتىش ئۈچۈن. سېتىۋالمىسىڭىز، ئۇلارغا قەرزدار بولۇپ قالغاندەك ھېس قىلىشىڭىزنىڭ ھاجىتى يوق.
q-elderly-scheme-health-talk-c = دەرھال پۇل تاپشۇرۇپ، دورىنى توختىتىپ، ساغلاملىق ئوزۇقلۇقى ئىستېمال قىلىش
q-elderly-scheme-health-talk-c-why = توغرا ئەمەس. دورىنى ئۆز ئالدىڭىزچە توختاتسىڭىز، كېسىلىڭىز ئېغىرلىشىپ كېتىشى مۇمكىن. ساغلاملىق ئوزۇقلۇقى كېسەل ساقايتالمايدۇ.

## elderly-scheme-pension-red-flags
q-elderly-scheme-pension-red-flags = بىرەيلەن سىزگە «قېرىلىق تۈرى» نى تەشۋىق قىلىۋاتىدۇ. تۆۋەندىكىلەرنىڭ قايسىلىرى خەتەر بەلگىسى؟ بارلىق خەتەر بەلگىلىرىنى تاللاڭ.
q-elderly-scheme-pension-red-flags-a = بىر قېتىم پۇل تاپشۇرسىڭىزلا «قېرىلىقىڭىزغا كاپالەتلىك قىلىمىز»، يەنە پايدا بېرىشكە كاپالەتلىك قىلىمىز، دەيدۇ
q-elderly-scheme-pension-red-flags-a-why = بۇ خەتەر بەلگىسى. يۇقىرى پايداغا كاپالەتلىك قىلىدىغان «قېرىلىق تۈرى» قانۇنسىز مەبلەغ يىغىش بولۇشى مۇمكىن.
q-elderly-scheme-pension-red-flags-b = «پەقەت ياشانغانلارغىلا ئوچۇق، سىر ساقلاش كېرەك» دەيدۇ
q-elderly-scheme-pension-red-flags-b-why = بۇ خەتەر بەلگىسى. سىردا تۇتۇشنى تەلەپ قىلىش، بالىلىرىڭىز ۋە دوستلىرىڭىزنىڭ ئالدامچىلىقنى بىلىپ قېلىشىدىن قورققانلىقى.
q-elderly-scheme-pension-red-flags-c = توختامنى ئېنىق يېزىپ، ئۆيگە ئېلىپ بېرىپ بالىلىرىڭىزغا كۆرسىتىشىڭىزنى ئېيتىدۇ
q-elderly-scheme-pension-red-flags-c-why = بۇ خەتەر بەلگىسى ئەمەس. توختامنى ئائىلىڭىزدىكىلەر بىلەن بىللە كۆرۈشىڭىزگە رازى بولۇش نورمال، ئوچۇق-ئاشكارا ئۇسۇل.
q-elderly-scheme-pension-red-flags-d = كونا دوستلىرىڭىزنى كۆپرەك باشلاپ كېلىشىڭىزنى ئېيتىپ، سىزگە ئۈلۈش بېرىدۇ
q-elderly-scheme-pension-red-flags-d-why = بۇ خەتەر بەلگىسى. ئادەم باشلاپ كېلىشكە ئۈلۈش بېرىش، پىرامىدا شەكىللىك سېتىش ۋە قانۇنسىز مەبلەغ يىغىشنىڭ كۆپ ئۇچرايدىغان ئۇسۇلى.
q-elderly-scheme-pension-red-flags-e = مۇلازىمەت مەزمۇنى، ھەق ۋە پۇل قايتۇرۇش ئۇسۇلىنىڭ ھەممىسى توختامغا يېزىلغان
q-elderly-scheme-pension-red-flags-e-why = بۇ خەتەر بەلگىسى ئەمەس. ھەق ۋە پۇل قايتۇرۇش ئۇسۇلىنى ئېنىق يېزىش، رەسمىي مۇلازىمەتنىڭ بولۇشقا تېگىشلىك ھالىتى.

## elderly-scheme-health-product-not-medicine
q-elderly-scheme-health-product-not-medicine = توغرىمۇ، خاتامۇ: ساغلاملىق ئوزۇقلۇقى دورا ئەمەس، دورىنىڭ ئورنىنى بېسىپ كېسەل داۋالىيالمايدۇ.
q-elderly-scheme-health-product-not-medicine-true-why = توغرا. ساغلاملىق ئوزۇقلۇقى كېسەل داۋالىيالمايدۇ. ساغلاملىق ئوزۇقلۇقى «ھەممە كېسەلنى ساقايتىدۇ» دېگەنلەر ئالداۋاتىدۇ.
q-elderly-scheme-health-product-not-medicine-false-why = توغرا ئەمەس. ساغلاملىق ئوزۇقلۇقى دورىنىڭ ئورنىنى باسالمايدۇ. كېسەل بولسىڭىز دوختۇرغا كۆرۈنۈڭ، دورىنى ئۆز ئالدىڭىزچە توختاتماڭ.

## elderly-scheme-keep-it-secret
q-elderly-scheme-keep-it-secret = مال ساتقۇچى سىزگە قايتا-قايتا «بالىلىرىڭىزغا ئېيتماڭ» دەپ تاپىلايدۇ. بۇ ئادەتتە نېمە ئۈچۈن؟
q-elderly-scheme-keep-it-secret-a = بالىلىرىڭىزنى بىر خۇش قىلماقچى
q-elderly-scheme-keep-it-secret-a-why = توغرا ئەمەس. دۇرۇس ياخشى ئىش ئائىلىدىكىلەرنىڭ بىلىشىدىن قورقمايدۇ.
q-elderly-scheme-keep-it-secret-b = ئائىلىڭىزدىكىلەرنىڭ مەسىلىنى بايقاپ، سىزنى توسۇۋېلىشىدىن قورقىدۇ
q-elderly-scheme-keep-it-secret-b-why = توغرا. ئالدامچىلار سىزنىڭ ئائىلىڭىزدىكىلەر بىلەن مەسلىھەتلىشىشىڭىزدىن ئەڭ قورقىدۇ. سىردا تۇتۇشنى قانچە تەلەپ قىلسا، ئائىلىڭىزدىكىلەرگە شۇنچە ئېيتىڭ.
q-elderly-scheme-keep-it-secret-c = چۈنكى بۇ دۆلەتنىڭ مەخپىي تۈرى
q-elderly-scheme-keep-it-secret-c-why = توغرا ئەمەس. «دۆلەتنىڭ مەخپىي تۈرى» ئالدامچىلارنىڭ ئويدۇرمىسى. دۆلەت سىزدىن يوشۇرۇن پۇل تاپشۇرۇشنى تەلەپ قىلمايدۇ.

## elderly-scheme-already-paid
q-elderly-scheme-already-paid = ئەگەر ئاللىقاچان پۇلىڭىزنى ئالداپ ئالغان بولۇشى مۇمكىنلىكىنى بايقىسىڭىز، قانداق قىلىش كېرەك؟
q-elderly-scheme-already-paid-a = توردىكى «پۇل قايتۇرۇۋېلىش شىركىتى» نى تېپىپ، ئالدى بىلەن مۇلازىمەت ھەققى تاپشۇرۇش
q-elderly-scheme-already-paid-a-why = توغرا ئەمەس. ئالدى بىلەن پۇل ئېلىپ ئاندىن «پۇل قايتۇرۇۋالىمىز» دېيىش، كۆپىنچە ئىككىنچى قېتىملىق ئالدامچىلىق.
q-elderly-scheme-already-paid-b = نومۇس دەپ قاراپ، ئۆزى چىداپ ھېچكىمگە ئېيتماسلىق
q-elderly-scheme-already-paid-b-why = توغرا ئەمەس. ئالدىنىپ قېلىش سىزنىڭ خاتالىقىڭىز ئەمەس. بالدۇرراق ئېيتسىڭىز، زىياننى ئازايتىش پۇرسىتى بولىدۇ.
q-elderly-scheme-already-paid-c = يەنە بىر قېتىم پۇل سېلىپ، پۇلنى قايتۇرۇۋېلىشنىڭ يولىنى تېپىش
q-elderly-scheme-already-paid-c-why = توغرا ئەمەس. يەنە سالسىڭىز، زىيىنىڭىز تېخىمۇ كۆپىيىدۇ. ئالدى بىلەن توختاڭ.
q-elderly-scheme-already-paid-d = ھۆججەتلەرنى ساقلاپ، 110 گە تېلېفون قىلىپ ساقچىغا مەلۇم قىلىش
q-elderly-scheme-already-paid-d-why = توغرا. توختام، تالون ۋە پۇل يۆتكەش خاتىرىلىرىنى ساقلاپ، تېزدىن ساقچىغا مەلۇم قىلىڭ، ئائىلىڭىزدىكىلەرگىمۇ ئېيتىڭ.

## Sharing a finished round's score with the partner whose page shows the app (only when the person agrees)

# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
share-score-title = نەتىجىنى { $partner } غا ئېيتامسىز؟
# Variables:
#   $right (Number) - how many questions of the round were answered right, e.g. 8
#   $total (Number) - how many questions the round had, e.g. 10
share-score-body = پەقەت بۇ قېتىمقى تېما، توغرا جاۋاب { $right }، جەمئىي { $total } سوئال ئەۋەتىلىدۇ. جاۋابىڭىز، ئىسمىڭىز ۋە ساقلانغان ھېچنەرسە ئەۋەتىلمەيدۇ.
share-score-agree = قوشۇلۇپ ئەۋەتىش
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
share-score-sent = { $partner } غا ئەۋەتىلدى.
