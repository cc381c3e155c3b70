# Anxin (安心) — the quiz: its screens, topic names and the question bank (also the home
# screen's daily question). Tibetan.
# { -brand-name } is the app's name, from shell.ftl.
# Draft translation, not yet reviewed by a native speaker. Terms follow locales/bo/GLOSSARY.md.
# Facts rest on ../shared/brief/domain.md and widely known safe practice; no invented numbers.
# Question ids are stable; structure (which options are correct, topic, right) is in
# src/content/quiz_bank.rs. Messages per question:
#   q-<id>            the question
#   q-<id>-story      a scenario's two-line story
#   q-<id>-<key>      an option's text (true/false questions use quiz-true and quiz-false)
#   q-<id>-<key>-why  why that option is right or wrong

## The quiz screen

quiz-intro = སློབ་བཞིན་སྦྱོང་། ལན་ནོར་ན་ཕྱོགས་མེད། དྲི་བ་རེ་རེའི་རྒྱུ་མཚན་ཁྱེད་ལ་བཤད་ཀྱི་ཡོད།
quiz-mixed-title = གང་བྱུང་དུ་ཐེངས་གཅིག་སྦྱོང་།

# Variables:
#   $count (Number) - how many questions a mixed round draws (currently 10)
quiz-mixed-sub = དྲི་བ་ཚང་མའི་ནང་ནས་ { $count } འདེམས། ནོར་བའི་དྲི་བའི་དེབ་ནང་གི་དྲི་བ་སྔོན་ལ་ཡོང་།

quiz-topics-title = བརྗོད་གཞི་ལྟར་སྦྱོང་།
quiz-group-right = གཞི་རྩའི་ཐོབ་ཐང་རྣམ་པ་བརྒྱད
quiz-group-scam = རྒྱུན་མཐོང་གི་མགོ་སྐོར
quiz-group-basics = འཚོ་བའི་ཤེས་བྱ

# The partner's featured topics, listed first on the quiz screen.
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
quiz-group-featured = { $partner } ཡིས་འོས་སྦྱོར་བྱས་པ།

# Variables:
#   $count (Number) - how many questions the topic has
quiz-topic-count = དྲི་བ་ { $count }

quiz-topic-done = སྦྱངས་ཚར།

## The 错题本 (notebook of missed questions)

quiz-notebook-title = ནོར་བའི་དྲི་བའི་དེབ

# Variables:
#   $count (Number) - how many questions are in the person's 错题本 (notebook of missed questions)
quiz-notebook-count = ནོར་བའི་དྲི་བའི་དེབ་ནང་དྲི་བ་ { $count } ཡོད།

quiz-notebook-empty = ནོར་བའི་དྲི་བའི་དེབ་སྟོང་པ་ཡིན། ལན་ནོར་བའམ་ཐག་མ་ཆོད་པའི་དྲི་བ་འདིར་འཇོག
quiz-notebook-rule = དྲི་བ་གཅིག་ལ་ཉིན་མི་འདྲ་བ་གཉིས་ལ་ལན་ཡང་དག་བཏབ་ན། ནོར་བའི་དྲི་བའི་དེབ་ནས་ཕྱིར་འདོན།
quiz-notebook-practise = ནོར་བའི་དྲི་བ་སྦྱོང་།
quiz-notebook-rested = དེ་རིང་གི་ནོར་བའི་དྲི་བ་ཚང་མར་ལན་ཡང་དག་བཏབ་ཟིན། སང་ཉིན་ཡང་སྦྱོང་དུ་ཤོག
quiz-notebook-open = ནོར་བའི་དྲི་བའི་དེབ་ནང་གི་དྲི་བ་ལྟ།
quiz-notebook-close = ནོར་བའི་དྲི་བ་སྡུད།
quiz-notebook-clear = ནོར་བའི་དྲི་བའི་དེབ་གཙང་སེལ།
quiz-notebook-clear-confirm = ནོར་བའི་དྲི་བའི་དེབ་གཙང་སེལ་བྱེད་རྒྱུ་ཐག་ཆོད་དམ། གཙང་སེལ་བྱས་རྗེས་ཕྱིར་རྙེད་མི་ཐུབ།
quiz-notebook-clear-yes = གཙང་སེལ་བྱེད།
quiz-notebook-clear-no = གཙང་སེལ་མི་བྱེད།

## A round

# Variables:
#   $number (Number) - which question of the round is on screen, counting from 1
#   $total (Number) - how many questions the round has
quiz-progress = དྲི་བ་ { $total } ཡི་ནང་ནས་ཨང་ { $number } པ།

quiz-kind-single = གཅིག་འདེམས་དྲི་བ། ལན་གཅིག་འདེམས།
quiz-kind-true-false = ཡིན་མིན་དྲི་བ། ཚིག་འདི་ཡང་དག་ཡིན་ནམ།
quiz-kind-red-flags = མང་འདེམས་དྲི་བ། ཡང་དག་པ་ཚང་མ་འདེམས།
quiz-kind-scenario = གནས་ཚུལ་དྲི་བ། ཀློག་རྗེས་འདེམས།
quiz-true = ཡང་དག
quiz-false = ནོར་འཁྲུལ
quiz-check = གཏན་འཁེལ།
quiz-choose-first = སྔོན་ལ་ལན་གཅིག་འདེམས། དེ་རྗེས་“གཏན་འཁེལ”ལ་མནན།
quiz-not-sure = ང་ཐག་མ་ཆོད།
quiz-next = དྲི་བ་རྗེས་མ
quiz-see-score = མཇུག་འབྲས་ལྟ།
quiz-leave = ད་ལྟ་མཚམས་འཇོག

## After an answer

quiz-right = ལན་ཡང་དག་རེད།
quiz-wrong = དྲི་བ་འདིའི་ལན་ནོར་སོང་། ཕྱོགས་མེད། རྒྱུ་མཚན་ལྟོས།
quiz-unsure = ཐག་མ་ཆོད་ཀྱང་ཕྱོགས་མེད། ང་ཚོ་མཉམ་དུ་ལྟ།
quiz-mark-correct = ལན་ཡང་དག
quiz-mark-chosen = ཁྱེད་ཀྱིས་འདེམས་པ

# Variables:
#   $topic (String) - the name of the question's topic (one of the topic-* messages)
quiz-learn-more = སློབ་སྦྱོང་། { $topic }

quiz-see-case = དོན་རྐྱེན་དངོས་ལྟ།

## The score

quiz-score-title = ཐེངས་འདི་ཚར་སོང་།

# Variables:
#   $right (Number) - how many questions of the round the person answered right
#   $total (Number) - how many questions the round had
quiz-score = དྲི་བ་ { $total } ཡི་ནང་ནས་ { $right } ལ་ལན་ཡང་དག་བཏབ།

quiz-score-all = ཚང་མ་ཡང་དག་རེད། ཧ་ཅང་ཡག
quiz-score-notebook = ལན་ནོར་བ་དང་ཐག་མ་ཆོད་པའི་དྲི་བ་རྣམས་ནོར་བའི་དྲི་བའི་དེབ་ནང་བཞག་ཟིན། ཕྱིས་སུ་ཡང་བསྐྱར་དྲི་ངེས།
quiz-review = འདི་དག་ཡང་བསྐྱར་ལྟ་ཆོག
quiz-retry-missed = ལན་ནོར་བའི་དྲི་བ་ཁོ་ན་སྦྱོང་།
quiz-back-topics = དྲི་བའི་ཐོ་གཞུང་དུ་ཕྱིར་ལོག

## 每日一题 (daily question) on the home screen

daily-title = ཉིན་རེར་དྲི་བ་གཅིག
daily-note = ཉིན་རེར་དྲི་བ་གཅིག་ཡིན། དེ་རིང་མི་ཚང་མས་དྲི་བ་གཅིག་པ་ལ་ལན་འདེབས།
daily-done = དེ་རིང་གི་དྲི་བ་ཚར་སོང་། སང་ཉིན་ཡང་ཤོག
daily-result-right = དེ་རིང་གི་དྲི་བར་ཁྱེད་ཀྱིས་ལན་ཡང་དག་བཏབ།
daily-result-other = དེ་རིང་གི་དྲི་བ་ནོར་བའི་དྲི་བའི་དེབ་ནང་བཞག་ཟིན། སྦྱོང་དུ་ཕེབས།
daily-more = དྲི་བ་མང་ཙམ་ལ་ལན་འདེབས།

## The certificate

cert-title = སློབ་མཐར་ལག་ཁྱེར

# Variables:
#   $done (Number) - how many quiz topics the person has finished
#   $total (Number) - how many topics there are (currently 21)
cert-progress = བརྗོད་གཞི་ { $total } ཡི་ནང་ནས་ { $done } སྦྱངས་ཚར།

cert-locked = བརྗོད་གཞི་རེ་རེ་ཐེངས་རེ་སྦྱངས་ཚར་ན། འདི་ནས་ལག་ཁྱེར་ཞིག་ལེན་ཐུབ།
cert-name-label = ཁྱེད་ཀྱི་མིང་འབྲི། (མ་བྲིས་ཀྱང་ཆོག)

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
cert-name-hint = { $device ->
        [computer] མིང་གློག་ཀླད་འདིའི་ནང་ཁོ་ནར་ཉར། ཕྱི་ལ་མི་གཏོང་།
        [tablet] མིང་ཤོག་ལྷེ་གློག་ཀླད་འདིའི་ནང་ཁོ་ནར་ཉར། ཕྱི་ལ་མི་གཏོང་།
       *[phone] མིང་ཁ་པར་འདིའི་ནང་ཁོ་ནར་ཉར། ཕྱི་ལ་མི་གཏོང་།
    }

cert-make = ལག་ཁྱེར་བཟོ།
cert-heading = { -brand-name } · དངུལ་རྩིས་ཤེས་བྱའི་སློབ་མཐར་ལག་ཁྱེར
cert-anonymous = { -brand-name }འི་སློབ་མ

# Variables:
#   $total (Number) - how many quiz topics there are, all of which the person has finished (currently 21)
cert-body = { -brand-name }འི་བརྗོད་གཞི་ { $total } ཚང་མ་སྦྱངས་ཚར། ཐོབ་ཐང་ཤེས། མགོ་སྐོར་ངོས་འཛིན། རང་གི་དངུལ་ལེགས་པར་སྲུང་།

# Variables:
#   $year (Number) - the year the certificate is made, e.g. 2025
#   $month (Number) - its month, 1 to 12
#   $day (Number) - its day of the month, 1 to 31
cert-date = སྤྱི་ལོ་ { $year } ཟླ་ { $month } ཚེས་ { $day }

cert-image-alt = { -brand-name }འི་སློབ་མཐར་ལག་ཁྱེར
cert-save-hint = WeChat ནང་པར་རིས་ལ་ཡུན་རིང་མནན་ན། ཁ་པར་ནང་ཉར་ཐུབ།
cert-download = པར་རིས་ཉར།
cert-failed = ཁ་པར་འདིས་པར་རིས་བཟོ་མ་ཐུབ། ཁྱེད་ཀྱི་སློབ་སྦྱོང་གི་ཟིན་ཐོ་ཚང་མ་ད་དུང་ཡོད།

## Topic names

topic-right-to-know = གནས་ཚུལ་ཤེས་པའི་ཐོབ་ཐང
topic-free-choice = རང་གིས་འདེམས་པའི་ཐོབ་ཐང
topic-fair-dealing = དྲང་པོའི་ཚོང་འབྲེལ་གྱི་ཐོབ་ཐང
topic-property-safety = ནོར་རྫས་བདེ་འཇགས་ཀྱི་ཐོབ་ཐང
topic-seek-compensation = ཁྲིམས་ལྟར་གུན་གསབ་རེ་བའི་ཐོབ་ཐང
topic-financial-education = སློབ་གསོ་ཐོབ་པའི་ཐོབ་ཐང
topic-respect-and-dignity = བརྩི་བཀུར་ཐོབ་པའི་ཐོབ་ཐང
topic-information-security = ཆ་འཕྲིན་བདེ་འཇགས་ཀྱི་ཐོབ་ཐང
topic-agent-surrender = ཉེན་སྲུང་ཕྱིར་འཐེན་ཚབ་སྒྲུབ
topic-debt-relief = བུ་ལོན་ཇེ་ཉུང་དང་སྐྱེད་ཀ་མཚམས་འཇོག
topic-paid-rights-defence = ཐོབ་ཐང་སྲུང་སྐྱོབ་ཚབ་སྒྲུབ
topic-credit-repair = ཡིད་རྟོན་ཟིན་ཐོ་བཅོས་པ
topic-high-yield = སྐྱེད་ཀ་མཐོ་བའི་རྒྱ་ཁུག
topic-commission-fraud = བར་འཐུས་ཀྱི་མགོ་སྐོར
topic-fake-customer-service = ཞབས་ཞུ་བ་ཡིན་ཁུལ་བྱེད་པ
topic-impersonated-police = ཉེན་རྟོག་པ་དང་ཁྲིམས་ཁང་། ལྟ་རྟོག་དོ་དམ་པ་ཡིན་ཁུལ་བྱེད་པ
topic-misleading-sales = འཚོང་མཁན་གྱིས་གོ་ནོར་འཇུག་པ
topic-elderly-scheme = རྒན་རབས་ལ་དམིགས་པའི་མགོ་སྐོར
topic-personal-information = མི་སྒེར་གྱི་ཆ་འཕྲིན་སྲུང་བ
topic-payments-and-passwords = དངུལ་སྤྲོད་པ་དང་གསང་གྲངས
topic-insurance-basics = ཉེན་སྲུང་གི་ཤེས་བྱ

## The questions

## right-to-know-before-buying
q-right-to-know-before-buying = དངུལ་རྩིས་ཐོན་རྫས་སམ་ཉེན་སྲུང་མ་ཉོ་གོང་། ཁྱེད་ལ་གནས་ཚུལ་གང་དག་ཤེས་པའི་ཐོབ་ཐང་ཡོད།
q-right-to-know-before-buying-a = ཁེ་ཕན་ག་ཚོད་ཐོབ་པ་ཁོ་ན
q-right-to-know-before-buying-a-why = ནོར་བ་རེད། ཁེ་ཕན་ཙམ་ཤེས་ན་མི་འདང་། ཉེན་ཁ་དང་འཐུས་ཀྱིས་ཀྱང་ཁྱེད་ཀྱི་ཐག་གཅོད་ལ་ཤུགས་རྐྱེན་ཐེབས།
q-right-to-know-before-buying-b = ཁོ་ཚོས་ག་ཚོད་ཤོད་འདོད་པ་དེ་ཙམ་ཤེས་པ
q-right-to-know-before-buying-b-why = ནོར་བ་རེད། ཁྱེད་ཀྱི་ཐག་གཅོད་ལ་ཤུགས་རྐྱེན་ཐེབས་པའི་ཆ་འཕྲིན་ཚང་མ་ལས་ཁུངས་ཀྱིས་བདེན་པ་དང་ཆ་ཚང་བའི་སྒོ་ནས་ཁྱེད་ལ་བཤད་དགོས།
q-right-to-know-before-buying-c = ཁེ་ཕན་དང་། འཐུས། ཉེན་ཁ། དངུལ་ནམ་ཕྱིར་ལེན་ཐུབ་པ
q-right-to-know-before-buying-c-why = ཡང་དག་རེད། འདི་ནི་ཁྱེད་ཀྱི་གནས་ཚུལ་ཤེས་པའི་ཐོབ་ཐང་ཡིན། གོ་མ་སོང་ན་མུ་མཐུད་དྲི་ཆོག

## right-to-know-no-sign-if-unclear
q-right-to-know-no-sign-if-unclear = ཐོན་རྫས་ཀྱི་ཉེན་ཁ་གོ་མ་སོང་ན། ཁྱེད་ཀྱིས་སྔོན་ལ་མིང་རྟགས་མི་འགོད་པར། ཁྱིམ་དུ་ལོག་ནས་ནང་མི་དང་གྲོས་བསྡུར་བྱས་རྗེས་ཐག་གཅོད་ཆོག
q-right-to-know-no-sign-if-unclear-true-why = ཡང་དག་རེད། གནས་ཚུལ་གསལ་པོ་དྲི་བའི་ཐོབ་ཐང་ཁྱེད་ལ་ཡོད། གོ་མ་སོང་བར་མིང་རྟགས་བཀོད་ན། གྱོང་གུད་ཁྱེད་རང་ལ་ཕོག་སྲིད།
q-right-to-know-no-sign-if-unclear-false-why = ནོར་བ་རེད། གོ་མ་སོང་ན་མིང་རྟགས་མི་འགོད་པ་ནི་ཁྱེད་ཀྱི་ཐོབ་ཐང་ཡིན། ངོ་ཚ་མི་དགོས།

## free-choice-deposit-turned-policy
q-free-choice-deposit-turned-policy-story = ཨ་ནེ་ཝང་དངུལ་ཁང་དུ་དུས་ངེས་དངུལ་འཇོག་པར་ཕྱིན། ལས་བྱེད་པས་ཁོ་མོར་ཉེན་སྲུང་ཞིག་ཉོ་དགོས་ཞེས་ཡང་ཡང་བསྐུལ་ནས། “དངུལ་འཇོག་པ་དང་གཅིག་པ་རེད”ཟེར།
q-free-choice-deposit-turned-policy = ཨ་ནེ་ཝང་དངུལ་འཇོག་འདོད་པ་ཙམ་ཡིན། ཁོ་མོས་ཅི་བྱེད་ཆོག
q-free-choice-deposit-turned-policy-a = ཐད་ཀར་“ངས་དངུལ་འཇོག་པ་ཙམ་ཡིན”ཟེར་ནས། ཉེན་སྲུང་ལ་མིང་རྟགས་མི་འགོད་པ
q-free-choice-deposit-turned-policy-a-why = ཡང་དག་རེད། ཉོ་མིན་ཁྱེད་རང་གིས་ཐག་གཅོད། ཉེན་སྲུང་དང་དངུལ་འཇོག་མི་འདྲ། ཉོ་མི་འདོད་ན་མིང་རྟགས་མ་འགོད།
q-free-choice-deposit-turned-policy-b = ཁས་མི་ལེན་པར་ངོ་ཚ་བས། སྔོན་ལ་མིང་རྟགས་བཀོད་ནས་རྗེས་སུ་བསམ་པ
q-free-choice-deposit-turned-policy-b-why = ནོར་བ་རེད། མིང་རྟགས་བཀོད་ན་ཉེན་སྲུང་ཡིག་ཆར་འགྱུར་སྲིད། མི་འདོད་ན་ས་ཐོག་དེར་“མི་དགོས”ཟེར།
q-free-choice-deposit-turned-policy-c = ཁོ་ལས་བྱེད་པ་ཡིན་པས། ཁོས་བཤད་པ་ལྟར་བྱས་ན་ངེས་པར་ཡག
q-free-choice-deposit-turned-policy-c-why = ནོར་བ་རེད། ལས་བྱེད་པས་ཐོན་རྫས་ངོ་སྤྲོད་བྱེད་ཆོག་ཀྱང་། ཁྱེད་ཀྱི་ཚབ་ཏུ་ཐག་གཅོད་མི་ཆོག

## free-choice-loan-tie-in
q-free-choice-loan-tie-in = བུ་ལོན་ལེན་སྐབས། ཁོ་ཚོས་སྔོན་ལ་ཁོ་ཚོའི་དངུལ་རྩིས་ཐོན་རྫས་ཤིག་ངེས་པར་ཉོ་དགོས་ཟེར་ན། ཁྱེད་ཀྱིས་དེ་ལྟར་བྱེད་པ་ལས་ཐབས་མེད།
q-free-choice-loan-tie-in-true-why = ནོར་བ་རེད། དེ་ལྟར་བཙན་གྱིས་མཉམ་དུ་འཚོང་བས་ཁྱེད་ཀྱི་རང་གིས་འདེམས་པའི་ཐོབ་ཐང་ལ་གནོད། ཁྱེད་ཀྱིས་ཁས་མི་ལེན་ཆོག ཞུ་གཏུག་ཀྱང་བྱེད་ཆོག
q-free-choice-loan-tie-in-false-why = ཡང་དག་རེད། ཉོ་མིན་ཁྱེད་རང་གིས་ཐག་གཅོད། དེ་འདྲའི་བླང་བྱ་བྱུང་ན། སྔོན་ལ་ལས་ཁུངས་དེ་ལ་ཞུ། ཐག་མ་ཆོད་ན་ 12378 ལ་ཁ་པར་གཏོང་།

## fair-dealing-unclear-terms
q-fair-dealing-unclear-terms = གན་རྒྱ་ལ་མིང་རྟགས་འགོད་སྐབས། གོ་མ་སོང་བའི་དོན་ཚན་ཞིག་མཐོང་ན། ཁྱེད་ཀྱིས་ཅི་བྱེད་དགོས།
q-fair-dealing-unclear-terms-a = ཁོ་ཚོས་ཚད་ལྡན་གན་རྒྱ་ཡིན་ཟེར་བས། ཐད་ཀར་མིང་རྟགས་འགོད་པ
q-fair-dealing-unclear-terms-a-why = ནོར་བ་རེད། ཚད་ལྡན་གན་རྒྱའི་ནང་ལའང་ཁྱེད་ལ་མི་ཕན་པའི་དོན་ཚན་ཡོད་སྲིད། མིང་རྟགས་མ་འགོད་གོང་གོ་དགོས།
q-fair-dealing-unclear-terms-b = ཁེ་ཕན་གྱི་ཤོག་ངོས་དེ་ཙམ་ལྟ་བ
q-fair-dealing-unclear-terms-b-why = ནོར་བ་རེད། འཐུས་དང་། དུས་མ་སླེབས་གོང་ཕྱིར་ཐོན་པའི་མཇུག་འབྲས་རྒྱུན་དུ་ས་གཞན་དུ་བྲིས་ཡོད། དེ་ཡང་ལྟ་དགོས།
q-fair-dealing-unclear-terms-c = ལས་སླ་བའི་ཆེད་དུ་ཁོ་ཚོར་ཚབ་ཏུ་མིང་རྟགས་འགོད་དུ་འཇུག་པ
q-fair-dealing-unclear-terms-c-why = ནོར་བ་རེད། མིང་རྟགས་ཁྱེད་རང་གིས་འགོད་དགོས། དེ་ཡང་གོ་རྗེས་འགོད་དགོས།
q-fair-dealing-unclear-terms-d = ཁོ་ཚོར་གསལ་པོ་བཤད་དུ་བཅུག་ནས། གོ་རྗེས་མིང་རྟགས་འགོད་པ
q-fair-dealing-unclear-terms-d-why = ཡང་དག་རེད། གན་རྒྱ་དྲང་པོ་ཡིན་དགོས་ལ་གསལ་པོ་བྲིས་དགོས། གོ་མ་སོང་བའི་ས་ཁྱེད་ཀྱིས་ཁོ་ཚོར་གསལ་པོ་བཤད་དུ་འཇུག་པའི་ཐོབ་ཐང་ཡོད།

## fair-dealing-warning-signs
q-fair-dealing-warning-signs = གཤམ་གྱི་གང་དག་ཚོང་འབྲེལ་དྲང་པོ་མིན་པའི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-fair-dealing-warning-signs-a = བླངས་པའི་དངུལ་བཤད་པ་ལས་མང་། འཐུས་ག་རེ་ཡིན་པ་གསལ་པོ་མི་ཤོད་པ
q-fair-dealing-warning-signs-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། འཐུས་རེ་རེ་སྔོན་ལ་གསལ་པོ་བཤད་པ་དང་གསལ་པོ་བྲིས་དགོས།
q-fair-dealing-warning-signs-b = ཁྱེད་ལ་མི་ཕན་པའི་དོན་ཚན་ཡི་གེ་ཆུང་ཆུང་ཡིན་པ་དང་། སུས་ཀྱང་དྲན་སྐུལ་མ་བྱས་པ
q-fair-dealing-warning-signs-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། གན་རྒྱའི་ནང་མི་ལ་བཙན་གནོན་བྱེད་པའི་དོན་ཚན་སྦས་མི་ཆོག མིང་རྟགས་མ་འགོད་གོང་ཁྱེད་ལ་གསལ་པོ་བཤད་མཁན་ཡོད་དགོས།
q-fair-dealing-warning-signs-c = མིང་རྟགས་མ་འགོད་གོང་། ཁོ་ཚོས་འཐུས་ཀྱི་ཚད་གཞི་ཁྱེད་ལ་སྟོན་པ
q-fair-dealing-warning-signs-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། འཐུས་གསལ་པོ་བཤད་པ་ནི་ཚད་ལྡན་ལས་ཁུངས་ཀྱིས་བྱེད་དགོས་པ་ཡིན།
q-fair-dealing-warning-signs-d = ཁོ་ཚོས་“གན་རྒྱ་ལྟ་མི་དགོས། མིང་རྟགས་བཀོད་ན་ཆོག”ཟེར་བ
q-fair-dealing-warning-signs-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། གན་རྒྱ་ནི་ཕྱོགས་གཉིས་ཀྱི་ཆིངས་ཡིག་ཡིན། ཁྱེད་ལ་ཀློག་ཚར་ཞིང་གོ་རྗེས་མིང་རྟགས་འགོད་པའི་ཐོབ་ཐང་ཡོད།

## property-safety-personal-account
q-property-safety-personal-account-story = དངུལ་ཁང་གི་མཁོ་མཁན་དོ་དམ་པ་ཡིན་ཟེར་མཁན་ཞིག་གིས་ཨ་ཕོ་ཀྲའོ་དང་འབྲེལ་བ་བྱས། ཁོས་“ནང་ཁུལ་གྱི་ཐོན་རྫས་ཡིན། ཁེ་ཕན་དེ་བས་མཐོ”ཞིག་ཡོད་ཟེར་ནས། ཨ་ཕོ་ཀྲའོར་དངུལ་ཁོ་རང་སྒེར་གྱི་བྱང་བུར་སྤོ་རུ་བཅུག
q-property-safety-personal-account = ཨ་ཕོ་ཀྲའོས་ཅི་བྱེད་དགོས།
q-property-safety-personal-account-a = སྔོན་ལ་དངུལ་ཉུང་ཙམ་སྤོས་ནས་ཚོད་ལྟ་བྱེད་པ
q-property-safety-personal-account-a-why = ནོར་བ་རེད། དངུལ་མི་སྒེར་གྱི་རྩིས་ཁྲར་སྤོས་ན་ཕྱིར་ལེན་དཀའ། མང་ཉུང་གང་སྤོས་ཀྱང་ཉེན་ཁ་ཡོད།
q-property-safety-personal-account-b = མི་སྤོ། དངུལ་ཁང་གི་ཁུངས་ལྡན་ཞབས་ཞུའི་ཁ་པར་ལ་ཁ་པར་བཏང་ནས་ཞིབ་བཤེར་བྱེད་པ
q-property-safety-personal-account-b-why = ཡང་དག་རེད། ཚད་ལྡན་གྱི་ཐོན་རྫས་ཚོང་ཁྲི་དང་ཁུངས་ལྡན་ App སོགས་ཀྱི་ལམ་ནས་ཁོ་ན་སྒྲུབ། དངུལ་མི་སྒེར་ལ་སྤོ་མི་དགོས།
q-property-safety-personal-account-c = ཁོར་དངུལ་ལེན་ཡིག་ཆུང་ཞིག་འབྲི་རུ་བཅུག་ནས་དངུལ་སྤོ་བ
q-property-safety-personal-account-c-why = ནོར་བ་རེད། མི་སྒེར་གྱིས་བྲིས་པའི་དངུལ་ལེན་ཡིག་ཆུང་ནི་ཚད་ལྡན་གྱི་བྱུང་ཐོ་མ་རེད། དངུལ་ཡང་ལས་ཁུངས་ཀྱི་རྩིས་ཁྲར་མ་སླེབས།

## property-safety-protect-money
q-property-safety-protect-money = གཤམ་གྱི་བྱེད་སྟངས་གང་དག་གིས་ཁྱེད་ཀྱི་དངུལ་ལེགས་པར་སྲུང་ཐུབ། ཡང་དག་པའི་བྱེད་སྟངས་ཚང་མ་འདེམས།
q-property-safety-protect-money-a = ཚོང་ཁྲི་དང་ཁུངས་ལྡན་ App ཁོ་ནའི་ཐོག་ནས་དངུལ་སྤྲོད་པ
q-property-safety-protect-money-a-why = ཡང་དག་རེད། ཚད་ལྡན་གྱི་ལམ་ནས་བྱས་ན། དངུལ་ལས་ཁུངས་ཀྱི་རྩིས་ཁྲར་སླེབས།
q-property-safety-protect-money-b = ཁོས་“ནང་ཁུལ་གྱི་ཐོན་རྫས”ཡིན་ཟེར་བས། ཁོ་རང་སྒེར་གྱི་བྱང་བུར་སྤོ་བ
q-property-safety-protect-money-b-why = ནོར་བ་རེད། ཚད་ལྡན་ལས་ཁུངས་ཀྱིས་ཁྱེད་ལ་དངུལ་མི་སྒེར་ལ་སྤོ་རུ་མི་འཇུག དེ་འདྲའི་དངུལ་ཕལ་ཆེར་ཕྱིར་ལེན་མི་ཐུབ།
q-property-safety-protect-money-c = དངུལ་སྤྲོད་ཐེངས་རེར་བྱུང་ཐོ་ལེན་ནས། ཁྱིམ་དུ་ལོག་ནས་ཞིབ་བཤེར་བྱེད་པ
q-property-safety-protect-money-c-why = ཡང་དག་རེད། བྱུང་ཐོ་ཡོད་ན། དཀའ་ངལ་བྱུང་སྐབས་ཞིབ་བཤེར་བྱེད་པའི་དཔང་རྟགས་ཡོད།
q-property-safety-protect-money-d = གསང་གྲངས་དང་ར་སྤྲོད་ཨང་གྲངས་རང་གིས་སྲུང་། མི་གཞན་ལ་མི་ཤོད་པ
q-property-safety-protect-money-d-why = ཡང་དག་རེད། ལས་ཁུངས་ཀྱིས་ཁྱེད་ཀྱི་དངུལ་ལེགས་པར་དོ་དམ་བྱེད་དགོས། ཁྱེད་རང་གིས་ཀྱང་གསང་གྲངས་དང་ར་སྤྲོད་ཨང་གྲངས་སྲུང་དགོས།

## seek-compensation-first-step
q-seek-compensation-first-step = ཉོས་པའི་དངུལ་རྩིས་ཐོན་རྫས་སམ་ཞབས་ཞུ་ལ་ཡིད་མ་ཚིམ་ན། གོམ་པ་དང་པོར་སྤྱིར་བཏང་སུ་ལ་འཚོལ་དགོས།
q-seek-compensation-first-step-a = ཐད་ཀར་ཁྲིམས་ཁང་དུ་གཏུག་པ
q-seek-compensation-first-step-a-why = ནོར་བ་རེད། ཁྲིམས་ཁང་དུ་གཏུག་ཆོག་ཀྱང་། སྤྱིར་བཏང་རྗེས་སུ་བཞག སྔོན་ལ་ལས་ཁུངས་ལ་འཚོལ། དེ་རྗེས་ 12378 ལ་ཁ་པར་གཏོང་། བར་འདུམ་ཡང་ཞུ་ཆོག
q-seek-compensation-first-step-b = དངུལ་བཏང་ནས་“ཐོབ་ཐང་སྲུང་སྐྱོབ་ཚབ་སྒྲུབ”པ་འཚོལ་བ
q-seek-compensation-first-step-b-why = ནོར་བ་རེད། ཞུ་གཏུག་ཁྱེད་རང་གིས་བྱེད་ཐུབ། དངུལ་མི་དགོས། དངུལ་ལེན་པའི་“ཐོབ་ཐང་སྲུང་སྐྱོབ་ཚབ་སྒྲུབ”ནི་རྒྱུན་དུ་མགོ་སྐོར་ཡིན།
q-seek-compensation-first-step-c = ཐོན་རྫས་ཁྱེད་ལ་བཙོངས་པའི་ལས་ཁུངས་དེ
q-seek-compensation-first-step-c-why = ཡང་དག་རེད། སྔོན་ལ་ལས་ཁུངས་དེའི་ཁུངས་ལྡན་ཞབས་ཞུ་དང་། ཚོང་ཁྲི། App བཅས་ནས་ཞུ་གཏུག་བྱོས། ཐག་མ་ཆོད་ན་ 12378 ལ་ཁ་པར་གཏོང་།
q-seek-compensation-first-step-d = དྲ་ཐོག་ཏུ་“ཞབས་ཞུའི་ཁ་པར”ཞིག་གང་བྱུང་འཚོལ་བ
q-seek-compensation-first-step-d-why = ནོར་བ་རེད། དྲ་ཐོག་ནས་རྙེད་པའི་ཨང་གྲངས་རྫུན་མ་ཡིན་སྲིད། ཉེན་སྲུང་ཡིག་ཆ་དང་། གན་རྒྱ། དངུལ་ཁང་གི་བྱང་བུའི་སྟེང་པར་དུ་བསྐྲུན་པའི་ཨང་གྲངས་ལ་ཁ་པར་གཏོང་དགོས།

## seek-compensation-need-paid-agent
q-seek-compensation-need-paid-agent = ཞུ་གཏུག་དང་གུན་གསབ་རེ་འདོད་ན། ངེས་པར་དུ་དངུལ་བཏང་ནས་“ཐོབ་ཐང་སྲུང་སྐྱོབ་ཚབ་སྒྲུབ”པ་འཚོལ་དགོས། ཁྱེད་རང་གིས་ཞུ་གཏུག་བྱས་ན་སུས་ཀྱང་དོ་སྣང་མི་བྱེད།
q-seek-compensation-need-paid-agent-true-why = ནོར་བ་རེད། ལས་ཁུངས་ཀྱིས་ཁྱེད་ཀྱི་ཞུ་གཏུག་ལ་སེམས་ཞུགས་ཀྱིས་ཐག་གཅོད་ངེས་པར་བྱེད་དགོས། ཁྱེད་རང་གིས་ཞུ་གཏུག་བྱེད་ཐུབ། དངུལ་བཏང་ནས་“ཚབ་སྒྲུབ་པ”འཚོལ་མི་དགོས།
q-seek-compensation-need-paid-agent-false-why = ཡང་དག་རེད། ཁྱེད་རང་གིས་ཞུ་གཏུག་བྱེད་ཐུབ། སྔོན་ལ་ལས་ཁུངས་ལ་འཚོལ། དེ་རྗེས་ 12378 ལ་ཁ་པར་གཏོང་། རིན་མེད་བར་འདུམ་ཡང་ཞུ་ཆོག

## financial-education-you-wont-understand
q-financial-education-you-wont-understand-story = ཨ་མ་ལིའུ་ཡིས་འཚོང་མཁན་ལ་ཐོན་རྫས་འདི་ལ་ཉེན་ཁ་ཅི་ཡོད་དྲིས། ཁོས་“བཤད་ཀྱང་ཁྱེད་ཀྱིས་གོ་མི་ཐུབ། མིང་རྟགས་བཀོད་ན་ཆོག”ཟེར།
q-financial-education-you-wont-understand = ཨ་མ་ལིའུ་ཡིས་ཅི་བྱས་ན་ཡག་ཤོས་ཡིན།
q-financial-education-you-wont-understand-a = ཁོར་གསལ་པོ་བཤད་དུ་བཅུག གོ་མ་སོང་ན་སྔོན་ལ་མི་ཉོ་བ
q-financial-education-you-wont-understand-a-why = ཡང་དག་རེད། ཐོན་རྫས་དང་ཉེན་ཁ་སློབ་པ་དང་གོ་བའི་ཐོབ་ཐང་ཁྱེད་ལ་ཡོད། གོ་མ་སོང་ན་སྔོན་ལ་མ་ཉོ།
q-financial-education-you-wont-understand-b = ཡང་བསྐྱར་དྲི་རྒྱུར་ངོ་ཚ་བས། མིང་རྟགས་བཀོད་པ
q-financial-education-you-wont-understand-b-why = ནོར་བ་རེད། མང་ཙམ་དྲིས་ན་ངོ་ཚ་རྒྱུ་མེད། གོ་མ་སོང་བར་མིང་རྟགས་བཀོད་ན། གྱོང་གུད་ཁྱེད་རང་ལ་ཕོག་སྲིད།
q-financial-education-you-wont-understand-c = ཁྱིམ་དུ་ལོག་ནས་རང་གཅིག་པུས་བསམ། སུ་ལའང་མི་ཤོད་པ
q-financial-education-you-wont-understand-c-why = ནོར་བ་རེད། ནང་མི་ལ་མཉམ་དུ་ལྟ་རོགས་བྱེད་དུ་འཇུག་ཆོག ལས་ཁུངས་ཀྱི་ཁུངས་ལྡན་ཞབས་ཞུ་ལ་ཁ་པར་བཏང་ནས་དྲི་ཡང་ཆོག

## financial-education-ways-to-learn
q-financial-education-ways-to-learn = དངུལ་རྩིས་ཐོན་རྫས་གོ་འདོད་ན། གཤམ་གྱི་བྱེད་སྟངས་གང་དག་ཡང་དག་ཡིན། ཡང་དག་པའི་བྱེད་སྟངས་ཚང་མ་འདེམས།
q-financial-education-ways-to-learn-a = ལས་ཁུངས་ཀྱི་ལས་བྱེད་པར་གསལ་པོ་བཤད་དུ་འཇུག་པ
q-financial-education-ways-to-learn-a-why = ཡང་དག་རེད། ཐོན་རྫས་དང་ཉེན་ཁ་གོ་བར་ཁྱེད་ལ་རོགས་པ་བྱེད་པ་ལས་ཁུངས་ཀྱི་འགན་ཡིན།
q-financial-education-ways-to-learn-b = དངུལ་ཁང་གི་ལས་ཁུངས་དང་སྡེ་ཁུལ་གྱི་དངུལ་རྩིས་ཤེས་བྱའི་བཤད་ཁྲིད་ཉན་དུ་འགྲོ་བ
q-financial-education-ways-to-learn-b-why = ཡང་དག་རེད། ཤེས་པ་བྱུང་ན་མགོ་སྐོར་ཐེབས་མི་སླ།
q-financial-education-ways-to-learn-c = ངོ་མི་ཤེས་པའི་མིས་བཤད་པའི་“ནང་ཁུལ་གྱི་གསར་འགྱུར”ཁོ་ན་ཉན་པ
q-financial-education-ways-to-learn-c-why = ནོར་བ་རེད། ངོ་མི་ཤེས་པའི་མིའི་“ནང་ཁུལ་གྱི་གསར་འགྱུར”ཞིབ་བཤེར་བྱེད་ཐབས་མེད། རྒྱུན་དུ་མགོ་སྐོར་གྱི་འགོ་འཛུགས་ཡིན།
q-financial-education-ways-to-learn-d = ནང་མི་ལ་མཉམ་དུ་ལྟ་རོགས་བྱེད་དུ་འཇུག་པ
q-financial-education-ways-to-learn-d-why = ཡང་དག་རེད། མི་གཅིག་མང་ཙམ་གྱིས་བལྟས་ན། ཡིད་ཆེས་ཆ་གཅིག་མང་དུ་འགྲོ།

## respect-and-dignity-impatient-staff
q-respect-and-dignity-impatient-staff-story = ཨ་ཕོ་ལི་དངུལ་ཁང་དུ་བྱ་བ་སྒྲུབ་པར་ཕྱིན་ནས་དྲི་བ་འགའ་མང་ཙམ་དྲིས། ལས་བྱེད་པས་ཁོ་ལོ་ན་རྒས་པར་ཞེ་སུན་ནས་བཟོད་སྒོམ་མ་བྱས། ཁོའི་བྱ་བ་ཡང་མ་བསྒྲུབས།
q-respect-and-dignity-impatient-staff = ཨ་ཕོ་ལིས་ཅི་བྱེད་ཆོག
q-respect-and-dignity-impatient-staff-a = བཟོད་པ་བསྒོམས་ནས་ཕྱིས་སུ་ནམ་ཡང་མི་ཡོང་བ
q-respect-and-dignity-impatient-staff-a-why = ནོར་བ་རེད། ཁྱེད་ཀྱིས་བཟོད་མི་དགོས། ལོ་ན་རྒས་པ་ནི་ཁྱེད་ལ་དོ་སྣང་མི་བྱེད་པའི་རྒྱུ་མཚན་མིན།
q-respect-and-dignity-impatient-staff-b = ཕྱིས་སུ་ཁྱིམ་དུ་ཡོང་ནས་ཚོང་བསྐུལ་བྱེད་མཁན་ལ་སྒྲུབ་ཏུ་འཇུག་པ
q-respect-and-dignity-impatient-staff-b-why = ནོར་བ་རེད། ཁྱིམ་དུ་ཡོང་ནས་ཚོང་བསྐུལ་བྱེད་མཁན་གྱི་ངོ་བོ་ཞིབ་བཤེར་བྱེད་དཀའ་ཞིང་ཉེན་ཁ་ཡོད། ད་དུང་ཚད་ལྡན་གྱི་ལམ་ནས་འགྲོ་དགོས།
q-respect-and-dignity-impatient-staff-c = ཁོར་བཟོད་སྒོམ་གྱིས་བཤད་དུ་འཇུག་པའམ་མི་བརྗེ་རུ་འཇུག་པ། མ་འགྲིག་ན་ཞུ་གཏུག་བྱེད་པ
q-respect-and-dignity-impatient-staff-c-why = ཡང་དག་རེད། བཟོད་སྒོམ་དང་ཡ་རབས་ཀྱི་ཞབས་ཞུ་ཐོབ་པའི་ཐོབ་ཐང་ཁྱེད་ལ་ཡོད། དུས་ཚོད་དང་། དངུལ་ཁང་གི་ལས་ཁུངས། ལས་ཨང་བཅས་ཟིན་བྲིས་ནས་ལས་ཁུངས་ལ་ཞུ་གཏུག་བྱོས། ཡིད་མ་ཚིམ་ན་ 12378 ལ་ཁ་པར་གཏོང་།

## respect-and-dignity-ethnic-language
q-respect-and-dignity-ethnic-language = ཁྱེད་ཀྱིས་རང་མི་རིགས་ཀྱི་སྐད་བཤད་ཅིང་རྒྱ་སྐད་ཡག་པོ་མི་ཤེས་ཀྱང་། ལས་བྱེད་པས་བཟོད་སྒོམ་དང་ཡ་རབས་ཀྱིས་ཁྱེད་ལ་ཞབས་ཞུ་བྱེད་དགོས།
q-respect-and-dignity-ethnic-language-true-why = ཡང་དག་རེད། ཁྱེད་ཀྱི་མི་ཚེའི་གཟི་བརྗིད་དང་མི་རིགས་ཀྱི་ལམ་སྲོལ་གོམས་གཤིས་ལ་བརྩི་བཀུར་བྱེད་དགོས། མི་རིགས་དང་ལོ་ཚོད་ཀྱི་རྒྱུ་མཚན་གྱིས་ཁྱེད་ལ་ཁྱད་གསོད་བྱེད་མི་ཆོག
q-respect-and-dignity-ethnic-language-false-why = ནོར་བ་རེད། མི་རིགས་ཀྱི་སྐད་བཤད་པ་དང་རྒྱ་སྐད་ཡག་པོ་མི་ཤེས་པ་ནི་ཁྱེད་ལ་དོ་སྣང་མི་བྱེད་པའི་རྒྱུ་མཚན་མིན།

## information-security-caller-knows-policy
q-information-security-caller-knows-policy-story = ཨ་ནེ་ཀྲང་ལ་ངོ་མི་ཤེས་པའི་ཁ་པར་ཞིག་ཡོང་། ཁོས་ཁོ་མོའི་མིང་དང་ཉེན་སྲུང་ཡིག་ཆའི་ཨང་གྲངས་བཤད། ཁོས་ཁོ་མོར་“ཉེན་སྲུང་ཕྱིར་འཐེན”རོགས་བྱེད་ཐུབ་ཟེར་ནས། ཁ་པར་ལ་ཡོང་བའི་ར་སྤྲོད་ཨང་གྲངས་ཤོད་དུ་བཅུག
q-information-security-caller-knows-policy = ཨ་ནེ་ཀྲང་གིས་ཅི་བྱེད་དགོས།
q-information-security-caller-knows-policy-a = ཁོས་ཉེན་སྲུང་ཡིག་ཆའི་ཨང་གྲངས་ཤེས་པས་བདེན་པ་ཡིན་ངེས། ར་སྤྲོད་ཨང་གྲངས་ཤོད་པ
q-information-security-caller-knows-policy-a-why = ནོར་བ་རེད། ཁྱེད་ཀྱི་ཆ་འཕྲིན་ཤེས་ཀྱང་། ཁོ་ལས་བྱེད་པ་ངོ་མ་ཡིན་པའི་རྟགས་མ་རེད། ར་སྤྲོད་ཨང་གྲངས་སུས་བླངས་ཀྱང་མ་སྤྲོད།
q-information-security-caller-knows-policy-b = ཁ་པར་བཅད་ནས། ཉེན་སྲུང་ཡིག་ཆའི་སྟེང་གི་ཁུངས་ལྡན་ཞབས་ཞུའི་ཁ་པར་ལ་ཁ་པར་བཏང་སྟེ་ཞིབ་བཤེར་བྱེད་པ
q-information-security-caller-knows-policy-b-why = ཡང་དག་རེད། སྔོན་ལ་ཁ་པར་བཅད། དེ་རྗེས་ཁྱེད་རང་གིས་ཁུངས་ལྡན་ཁ་པར་ལ་དྲིས། ཆ་འཕྲིན་ཕྱིར་འཆོར་ཡོད་དོགས་ན། ལས་ཁུངས་ལ་ཞུ་གཏུག་བྱེད་ཆོག
q-information-security-caller-knows-policy-c = ར་སྤྲོད་ཨང་གྲངས་མི་ཤོད། ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ཙམ་ཤོད་པ
q-information-security-caller-knows-policy-c-why = ནོར་བ་རེད། ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ཀྱང་ཁྱེད་ཀྱི་སྒེར་གྱི་གསང་བ་ཡིན། ངོ་མི་ཤེས་པའི་མི་ལ་ཤོད་མི་ཆོག

## information-security-many-sales-calls
q-information-security-many-sales-calls = བྱ་བ་བསྒྲུབས་རྗེས། ངོ་མི་ཤེས་པའི་ཚོང་བསྐུལ་གྱི་ཁ་པར་རྒྱུན་དུ་ཡོང་བས། ཆ་འཕྲིན་ཕྱིར་འཆོར་ཡོད་དོགས་ན། ཅི་བྱེད་ཆོག
q-information-security-many-sales-calls-a = བྱ་བ་བསྒྲུབས་པའི་ལས་ཁུངས་ལ་ཞུ་གཏུག་བྱས་ནས་འགྲེལ་བཤད་བྱེད་དུ་འཇུག་པ
q-information-security-many-sales-calls-a-why = ཡང་དག་རེད། ཁྱེད་ཀྱི་མི་སྒེར་གྱི་ཆ་འཕྲིན་ལེགས་པར་སྲུང་བ་ལས་ཁུངས་ཀྱི་འགན་ཡིན། མཉམ་ལས་ཀུང་སི་ལ་གཏད་སྐབས་ཀྱང་དེ་བཞིན་ཡིན།
q-information-security-many-sales-calls-b = ཁ་པར་གཏོང་མཁན་ལ་ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་ཨང་གྲངས་བཤད་ནས་ཞིབ་བཤེར་བྱེད་དུ་འཇུག་པ
q-information-security-many-sales-calls-b-why = ནོར་བ་རེད། དེ་ལྟར་བྱས་ན་ཆ་འཕྲིན་དེ་བས་མང་བ་ཕྱིར་འཆོར། ངོ་མི་ཤེས་པའི་ཁ་པར་ལ་མི་སྒེར་གྱི་ཆ་འཕྲིན་གང་ཡང་མ་ཤོད།
q-information-security-many-sales-calls-c = ཐབས་མེད་པས་བཟོད་པ་ཁོ་ན་སྒོམ་དགོས
q-information-security-many-sales-calls-c-why = ནོར་བ་རེད། ཆ་འཕྲིན་བདེ་འཇགས་ནི་ཁྱེད་ཀྱི་ཐོབ་ཐང་ཡིན། སྔོན་ལ་ལས་ཁུངས་ལ་ཞུ་གཏུག་བྱེད་ཆོག ཡིད་མ་ཚིམ་ན་ 12378 ལ་ཁ་པར་གཏོང་།

## personal-information-id-photo
q-personal-information-id-photo = མི་ཞིག་གིས་ WeChat ཐོག་ཁྱེད་ལ་ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་ངོས་གཉིས་ཀྱི་པར་བསྐུར་དུ་བཅུག་ནས། “རོགས་དངུལ་ལེན་པར་དགོས”ཟེར། ཁྱེད་ཀྱིས་ཅི་བྱེད་དགོས།
q-personal-information-id-photo-a = བསྐུར་བ། རོགས་དངུལ་ལེན་པ་གལ་ཆེ
q-personal-information-id-photo-a-why = ནོར་བ་རེད། ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་པར་སྤྲད་ན། ཁྱེད་ཀྱི་མིང་ཐོག་ནས་བྱང་བུ་བཟོ་བ་དང་བུ་ལོན་ལེན་པར་བཀོལ་སྲིད།
q-personal-information-id-photo-b = མི་བསྐུར། སྔོན་ལ་ཁུངས་ལྡན་ལམ་ནས་ཞིབ་བཤེར་བྱེད་པ
q-personal-information-id-photo-b-why = ཡང་དག་རེད། བྱ་བ་ངོ་མ་སྒྲུབ་དགོས་ན། ཁུངས་ལྡན་གྱི་ཞབས་ཞུ་ཁང་དུ་འགྲོ་བའམ་ཁུངས་ལྡན་ཁ་པར་ལ་གསལ་པོ་དྲིས། ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་པར་ངོ་མི་ཤེས་པའི་མི་ལ་མ་བསྐུར།
q-personal-information-id-photo-c = ངོས་མདུན་མ་ཙམ་བསྐུར། རྒྱབ་ངོས་མི་བསྐུར་བ
q-personal-information-id-photo-c-why = ནོར་བ་རེད། ངོས་གཅིག་ཙམ་བསྐུར་ཡང་ཉེན་ཁ་ཡོད། དེ་བཞིན་དུ་མི་གཞན་གྱིས་བཀོལ་སྲིད།

## personal-information-stranger-requests
q-personal-information-stranger-requests = ངོ་མི་ཤེས་པའི་མི་ཞིག་གིས་ཁྱེད་དང་འབྲེལ་བ་བྱེད་སྐབས། གཤམ་གྱི་བླང་བྱ་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-personal-information-stranger-requests-a = བྱང་བུའི་རྒྱབ་ངོས་སུ་པར་དུ་བསྐྲུན་པའི་ཁུངས་ལྡན་ཁ་པར་ལ་ཁ་པར་བཏང་ནས་ཞིབ་བཤེར་བྱེད་པར་དྲན་སྐུལ་བྱེད་པ
q-personal-information-stranger-requests-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། ཁྱེད་རང་གིས་ཁུངས་ལྡན་ཁ་པར་ལ་ཁ་པར་བཏང་ནས་ཞིབ་བཤེར་བྱེད་པ་ནི་བདེ་འཇགས་ཀྱི་བྱེད་སྟངས་ཡིན།
q-personal-information-stranger-requests-b = ཁྱེད་ལ་ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་པར་བརྒྱབ་ནས་ཁོ་ལ་བསྐུར་དུ་འཇུག་པ
q-personal-information-stranger-requests-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་པར་ཁྱེད་ཀྱི་མིང་ཐོག་ནས་བྱ་བ་སྒྲུབ་པར་བཀོལ་སྲིད།
q-personal-information-stranger-requests-c = ཁ་པར་ལ་ཡོང་བའི་ར་སྤྲོད་ཨང་གྲངས་ཀློག་ཏུ་འཇུག་པ
q-personal-information-stranger-requests-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ར་སྤྲོད་ཨང་གྲངས་ནི་ལྡེ་མིག་དང་འདྲ། སུས་བླངས་ཀྱང་སྤྲོད་མི་ཆོག
q-personal-information-stranger-requests-d = སྦྲེལ་མཐུད་ཅིག་བསྐུར་ནས། “ཆ་འཕྲིན་འགོད”དུ་འཇུག་པ
q-personal-information-stranger-requests-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ངོ་མི་ཤེས་པའི་སྦྲེལ་མཐུད་ནི་དྲ་ཚིགས་རྫུན་མ་ཡིན་སྲིད། བཀོད་པའི་ཆ་འཕྲིན་རྐུ་འཕྲོག་ཐེབས་སྲིད།

## personal-information-share-id-online
q-personal-information-share-id-online = ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་པར་ཚོགས་ཁག་གམ་གྲོགས་པོའི་ཁོར་ཡུག་ཏུ་བསྐུར་ཡང་ཕྱོགས་མེད། མི་གཞན་གྱིས་བླངས་ཀྱང་ཕན་མེད།
q-personal-information-share-id-online-true-why = ནོར་བ་རེད། ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་པར་ཁྱེད་ཀྱི་མིང་ཐོག་ནས་བྱང་བུ་བཟོ་བ་དང་བུ་ལོན་ལེན་པར་བཀོལ་སྲིད། གང་བྱུང་མ་བསྐུར།
q-personal-information-share-id-online-false-why = ཡང་དག་རེད། ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་པར་ནི་གལ་ཆེའི་མི་སྒེར་གྱི་ཆ་འཕྲིན་ཡིན། ཚོགས་ཁག་གམ་གྲོགས་པོའི་ཁོར་ཡུག་ཏུ་མ་བསྐུར།

## personal-information-sms-link
q-personal-information-sms-link = ཁྱེད་ལ་འཕྲིན་ཐུང་ཞིག་ཡོང་། ཁྱེད་ཀྱི་ཉེན་སྲུང་ཡིག་ཆ་“འཕྲལ་མར་ནུས་མེད་དུ་འགྲོ”ཟེར། སྦྲེལ་མཐུད་ལ་མནན་ནས་ངོ་སྤྲོད་ལག་ཁྱེར་དང་དངུལ་ཁང་གི་བྱང་བུའི་ཨང་གྲངས་བཀོད་ན་སླར་གསོ་ཐུབ་ཟེར། ཁྱེད་ཀྱིས་ཅི་བྱེད་དགོས།
q-personal-information-sms-link-a = མྱུར་དུ་ནང་དུ་མནན་ནས་ཆ་འཕྲིན་འགོད་པ
q-personal-information-sms-link-a-why = ནོར་བ་རེད། ངོ་མི་ཤེས་པའི་སྦྲེལ་མཐུད་ནི་དྲ་ཚིགས་རྫུན་མ་ཡིན་སྲིད། བཀོད་པའི་ལག་ཁྱེར་དང་བྱང་བུའི་ཨང་གྲངས་མགོ་སྐོར་བས་ལེན།
q-personal-information-sms-link-b = འཕྲིན་ཐུང་ལ་ལན་བཏང་ནས་བདེན་མིན་དྲི་བ
q-personal-information-sms-link-b-why = ནོར་བ་རེད། འཕྲིན་ཐུང་ལ་ལན་བཏང་ཡང་འཕྲིན་ཐུང་བཏང་མཁན་དེ་ཉིད་ལ་དྲི་བ་ཡིན་པས། བདེན་གཏམ་ཐོབ་མི་ཐུབ།
q-personal-information-sms-link-c = སྦྲེལ་མཐུད་ལ་མི་མནན། ཉེན་སྲུང་ཡིག་ཆའི་སྟེང་གི་ཁུངས་ལྡན་ཁ་པར་ལ་དྲི་བ
q-personal-information-sms-link-c-why = ཡང་དག་རེད། ཉེན་སྲུང་ཡིག་ཆ་ལ་དཀའ་ངལ་ཡོད་མེད། ཉེན་སྲུང་ཡིག་ཆའི་སྟེང་པར་དུ་བསྐྲུན་པའི་ཁུངས་ལྡན་ཞབས་ཞུའི་ཁ་པར་ལ་དྲིས་ན་གསལ་པོ་ཤེས་ཐུབ།

## payments-and-passwords-code-to-caller
q-payments-and-passwords-code-to-caller = ཁོས་དངུལ་ཁང་གི་ཞབས་ཞུ་བ་ཡིན་ཟེར་ན། ཁ་པར་ལ་ཡོང་བའི་ར་སྤྲོད་ཨང་གྲངས་ཁོ་ལ་ཤོད་ཆོག
q-payments-and-passwords-code-to-caller-true-why = ནོར་བ་རེད། ཞབས་ཞུ་བ་ངོ་མས་ཁྱེད་ཀྱི་ར་སྤྲོད་ཨང་གྲངས་མི་ལེན། སུས་ར་སྤྲོད་ཨང་གྲངས་བླངས་ཀྱང་མ་སྤྲོད།
q-payments-and-passwords-code-to-caller-false-why = ཡང་དག་རེད། ར་སྤྲོད་ཨང་གྲངས་དང་གསང་གྲངས་ཁྱེད་རང་ཁོ་ནས་བེད་སྤྱོད་བྱེད་དགོས། ཁོས་རང་ཉིད་སུ་ཡིན་ཟེར་ཡང་མ་ཤོད།

## payments-and-passwords-screen-share
q-payments-and-passwords-screen-share-story = “ཞབས་ཞུ་བ”ཞིག་གིས་ཨ་ནེ་ཁྲེན་ལ་ཁ་པར་བཏང་ནས། ཁོ་མོར་དངུལ་ཕྱིར་སློག་བྱེད་དགོས་ཟེར། ཁོས་ཨ་ནེ་ཁྲེན་ལ་ཁ་པར་གྱི་“བརྙན་ཡོལ་མཉམ་སྤྱོད”ཁ་ཕྱེ་རུ་བཅུག་ནས། ཁོས་བཤད་པ་ལྟར་གོམ་པ་རེ་རེ་བཞིན་བཀོལ་སྤྱོད་བྱེད་དུ་བཅུག
q-payments-and-passwords-screen-share = ཨ་ནེ་ཁྲེན་གྱིས་ཅི་བྱེད་དགོས།
q-payments-and-passwords-screen-share-a = ཁ་པར་བཅད། མཉམ་སྤྱོད་ཁ་མི་འབྱེད། ཁུངས་ལྡན་ཞབས་ཞུ་ལ་ཁ་པར་བཏང་ནས་ཞིབ་བཤེར་བྱེད་པ
q-payments-and-passwords-screen-share-a-why = ཡང་དག་རེད། ཚད་ལྡན་གྱི་དངུལ་ཕྱིར་སློག་ལ་བརྙན་ཡོལ་མཉམ་སྤྱོད་མི་དགོས། ཁ་པར་བཅད་རྗེས། ཁྱེད་རང་གིས་ཁུངས་ལྡན་ཞབས་ཞུའི་ཁ་པར་ལ་གསལ་པོ་དྲིས།
q-payments-and-passwords-screen-share-b = མཉམ་སྤྱོད་ཁ་ཕྱེ་ཡང་གསང་གྲངས་མི་ཤོད་པ
q-payments-and-passwords-screen-share-b-why = ནོར་བ་རེད། བརྙན་ཡོལ་མཉམ་སྤྱོད་བྱས་རྗེས། ཁྱེད་ལ་ཡོང་བའི་ར་སྤྲོད་ཨང་གྲངས་དང་ཁྱེད་ཀྱིས་བཀོད་པའི་ནང་དོན་ཁོས་མཐོང་ཐུབ།
q-payments-and-passwords-screen-share-c = ཁོས་བཤད་པ་ལྟར་བྱེད། དངུལ་ཕྱིར་ལེན་པ་གལ་ཆེ
q-payments-and-passwords-screen-share-c-why = ནོར་བ་རེད། ཁོས་བཤད་པ་ལྟར་བྱས་ན་དངུལ་སྤོས་འགྲོ་སྲིད། དངུལ་སྤོས་ཟིན་ན་མྱུར་དུ་ 110 ལ་ཁ་པར་གཏོང་།

## payments-and-passwords-red-flags
q-payments-and-passwords-red-flags = གཤམ་གྱི་གང་དག་དངུལ་སྤྲོད་སྐབས་ཀྱི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-payments-and-passwords-red-flags-a = ཁོས་“དངུལ་ཕྱིར་སློག་བྱེད་པར་སྔོན་ལ་ལས་གཞིའི་འཐུས་ཤིག་སྤྲོད་དགོས”ཟེར་བ
q-payments-and-passwords-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཚད་ལྡན་གྱི་དངུལ་ཕྱིར་སློག་ལ་ཁྱེད་ཀྱིས་སྔོན་ལ་དངུལ་སྤྲོད་མི་དགོས།
q-payments-and-passwords-red-flags-b = ཚོང་ཁྲི་རུ་བསྒྲུབས་ནས་ཚད་ལྡན་གྱི་བྱུང་ཐོ་ཐོབ་པ
q-payments-and-passwords-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། ཚད་ལྡན་གྱི་ལམ་ནས་སྒྲུབ་པ་དང་བྱུང་ཐོ་ལེགས་པར་ཉར་བ་ནི་བདེ་འཇགས་ཀྱི་བྱེད་སྟངས་ཡིན།
q-payments-and-passwords-red-flags-c = ངོ་མི་ཤེས་པའི་ཨང་རྟགས་གྲུ་བཞི་ཞིག་བཤར་ནས་“དངུལ་ཕྱིར་ལེན”དུ་འཇུག་པ
q-payments-and-passwords-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ངོ་མི་ཤེས་པའི་ཨང་རྟགས་གྲུ་བཞི་བཤར་ན། དངུལ་ལེན་པ་མིན་པར་དངུལ་སྤྲོད་པ་ཡིན་སྲིད།
q-payments-and-passwords-red-flags-d = ཉེན་རྟོག་པ་ཡིན་ཟེར་མཁན་གྱིས་དངུལ་“བདེ་འཇགས་རྩིས་ཁྲ”ལ་སྤོ་རུ་འཇུག་པ
q-payments-and-passwords-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་རྟོག་པ་དང་ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན་གྱིས་ཁྱེད་ལ་དངུལ་“བདེ་འཇགས་རྩིས་ཁྲ”ལ་སྤོ་རུ་མི་འཇུག མྱུར་དུ་ཁ་པར་བཅད་ནས་ 110 ལ་ཁ་པར་གཏོང་།

## payments-and-passwords-pin
q-payments-and-passwords-pin = དངུལ་ཁང་གི་བྱང་བུའི་གསང་གྲངས་ཇི་ལྟར་བྱས་ན་དེ་བས་བདེ་འཇགས་ཡིན།
q-payments-and-passwords-pin-a = མི་བརྗེད་པའི་ཆེད་དུ་བྱང་བུའི་རྒྱབ་ངོས་སུ་འབྲི་བ
q-payments-and-passwords-pin-a-why = ནོར་བ་རེད། བྱང་བུ་དང་གསང་གྲངས་ས་གཅིག་ཏུ་བཞག་ན། བྱང་བུ་བོར་མ་ཐག་དངུལ་ཡང་ཉེན་ཁར་འགྲོ།
q-payments-and-passwords-pin-b = ལས་བྱེད་པ་ལ་བཤད་ནས་ཁོར་ཚབ་ཏུ་འགོད་དུ་འཇུག་པ
q-payments-and-passwords-pin-b-why = ནོར་བ་རེད། གསང་གྲངས་རང་གིས་འགོད་དགོས། སུ་ལའང་མི་ཤོད། ལས་བྱེད་པ་ཡིན་ཡང་དེ་བཞིན།
q-payments-and-passwords-pin-c = དྲན་སླ་བའི་ཆེད་དུ་རང་གི་སྐྱེས་སྐར་བེད་སྤྱོད་པ
q-payments-and-passwords-pin-c-why = ནོར་བ་རེད། སྐྱེས་སྐར་མི་གཞན་གྱིས་ཤེས་སླ་ལ་བསམ་ཤེས་ཀྱང་སླ།
q-payments-and-passwords-pin-d = རང་གིས་ཡིད་ལ་འཛིན། འགོད་སྐབས་ལག་པས་བཀབ་པ
q-payments-and-passwords-pin-d-why = ཡང་དག་རེད། གསང་གྲངས་ཁྱེད་རང་ཁོ་ནས་ཤེས་དགོས། འགོད་སྐབས་བཀབ་ན་མི་གཞན་གྱིས་གསང་ལྟ་བྱེད་པ་འགོག་ཐུབ།

## insurance-basics-dormant-policies
q-insurance-basics-dormant-policies = ཁྱིམ་དུ་ཉོས་ནས་བརྗེད་པའི་“བརྗེད་པའི་ཉེན་སྲུང་ཡིག་ཆ”ཡོད་སྲིད། རང་ལ་ཉེན་སྲུང་ཡིག་ཆ་གང་དག་ཡོད་པ་དུས་ངེས་ཅན་དུ་ཞིབ་བཤེར་བྱེད་པ་ནི་གོམས་གཤིས་ཡག་པོ་ཞིག་ཡིན།
q-insurance-basics-dormant-policies-true-why = ཡང་དག་རེད། རང་ལ་ཉེན་སྲུང་ཡིག་ཆ་གང་དག་ཡོད་པ་གསལ་པོ་ཤེས་ན། དགོས་སྐབས་ཐོབ་རིགས་ཀྱི་ཉེན་སྲུང་ལུས་མི་སྲིད། ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ཞབས་ཞུ་ལ་དྲི་ཆོག
q-insurance-basics-dormant-policies-false-why = ནོར་བ་རེད། བརྗེད་པའི་ཉེན་སྲུང་ཡིག་ཆ་ཡང་ཁྱེད་ཀྱི་ཉེན་སྲུང་ཡིན། ཞིབ་བཤེར་བྱེད་འོས།

## insurance-basics-surrender-meaning
q-insurance-basics-surrender-meaning = ཉེན་སྲུང་ཕྱིར་འཐེན་བྱས་རྗེས་ཅི་ཞིག་འབྱུང་།
q-insurance-basics-surrender-meaning-a = སྤྲད་པའི་དངུལ་ཚང་མ་ཕྱིར་ཐོབ། ཉེན་སྲུང་ཡང་ད་དུང་ཡོད
q-insurance-basics-surrender-meaning-a-why = ནོར་བ་རེད། ཕྱིར་འཐེན་བྱས་རྗེས་ཉེན་སྲུང་མེད་པར་འགྱུར། མི་ཞིག་གིས་“ཉེན་སྲུང་འཐུས་ཧྲིལ་པོ་ཕྱིར་ལེན”ཁས་ལེན་བྱེད་ན། ཧ་ཅང་གཟབ་ནན་བྱེད་དགོས།
q-insurance-basics-surrender-meaning-b = ཉེན་སྲུང་མེད་པར་འགྱུར། ཕྱིར་ཐོབ་པའི་དངུལ་ཡང་སྤྲད་པ་ལས་ཉུང་སྲིད
q-insurance-basics-surrender-meaning-b-why = ཡང་དག་རེད། ཕྱིར་འཐེན་མ་བྱས་གོང་ཉེན་སྲུང་ཡིག་ཆའི་དོན་ཚན་ལྟོས། ག་ཚོད་ཕྱིར་ཐོབ་པ་དང་ཉེན་སྲུང་གང་དག་མེད་པར་འགྱུར་བ་གསལ་པོ་དྲིས་རྗེས་ཐག་གཅོད།
q-insurance-basics-surrender-meaning-c = ཤུགས་རྐྱེན་ཅི་ཡང་མེད
q-insurance-basics-surrender-meaning-c-why = ནོར་བ་རེད། ཕྱིར་འཐེན་བྱས་ན་ཉེན་སྲུང་མེད་པར་འགྱུར་ཞིང་། གྱོང་གུད་ཀྱང་ཕོག་སྲིད།

## insurance-basics-complaint-next-step
q-insurance-basics-complaint-next-step = ཉེན་སྲུང་ཀུང་སིའི་ཐག་གཅོད་ལ་ཡིད་མ་ཚིམ་པས། ཀུང་སི་དེ་ལ་ཞུ་གཏུག་བྱས་ཟིན། མཇུག་འབྲས་ལ་ད་དུང་ཡིད་མ་ཚིམ། གོམ་པ་རྗེས་མར་ཅི་བྱེད་ཆོག
q-insurance-basics-complaint-next-step-a = ཁྱིམ་དུ་ཡོང་བའི་“ཐོབ་ཐང་སྲུང་སྐྱོབ་ཆེད་མཁས་པ”ལ་དངུལ་སྤྲོད་པ
q-insurance-basics-complaint-next-step-a-why = ནོར་བ་རེད། ཁྱེད་རང་གིས་ཞུ་གཏུག་བྱེད་ཐུབ། དངུལ་བཏང་ནས་མི་འཚོལ་མི་དགོས། དངུལ་ལེན་ནས་ཐོབ་ཐང་སྲུང་སྐྱོབ་ཚབ་སྒྲུབ་བྱེད་པ་རྒྱུན་དུ་མགོ་སྐོར་ཡིན།
q-insurance-basics-complaint-next-step-b = ཉེན་སྲུང་ཡིག་ཆ་དང་ངོ་སྤྲོད་ལག་ཁྱེར་“ཉེན་སྲུང་ཕྱིར་འཐེན་ཚབ་སྒྲུབ་པ”ལ་གཏད་པ
q-insurance-basics-complaint-next-step-b-why = ནོར་བ་རེད། ཉེན་སྲུང་ཡིག་ཆ་དང་ལག་ཁྱེར་གཏད་ན། ཉེན་སྲུང་བོར་སྲིད། ཆ་འཕྲིན་ཡང་གང་བྱུང་བཀོལ་སྲིད།
q-insurance-basics-complaint-next-step-c = 12378 ལ་ཁ་པར་བཏང་ནས་ཞུ་གཏུག་བྱེད་པ
q-insurance-basics-complaint-next-step-c-why = ཡང་དག་རེད། ལས་ཁུངས་ཀྱི་ཐག་གཅོད་ལ་ཡིད་མ་ཚིམ་ན་ 12378 ལ་ཁ་པར་གཏོང་ཆོག ད་དུང་རིན་མེད་བར་འདུམ་ཞུ་བའམ། བར་བཅད་ཞུ་བ། ཁྲིམས་ཁང་དུ་གཏུག་པ་ཡང་ཆོག

## agent-surrender-full-refund-call
q-agent-surrender-full-refund-call-story = “ཉེན་སྲུང་ཕྱིར་འཐེན་ཆེད་མཁས་པ”ཡིན་ཟེར་མཁན་ཞིག་གིས་ཨ་ནེ་ལི་ལ་ཁ་པར་བཏང་། ཁོས་ཁོ་མོས་ལོ་མང་སྤྲད་པའི་ཉེན་སྲུང་འཐུས་ཧྲིལ་པོ་ཕྱིར་ལེན་པར་རོགས་བྱེད་ཐུབ། ལས་གཞིའི་འཐུས་ཉུང་ཙམ་ཁོ་ན་ལེན་ཟེར།
q-agent-surrender-full-refund-call = ཨ་ནེ་ལིས་ཅི་བྱེད་དགོས།
q-agent-surrender-full-refund-call-a = སྔོན་ལ་ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་པར་ཁོ་ལ་བསྐུར་ནས་སྒྲུབ་ཏུ་འཇུག་པ
q-agent-surrender-full-refund-call-a-why = ནོར་བ་རེད། ལག་ཁྱེར་དང་ཉེན་སྲུང་ཡིག་ཆའི་ཆ་འཕྲིན་སྤྲད་མ་ཐག ཁྱེད་ཀྱི་མིང་ཐོག་ནས་ཞུ་གཏུག་དང་བྱ་བ་གཞན་སྒྲུབ་པར་བཀོལ་སྲིད།
q-agent-surrender-full-refund-call-b = སྔོན་ལ་ལས་གཞིའི་འཐུས་ཉུང་ཙམ་སྤྲད་ནས་ཚོད་ལྟ་བྱེད་པ
q-agent-surrender-full-refund-call-b-why = ནོར་བ་རེད། “ཉེན་སྲུང་འཐུས་ཧྲིལ་པོ་ཕྱིར་ལེན”ནི་རྒྱུན་མཐོང་གི་མགོ་སྐོར་གཏམ་ཡིན། དངུལ་སྤྲད་ན་ཕྱིར་ལེན་མི་ཐུབ་པའི་ཉེན་ཁ་ཆེ།
q-agent-surrender-full-refund-call-c = ཁ་པར་བཅད། དོགས་པ་ཡོད་ན་ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ལམ་ལ་འཚོལ་བ
q-agent-surrender-full-refund-call-c-why = ཡང་དག་རེད། ཉེན་སྲུང་ཕྱིར་འཐེན་དང་གུན་གསབ་ལེན་པ་ཁྱེད་རང་གིས་ཉེན་སྲུང་ཀུང་སི་ལ་འཚོལ་ནས་སྒྲུབ་ཐུབ། དངུལ་བཏང་ནས་“ཚབ་སྒྲུབ་པ”འཚོལ་མི་དགོས།
q-agent-surrender-full-refund-call-d = ཚབ་སྒྲུབ་གཏད་འཛིན་གྲོས་མཐུན་བསྐུར་དུ་བཅུག་ནས་མིང་རྟགས་འགོད་པ
q-agent-surrender-full-refund-call-d-why = ནོར་བ་རེད། “ཚབ་སྒྲུབ་གཏད་འཛིན་གྲོས་མཐུན”འདི་རིགས་རྫུན་མ་ཡིན་སྲིད། མིང་རྟགས་བཀོད་རྗེས། ཁོས་ཁྱེད་ཀྱི་མིང་ཐོག་ནས་བྱ་བ་སྒྲུབ་སྲིད། ཁྱེད་ལ་འཐུས་མཐོ་པོ་ཡང་ལེན་སྲིད།

## agent-surrender-cash-value
q-agent-surrender-cash-value = མི་ཚེའི་ཉེན་སྲུང་ཡུན་རིང་བ་ཞིག་ལ་ལོ་འགའ་སྤྲད་རྗེས་དུས་མ་སླེབས་གོང་ཕྱིར་འཐེན་བྱས་ན། སྤྱིར་བཏང་དངུལ་ག་ཚོད་ཕྱིར་ཐོབ།
q-agent-surrender-cash-value-a = སྤྲད་ཟིན་པའི་ཉེན་སྲུང་འཐུས་ཚང་མ་ཕྱིར་ཐོབ
q-agent-surrender-cash-value-a-why = ནོར་བ་རེད། བར་སྐབས་སུ་ཕྱིར་འཐེན་བྱས་ན་སྤྱིར་བཏང་དངུལ་ཧྲིལ་པོ་ཕྱིར་མི་ཐོབ། “ཧྲིལ་པོ་ཕྱིར་ལེན་ཐུབ”ཟེར་ན་ཧ་ཅང་གཟབ་ནན་བྱེད་དགོས།
q-agent-surrender-cash-value-b = སྤྱིར་བཏང་གན་རྒྱ་ལྟར་དངུལ་དངོས་ཀྱི་རིན་ཐང་ཕྱིར་ཐོབ། རྒྱུན་དུ་སྤྲད་པ་ལས་ཉུང་
q-agent-surrender-cash-value-b-why = ཡང་དག་རེད། ཕྱིར་འཐེན་བྱས་ན་ག་ཚོད་ཕྱིར་ཐོབ་པ་གན་རྒྱའི་ནང་བྲིས་ཡོད། གོ་མ་སོང་ན་ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ཞབས་ཞུ་ལ་དྲིས།
q-agent-surrender-cash-value-c = བར་མི་ཡག་པོ་རྙེད་ན་ཧྲིལ་པོ་ཕྱིར་ཐོབ
q-agent-surrender-cash-value-c-why = ནོར་བ་རེད། བར་མིས་གན་རྒྱ་བསྒྱུར་མི་ཐུབ། ཁོ་ཚོས་རྒྱུན་དུ་ཁྱེད་ཀྱི་“ཞབས་ཞུའི་འཐུས”ལེན་འདོད་པ་ཙམ་ཡིན།

## agent-surrender-do-it-yourself
q-agent-surrender-do-it-yourself = ཉེན་སྲུང་ཕྱིར་འཐེན་བྱེད་འདོད་ན། ཁྱེད་རང་གིས་ཐད་ཀར་ཉེན་སྲུང་ཀུང་སི་ལ་འཚོལ་ནས་སྒྲུབ་ཆོག དངུལ་བཏང་ནས་ཚབ་སྒྲུབ་པ་འཚོལ་མི་དགོས།
q-agent-surrender-do-it-yourself-true-why = ཡང་དག་རེད། ཕྱིར་འཐེན་བྱེད་མིན་ཁྱེད་རང་གིས་ཐག་གཅོད། ཉེན་སྲུང་ཀུང་སིའི་ཚོང་ཁྲི་དང་། ཞབས་ཞུ། ཁུངས་ལྡན་ App བཅས་ལ་ཐད་ཀར་འཚོལ་ན་སྒྲུབ་ཐུབ།
q-agent-surrender-do-it-yourself-false-why = ནོར་བ་རེད། ཕྱིར་འཐེན་ལ་བར་མི་མི་དགོས། དངུལ་བཏང་ནས་“ཚབ་སྒྲུབ་པ”བཙལ་ན། དངུལ་དང་ཆ་འཕྲིན་གཉིས་ཀ་ཤོར་སྲིད།

## agent-surrender-red-flags
q-agent-surrender-red-flags = མི་ཞིག་གིས་ཁྱེད་ལ་“ཉེན་སྲུང་ཕྱིར་འཐེན་ཚབ་སྒྲུབ”བྱེད་ཐུབ་ཟེར། གཤམ་གྱི་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-agent-surrender-red-flags-a = “ཉེན་སྲུང་འཐུས་ཧྲིལ་པོ་ཕྱིར་ལེན”ཁས་ལེན་བྱས་ནས། ཉེན་སྲུང་འཐུས་ཚང་མ་ཕྱིར་ཐོབ་རྒྱུའི་འགན་ལེན་བྱེད་པ
q-agent-surrender-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། བར་སྐབས་སུ་ཕྱིར་འཐེན་བྱས་ན་སྤྱིར་བཏང་དངུལ་ཧྲིལ་པོ་ཕྱིར་མི་ཐོབ། འགན་ལེན་འདི་འདྲ་ཕལ་ཆེར་མགོ་སྐོར་ཡིན།
q-agent-surrender-red-flags-b = ཕྱིར་ལོག་པའི་དངུལ་ནས་ཆ་ཤས་ཆེན་པོ་ཞིག་“ཞབས་ཞུའི་འཐུས”སུ་ལེན་པ
q-agent-surrender-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཁྱེད་རང་གིས་ཕྱིར་འཐེན་བྱས་ན་དངུལ་འདི་སྤྲོད་མི་དགོས། ཁོས་ཁྱེད་ཀྱི་དངུལ་སྤོགས་ཀྱི་ཡོད།
q-agent-surrender-red-flags-c = སྔོན་ལ་ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ཞབས་ཞུ་ལ་ཁ་པར་བཏང་ནས་གསལ་པོ་དྲི་བར་བསམ་འཆར་འདོན་པ
q-agent-surrender-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། སྔོན་ལ་ཁུངས་ལྡན་ལམ་ལ་དྲི་བ་ནི་རང་ཉིད་སྲུང་བའི་ཐབས་ལམ་ཡག་པོ་ཡིན།
q-agent-surrender-red-flags-d = རྒྱུ་མཚན་རྫུན་མ་བཟོ་སྟངས་སློབ་ནས། ཁྱེད་ཀྱི་མིང་ཐོག་ནས་ཞུ་གཏུག་བྱེད་པ
q-agent-surrender-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཁྱེད་ཀྱི་མིང་ཐོག་ནས་ངན་སེམས་ཀྱི་ཞུ་གཏུག་བྱས་ན། དཀའ་ངལ་བྱུང་སྐབས་འགན་ཁྱེད་རང་གིས་ཁུར་དགོས།
q-agent-surrender-red-flags-e = ངོ་སྤྲོད་ལག་ཁྱེར་དང་། ཉེན་སྲུང་ཡིག་ཆ། དངུལ་ཁང་གི་བྱང་བུའི་ཆ་འཕྲིན་བཅས་སྤྲོད་དུ་འཇུག་པ
q-agent-surrender-red-flags-e-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཆ་འཕྲིན་འདི་དག་སྤྲད་ན་མི་གཞན་གྱིས་བཀོལ་སྲིད། དངུལ་ཡང་སྤོས་འགྲོ་སྲིད།

## agent-surrender-consequences
q-agent-surrender-consequences = “ཉེན་སྲུང་ཕྱིར་འཐེན་ཚབ་སྒྲུབ”ལ་ཡིད་ཆེས་ནས་ཉེན་སྲུང་ཕྱིར་འཐེན་བྱས་ན། མཇུག་འབྲས་ཅི་ཞིག་འབྱུང་སྲིད།
q-agent-surrender-consequences-a = ཤུགས་རྐྱེན་ཅི་ཡང་མེད། དངུལ་མང་ཙམ་ཡང་ཐོབ
q-agent-surrender-consequences-a-why = ནོར་བ་རེད། ཕྱིར་འཐེན་བྱས་རྗེས་ཉེན་སྲུང་མེད་པར་འགྱུར། དངུལ་གྱི་ཆ་ཤས་ཆེན་པོ་ཞིག་བར་མིས་ལེན་སྲིད།
q-agent-surrender-consequences-b = ཉེན་སྲུང་ཀུང་སིས་རང་འགུལ་གྱིས་ཉེན་སྲུང་གསར་པ་ཞིག་སྤྲོད
q-agent-surrender-consequences-b-why = ནོར་བ་རེད། ཕྱིར་འཐེན་བྱས་པའི་ཉེན་སྲུང་རང་འགུལ་གྱིས་ཕྱིར་མི་ཡོང་། ཕྱིས་སུ་ཡང་བསྐྱར་ཉོ་ན། ཆ་རྐྱེན་ཡང་འགྱུར་སྲིད།
q-agent-surrender-consequences-c = བར་མིས་ཁྱེད་ཀྱི་མ་འོངས་པའི་ཉེན་སྲུང་ཚང་མའི་འགན་ཁུར
q-agent-surrender-consequences-c-why = ནོར་བ་རེད། བར་མིས་དངུལ་བླངས་རྗེས་མི་རྙེད་པར་འགྱུར་སྲིད། ཁྱེད་ཀྱི་ཚབ་ཏུ་ཉེན་ཁའི་འགན་མི་ཁུར།
q-agent-surrender-consequences-d = ཉེན་སྲུང་མེད་པར་འགྱུར། དངུལ་དང་མི་སྒེར་གྱི་ཆ་འཕྲིན་ལའང་གྱོང་གུད་ཕོག་སྲིད
q-agent-surrender-consequences-d-why = ཡང་དག་རེད། ན་བའམ་དོན་རྐྱེན་བྱུང་སྐབས་ཉེན་སྲུང་མེད་སྲིད། མི་སྒེར་གྱི་ཆ་འཕྲིན་ཡང་གང་བྱུང་བཀོལ་སྲིད།

## debt-relief-stop-interest-ad
q-debt-relief-stop-interest-ad-story = ཨ་ཁུ་ཀྲང་ལ་ཡིད་རྟོན་བྱང་བུའི་བུ་ལོན་ཡོད། ཟླ་རེར་སྤྲོད་རྒྱུ་ཧ་ཅང་དཀའ། ཁོས་དྲ་ཐོག་ཏུ་ཁྱབ་བསྒྲགས་ཤིག་མཐོང་། “ཆེད་ལས་ཀྱིས་སྐྱེད་ཀ་མཚམས་འཇོག་སྒྲུབ། སྔོན་ལ་ཞབས་ཞུའི་འཐུས་སྤྲོད། བུ་ལོན་ཇེ་ཉུང་གཏོང་རྒྱུའི་འགན་ལེན།”
q-debt-relief-stop-interest-ad = ཨ་ཁུ་ཀྲང་གིས་ཇི་ལྟར་བྱས་ན་དེ་བས་བརྟན་པོ་ཡིན།
q-debt-relief-stop-interest-ad-a = ཁོའི་ WeChat ལ་གྲོགས་པོར་སྣོན་ནས། སྔོན་ལ་ཞབས་ཞུའི་འཐུས་སྤྲོད་པ
q-debt-relief-stop-interest-ad-a-why = ནོར་བ་རེད། སྔོན་ལ་དངུལ་བླངས་ནས་རྗེས་སུ་བྱ་བ་སྒྲུབ་པ་ནི་བར་མི་འདི་རིགས་ཀྱི་གཡོ་ཐབས་རྒྱུན་ལྡན་ཡིན། དངུལ་སྤྲད་ན་ཕྱིར་ལེན་མི་ཐུབ་སྲིད།
q-debt-relief-stop-interest-ad-b = ཁྱེད་རང་གིས་དངུལ་ཁང་གི་ཁུངས་ལྡན་ཞབས་ཞུ་དང་འབྲེལ་བ་བྱས་ནས། དཀའ་ངལ་བཤད་དེ་བུ་ལོན་སྤྲོད་སྟངས་གྲོས་བསྡུར་བྱེད་པ
q-debt-relief-stop-interest-ad-b-why = ཡང་དག་རེད། བུ་ལོན་སྤྲོད་རྒྱུར་དཀའ་ངལ་ཡོད་ན། ཁྱེད་རང་གིས་ཐད་ཀར་དངུལ་ཁང་དང་གྲོས་བསྡུར་བྱེད་ཆོག དེ་ལ་དངུལ་བཏང་ནས་བར་མི་འཚོལ་མི་དགོས།
q-debt-relief-stop-interest-ad-c = ཁོས་བཤད་པ་ལྟར། སྔོན་ལ་བུ་ལོན་སྤྲོད་པ་མཚམས་འཇོག་པ
q-debt-relief-stop-interest-ad-c-why = ནོར་བ་རེད། ཆེད་དུ་བུ་ལོན་མ་སྤྲད་ན་དུས་ཡོལ་འབྱུང་། ཡིད་རྟོན་ཟིན་ཐོ་ལ་གནོད། བུ་ལོན་ཡང་ཇེ་མང་དུ་འགྲོ་སྲིད།
q-debt-relief-stop-interest-ad-d = དངུལ་ཁང་གི་བྱང་བུ་དང་གསང་གྲངས་ཁོ་ལ་གཏད་ནས་དོ་དམ་བྱེད་དུ་འཇུག་པ
q-debt-relief-stop-interest-ad-d-why = ནོར་བ་རེད། དངུལ་ཁང་གི་བྱང་བུ་དང་གསང་གྲངས་ཁྱེད་རང་ཁོ་ནས་ཉར་དགོས། མི་གཞན་ལ་གཏད་ན་དངུལ་སྤོས་འགྲོ་སྲིད།

## debt-relief-first-step
q-debt-relief-first-step = བུ་ལོན་སྤྲོད་རྒྱུར་དཀའ་ངལ་ངོ་མ་ཡོད་སྐབས། བརྟན་པོ་ཤོས་ཀྱི་གོམ་པ་དང་པོ་ཅི་ཡིན།
q-debt-relief-first-step-a = བུ་ལོན་བླངས་པའི་དངུལ་ཁང་ངམ་ལས་ཁུངས་ཀྱི་ཁུངས་ལྡན་ལམ་དང་ཐད་ཀར་འབྲེལ་བ་བྱེད་པ
q-debt-relief-first-step-a-why = ཡང་དག་རེད། ཁྱེད་ཀྱི་དཀའ་ངལ་དངོས་བཤད་ནས། བུ་ལོན་སྤྲོད་སྟངས་གྲོས་བསྡུར་བྱོས། དེ་ལ་དངུལ་མི་དགོས།
q-debt-relief-first-step-b = དྲ་ཐོག་གི་འཐུས་ལེན་པའི་“བུ་ལོན་ཇེ་ཉུང་”བར་མི་འཚོལ་བ
q-debt-relief-first-step-b-why = ནོར་བ་རེད། བར་མི་འདི་རིགས་ཀྱིས་རྒྱུན་དུ་སྔོན་ལ་འཐུས་ལེན་ཡང་བྱ་བ་མི་འགྲུབ། ཁྱེད་ཀྱི་ཆ་འཕྲིན་ཡང་ཕྱིར་འཆོར་སྲིད།
q-debt-relief-first-step-c = ཁ་པར་ཨང་གྲངས་བརྗེས་ནས་དངུལ་ཁང་གི་ཁ་པར་མི་ལེན་པ
q-debt-relief-first-step-c-why = ནོར་བ་རེད། གཡོལ་ནས་འབྲེལ་བ་མ་བྱས་ན་དཀའ་ངལ་མེད་པར་མི་འགྲོ། དུས་ཡོལ་ཇི་ཙམ་རིང་ན་དཀའ་ངལ་དེ་ཙམ་ཆེ་སྲིད།

## debt-relief-guaranteed-wipe
q-debt-relief-guaranteed-wipe = དངུལ་སྤྲད་ན་“བུ་ལོན་ཇེ་ཉུང་”བར་མིས་ཁྱེད་ཀྱི་བུ་ལོན་ཚང་མ་མེད་པར་གཏོང་རྒྱུའི་འགན་ལེན་བྱེད་ཐུབ།
q-debt-relief-guaranteed-wipe-true-why = ནོར་བ་རེད། དངུལ་བླངས་ནས་ཁྱེད་ཀྱི་བུ་ལོན་མེད་པར་གཏོང་རྒྱུའི་འགན་ལེན་སུས་ཀྱང་བྱེད་མི་ཐུབ། འགན་ལེན་འདི་འདྲ་རྒྱུན་མཐོང་གི་མགོ་སྐོར་གཏམ་ཡིན།
q-debt-relief-guaranteed-wipe-false-why = ཡང་དག་རེད། བུ་ལོན་ཇི་ལྟར་སྤྲོད་དགོས་པ་བུ་ལོན་བླངས་པའི་དངུལ་ཁང་ངམ་ལས་ཁུངས་དང་ཁྱེད་རང་གིས་གྲོས་བསྡུར་བྱེད་དགོས། བར་མི་ལ་དངུལ་སྤྲད་ན་ཕལ་ཆེར་ཆུད་ཟོས་ཡིན།

## debt-relief-red-flags
q-debt-relief-red-flags = མི་ཞིག་གིས་ཁྱེད་ལ་“སྐྱེད་ཀ་མཚམས་འཇོག”“བུ་ལོན་ཇེ་ཉུང་”རོགས་བྱེད་ཐུབ་ཟེར། གཤམ་གྱི་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-debt-relief-red-flags-a = སྔོན་ལ་“ཞབས་ཞུའི་འཐུས”སམ་“འགན་ལེན་མ་དངུལ”སྤྲོད་དུ་འཇུག་པ
q-debt-relief-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། སྔོན་ལ་དངུལ་ལེན་པ་ནི་བར་མི་འདི་རིགས་ཀྱི་བྱེད་སྟངས་རྒྱུན་མཐོང་ཤོས་ཡིན།
q-debt-relief-red-flags-b = ཆེད་དུ་བུ་ལོན་མི་སྤྲོད་པ་དང་དངུལ་ཁང་གི་ཁ་པར་མི་ལེན་པ་སློབ་པ
q-debt-relief-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། དེ་ལྟར་བྱས་ན་དུས་ཡོལ་ཇེ་མང་དུ་འགྲོ། ཡིད་རྟོན་ཟིན་ཐོ་ལའང་གནོད།
q-debt-relief-red-flags-c = ཁྱེད་རང་གིས་ཐད་ཀར་དངུལ་ཁང་དང་གྲོས་བསྡུར་བྱེད་ཆོག་ཟེར་བ
q-debt-relief-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། ཁྱེད་རང་གིས་དངུལ་ཁང་དང་གྲོས་བསྡུར་བྱེད་པ་ནི་ཚད་ལྡན་ཡིན་ལ་རིན་མེད་ཀྱི་ཐབས་ལམ་ཡིན།
q-debt-relief-red-flags-d = ཁ་པར་གྱི་ར་སྤྲོད་ཨང་གྲངས་དང་དངུལ་ཁང་གི་བྱང་བུའི་གསང་གྲངས་ཤོད་དུ་འཇུག་པ
q-debt-relief-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ར་སྤྲོད་ཨང་གྲངས་དང་གསང་གྲངས་སུ་ལའང་གཏན་ནས་ཤོད་མི་ཆོག
q-debt-relief-red-flags-e = བྲང་ཁ་བརྡུངས་ནས་“ངེས་པར་འགྲུབ”ཅེས་འགན་ལེན་བྱེད་པ
q-debt-relief-red-flags-e-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། བུ་ལོན་ཇེ་ཉུང་གཏོང་མིན་དངུལ་ཁང་གིས་ཐག་གཅོད། བར་མིས་འགན་ལེན་བྱེད་མི་ཐུབ།

## debt-relief-full-authority
q-debt-relief-full-authority = “སྐྱེད་ཀ་མཚམས་འཇོག”བར་མིས་ཁྱེད་ལ་དབང་སྤྲོད་ཡིག་ཆ་ཞིག་ལ་མིང་རྟགས་འགོད་དུ་བཅུག་ནས། ཁོ་ཚོས་ཁྱེད་ཀྱི་ཚབ་ཏུ་དབང་ཆ་ཚང་མས་དངུལ་ཁང་དང་འབྲེལ་བ་བྱེད་ཟེར། འདི་ལ་ཉེན་ཁ་ཅི་ཡོད་སྲིད།
q-debt-relief-full-authority-a = ཉེན་ཁ་མེད། ལས་ཀྱང་སླ
q-debt-relief-full-authority-a-why = ནོར་བ་རེད། དབང་ཆ་སྤྲད་པ་ནི་རང་གི་བྱ་བ་ངོ་མི་ཤེས་པའི་མི་ལ་གཏད་པ་དང་གཅིག་པ་ཡིན།
q-debt-relief-full-authority-b = དེའི་རྐྱེན་གྱིས་དངུལ་ཁང་གིས་བུ་ལོན་ཚང་མ་མེད་པར་གཏོང་།
q-debt-relief-full-authority-b-why = ནོར་བ་རེད། བར་མི་ལ་དབང་ཆ་སྤྲད་ཀྱང་དངུལ་ཁང་གིས་བུ་ལོན་མེད་པར་མི་གཏོང་།
q-debt-relief-full-authority-c = ཁྱེད་ཀྱི་མི་སྒེར་གྱི་ཆ་འཕྲིན་དང་དངུལ་ཁོ་ཚོའི་ལག་ཏུ་ཤོར་སྲིད
q-debt-relief-full-authority-c-why = ཡང་དག་རེད། ཁོ་ཚོས་ཁྱེད་ཀྱི་ཆ་འཕྲིན་གང་བྱུང་བཀོལ་སྲིད། དཀའ་ངལ་བྱུང་ན་ཕྱིར་ལེན་དཀའ། དཀའ་ངལ་ཡོད་ན་ཁྱེད་རང་གིས་ཐད་ཀར་དངུལ་ཁང་ལ་འཚོལ་རོགས།

## paid-rights-defence-team-at-door
q-paid-rights-defence-team-at-door-story = ཨ་ནེ་ལིའུ་དང་ཉེན་སྲུང་ཀུང་སིའི་བར་ལ་གུན་གསབ་ཀྱི་སྐོར་ལ་བསམ་ཚུལ་མི་མཐུན་པ་ཅུང་ཟད་ཡོད། “ཐོབ་ཐང་སྲུང་སྐྱོབ་རུ་ཁག”ཅིག་གིས་ཁོ་མོ་བཙལ་ནས། དངུལ་སྤྲད་ན་ཁོ་མོའི་ཚབ་ཏུ་ཞུ་གཏུག་བྱེད་ཐུབ། གུན་གསབ་མང་ཙམ་ཐོབ་རྒྱུའི་འགན་ལེན་ཟེར།
q-paid-rights-defence-team-at-door = ཨ་ནེ་ལིའུ་ཡིས་ཅི་བྱས་ན་ཡག་ཤོས་ཡིན།
q-paid-rights-defence-team-at-door-a = དངུལ་སྤྲད་ནས་ཁོ་ཚོར་ཚབ་སྒྲུབ་བྱེད་དུ་འཇུག་པ
q-paid-rights-defence-team-at-door-a-why = ནོར་བ་རེད། ཞུ་གཏུག་ལ་དངུལ་མི་དགོས། དངུལ་སྤྲད་ན། ཁོ་ཚོ་དངུལ་ལེན་ནས་མི་མངོན་པར་འགྲོ་སྲིད།
q-paid-rights-defence-team-at-door-b = ཁྱེད་རང་གིས་སྔོན་ལ་ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ལམ་ནས་ཞུ་གཏུག་བྱེད་པ
q-paid-rights-defence-team-at-door-b-why = ཡང་དག་རེད། སྔོན་ལ་ཉེན་སྲུང་ཀུང་སིའི་ཞབས་ཞུའམ་ཚོང་ཁྲི་ལ་ཞུ། ཡིད་མ་ཚིམ་ན། 12378 ལ་ཁ་པར་བཏང་ནས་ཞུ་གཏུག་བྱེད་ཆོག བར་འདུམ་ཡང་ཞུ་ཆོག
q-paid-rights-defence-team-at-door-c = ཁོ་ཚོས་བསླབས་པའི་ཚིག་ལྟར་ཞུ་གཏུག་གི་རྒྱུ་མཚན་རྫུན་མ་ཞིག་བཟོ་བ
q-paid-rights-defence-team-at-door-c-why = ནོར་བ་རེད། རྒྱུ་མཚན་རྫུན་མ་བཟོས་ནས་ཞུ་གཏུག་བྱས་ན། ཁྱེད་རང་ལ་དཀའ་ངལ་འཁྱེར་ཡོང་སྲིད། བདེན་པ་ཇི་བཞིན་ཤོད་ན་ཡག

## paid-rights-defence-is-it-free
q-paid-rights-defence-is-it-free = དངུལ་རྩིས་ལས་ཁུངས་ལ་ཞུ་གཏུག་བྱེད་པའམ། དངུལ་རྩིས་རྩོད་གཞིའི་བར་འདུམ་ཞུ་བར་དངུལ་དགོས་སམ།
q-paid-rights-defence-is-it-free-a = དངུལ་མང་པོ་དགོས་པས་བར་མི་འཚོལ་དགོས
q-paid-rights-defence-is-it-free-a-why = ནོར་བ་རེད། ཞུ་གཏུག་དང་བར་འདུམ་གཉིས་ཀ་ཁྱེད་རང་གིས་སྒྲུབ་ཆོག བར་མི་ལ་དངུལ་སྤྲོད་མི་དགོས།
q-paid-rights-defence-is-it-free-b = ངོ་ཤེས་པའི་མི་བརྒྱུད་ན་མ་གཏོགས་ཞུ་གཏུག་བྱེད་མི་ཐུབ
q-paid-rights-defence-is-it-free-b-why = ནོར་བ་རེད། མི་ཚང་མས་ཁུངས་ལྡན་ལམ་ནས་ཞུ་གཏུག་བྱེད་ཆོག འབྲེལ་བ་བརྒྱུད་མི་དགོས།
q-paid-rights-defence-is-it-free-c = མི་དགོས། ཁྱེད་རང་གིས་ཞུ་གཏུག་དང་བར་འདུམ་ཞུ་བར་དངུལ་མི་ལེན
q-paid-rights-defence-is-it-free-c-why = ཡང་དག་རེད། ལས་ཁུངས་ཀྱིས་ཁྱེད་ཀྱི་ཞུ་གཏུག་ལ་ངེས་པར་དུ་ཐག་གཅོད་བྱེད་དགོས། དངུལ་རྩིས་རྩོད་གཞིའི་བར་འདུམ་ཡང་རིན་མེད་ཡིན་ལ་མགྱོགས་པོ་ཡིན།

## paid-rights-defence-12378
q-paid-rights-defence-12378 = དངུལ་ཁང་ངམ་ཉེན་སྲུང་ཀུང་སིའི་ཐག་གཅོད་ལ་ཡིད་མ་ཚིམ་ན། 12378 ལ་ཁ་པར་བཏང་ནས་ཞུ་གཏུག་བྱེད་ཆོག
q-paid-rights-defence-12378-true-why = ཡང་དག་རེད། 12378 ནི་རྒྱལ་ཁབ་ཀྱི་དངུལ་རྩིས་ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན་གྱི་དངུལ་ཁང་དང་ཉེན་སྲུང་ཟད་སྤྱོད་པའི་ཞུ་གཏུག་ཁ་པར་ཡིན། ཁྱེད་རང་གིས་ཁ་པར་གཏོང་ཐུབ། བར་མི་འཚོལ་མི་དགོས།
q-paid-rights-defence-12378-false-why = ནོར་བ་རེད། 12378 ནི་དངུལ་ཁང་དང་ཉེན་སྲུང་ཟད་སྤྱོད་པའི་ཞུ་གཏུག་ཁ་པར་ཡིན། ཁྱེད་རང་གིས་ཁ་པར་གཏོང་ཆོག

## paid-rights-defence-red-flags
q-paid-rights-defence-red-flags = མི་ཞིག་རང་བཞིན་གྱིས་ཁྱིམ་དུ་ཡོང་ནས། ཁྱེད་ལ་“ཐོབ་ཐང་སྲུང་སྐྱོབ་ཚབ་སྒྲུབ”བྱེད་ཐུབ་ཟེར། གཤམ་གྱི་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-paid-rights-defence-red-flags-a = སྔོན་ལ་“ཐོབ་ཐང་སྲུང་སྐྱོབ་འཐུས”སྤྲོད་དུ་འཇུག་པའམ། གུན་གསབ་ནས་ཆ་ཤས་ལེན་པ
q-paid-rights-defence-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཚད་ལྡན་གྱི་ཞུ་གཏུག་དང་བར་འདུམ་ལ་དངུལ་མི་ལེན།
q-paid-rights-defence-red-flags-b = སྔོན་ལ་ལས་ཁུངས་ཀྱི་ཁུངས་ལྡན་ཞབས་ཞུ་ལ་དཀའ་ངལ་ཞུ་བར་དྲན་སྐུལ་བྱེད་པ
q-paid-rights-defence-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། སྔོན་ལ་ཁུངས་ལྡན་ལམ་ལ་འཚོལ་བ་ནི་ཡང་དག་པའི་གོམ་པ་དང་པོ་ཡིན།
q-paid-rights-defence-red-flags-c = རྒྱུ་མཚན་རྫུན་མ་བཟོ་བ་དང་དོན་དངོས་ཆེ་རུ་བཏང་ནས་ཞུ་གཏུག་བྱེད་སྟངས་སློབ་པ
q-paid-rights-defence-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། དོན་དངོས་རྫུན་བཟོས་ནས་ཞུ་གཏུག་བྱས་ན། མཇུག་འབྲས་ཀྱི་འགན་ཁྱེད་རང་གིས་ཁུར་དགོས་སྲིད།
q-paid-rights-defence-red-flags-d = ངོ་སྤྲོད་ལག་ཁྱེར་དང་། ཉེན་སྲུང་ཡིག་ཆ། དངུལ་ཁང་གི་བྱང་བུའི་ཆ་འཕྲིན་བཅས་ཁོ་ཚོར་གཏད་དུ་འཇུག་པ
q-paid-rights-defence-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཆ་འཕྲིན་འདི་དག་མི་གཞན་གྱིས་བཀོལ་སྲིད། ཁྱེད་ཀྱི་དངུལ་ཡང་བདེ་འཇགས་མིན།

## paid-rights-defence-right-order
q-paid-rights-defence-right-order = དངུལ་རྩིས་ཀྱི་རྩོད་གཞི་བྱུང་ན། ཐོབ་ཐང་སྲུང་སྐྱོབ་ཀྱི་ལམ་སྤྱིར་བཏང་ཇི་ལྟར་ཡིན།
q-paid-rights-defence-right-order-a = སྔོན་ལ་ཐོབ་ཐང་སྲུང་སྐྱོབ་བར་མི་ལ་དངུལ་སྤྲད་ནས། ཁོ་ཚོར་འཁྲུག་རྩོད་བྱེད་དུ་འཇུག་པ
q-paid-rights-defence-right-order-a-why = ནོར་བ་རེད། ཐོབ་ཐང་སྲུང་སྐྱོབ་ལ་དངུལ་བཏང་ནས་བར་མི་འཚོལ་མི་དགོས། འཁྲུག་རྩོད་ཀྱིས་དཀའ་ངལ་སེལ་མི་ཐུབ། དཀའ་ངལ་གསར་པ་ཡང་འབྱུང་སྲིད།
q-paid-rights-defence-right-order-b = སྔོན་ལ་བུ་ལོན་ནམ་ཉེན་སྲུང་འཐུས་སྤྲོད་པ་མཚམས་བཞག་ནས། ཁོ་ཚོར་གཞོལ་དུ་བཙན་པ
q-paid-rights-defence-right-order-b-why = ནོར་བ་རེད། དེ་ལྟར་བྱས་ན་དུས་ཡོལ་འབྱུང་བ་དང་ཉེན་སྲུང་མེད་པར་འགྱུར་སྲིད། གྱོང་གུད་དེ་བས་ཆེ།
q-paid-rights-defence-right-order-c = ཁྲིམས་ཁང་དུ་འགྲོ་བ་ཁོ་ན། ཐབས་ལམ་གཞན་ལ་ཕན་མེད
q-paid-rights-defence-right-order-c-why = ནོར་བ་རེད། ཁྲིམས་ཁང་ནི་ལམ་ཞིག་ཡིན་ཡང་། སྤྱིར་བཏང་གོམ་པ་དང་པོ་མིན། དེ་བས་མགྱོགས་ཤིང་ལས་སླ་བའི་ཐབས་ལམ་ཡོད།
q-paid-rights-defence-right-order-d = སྔོན་ལ་ལས་ཁུངས་ཀྱི་ཁུངས་ལྡན་ལམ་ལ་འཚོལ། དེ་རྗེས་ 12378 ལ་ཁ་པར་གཏོང་། བར་འདུམ་ཡང་ཞུ་ཆོག
q-paid-rights-defence-right-order-d-why = ཡང་དག་རེད། སྔོན་ལ་ལས་ཁུངས་ལ་འཚོལ། ཡིད་མ་ཚིམ་ན་ལྟ་རྟོག་དོ་དམ་ལ་ཞུ་གཏུག་བྱོས། རིན་མེད་བར་འདུམ་ཡང་ཞུ་ཆོག མཐའ་མར་བར་བཅད་དམ་ཁྲིམས་ཁང་ཡིན།

## credit-repair-pay-to-delete
q-credit-repair-pay-to-delete-story = ཨ་ཁུ་ཝང་གིས་བུ་ལོན་ཞིག་ལེན་འདོད་དུས། རང་གི་ཡིད་རྟོན་ཟིན་ཐོའི་ནང་དུས་ཡོལ་ཐེངས་གཅིག་ཡོད་པ་ཤེས། དྲ་ཐོག་ཏུ་མི་ཞིག་གིས་“བཅོས་འཐུས”ཤིག་སྤྲད་ན་ཟིན་ཐོ་ངན་པ་བསུབ་ཐུབ་ཟེར།
q-credit-repair-pay-to-delete = ཨ་ཁུ་ཝང་གིས་དོན་དག་འདི་ལ་ཇི་ལྟར་བལྟ་དགོས།
q-credit-repair-pay-to-delete-a = དངུལ་སྤྲད་ན་བསུབ་ཐུབ། ཧ་ཅང་རིན་ཐང་ཡོད
q-credit-repair-pay-to-delete-a-why = ནོར་བ་རེད། དུས་ཡོལ་གྱི་ཟིན་ཐོ་བདེན་པ་སུས་ཀྱང་དངུལ་བླངས་ནས་བསུབ་མི་ཐུབ།
q-credit-repair-pay-to-delete-b = སྔོན་ལ་སྔ་དངུལ་ཕྱེད་ཀ་སྤྲད་ནས་ཚོད་ལྟ་བྱེད་པ
q-credit-repair-pay-to-delete-b-why = ནོར་བ་རེད། དངུལ་སྤྲད་ན་ཕྱིར་ལེན་མི་ཐུབ་པའི་ཉེན་ཁ་ཆེ།
q-credit-repair-pay-to-delete-c = འདི་མགོ་སྐོར་ཡིན། ཟིན་ཐོ་བདེན་པ་དངུལ་བཏང་ནས་བསུབ་མི་ཐུབ
q-credit-repair-pay-to-delete-c-why = ཡང་དག་རེད། དུས་ཐོག་ཏུ་བུ་ལོན་སྤྲད་ན་ཟིན་ཐོ་ཡག་པོ་ག་ལེར་གསོག་ཐུབ། ཟིན་ཐོ་ནོར་ཡོད་ན། ཁུངས་ལྡན་ལམ་ནས་རིན་མེད་དུ་བཅོས་ཆོག

## credit-repair-wrong-record
q-credit-repair-wrong-record = ཡིད་རྟོན་ཟིན་ཐོའི་ནང་ནོར་འཁྲུལ་ཡོད་པ་ཤེས་ན། དཔེར་ན་ཁྱེད་ཀྱིས་ནམ་ཡང་མ་བླངས་པའི་བུ་ལོན་ཞིག་ཡོད་ན། ཅི་བྱེད་དགོས།
q-credit-repair-wrong-record-a = དངུལ་བཏང་ནས་“ཡིད་རྟོན་ཟིན་ཐོ་བཅོས་པ”ཡི་ཀུང་སི་འཚོལ་བ
q-credit-repair-wrong-record-a-why = ནོར་བ་རེད། ནོར་འཁྲུལ་བཅོས་པར་དངུལ་བཏང་ནས་བར་མི་འཚོལ་མི་དགོས།
q-credit-repair-wrong-record-b = ཁུངས་ལྡན་ལམ་ནས་ཡིད་མི་ཆེས་པའི་བསམ་ཚུལ་བཏོན་ནས་རིན་མེད་དུ་བཅོས་པ
q-credit-repair-wrong-record-b-why = ཡང་དག་རེད། ཟིན་ཐོ་འདི་སྤྲད་པའི་ལས་ཁུངས་སམ། ཡིད་རྟོན་ཟིན་ཐོའི་ལས་ཁུངས་ཀྱི་ཁུངས་ལྡན་ལམ་ནས་ཡིད་མི་ཆེས་པའི་བསམ་ཚུལ་འདོན་ཆོག དེ་ལ་དངུལ་མི་དགོས།
q-credit-repair-wrong-record-c = དོ་སྣང་མི་བྱེད། ལོ་འགའི་རྗེས་རང་བཞིན་གྱིས་མེད་པར་འགྲོ
q-credit-repair-wrong-record-c-why = ནོར་བ་རེད། ནོར་བའི་ཟིན་ཐོ་དུས་ཐོག་ཏུ་བཅོས་དགོས། མ་བླངས་པའི་བུ་ལོན་ཡོད་ན། མི་ཞིག་གིས་ཁྱེད་ཀྱི་ངོ་བོ་རྫུན་བཀོལ་བྱས་ཡོད་སྲིད།

## credit-repair-legal-delete
q-credit-repair-legal-delete = “ཡིད་རྟོན་ཟིན་ཐོ་བཅོས་པ”ཡི་ཀུང་སིས་ཟིན་ཐོ་ངན་པ་བདེན་པ་ཁྲིམས་མཐུན་ངང་བསུབ་ཐུབ། འཐུས་ལེན་པ་ཙམ་ཡིན།
q-credit-repair-legal-delete-true-why = ནོར་བ་རེད། ཟིན་ཐོ་ངན་པ་བདེན་པ་དངུལ་བཏང་ནས་བསུབ་མི་ཐུབ། ནོར་བའི་ཟིན་ཐོ་ཁོ་ན་ཁུངས་ལྡན་ལམ་ནས་རིན་མེད་དུ་བཅོས་ཆོག
q-credit-repair-legal-delete-false-why = ཡང་དག་རེད། དངུལ་བླངས་ནས་ཟིན་ཐོ་བསུབ་ཐུབ་ཟེར་བ་ཕལ་ཆེར་མགོ་སྐོར་ཡིན། ཟིན་ཐོ་ངོ་མ་ནོར་ཡོད་ན། ཁྱེད་རང་གིས་ཁུངས་ལྡན་ལམ་ནས་རིན་མེད་དུ་བཅོས་ཆོག

## credit-repair-red-flags
q-credit-repair-red-flags = མི་ཞིག་གིས་ཁྱེད་ལ་“ཡིད་རྟོན་ཟིན་ཐོ་བཅོས་པ”ཡི་རོགས་བྱེད་ཐུབ་ཟེར། གཤམ་གྱི་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-credit-repair-red-flags-a = རང་ལ་“ནང་ཁུལ་དུ་འབྲེལ་བ་ཡོད”ཟེར་ནས། ཟིན་ཐོ་ངན་པ་བསུབ་ཐུབ་ཟེར་བ
q-credit-repair-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། འབྲེལ་བ་ལ་བརྟེན་ནས་ཟིན་ཐོ་བདེན་པ་བསུབ་ཐུབ་མཁན་སུ་ཡང་མེད།
q-credit-repair-red-flags-b = ཁུངས་ལྡན་ལམ་ནས་རང་གི་ཡིད་རྟོན་སྙན་ཞུ་འཚོལ་བར་བསམ་འཆར་འདོན་པ
q-credit-repair-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། རང་གིས་སྙན་ཞུ་བལྟས་ནས་ནོར་འཁྲུལ་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་པ་ནི་གོམས་གཤིས་ཡག་པོ་ཡིན།
q-credit-repair-red-flags-c = སྔོན་ལ་“བཅོས་འཐུས”ཤིག་སྤྲོད་དུ་འཇུག་པ
q-credit-repair-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ནོར་བའི་ཟིན་ཐོ་བཅོས་པ་རིན་མེད་ཡིན། དངུལ་སྤྲོད་མི་དགོས།
q-credit-repair-red-flags-d = ངོ་སྤྲོད་ལག་ཁྱེར་དང་། དངུལ་ཁང་གི་བྱང་བུ། ཁ་པར་གྱི་ར་སྤྲོད་ཨང་གྲངས་བཅས་སྤྲོད་དུ་འཇུག་པ
q-credit-repair-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཆ་འཕྲིན་འདི་དག་ཁྱེད་ཀྱི་མིང་ཐོག་ནས་བུ་ལོན་ལེན་པར་བཀོལ་སྲིད། ར་སྤྲོད་ཨང་གྲངས་མི་གཞན་ལ་གཏན་ནས་ཤོད་མི་ཆོག

## credit-repair-good-record
q-credit-repair-good-record = རང་གི་ཡིད་རྟོན་ཟིན་ཐོ་ཇེ་ཡག་ཏུ་གཏོང་འདོད་ན། ཡིད་ཆེས་རུང་བའི་ཐབས་ལམ་ཅི་ཡིན།
q-credit-repair-good-record-a = དངུལ་བཏང་ནས་མི་ཞིག་ལ་ཟིན་ཐོ་“དཀར་པོ་བཟོ”རུ་འཇུག་པ
q-credit-repair-good-record-a-why = ནོར་བ་རེད། ཡིད་རྟོན་ཟིན་ཐོ་“དཀར་པོ་བཟོ་བ”ནི་མགོ་སྐོར་ཡིན། དངུལ་བཏང་ཡང་ཟིན་ཐོ་མི་འགྱུར།
q-credit-repair-good-record-b = མི་གཞན་གྱི་ངོ་བོ་གཡར་ནས་བུ་ལོན་ལེན་པ
q-credit-repair-good-record-b-why = ནོར་བ་རེད། མི་གཞན་གྱི་ངོ་བོ་རྫུན་བཀོལ་བྱེད་པ་ཁྲིམས་འགལ་ཡིན། མི་དེ་ལའང་དཀའ་ངལ་འཁྱེར་ཡོང་།
q-credit-repair-good-record-c = དུས་ཐོག་ཏུ་བུ་ལོན་སྤྲད་ནས། ཟིན་ཐོ་ཡག་པོ་ག་ལེར་གསོག་པ
q-credit-repair-good-record-c-why = ཡང་དག་རེད། དུས་ཐོག་ཏུ་བུ་ལོན་སྤྲོད་པ་ནི་ཡིད་ཆེས་རུང་ཤོས་ཀྱི་ཐབས་ལམ་ཡིན། ཟིན་ཐོ་ཡག་པོ་དུས་ཚོད་ལ་བརྟེན་ནས་ག་ལེར་གསོག་དགོས།

## commission-fraud-borrow-id
q-commission-fraud-borrow-id-story = ཉེན་སྲུང་ཚབ་བྱེད་པ་ཞིག་གིས་ཨ་ཕོ་ཀྲའོ་ལ་“ཁྱེད་ཀྱི་ངོ་སྤྲོད་ལག་ཁྱེར་གྱིས་ཉེན་སྲུང་ཞིག་ཉོ། ཉེན་སྲུང་འཐུས་ངས་སྤྲོད། ཟླ་བ་འགའི་རྗེས་ཕྱིར་འཐེན་བྱས་ནས་ཁྱེད་ལ་ཕན་འཐུས་ཤིག་སྤྲོད།”ཟེར། ཨ་ཕོ་ཀྲའོས་དངུལ་མི་དགོས་པར་དངུལ་ཐོབ་ཐུབ་སྙམ་ནས་སེམས་ཅུང་ཟད་གཡོས།
q-commission-fraud-borrow-id = ཨ་ཕོ་ཀྲའོས་ཅི་བྱེད་དགོས།
q-commission-fraud-borrow-id-a = ཁས་ལེན། ག་རེ་བྱས་ཀྱང་རང་གིས་དངུལ་འདོན་མི་དགོས
q-commission-fraud-borrow-id-a-why = ནོར་བ་རེད། ཁྱེད་ཀྱི་མིང་ཐོག་ནས་ཉེན་སྲུང་ཉོས་ཏེ་བར་འཐུས་མགོ་སྐོར་གྱིས་ལེན་པ་ཡིན། དཀའ་ངལ་བྱུང་ན་ཁྱེད་རྩོད་གཞིའི་ནང་ཚུད་སྲིད།
q-commission-fraud-borrow-id-b = ངོ་སྤྲོད་ལག་ཁྱེར་ཙམ་གཡར། མིང་རྟགས་མ་བཀོད་ན་ཕྱོགས་མེད
q-commission-fraud-borrow-id-b-why = ནོར་བ་རེད། ངོ་སྤྲོད་ལག་ཁྱེར་གཡར་ན། ཚབ་ཏུ་མིང་རྟགས་འགོད་པ་དང་བྱ་བ་གཞན་སྒྲུབ་པར་བཀོལ་སྲིད། ཉེན་ཁ་ཧ་ཅང་ཆེ།
q-commission-fraud-borrow-id-c = སྔོན་ལ་ཕན་འཐུས་བླངས་ནས་རྗེས་སུ་བསམ་པ
q-commission-fraud-borrow-id-c-why = ནོར་བ་རེད། གན་རྒྱའི་ཕྱི་ལོགས་ཀྱི་ཕན་འཐུས་ཀྱི་རྒྱབ་ལ་རྒྱུན་དུ་དམིགས་ཡུལ་གཞན་ཡོད། བླངས་ན་གསལ་པོ་བཤད་མི་ཐུབ་པར་འགྱུར།
q-commission-fraud-borrow-id-d = ཁས་མི་ལེན། ངོ་སྤྲོད་ལག་ཁྱེར་ཉེན་སྲུང་ཉོ་བར་མི་གཞན་ལ་མི་གཡར་བ
q-commission-fraud-borrow-id-d-why = ཡང་དག་རེད། ངོ་སྤྲོད་ལག་ཁྱེར་རང་གི་བྱ་བ་ཁོ་ནར་བེད་སྤྱོད་བྱེད། དོགས་པ་ཡོད་ན། ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ཞབས་ཞུ་ལ་ཁ་པར་བཏང་ནས་ཞིབ་བཤེར་བྱེད་ཆོག

## commission-fraud-own-signature
q-commission-fraud-own-signature = ཉེན་སྲུང་ཉོ་སྐབས། ཉེན་སྲུང་ཞུ་ཡིག་སྟེང་གི་མིང་རྟགས་སུས་འགོད་དགོས།
q-commission-fraud-own-signature-a = ལས་སླ་བའི་ཆེད་དུ་ཚབ་བྱེད་པས་ཚབ་ཏུ་འགོད་ན་ཆོག
q-commission-fraud-own-signature-a-why = ནོར་བ་རེད། མི་གཞན་གྱིས་ཚབ་ཏུ་བཀོད་ན། ཁྱེད་ཀྱིས་ཅི་ཞིག་ཉོས་པ་གཏན་ནས་ཤེས་མི་སྲིད། འདི་ཡང་མགོ་སྐོར་གྱི་ཐབས་ཇུས་རྒྱུན་ལྡན་ཞིག་ཡིན།
q-commission-fraud-own-signature-b = ཁྱེད་རང་གིས་གསལ་པོ་བལྟས་རྗེས། རང་ལག་གིས་མིང་རྟགས་འགོད་པ
q-commission-fraud-own-signature-b-why = ཡང་དག་རེད། ཉོ་མིན་ཁྱེད་རང་གིས་ཐག་གཅོད། གསལ་པོ་བལྟས་རྗེས་མིང་རྟགས་འགོད། གོ་མ་སོང་ན་དྲིས།
q-commission-fraud-own-signature-c = ཁྱིམ་ཚང་ནང་སུ་ཁོམ་ན་དེས་འགོད་པ
q-commission-fraud-own-signature-c-why = ནོར་བ་རེད། ཉེན་སྲུང་ཉོ་མཁན་རང་གིས་མིང་རྟགས་འགོད་དགོས། མི་གཞན་གྱིས་ཚབ་ཏུ་བཀོད་ན། ཕྱིས་སུ་དཀའ་ངལ་བྱུང་ཚེ་གསལ་པོ་བཤད་དཀའ།

## commission-fraud-cash-back
q-commission-fraud-cash-back = ཚབ་བྱེད་པས་གསང་བར་“ཉེན་སྲུང་ཉོས་ན་ཁྱེད་ལ་དངུལ་ཕྱིར་སྤྲོད”ཟེར་ན། ཕན་འཐུས་འདི་སེམས་བདེ་པོས་ལེན་ཆོག
q-commission-fraud-cash-back-true-why = ནོར་བ་རེད། གན་རྒྱའི་ཕྱི་ལོགས་སུ་གསང་བར་སྤྲད་པའི་ཕན་འཐུས་ཀྱི་རྒྱབ་ལ་རྒྱུན་དུ་དམིགས་ཡུལ་གཞན་ཡོད། བླངས་རྗེས་དཀའ་ངལ་བྱུང་ན་གསལ་པོ་བཤད་དཀའ།
q-commission-fraud-cash-back-false-why = ཡང་དག་རེད། ཚང་མ་གན་རྒྱ་ལ་གཞི་བཅོལ་དགོས། གསང་བར་དངུལ་ཕྱིར་སྤྲོད་པ་ནི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ཞབས་ཞུ་ལ་ཞིབ་བཤེར་བྱེད་ཆོག

## commission-fraud-check-policies
q-commission-fraud-check-policies = ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ཞབས་ཞུའམ་ཁུངས་ལྡན་ App བརྒྱུད་ནས། རང་གི་མིང་ཐོག་ཏུ་ཉེན་སྲུང་ཡིག་ཆ་གང་དག་ཡོད་པ་ཞིབ་བཤེར་བྱེད་ཆོག
q-commission-fraud-check-policies-true-why = ཡང་དག་རེད། རྒྱུན་དུ་ཞིབ་བཤེར་བྱས་ན། རང་གིས་མི་ཤེས་པའི་ཉེན་སྲུང་ཡིག་ཆ་རྙེད་ཐུབ། བརྗེད་པའི་ཉེན་སྲུང་ཡང་ཕྱིར་རྙེད་ཐུབ།
q-commission-fraud-check-policies-false-why = ནོར་བ་རེད། རང་གི་མིང་ཐོག་གི་ཉེན་སྲུང་ཡིག་ཆ་ཞིབ་བཤེར་བྱེད་པ་ཁྱེད་ཀྱི་ཐོབ་ཐང་ཡིན། ཉེན་སྲུང་ཀུང་སིའི་ཁུངས་ལྡན་ལམ་ལ་ཐད་ཀར་འཚོལ་ན་ཆོག

## commission-fraud-red-flags
q-commission-fraud-red-flags = ཉེན་སྲུང་ཉོ་སྐབས། ཚབ་བྱེད་པའི་བྱེད་སྟངས་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-commission-fraud-red-flags-a = ཉེན་སྲུང་ཞུ་ཡིག་སྟེང་ཁྱེད་ཀྱི་ཚབ་ཏུ་མིང་རྟགས་འགོད་འདོད་པ
q-commission-fraud-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། མིང་རྟགས་ངེས་པར་དུ་ཁྱེད་རང་གིས་འགོད་དགོས། ཚབ་ཏུ་བཀོད་ན་ཁྱེད་ཀྱིས་མི་ཤེས་པའི་ཉེན་སྲུང་ཉོས་པར་འགྱུར་སྲིད།
q-commission-fraud-red-flags-b = གན་རྒྱའི་དོན་ཚན་གསལ་པོ་བལྟས་རྗེས་ཐག་གཅོད་པར་སྐུལ་བ
q-commission-fraud-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། དོན་ཚན་གསལ་པོ་བལྟས་རྗེས་ཐག་གཅོད་པ་ནི་ཁྱེད་ལ་ཡོད་རིགས་ཀྱི་ཐོབ་ཐང་ཡིན།
q-commission-fraud-red-flags-c = ཉེན་སྲུང་འཐུས་ཁོས་སྔོན་ལ་ཚབ་ཏུ་སྤྲོད། ཁྱེད་ཀྱིས་དངུལ་འདོན་མི་དགོས་ཟེར་བ
q-commission-fraud-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། རྒྱུན་ལྡན་གྱི་ཉེན་སྲུང་འཚོང་བར་ཁྱེད་ཀྱི་ཚབ་ཏུ་དངུལ་མི་སྤྲོད། དེའི་རྒྱབ་ལ་བར་འཐུས་མགོ་སྐོར་གྱིས་ལེན་པ་ཡིན་སྲིད།
q-commission-fraud-red-flags-d = ཉེན་སྲུང་ཡིག་ཆ་རྙིང་པ་ཕྱིར་འཐེན་བྱས་ནས་གསར་པ་འཕྲལ་མར་ཉོ་བར་བསྐུལ་བ
q-commission-fraud-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། རྙིང་པ་ཕྱིར་འཐེན་བྱས་ནས་གསར་པ་ཉོས་ན། དངུལ་དང་ཉེན་སྲུང་གཉིས་ཀར་གྱོང་གུད་ཕོག་སྲིད། ཉོ་མིན་ཁྱེད་རང་གིས་ཐག་གཅོད།

## high-yield-guaranteed-return
q-high-yield-guaranteed-return = མི་ཞིག་གིས་དངུལ་རྩིས་ཐོན་རྫས་ཤིག་“མ་རྩ་མི་གོད་པ་དང་སྐྱེད་ཀ་ངེས་པར་ཐོབ། ཁེ་ངེས་ཡིན་ལ་གྱོང་མི་ཕོག ཁེ་ཕན་ཡང་ཧ་ཅང་མཐོ”ཟེར། འདིས་ཅི་ཞིག་མཚོན།
q-high-yield-guaranteed-return-a = དཀོན་པོའི་གོ་སྐབས་ཡག་པོ་ཡིན། མྱུར་དུ་ཉོ་དགོས
q-high-yield-guaranteed-return-a-why = ནོར་བ་རེད། མ་རྩ་འཇོག་པ་ཚང་མར་ཉེན་ཁ་ཡོད། ཁེ་ཁོ་ན་ཡོང་བ་དང་གྱོང་མི་ཕོག་པའི་དོན་དག་ཡག་པོ་མེད། མྱུར་དུ་ཉོ་བར་ཇི་ཙམ་བསྐུལ་ན། དེ་ཙམ་མཚམས་བཞག་ནས་བསམ་བློ་གཏོང་དགོས།
q-high-yield-guaranteed-return-b = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། དོ་སྣང་དེ་བས་བྱེད་དགོས
q-high-yield-guaranteed-return-b-why = ཡང་དག་རེད། ཁེ་ཕན་མཐོ་ལ་གྱོང་མི་ཕོག་པའི་འགན་ལེན་ནི་སྐྱེད་ཀ་མཐོ་བའི་རྒྱ་ཁུག་གི་གཏམ་རྒྱུན་ལྡན་ཡིན། ཚད་ལྡན་ཐོན་རྫས་ཀྱིས་ཉེན་ཁ་གསལ་པོ་བཤད།
q-high-yield-guaranteed-return-c = ཀུང་སི་འདིའི་ནུས་ཤུགས་ཧ་ཅང་ཆེ་བ་མཚོན
q-high-yield-guaranteed-return-c-why = ནོར་བ་རེད། ཁ་ཐོག་གི་ཁས་ལེན་གྱིས་ནུས་ཤུགས་ར་སྤྲོད་བྱེད་མི་ཐུབ། ཆོག་མཆན་དང་ཉེན་ཁ་ཚད་ལྡན་ལམ་ནས་ཞིབ་བཤེར་བྱེད་དགོས།

## high-yield-red-flags
q-high-yield-red-flags = མི་ཞིག་གིས་ཁྱེད་ལ་དངུལ་རྩིས་ཐོན་རྫས་འོས་སྦྱོར་བྱེད། གཤམ་གྱི་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-high-yield-red-flags-a = ཁེ་ཕན་མཐོ་བའི་ཁས་ལེན་དང་། མ་རྩ་མི་གོད་པའི་འགན་ལེན་བྱེད་པ
q-high-yield-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། མ་རྩ་འཇོག་ན་ཁེ་ཡང་ཡོང་གྱོང་ཡང་ཕོག ཁེ་ཕན་མཐོ་ལ་མ་རྩ་མི་གོད་པའི་འགན་ལེན་ནི་མགོ་སྐོར་བའི་གཏམ་རྒྱུན་ལྡན་ཡིན།
q-high-yield-red-flags-b = ཉེ་འབྲེལ་དང་གྲོགས་པོ་འདྲེན་དུ་འཇུག་ཅིང་། མི་ཇི་ཙམ་མང་ན་བྱ་དགའ་དེ་ཙམ་མང་བ
q-high-yield-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། མི་འདྲེན་པ་ལ་བརྟེན་ནས་བྱ་དགའ་སྤྲོད་པ་ནི་རྒྱུན་དུ་མི་གསར་པའི་དངུལ་གྱིས་མི་རྙིང་པའི་སྐྱེད་ཀ་སྤྲོད་པ་ཡིན། ཅི་ནས་ཀྱང་རྡིབ་ངེས།
q-high-yield-red-flags-c = “མི་གྲངས་ལ་ཚད་ཡོད། དེ་རིང་ངེས་པར་དུ་དངུལ་སྤོ་དགོས”ཞེས་བསྐུལ་བ
q-high-yield-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཇི་ཙམ་མགྱོགས་པོར་བསྐུལ་ན། ཁྱེད་ལ་ཞིབ་བཤེར་དང་གྲོས་བསྡུར་བྱེད་པའི་དུས་ཚོད་སྤྲོད་མི་འདོད་པ་ཡིན།
q-high-yield-red-flags-d = ཚད་ལྡན་དངུལ་ཁང་གི་ལས་ཁུངས་སུ་ཉེན་ཁ་གསལ་པོ་བཤད་ནས། ཁྱེད་རང་གིས་ཐག་གཅོད་དུ་འཇུག་པ
q-high-yield-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། ཉེན་ཁ་གསལ་པོ་བཤད་ནས་ཁྱེད་རང་གིས་ཐག་གཅོད་དུ་འཇུག་པ་ནི་ཚད་ལྡན་ལས་ཁུངས་ཀྱིས་བྱེད་དགོས་པ་ཡིན།
q-high-yield-red-flags-e = དངུལ་མི་ཞིག་གི་སྒེར་གྱི་རྩིས་ཁྲར་སྤོ་རུ་འཇུག་པ
q-high-yield-red-flags-e-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཚད་ལྡན་གྱི་དངུལ་རྩིས་ཐོན་རྫས་ཀྱིས་ཁྱེད་ལ་དངུལ་མི་སྒེར་ལ་སྤོ་རུ་མི་འཇུག དངུལ་སྤོས་ཚར་ན་ཕྱིར་ལེན་དཀའ།

## high-yield-friend-referral-safe
q-high-yield-friend-referral-safe = ཡང་དག་ཡིན་མིན་ཐག་གཅོད། ངོ་ཤེས་པའམ་ཉེ་འབྲེལ་གྱིས་ངོ་སྤྲོད་བྱས་པའི་སྐྱེད་ཀ་མཐོ་བའི་དངུལ་རྩིས་ཐོན་རྫས་ཡིན་ན། ངེས་པར་དུ་བདེ་འཇགས་ཡིན།
q-high-yield-friend-referral-safe-true-why = ནོར་བ་རེད། ངོ་ཤེས་པའི་མི་ལའང་མགོ་སྐོར་ཐེབས་ཡོད་པ་ཁོ་རང་གིས་མི་ཤེས་སྲིད། ཐོན་རྫས་བདེ་འཇགས་ཡིན་མིན་དེ་རང་ལ་ལྟ་དགོས། སུས་ངོ་སྤྲོད་བྱས་པ་ལ་མི་ལྟ།
q-high-yield-friend-referral-safe-false-why = ཡང་དག་རེད། ངོ་ཤེས་པས་ངོ་སྤྲོད་བྱས་ཀྱང་བདེ་འཇགས་ཡིན་པའི་རྟགས་མ་རེད། ཉོ་མིན་ཁྱེད་རང་གིས་ཐག་གཅོད། སྔོན་ལ་ཚད་ལྡན་ལམ་ནས་ཞིབ་བཤེར་བྱོས།

## high-yield-platform-stops-payout
q-high-yield-platform-stops-payout-story = ལས་རྒན་ཨ་ཁུ་ཀྲང་གིས་“སྐྱེད་ཀ་མཐོ་བའི་རྣམ་གྲངས”ཤིག་ལ་དངུལ་བཏང་། ཟླ་བ་སྔ་མ་འགའི་རིང་དུས་ཐོག་ཏུ་སྐྱེད་ཀ་ཐོབ། ཉེ་ཆར་ཁོ་ཚོས་སྟེགས་བུ་“རིམ་སྤར”བྱེད་བཞིན་ཡོད་པས་གནས་སྐབས་དངུལ་ལེན་མི་ཐུབ་ཟེར། ད་དུང་ཁོ་ལ་དངུལ་མང་ཙམ་འཇོག་པར་བསྐུལ།
q-high-yield-platform-stops-payout = ཨ་ཁུ་ཀྲང་གིས་ཅི་བྱེད་དགོས།
q-high-yield-platform-stops-payout-a = དངུལ་མང་ཙམ་བཏང་ནས་སྟེགས་བུ་རིམ་སྤར་ཚར་བར་སྒུག་པ
q-high-yield-platform-stops-payout-a-why = ནོར་བ་རེད། དངུལ་ལེན་མི་ཐུབ་ཀྱང་དངུལ་ཁ་སྣོན་གཏོང་དུ་འཇུག་པ་ནི་མགོ་སྐོར་གྱི་ཐབས་ཇུས་དཔེ་མཚོན་ཅན་ཡིན། ཡང་བསྐྱར་བཏང་ན་གྱོང་གུད་ཇེ་ཆེར་འགྲོ།
q-high-yield-platform-stops-payout-b = ཚོགས་ཁག་ནང་ཁ་རོག་གེར་བརྡ་ཐོར་སྒུག་སྟེ་སུ་ལའང་མི་ཤོད་པ
q-high-yield-platform-stops-payout-b-why = ནོར་བ་རེད། ཇི་ཙམ་འགྱངས་ན་དངུལ་ཕྱིར་ལེན་དེ་ཙམ་དཀའ། མགོ་སྐོར་བས་ཁྱེད་རྒྱུན་དུ་སྒུག་ཏུ་འཇུག་འདོད།
q-high-yield-platform-stops-payout-c = ཡང་བསྐྱར་དངུལ་མི་གཏོང་། བྱུང་ཐོ་ཉར་ནས་ 110 ལ་ཁ་པར་བཏང་སྟེ་ཉེན་བརྡ་གཏོང་བ
q-high-yield-platform-stops-payout-c-why = ཡང་དག་རེད། སྔོན་ལ་དངུལ་གཏོང་བ་མཚམས་འཇོག གན་རྒྱ་དང་། དངུལ་སྤོ་བའི་ཟིན་ཐོ། གླེང་མོལ་གྱི་ཟིན་ཐོ་བཅས་ཉར་ནས། མྱུར་དུ་ཉེན་རྟོག་པ་ལ་སྙན་ཞུ་བྱོས།

## high-yield-check-before-buying
q-high-yield-check-before-buying = དངུལ་རྩིས་ཐོན་རྫས་མ་ཉོ་གོང་། བྱེད་སྟངས་གང་ཞིག་བརྟན་པོ་ཡིན།
q-high-yield-check-before-buying-a = ཁྱབ་བསྒྲགས་ཤོག་བུའི་སྟེང་གི་ཁེ་ཕན་གྱི་གྲངས་ཀ་ཙམ་ལ་ལྟ་བ
q-high-yield-check-before-buying-a-why = ནོར་བ་རེད། ཁྱབ་བསྒྲགས་ཤོག་བུས་སྙན་པོ་ཁོ་ན་ཤོད། ཉེན་ཁ་དང་། འཐུས། ནམ་ཡིན་ཡང་དངུལ་ལེན་ཐུབ་མིན་ཡང་གལ་ཆེན་པོ་ཡིན།
q-high-yield-check-before-buying-b = “ནང་ཁུལ་གྱི་གསར་འགྱུར”ལ་ཡིད་ཆེས་ནས། ཇི་ཙམ་མྱུར་ན་དེ་ཙམ་ཡག་པ
q-high-yield-check-before-buying-b-why = ནོར་བ་རེད། “ནང་ཁུལ་གྱི་གསར་འགྱུར”དང་“ཇི་ཙམ་མྱུར་ན་དེ་ཙམ་ཡག”གཉིས་ཀ་ཁྱེད་ལ་བསམ་བློ་མང་པོ་མ་གཏོང་ཞེས་བསྐུལ་བ་ཡིན།
q-high-yield-check-before-buying-c = ཚད་ལྡན་ལས་ཁུངས་སུ་ཕྱིན་ནས་ཉེན་ཁ་གསལ་པོ་དྲིས་རྗེས། ཁྱེད་རང་གིས་ཐག་གཅོད་པ
q-high-yield-check-before-buying-c-why = ཡང་དག་རེད། ཐོན་རྫས་ཀྱི་གནས་ཚུལ་དངོས་དང་ཉེན་ཁ་ཤེས་པའི་ཐོབ་ཐང་ཁྱེད་ལ་ཡོད། གསལ་པོ་དྲིས་ཤིང་ལེགས་པར་བསམས་རྗེས་ཉོ་མིན་ཐག་གཅོད།
q-high-yield-check-before-buying-d = ཚོང་བསྐུལ་བྱེད་མཁན་ལ་ཚབ་ཏུ་མིང་རྟགས་འགོད་དུ་འཇུག་པ
q-high-yield-check-before-buying-d-why = ནོར་བ་རེད། གན་རྒྱ་ཁྱེད་རང་གིས་ཀློག་པ་དང་རང་གིས་མིང་རྟགས་འགོད་དགོས། མི་གཞན་གྱིས་ཚབ་ཏུ་བཀོད་ན། དཀའ་ངལ་བྱུང་སྐབས་གསལ་པོ་བཤད་དཀའ།

## fake-customer-service-screen-share
q-fake-customer-service-screen-share = “ཞབས་ཞུ་བ”ཡིན་ཟེར་མཁན་ཞིག་གིས་ཁ་པར་བཏང་ནས། ཁྱེད་ལ་ཁ་པར་གྱི་“བརྙན་ཡོལ་མཉམ་སྤྱོད”ཁ་ཕྱེ་རུ་བཅུག ཁྱེད་ལ་དངུལ་ཕྱིར་སློག་རོགས་བྱེད་ཟེར། ཁྱེད་ཀྱིས་ཅི་བྱེད་དགོས།
q-fake-customer-service-screen-share-a = ཁོས་བཤད་པ་ལྟར་བྱེད། ཞབས་ཞུ་བ་རོགས་བྱེད་པར་ཡོང་བ་ཡིན
q-fake-customer-service-screen-share-a-why = ནོར་བ་རེད། བརྙན་ཡོལ་མཉམ་སྤྱོད་བྱས་རྗེས། ཁོས་ཁྱེད་ཀྱི་ར་སྤྲོད་ཨང་གྲངས་དང་དངུལ་ཁང་གི་བྱང་བུའི་ཆ་འཕྲིན་མཐོང་ཐུབ།
q-fake-customer-service-screen-share-b = ཡུན་ཐུང་ངུ་ཙམ་མཉམ་སྤྱོད་བྱས་ན་ཕྱོགས་མེད་ཡིན་ངེས
q-fake-customer-service-screen-share-b-why = ནོར་བ་རེད། ཡུན་ཐུང་ངུ་ཙམ་གྱིས་ཀྱང་ཁོས་ར་སྤྲོད་ཨང་གྲངས་མཐོང་ནས་དངུལ་སྤོ་ཐུབ།
q-fake-customer-service-screen-share-c = ཐོབ་པའི་ར་སྤྲོད་ཨང་གྲངས་ཁོ་ལ་ཀློག་ནས་གོ་རུ་འཇུག་པ
q-fake-customer-service-screen-share-c-why = ནོར་བ་རེད། ར་སྤྲོད་ཨང་གྲངས་དང་གསང་གྲངས་སུ་ལའང་ཤོད་མི་ཆོག ཞབས་ཞུ་བ་ཡིན་ཟེར་མཁན་ཡང་དེའི་ནང་ཚུད།
q-fake-customer-service-screen-share-d = ཁ་པར་བཅད་ནས། ཁྱེད་རང་གིས་ཁུངས་ལྡན་ཞབས་ཞུ་ལ་འཚོལ་ནས་ཞིབ་བཤེར་བྱེད་པ
q-fake-customer-service-screen-share-d-why = ཡང་དག་རེད། ཚད་ལྡན་གྱི་དངུལ་ཕྱིར་སློག་ལ་བརྙན་ཡོལ་མཉམ་སྤྱོད་མི་དགོས། ཁ་པར་བཅད་རྗེས། ཁུངས་ལྡན་ལམ་ནས་ཁྱེད་རང་གིས་ཞིབ་བཤེར་བྱོས།

## fake-customer-service-red-flags
q-fake-customer-service-red-flags = “ཞབས་ཞུ་བ”ཡིན་ཟེར་བའི་ཁ་པར་ཞིག་ཡོང་། གཤམ་གྱི་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-fake-customer-service-red-flags-a = ཁྱེད་ཀྱི་ཉེན་སྲུང་ཡིག་ཆའམ་བུ་ལོན་ལ་“དཀའ་ངལ་བྱུང་”། འཕྲལ་མར་ཐག་གཅོད་དགོས་ཟེར་བ
q-fake-customer-service-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། མགོ་སྐོར་བས་རྒྱུན་དུ་སྔོན་ལ་སེམས་འཚབ་བཟོས་ནས། ཁྱེད་ལ་བསམ་བློ་གཏོང་བའི་དུས་ཚོད་མི་སྤྲོད།
q-fake-customer-service-red-flags-b = ར་སྤྲོད་ཨང་གྲངས་སམ་གསང་གྲངས་ཤོད་དུ་འཇུག་པ
q-fake-customer-service-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཚད་ལྡན་གྱི་ཞབས་ཞུ་བས་ཁྱེད་ཀྱི་ར་སྤྲོད་ཨང་གྲངས་དང་གསང་གྲངས་མི་ལེན།
q-fake-customer-service-red-flags-c = ཁ་པར་བཅད་རྗེས་ཁུངས་ལྡན་ App ནང་ཁྱེད་རང་གིས་ཞིབ་བཤེར་བྱེད་པར་དྲན་སྐུལ་བྱེད་པ
q-fake-customer-service-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། ཁྱེད་རང་གིས་ཁུངས་ལྡན་ལམ་ནས་ཞིབ་བཤེར་བྱེད་དུ་འཇུག་པ་ནི་བདེ་འཇགས་ཀྱི་བྱེད་སྟངས་ཡིན།
q-fake-customer-service-red-flags-d = དངུལ་ཕྱིར་སློག་བྱེད་པར་སྔོན་ལ་དངུལ་ཞིག་སྤོ་རུ་འཇུག་པ
q-fake-customer-service-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཚད་ལྡན་གྱི་དངུལ་ཕྱིར་སློག་ལ་ཁྱེད་ཀྱིས་སྔོན་ལ་དངུལ་སྤྲོད་མི་དགོས།
q-fake-customer-service-red-flags-e = གསང་གྲངས་གང་ཡང་མི་འདྲི། རྩིས་ཁྲའི་བདེ་འཇགས་ལ་དོ་སྣང་བྱེད་པར་དྲན་སྐུལ་ཙམ་བྱེད་པ
q-fake-customer-service-red-flags-e-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། དྲན་སྐུལ་ཙམ་བྱེད་པ་དང་། གསང་གྲངས་མི་ལེན་པ། དངུལ་སྤོ་རུ་མི་འཇུག་པའི་ཁ་པར་གྱིས་ཁྱེད་ལ་གྱོང་གུད་མི་ཕོག

## fake-customer-service-refund-no-fee
q-fake-customer-service-refund-no-fee = ཡང་དག་ཡིན་མིན་ཐག་གཅོད། ཚད་ལྡན་གྱི་དངུལ་ཕྱིར་སློག་ལ་ཁྱེད་ཀྱིས་སྔོན་ལ་དངུལ་སྤྲོད་མི་དགོས། ཁ་པར་གྱི་བརྙན་ཡོལ་མཉམ་སྤྱོད་ཀྱང་མི་དགོས།
q-fake-customer-service-refund-no-fee-true-why = ཡང་དག་རེད། སྔོན་ལ་དངུལ་སྤྲོད་པའམ་བརྙན་ཡོལ་མཉམ་སྤྱོད་བྱས་ན་མ་གཏོགས་དངུལ་ཕྱིར་སློག་མི་ཐུབ་ཟེར་བ་ཚང་མ་མགོ་སྐོར་ཡིན།
q-fake-customer-service-refund-no-fee-false-why = ནོར་བ་རེད། ཚད་ལྡན་གྱི་དངུལ་ཕྱིར་སློག་ལ་ནམ་ཡང་ཁྱེད་ཀྱིས་སྔོན་ལ་དངུལ་སྤྲོད་མི་དགོས། བརྙན་ཡོལ་མཉམ་སྤྱོད་ཀྱང་མི་དགོས། བླང་བྱ་འདི་འདྲ་ཐོས་ན་མྱུར་དུ་ཁ་པར་བཅད།

## fake-customer-service-cancel-loan-call
q-fake-customer-service-cancel-loan-call-story = ཨ་ཕོ་ལི་ལ་ཁ་པར་ཞིག་ཡོང་། ཁོས་“སྟེགས་བུ་ཞིག་གི་ཞབས་ཞུ་བ”ཡིན་ཟེར། ཁོའི་མིང་ཐོག་ཏུ་བུ་ལོན་རྩིས་ཁྲ་ཞིག་ཡོད། མེད་པར་མ་བཟོས་ན་“ཡིད་རྟོན་ཟིན་ཐོ་ལ་གནོད”ཟེར། ཁོས་ཁོ་ལ་སྔོན་ལ་དངུལ་དམིགས་བསལ་རྩིས་ཁྲ་ཞིག་ལ་སྤོས་ནས་“དངུལ་འགྲུལ་ཟིན་ཐོ”བཟོས་ན་མ་གཏོགས་མེད་པར་བཟོ་མི་ཐུབ་ཟེར།
q-fake-customer-service-cancel-loan-call = ཨ་ཕོ་ལིས་ཅི་བྱེད་དགོས།
q-fake-customer-service-cancel-loan-call-a = ཡིད་རྟོན་ཟིན་ཐོ་སྲུང་ཆེད། ཁོས་བཤད་པ་ལྟར་མྱུར་དུ་དངུལ་སྤོ་བ
q-fake-customer-service-cancel-loan-call-a-why = ནོར་བ་རེད། རྩིས་ཁྲ་མེད་པར་བཟོ་བར་དངུལ་སྤོ་མི་དགོས། “ཡིད་རྟོན་ཟིན་ཐོ་ལ་གནོད”ཟེར་བ་ནི་མགོ་སྐོར་བས་མི་སྐྲག་པའི་གཏམ་ཡིན།
q-fake-customer-service-cancel-loan-call-b = ཁ་པར་བཅད་ནས། ཁུངས་ལྡན་ལམ་ནས་ཁྱེད་རང་གིས་ཞིབ་བཤེར་བྱེད་པ
q-fake-customer-service-cancel-loan-call-b-why = ཡང་དག་རེད། ཡིད་རྟོན་ཟིན་ཐོ་ནོར་ཡོད་ན། ཁུངས་ལྡན་ལམ་ནས་རིན་མེད་དུ་བཅོས་ཆོག ནམ་ཡང་དངུལ་སྤོ་མི་དགོས།
q-fake-customer-service-cancel-loan-call-c = ངོ་སྤྲོད་ལག་ཁྱེར་དང་དངུལ་ཁང་གི་བྱང་བུའི་ཨང་གྲངས་ཁོ་ལ་བསྐུར་བ
q-fake-customer-service-cancel-loan-call-c-why = ནོར་བ་རེད། མི་སྒེར་གྱི་ཆ་འཕྲིན་སྤྲད་ན། ཁྱེད་ཀྱི་མིང་ཐོག་ནས་བུ་ལོན་ལེན་པའམ་དངུལ་སྤོ་བར་བཀོལ་སྲིད།

## fake-customer-service-how-to-verify
q-fake-customer-service-how-to-verify = “ཞབས་ཞུ་བ”ཡི་ཁ་པར་ཞིག་བདེན་རྫུན་ཇི་ལྟར་ཞིབ་བཤེར་བྱེད།
q-fake-customer-service-how-to-verify-a = ཁ་པར་བཅད་རྗེས། ཁུངས་ལྡན་ App འམ་གན་རྒྱའི་སྟེང་གི་ཁ་པར་ལ་གཏོང་བ
q-fake-customer-service-how-to-verify-a-why = ཡང་དག་རེད། ཨང་གྲངས་ཁྱེད་རང་གིས་ཁུངས་ལྡན་ལམ་ནས་འཚོལ། དེ་རྗེས་ཁྱེད་རང་གིས་ཁ་པར་བཏང་ནས་དྲིས།
q-fake-customer-service-how-to-verify-b = ད་གིན་ཁ་པར་ཡོང་བའི་ཨང་གྲངས་དེ་ལ་ཕྱིར་ཁ་པར་གཏོང་བ
q-fake-customer-service-how-to-verify-b-why = ནོར་བ་རེད། ཕྱིར་ཁ་པར་བཏང་ཡང་མགོ་སྐོར་བ་དེ་ཉིད་ཡིན། ཡོང་བའི་ཨང་གྲངས་ཀྱང་རྫུན་བཟོས་ཡིན་སྲིད།
q-fake-customer-service-how-to-verify-c = ཁོས་བཏང་བའི་འཕྲིན་ཐུང་ནང་གི་སྦྲེལ་མཐུད་ཁ་ཕྱེ་ནས་ལྟ་བ
q-fake-customer-service-how-to-verify-c-why = ནོར་བ་རེད། ངོ་མི་ཤེས་པའི་སྦྲེལ་མཐུད་ནི་དྲ་ཚིགས་རྫུན་མ་ཡིན་སྲིད། ཁྱེད་ཀྱི་རྩིས་ཁྲ་དང་གསང་གྲངས་མགོ་སྐོར་གྱིས་ལེན་སྲིད།

## impersonated-police-safe-account
q-impersonated-police-safe-account = ཡང་དག་ཡིན་མིན་ཐག་གཅོད། ཉེན་རྟོག་པ་དང་། ཞིབ་དཔྱད་ཁང་། ཁྲིམས་ཁང་། དངུལ་རྩིས་ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན་གྱིས་ཁྱེད་ལ་ཞིབ་དཔྱད་ཆེད་དངུལ་“བདེ་འཇགས་རྩིས་ཁྲ”ལ་སྤོ་རུ་འཇུག་སྲིད།
q-impersonated-police-safe-account-true-why = ནོར་བ་རེད། ཉེན་རྟོག་པ་དང་ཁྲིམས་ཁང་སོགས་དང་ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན་གྱིས་ནམ་ཡང་ཁྱེད་ལ་དངུལ་“བདེ་འཇགས་རྩིས་ཁྲ”ལ་སྤོ་རུ་མི་འཇུག དེ་ལྟར་ཟེར་མཁན་ཚང་མ་མགོ་སྐོར་བ་ཡིན།
q-impersonated-police-safe-account-false-why = ཡང་དག་རེད། “བདེ་འཇགས་རྩིས་ཁྲ”ཟེར་བ་གཏན་ནས་མེད། ཚིག་འདི་ཐོས་མ་ཐག མྱུར་དུ་ཁ་པར་བཅད་ནས་ 110 ལ་ཁ་པར་གཏོང་།

## impersonated-police-answer-96110
q-impersonated-police-answer-96110 = ཡང་དག་ཡིན་མིན་ཐག་གཅོད། 96110 ནས་ཁྱེད་ལ་ཁ་པར་ཡོང་ན། ལེན་ན་ཡག དེས་ཁྱེད་ལ་མགོ་སྐོར་སྔོན་འགོག་གི་དྲན་སྐུལ་བྱེད་ཀྱི་ཡོད།
q-impersonated-police-answer-96110-true-why = ཡང་དག་རེད། 96110 ནི་རྒྱལ་ཡོངས་ཀྱི་མགོ་སྐོར་སྔོན་བརྡ་དང་འགོག་སྐུལ་གྱི་ཁ་པར་ཡིན། དེ་ནས་ཁ་པར་ཡོང་ན། མགོ་སྐོར་བས་ཁྱེད་ལ་དམིགས་ཡོད་སྲིད།
q-impersonated-police-answer-96110-false-why = ནོར་བ་རེད། 96110 ནས་ཁ་པར་ཡོང་བ་ནི་ཁྱེད་ལ་མགོ་སྐོར་སྔོན་འགོག་གི་དྲན་སྐུལ་བྱེད་པ་ཡིན་པས་ལེན་དགོས། ཛ་དྲག་གི་གནས་ཚུལ་བྱུང་ན་ 110 ལ་ཁ་པར་གཏོང་རོགས།

## impersonated-police-red-flags
q-impersonated-police-red-flags = མི་ཞིག་གིས་ཁ་པར་བཏང་སྟེ་“ཉེན་རྟོག་པ”ཡིན་ཟེར། གཤམ་གྱི་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-impersonated-police-red-flags-a = ཁྱེད་ཁྲིམས་གཞི་ཞིག་དང་འབྲེལ་ཡོད་དོགས་ཟེར་ནས། “ཞིབ་དཔྱད་ལ་མཉམ་འགྲུལ་བྱེད”དགོས་ཟེར་བ
q-impersonated-police-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། མགོ་སྐོར་བས་རྒྱུན་དུ་“ཁྲིམས་གཞི་དང་འབྲེལ”ཟེར་ནས་མི་སྐྲག་སྟེ། ཁྱེད་སེམས་འཚབ་ཏུ་འཇུག
q-impersonated-police-red-flags-b = “གསང་བ་ཉར”དགོས། ནང་མི་ལ་ཤོད་མི་ཆོག་ཟེར་བ
q-impersonated-police-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ནང་མི་ལ་ཤོད་དུ་མི་འཇུག་པ་ནི། ནང་མིས་མགོ་སྐོར་ངོས་འཛིན་ཡོང་དོགས་པས་ཡིན།
q-impersonated-police-red-flags-c = ཉེ་འཁྲིས་ཀྱི་སྤྱི་བདེ་ས་ཚིགས་སུ་ཕྱིན་ནས་ངོ་ཐོག་ཏུ་གསལ་པོ་དྲི་བར་བསམ་འཆར་འདོན་པ
q-impersonated-police-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། སྤྱི་བདེ་ས་ཚིགས་སུ་ཕྱིན་ནས་ངོ་ཐོག་ཏུ་དྲི་བའམ། 110 ལ་ཁ་པར་བཏང་ནས་ཞིབ་བཤེར་བྱེད་པ་གཉིས་ཀ་བདེ་འཇགས་ཀྱི་བྱེད་སྟངས་ཡིན།
q-impersonated-police-red-flags-d = གསོག་དངུལ་“བདེ་འཇགས་རྩིས་ཁྲ”ལ་སྤོ་རུ་འཇུག་པ
q-impersonated-police-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་རྟོག་པ་དང་ཁྲིམས་ཁང་སོགས་ཀྱིས་ཁྱེད་ལ་དངུལ་སྤོ་རུ་མི་འཇུག “བདེ་འཇགས་རྩིས་ཁྲ”ཚང་མ་མགོ་སྐོར་བའི་རྩིས་ཁྲ་ཡིན།

## impersonated-police-hotel-review
q-impersonated-police-hotel-review-story = ཨ་ནེ་ཝང་ལ་ཁ་པར་ཞིག་ཡོང་། ཁོས་“སྤྱི་བདེ་ཅུས”ཡིན་ཟེར། ཁོ་མོའི་དངུལ་ཁང་གི་བྱང་བུ་ཁྲིམས་གཞི་ཞིག་དང་འབྲེལ་ཡོད་དོགས་ཟེར། ཁོས་ཁོ་མོར་གཅིག་པུར་མགྲོན་ཁང་དུ་ཕྱིན་ནས་ཁང་མིག་ཅིག་ལེན་དུ་བཅུག བུ་ཕྲུག་ལ་ཤོད་མི་ཆོག“ཐག་རིང་ཞིབ་དཔྱད”ལ་སྒུག་དགོས་ཟེར།
q-impersonated-police-hotel-review = ཨ་ནེ་ཝང་གིས་ཅི་བྱས་ན་ཡག་ཤོས་ཡིན།
q-impersonated-police-hotel-review-a = བཤད་པ་ལྟར་མགྲོན་ཁང་དུ་ཕྱིན་ནས་ཞིབ་དཔྱད་ལ་མཉམ་འགྲུལ་བྱེད་པ
q-impersonated-police-hotel-review-a-why = ནོར་བ་རེད། ཁྱེད་དང་ནང་མི་ཁ་བྲལ་དུ་གཏོང་བ་ནི་མགོ་སྐོར་བའི་ཐབས་ཇུས་རྒྱུན་ལྡན་ཡིན། ཉེན་རྟོག་པ་ངོ་མས་དེ་ལྟར་ཁྲིམས་གཞི་ཐག་གཅོད་མི་བྱེད།
q-impersonated-police-hotel-review-b = ཁ་པར་བཅད། ནང་མི་ལ་བཤད། 110 ལ་ཁ་པར་གཏོང་བ
q-impersonated-police-hotel-review-b-why = ཡང་དག་རེད། སྔོན་ལ་ཁ་པར་བཅད་ནས་ནང་མི་དང་གྲོས་བསྡུར་བྱོས། དེ་རྗེས་ 110 ལ་ཁ་པར་བཏང་ནས་ཞིབ་བཤེར་བྱོས།
q-impersonated-police-hotel-review-c = རང་ཉིད་ཉེས་མེད་ཡིན་པ་ར་སྤྲོད་ཆེད། དངུལ་ཁང་གི་བྱང་བུའི་གསང་གྲངས་ཁོ་ལ་ཤོད་པ
q-impersonated-police-hotel-review-c-why = ནོར་བ་རེད། གསང་གྲངས་བཤད་ན་དངུལ་སྤོས་འགྲོ་སྲིད། ཉེས་མེད་ཡིན་པ་གསང་གྲངས་ཀྱིས་ར་སྤྲོད་བྱེད་མི་དགོས།

## impersonated-police-regulator-call
q-impersonated-police-regulator-call = མི་ཞིག་གིས་“དངུལ་རྩིས་ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན”ཡིན་ཟེར་ནས། “ཁྱེད་ཀྱི་རྩིས་ཁྲ་མེད་པར་བཟོ”དགོས་ཟེར་ཏེ། ཁྱེད་ལ་དངུལ་གནས་སྤོ་བྱེད་དུ་འཇུག གཤམ་གྱི་ཚིག་གང་ཞིག་ཡང་དག་ཡིན།
q-impersonated-police-regulator-call-a = ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན་གྱིས་ཁ་པར་བཏང་ནས་མི་སྒེར་ལ་དངུལ་སྤོ་རུ་མི་འཇུག
q-impersonated-police-regulator-call-a-why = ཡང་དག་རེད། ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན་གྱིས་ཁ་པར་བཏང་ནས་ཁྱེད་ལ་དངུལ་སྤོ་རུ་མི་འཇུག ཁྱེད་ཀྱི་ཚབ་ཏུ་དངུལ་ཉར་ཚགས་ཀྱང་མི་བྱེད།
q-impersonated-police-regulator-call-b = ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན་གྱིས་ཁྱེད་ཀྱི་ཚབ་ཏུ་གསོག་དངུལ་ཉར་ཚགས་བྱེད་ཆོག
q-impersonated-police-regulator-call-b-why = ནོར་བ་རེད། ལྟ་རྟོག་དོ་དམ་སྡེ་ཚན་གྱིས་མི་སྒེར་གྱི་དངུལ་ཉར་ཚགས་མི་བྱེད། དེ་ལྟར་ཟེར་མཁན་ནི་མགོ་སྐོར་བ་ཡིན།
q-impersonated-police-regulator-call-c = ཁོས་ངའི་ངོ་སྤྲོད་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ཤོད་ཐུབ་ན་བདེན་པ་ཡིན
q-impersonated-police-regulator-call-c-why = ནོར་བ་རེད། མི་སྒེར་གྱི་ཆ་འཕྲིན་སྔ་མོ་ནས་ཕྱིར་འཆོར་ཡོད་སྲིད། མགོ་སྐོར་བས་ཁྱེད་ཀྱི་མིང་དང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ཤེས་ཀྱང་ཡ་མཚན་མེད།

## misleading-sales-deposit-became-policy
q-misleading-sales-deposit-became-policy-story = ཨ་ནེ་ལིའུ་དངུལ་ཁང་དུ་དུས་ངེས་དངུལ་འཇོག་པར་ཕྱིན། མི་ཞིག་གིས་“དངུལ་འཇོག་གི་ཐོན་རྫས”ཤིག་གི་སྐྱེད་ཀ་དེ་བས་མཐོ་ཟེར་བས། ཁོ་མོས་མིང་རྟགས་བཀོད། རྗེས་སུ་ཁོ་མོས་ཉོས་པ་དེ་དོན་དངོས་སུ་ཉེན་སྲུང་ཞིག་ཡིན་པ་དང་། དུས་མ་སླེབས་གོང་ལེན་ན་གྱོང་གུད་ཕོག་པ་ཤེས།
q-misleading-sales-deposit-became-policy = ཨ་ནེ་ལིའུ་ཡིས་ཅི་བྱེད་ཆོག
q-misleading-sales-deposit-became-policy-a = རང་གི་ལས་ངན་ཡིན་སྙམ་ནས་ཅི་ཡང་མི་ཤོད་པ
q-misleading-sales-deposit-became-policy-a-why = ནོར་བ་རེད། དཀའ་ངལ་ཞུ་བ་དང་ཐག་གཅོད་རེ་བའི་ཐོབ་ཐང་ཁྱེད་ལ་ཡོད། བཤད་ན་ངོ་ཚ་རྒྱུ་མེད།
q-misleading-sales-deposit-became-policy-b = དངུལ་བཏང་ནས་“ཐོབ་ཐང་སྲུང་སྐྱོབ་ཚབ་སྒྲུབ”པར་རོགས་ཞུ་བ
q-misleading-sales-deposit-became-policy-b-why = ནོར་བ་རེད། “ཐོབ་ཐང་སྲུང་སྐྱོབ་ཚབ་སྒྲུབ”པས་འཐུས་མཐོ་པོ་ལེན། ཁྱེད་ཀྱི་མི་སྒེར་གྱི་ཆ་འཕྲིན་ཡང་འཁྱེར་སྲིད། ཞུ་གཏུག་དང་བར་འདུམ་ཁྱེད་རང་གིས་སྒྲུབ་ཆོག
q-misleading-sales-deposit-became-policy-c = སྔོན་ལ་ལས་ཁུངས་དེའི་ཁུངས་ལྡན་ལམ་ལ་འཚོལ། དེ་རྗེས་ 12378 ལ་ཁ་པར་གཏོང་བ
q-misleading-sales-deposit-became-policy-c-why = ཡང་དག་རེད། སྔོན་ལ་ལས་ཁུངས་ལ་ཞུ། ཐག་མ་ཆོད་ན། 12378 ལ་ཁ་པར་བཏང་ནས་ཞུ་གཏུག་བྱེད་ཆོག རྩོད་གཞིའི་རིན་མེད་བར་འདུམ་ཡང་ཞུ་ཆོག

## misleading-sales-red-flags
q-misleading-sales-red-flags = དངུལ་རྩིས་ཐོན་རྫས་ཉོ་སྐབས། གཤམ་གྱི་གང་དག་འཚོང་མཁན་གྱིས་གོ་ནོར་འཇུག་པའི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-misleading-sales-red-flags-a = ཉེན་སྲུང་ལ་“དངུལ་འཇོག”གམ་“དངུལ་གསོག”ཟེར་བ
q-misleading-sales-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་སྲུང་དང་དངུལ་འཇོག་མི་འདྲ། དུས་མ་སླེབས་གོང་ཕྱིར་འཐེན་བྱས་ན་དངུལ་ཚང་མ་ཕྱིར་ཐོབ་མི་སྲིད།
q-misleading-sales-red-flags-b = ཁེ་ཕན་ཁོ་ན་ཤོད། ཉེན་ཁ་དང་ཕྱིར་འཐེན་གྱི་གྱོང་གུད་མི་ཤོད་པ
q-misleading-sales-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁ་ཤེས་པའི་ཐོབ་ཐང་ཁྱེད་ལ་ཡོད། ཕན་ཡོན་ཁོ་ན་ཤོད་ཅིང་གནོད་པ་མི་ཤོད་ན། ཆ་ཚང་བཤད་མེད་པ་ཡིན།
q-misleading-sales-red-flags-c = “དོན་ཚན་ལྟ་མི་དགོས། མིང་རྟགས་བཀོད་ན་ཆོག”ཟེར་བ
q-misleading-sales-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། དོན་ཚན་ནང་ཁྱེད་ཀྱི་ཐོབ་ཐང་དང་འགན་འཁྲི་བྲིས་ཡོད། ངེས་པར་དུ་གསལ་པོ་ལྟ་དགོས།
q-misleading-sales-red-flags-d = དོན་ཚན་དང་འཐུས་གསལ་པོ་བཤད་ནས། ཁྱིམ་དུ་ཁྱེར་ནས་བསམ་བློ་གཏོང་དུ་འཇུག་པ
q-misleading-sales-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། ཁྱེད་ལ་བསམ་བློ་གཏོང་བ་དང་ནང་མི་དང་གྲོས་བསྡུར་བྱེད་པའི་དུས་ཚོད་སྤྲོད་པ་ནི་འགན་འཁུར་བའི་བྱེད་སྟངས་ཡིན།
q-misleading-sales-red-flags-e = གོ་སླ་བའི་ཚིག་གིས་ཉེན་ཁ་ཁྱེད་ལ་བཤད་པ
q-misleading-sales-red-flags-e-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། ལས་ཁུངས་ཀྱིས་གོ་སླ་བའི་ཚིག་གིས་ཉེན་ཁ་འགྲེལ་བཤད་བྱེད་དགོས་པ་རང་བཞིན་ཡིན།

## misleading-sales-sign-for-me
q-misleading-sales-sign-for-me = ཡང་དག་ཡིན་མིན་ཐག་གཅོད། འཚོང་མཁན་གྱིས་གསལ་པོ་བཤད་ན། གན་རྒྱ་མ་བལྟས་ཀྱང་ཆོག ཁོར་ཚབ་ཏུ་མིང་རྟགས་འགོད་དུ་བཅུག་ཀྱང་ཆོག
q-misleading-sales-sign-for-me-true-why = ནོར་བ་རེད། ཁ་ཐོག་ནས་བཤད་པ་གན་རྒྱའི་ནང་བྲིས་ཡོད་ངེས་མེད། གན་རྒྱ་ཁྱེད་རང་གིས་ཀློག་པ་དང་རང་གིས་མིང་རྟགས་འགོད་དགོས།
q-misleading-sales-sign-for-me-false-why = ཡང་དག་རེད། གན་རྒྱ་ཁྱེད་ཀྱི་དངུལ་དང་ཐོབ་ཐང་ལ་འབྲེལ། ཁྱེད་རང་གིས་གསལ་པོ་བལྟས་ནས་རང་གིས་མིང་རྟགས་བཀོད་ན་ད་གཟོད་ཚད་ལྡན་ཡིན།

## misleading-sales-unclear-terms
q-misleading-sales-unclear-terms = གན་རྒྱའི་ནང་ཁྱེད་ཀྱིས་གོ་མ་སོང་བའི་དོན་ཚན་འགའ་ཡོད་ན། ཅི་བྱེད་དགོས།
q-misleading-sales-unclear-terms-a = ཁོ་ཚོར་གསལ་པོ་བཤད་དུ་འཇུག གོ་མ་སོང་ན་སྔོན་ལ་མིང་རྟགས་མི་འགོད་པ
q-misleading-sales-unclear-terms-a-why = ཡང་དག་རེད། གོ་སླ་བའི་འགྲེལ་བཤད་ཐོས་པའི་ཐོབ་ཐང་ཁྱེད་ལ་ཡོད། གོ་རྗེས་མིང་རྟགས་བཀོད་ན་ངོ་ཚ་རྒྱུ་མེད།
q-misleading-sales-unclear-terms-b = མང་པོ་དྲི་རྒྱུར་ངོ་ཚ་བས་ཐད་ཀར་མིང་རྟགས་འགོད་པ
q-misleading-sales-unclear-terms-b-why = ནོར་བ་རེད། གོ་མ་སོང་བར་མིང་རྟགས་བཀོད་ན། ཕྱིས་སུ་གྱོང་གུད་ཁྱེད་རང་ལ་ཕོག དྲི་བ་འགའ་མང་ཙམ་དྲི་བ་ཁྱེད་ཀྱི་ཐོབ་ཐང་ཡིན།
q-misleading-sales-unclear-terms-c = འཚོང་མཁན་གྱིས་“ཚང་མ་གཅིག་པ་རེད”ཟེར་བར་ཡིད་ཆེས་པ
q-misleading-sales-unclear-terms-c-why = ནོར་བ་རེད། ཐོན་རྫས་མི་འདྲ་བའི་བར་ཁྱད་པར་ཆེན་པོ་ཡོད་སྲིད། གན་རྒྱའི་ནང་བྲིས་པ་ལ་གཞི་བཅོལ་དགོས། ཁ་ཐོག་ནས་བཤད་པ་ལ་གཞི་བཅོལ་མི་རུང་།

## misleading-sales-forced-bundle
q-misleading-sales-forced-bundle = ལས་བྱེད་པས་“ཉེན་སྲུང་འདི་མ་ཉོས་ན་ཁྱེད་ལ་བུ་ལོན་མི་སྤྲོད”ཟེར། བཤད་སྟངས་འདི་ཡང་དག་ཡིན་ནམ།
q-misleading-sales-forced-bundle-a = ཡང་དག་ཡིན། འདི་ནི་སྒྲིག་སྲོལ་ཡིན
q-misleading-sales-forced-bundle-a-why = ནོར་བ་རེད། ཉེན་སྲུང་ཉོ་མིན་ཁྱེད་རང་གིས་ཐག་གཅོད། བྱ་བ་གཞན་བརྒྱུད་ནས་ཁྱེད་ལ་བཙན་གྱིས་ཉོ་རུ་འཇུག་མི་ཆོག
q-misleading-sales-forced-bundle-b = ཡང་དག་ཡིན། ཉེན་སྲུང་ཁེ་པོ་ཡིན་ན་ཆོག
q-misleading-sales-forced-bundle-b-why = ནོར་བ་རེད། ཁེ་པོ་ཡིན་ཡང་མིན་ཡང་། ཁྱེད་རང་གི་འདོད་པ་ལྟར་འདེམས་དགོས། བཙན་གྱིས་བྱེད་མི་ཆོག
q-misleading-sales-forced-bundle-c = ནོར་བ་ཡིན། ཉོ་མིན་ཁྱེད་རང་གིས་ཐག་གཅོད
q-misleading-sales-forced-bundle-c-why = ཡང་དག་རེད། ཁྱེད་ལ་རང་གིས་འདེམས་པའི་ཐོབ་ཐང་ཡོད། བཙན་གྱིས་མཉམ་འཚོང་བྱེད་ན། ལས་ཁུངས་ལ་ཞུ་ཆོག 12378 ལ་ཁ་པར་གཏོང་ཡང་ཆོག

## elderly-scheme-health-talk
q-elderly-scheme-health-talk-story = སྡོད་ཁུལ་གྱི་ཉེ་འཁྲིས་སུ་“འཕྲོད་བསྟེན་བཤད་ཁྲིད”ཅིག་ཡོང་། ཉིན་ལྟར་སྒོ་ང་སྤྲོད། མི་ཞིག་གིས་ཨ་ཕོ་ཀྲའོ་དང་མཉམ་དུ་ཁ་བརྡ་བྱས་ནས་ཁོ་ལ་“ཨ་ཕ་”ཟེར། ཉིན་འགའི་རྗེས། བཤད་ཁྲིད་པས་“འཕྲོད་བསྟེན་ཟས་རིགས”ཤིག་གིས་ཁོའི་ཁྲག་ཤེད་མཐོ་བ་སོས་ཐུབ་ཟེར་ནས། ཁོ་ལ་སྔོན་ལ་དངུལ་ཆེན་པོ་ཞིག་སྤྲོད་དུ་བཅུག
q-elderly-scheme-health-talk = ཨ་ཕོ་ཀྲའོས་ཅི་བྱེད་དགོས།
q-elderly-scheme-health-talk-a = སྔོན་ལ་དངུལ་མི་སྤྲོད། བུ་ཕྲུག་དང་གྲོས་བསྡུར་བྱེད། ནད་ཀྱི་སྐོར་སྨན་པའི་ཁ་ལ་ཉན་པ
q-elderly-scheme-health-talk-a-why = ཡང་དག་རེད། འཕྲོད་བསྟེན་ཟས་རིགས་ཀྱིས་སྨན་གྱི་ཚབ་བྱེད་མི་ཐུབ། ལུས་པོའི་སྐོར་སྨན་པར་དྲིས། དངུལ་ཆེན་པོ་མ་བཏང་གོང་ནང་མི་དང་གྲོས་བསྡུར་བྱོས།
q-elderly-scheme-health-talk-b = ཁོ་ཚོས་ང་ལ་དེ་འདྲའི་བཟང་པོ་བྱས་པས། མ་ཉོས་ན་ངོ་ཚ
q-elderly-scheme-health-talk-b-why = ནོར་བ་རེད། ལེགས་སྐྱེས་ཆུང་ཆུང་སྤྲོད་པ་དང་ཁམས་འདྲི་བྱེད་པ་ནི་རྒྱུན་དུ་ཁྱེད་ཀྱི་དོ་སྣང་ལྷོད་དུ་གཏོང་ཆེད་ཡིན། མ་ཉོས་ཀྱང་དྲིན་བུན་ཡོད་སྙམ་མི་དགོས།
q-elderly-scheme-health-talk-c = མྱུར་དུ་དངུལ་སྤྲད་ནས། སྨན་མཚམས་བཞག་སྟེ་འཕྲོད་བསྟེན་ཟས་རིགས་ཟ་བ
q-elderly-scheme-health-talk-c-why = ནོར་བ་རེད། རང་གིས་སྨན་མཚམས་བཞག་ན་ནད་ཡུན་འགྱངས་སུ་འགྲོ་སྲིད། འཕྲོད་བསྟེན་ཟས་རིགས་ཀྱིས་ནད་གསོ་མི་ཐུབ།

## elderly-scheme-pension-red-flags
q-elderly-scheme-pension-red-flags = མི་ཞིག་གིས་ཁྱེད་ལ་“རྒས་གསོའི་རྣམ་གྲངས”ཚོང་བསྐུལ་བྱེད། གཤམ་གྱི་གང་དག་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཉེན་ཁའི་བརྡ་རྟགས་ཚང་མ་འདེམས།
q-elderly-scheme-pension-red-flags-a = དངུལ་ཞིག་སྤྲད་ན་“རྒས་གསོ་ཡོངས་རྫོགས་འགན་ལེན”བྱེད། ཁེ་ཕན་ཡོང་རྒྱུའི་འགན་ལེན་ཡང་བྱེད་པ
q-elderly-scheme-pension-red-flags-a-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། ཁེ་ཕན་མཐོ་པོའི་འགན་ལེན་བྱེད་པའི་“རྒས་གསོའི་རྣམ་གྲངས”ནི་ཁྲིམས་འགལ་གྱི་མ་དངུལ་བསྡུ་ལེན་ཡིན་སྲིད།
q-elderly-scheme-pension-red-flags-b = “རྒན་རབས་ཁོ་ནར་ཁ་ཕྱེ་ཡོད། གསང་བ་ཉར་དགོས”ཟེར་བ
q-elderly-scheme-pension-red-flags-b-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། གསང་བ་ཉར་དུ་འཇུག་པ་ནི་བུ་ཕྲུག་དང་གྲོགས་པོས་ཁྱེད་ལ་ངོས་འཛིན་རོགས་བྱེད་དོགས་པས་ཡིན།
q-elderly-scheme-pension-red-flags-c = གན་རྒྱ་གསལ་པོ་བྲིས་ནས། ཁྱིམ་དུ་ཁྱེར་ནས་བུ་ཕྲུག་ལ་སྟོན་དུ་འཇུག་པ
q-elderly-scheme-pension-red-flags-c-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། ནང་མི་དང་མཉམ་དུ་གན་རྒྱ་ལྟ་རུ་འཇུག་པ་ནི་རྒྱུན་ལྡན་དང་གསལ་པོའི་བྱེད་སྟངས་ཡིན།
q-elderly-scheme-pension-red-flags-d = གྲོགས་པོ་རྒན་པ་མང་ཙམ་ཁྲིད་ཡོང་དུ་བཅུག་ནས། ཁྱེད་ལ་ཐོབ་སྐལ་སྤྲོད་པ
q-elderly-scheme-pension-red-flags-d-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་ཡིན། མི་འདྲེན་པ་ལ་བརྟེན་ནས་ཐོབ་སྐལ་སྤྲོད་པ་ནི་རིམ་སྤེལ་ཚོང་དང་ཁྲིམས་འགལ་གྱི་མ་དངུལ་བསྡུ་ལེན་གྱི་བྱེད་སྟངས་རྒྱུན་མཐོང་ཡིན།
q-elderly-scheme-pension-red-flags-e = ཞབས་ཞུའི་ནང་དོན་དང་། འཐུས། དངུལ་ཕྱིར་སློག་ཐབས་བཅས་གན་རྒྱའི་ནང་བྲིས་པ
q-elderly-scheme-pension-red-flags-e-why = འདི་ཉེན་ཁའི་བརྡ་རྟགས་མིན། འཐུས་དང་དངུལ་ཕྱིར་སློག་ཐབས་གསལ་པོ་འབྲི་བ་ནི་ཚད་ལྡན་ཞབས་ཞུའི་རྣམ་པ་ཡིན།

## elderly-scheme-health-product-not-medicine
q-elderly-scheme-health-product-not-medicine = ཡང་དག་ཡིན་མིན་ཐག་གཅོད། འཕྲོད་བསྟེན་ཟས་རིགས་ནི་སྨན་མ་རེད། སྨན་གྱི་ཚབ་ཏུ་ནད་གསོ་མི་ཐུབ།
q-elderly-scheme-health-product-not-medicine-true-why = ཡང་དག་རེད། འཕྲོད་བསྟེན་ཟས་རིགས་ཀྱིས་ནད་གསོ་མི་ཐུབ། འཕྲོད་བསྟེན་ཟས་རིགས་ཀྱིས་“ནད་ཚང་མ་སོས”ཟེར་བ་ནི་མགོ་སྐོར་ཡིན།
q-elderly-scheme-health-product-not-medicine-false-why = ནོར་བ་རེད། འཕྲོད་བསྟེན་ཟས་རིགས་ཀྱིས་སྨན་གྱི་ཚབ་བྱེད་མི་ཐུབ། ན་ན་སྨན་པར་བསྟན་རོགས། སྨན་རང་གིས་མཚམས་མ་འཇོག

## elderly-scheme-keep-it-secret
q-elderly-scheme-keep-it-secret = ཚོང་བསྐུལ་བྱེད་མཁན་གྱིས་ཁྱེད་ལ་“བུ་ཕྲུག་ལ་མ་ཤོད”ཅེས་ཡང་ཡང་བཀའ་སློབ་བྱེད། འདི་སྤྱིར་བཏང་ཅིའི་ཕྱིར་ཡིན།
q-elderly-scheme-keep-it-secret-a = ཁྱེད་ཀྱི་བུ་ཕྲུག་ལ་ཡ་མཚན་དགའ་སྤྲོ་ཞིག་སྤྲོད་འདོད་པ
q-elderly-scheme-keep-it-secret-a-why = ནོར་བ་རེད། དོན་དག་ཡག་པོ་ངོ་མ་ཡིན་ན། ནང་མིས་ཤེས་ཀྱང་མི་འཚེར།
q-elderly-scheme-keep-it-secret-b = ནང་མིས་དཀའ་ངལ་མཐོང་ནས་ཁྱེད་འགོག་དོགས་པ
q-elderly-scheme-keep-it-secret-b-why = ཡང་དག་རེད། མགོ་སྐོར་བ་ཁྱེད་དང་ནང་མི་གྲོས་བསྡུར་བྱེད་པར་ཤིན་ཏུ་འཇིགས། ཇི་ཙམ་གསང་བ་ཉར་དུ་འཇུག་ན། དེ་ཙམ་ནང་མི་ལ་ཤོད་དགོས།
q-elderly-scheme-keep-it-secret-c = འདི་ནི་རྒྱལ་ཁབ་ཀྱི་གསང་བའི་རྣམ་གྲངས་ཡིན་པས
q-elderly-scheme-keep-it-secret-c-why = ནོར་བ་རེད། “རྒྱལ་ཁབ་ཀྱི་གསང་བའི་རྣམ་གྲངས”ནི་མགོ་སྐོར་བས་བཟོས་པ་ཡིན། རྒྱལ་ཁབ་ཀྱིས་ཁྱེད་ལ་སྒེར་དུ་དངུལ་སྤྲོད་དུ་མི་འཇུག

## elderly-scheme-already-paid
q-elderly-scheme-already-paid = རང་ལ་དངུལ་མགོ་སྐོར་ཐེབས་ཡོད་སྲིད་པ་ཤེས་ན། ཅི་བྱེད་དགོས།
q-elderly-scheme-already-paid-a = དྲ་ཐོག་གི་“དངུལ་ཕྱིར་ལེན་ཀུང་སི”བཙལ་ནས་སྔོན་ལ་ལས་གཞིའི་འཐུས་སྤྲོད་པ
q-elderly-scheme-already-paid-a-why = ནོར་བ་རེད། སྔོན་ལ་དངུལ་བླངས་ནས་“དངུལ་ཕྱིར་ལེན”བྱེད་པ་ནི་རྒྱུན་དུ་མགོ་སྐོར་ཐེངས་གཉིས་པ་ཡིན།
q-elderly-scheme-already-paid-b = ངོ་ཚ་བས་རང་གིས་བཟོད་དེ་མི་ཤོད་པ
q-elderly-scheme-already-paid-b-why = ནོར་བ་རེད། མགོ་སྐོར་ཐེབས་པ་ཁྱེད་ཀྱི་ནོར་འཁྲུལ་མ་རེད། མྱུར་དུ་བཤད་ན་གྱོང་གུད་ཇེ་ཉུང་དུ་གཏོང་བའི་གོ་སྐབས་ཡོད།
q-elderly-scheme-already-paid-c = ཡང་བསྐྱར་དངུལ་བཏང་ནས་དངུལ་ཕྱིར་སྤོགས་ཐབས་བྱེད་པ
q-elderly-scheme-already-paid-c-why = ནོར་བ་རེད། ཡང་བསྐྱར་བཏང་ན་གྱོང་གུད་ཇེ་ཆེར་འགྲོ། སྔོན་ལ་མཚམས་འཇོག
q-elderly-scheme-already-paid-d = བྱུང་ཐོ་ཉར་ནས། 110 ལ་ཁ་པར་བཏང་སྟེ་ཉེན་བརྡ་གཏོང་བ
q-elderly-scheme-already-paid-d-why = ཡང་དག་རེད། གན་རྒྱ་དང་། བྱུང་ཐོ། དངུལ་སྤོ་བའི་ཟིན་ཐོ་བཅས་ཉར་ནས། མྱུར་དུ་ཉེན་བརྡ་གཏོང་། ནང་མི་ལའང་ཤོད།

## Sharing a finished round's score with the partner whose page shows the app (only when the person agrees)

# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
share-score-title = སྐུགས་གྲངས་{ $partner } ལ་བསྐུར་རམ།
# Variables:
#   $right (Number) - how many questions of the round were answered right, e.g. 8
#   $total (Number) - how many questions the round had, e.g. 10
share-score-body = རིམ་པ་འདིའི་བརྗོད་གཞི་དང་། ལན་ཡང་དག་ { $right }། དྲི་བ་ཁྱོན་ { $total } ཙམ་མ་གཏོགས་མི་གཏོང་། ཁྱེད་ཀྱི་ལན་དང་མིང་། ཉར་ཚགས་བྱས་པ་གང་ཡང་མི་གཏོང་།
share-score-agree = མོས་མཐུན་ཐོག་བསྐུར།
# Variables:
#   $partner (String) - the name of the insurer or bank whose page shows Anxin, e.g. 示例保险
share-score-sent = { $partner } ལ་བསྐུར་ཟིན།
