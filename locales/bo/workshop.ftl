# Anxin workshop mode (讲座模式), Tibetan: a volunteer runs a session for a room of elders from
# one tablet. The audience sees the large text; the volunteer alone reads the notes.
# Draft translation, not yet reviewed by a native speaker. Terms follow locales/bo/GLOSSARY.md.

## Choosing a plan

workshop-title = བཤད་ཁྲིད་རྣམ་པ
workshop-intro = ཁང་པ་གང་གི་མི་ཚོར་མགོ་སྐོར་སྔོན་འགོག་གི་བཤད་ཁྲིད་བྱེད་པ། འཆར་གཞི་གཅིག་འདེམས། ཤོག་ལྷེ་གློག་ཀླད་གཅིག་བཀོལ་ནས། ཁྱེད་རང་གི་མགྱོགས་ཚད་ལྟར་གོ་རིམ་རེ་རེ་བཞིན་བཤད།
workshop-plans = འཆར་གཞི་གཅིག་འདེམས།
workshop-plan-short = མགོ་སྐོར་གཅིག་ངོས་འཛིན།
workshop-plan-short-desc = དོན་རྐྱེན་གཅིག་བཤད། མི་ཚང་མས་མཉམ་དུ་ཉེན་ཁའི་བརྡ་རྟགས་འཚོལ། དེ་རྗེས་དྲི་བ་གཉིས་དྲི། མཐའ་མར་རོགས་རམ་ཞུ་སའི་ཁ་པར་བྲིས་འཇོག
workshop-plan-standard = དོན་རྐྱེན་གཉིས་དང་ཐོབ་ཐང་གཅིག
workshop-plan-standard-desc = རྒྱུན་མཐོང་གི་མགོ་སྐོར་གཉིས་བཤད། དངུལ་རྩིས་ཟད་སྤྱོད་པའི་ཐོབ་ཐང་གཅིག་བཤད། བཤད་བཞིན་དུ་དྲི་བ་དྲི།
workshop-plan-long = སློབ་ཚན་ཆ་ཚང་གཅིག
workshop-plan-long-desc = དོན་རྐྱེན་གསུམ་དང་ཐོབ་ཐང་གཉིས་བཤད། དྲི་བ་མང་ཙམ་དྲི། མི་ཚང་མས་རང་ལ་བྱུང་བའི་མྱོང་བ་བཤད་པར་དུས་ཚོད་འཇོག

# Variables:
#   $minutes (Number) - about how many minutes a plan or one of its blocks takes
workshop-minutes = སྐར་མ་ { $minutes } ཙམ

workshop-blocks = བཤད་ཁྲིད་ཀྱི་གོ་རིམ
# Variables:
#   $case (String) - the title of the case study told in this block
workshop-block-story = དོན་རྐྱེན་བཤད། { $case }
# Variables:
#   $case (String) - the title of the case study whose conversation the room goes through
workshop-block-flags = མཉམ་དུ་ཉེན་ཁའི་བརྡ་རྟགས་འཚོལ། { $case }
workshop-block-quiz = ལག་པ་བཏེགས་ནས་ལན་འདེབས།
# Variables:
#   $right (String) - the name of the right explained in this block
workshop-block-right = ཐོབ་ཐང་གཅིག་བཤད། { $right }
workshop-block-help = རོགས་རམ་ཞུ་སའི་ཁ་པར་བྲིས་འཇོག

workshop-prepare = བཤད་ཁྲིད་མ་བྱས་གོང་གི་གྲ་སྒྲིག
workshop-prepare-charge = ཤོག་ལྷེ་གློག་ཀླད་ལ་གློག་ཁེངས་པར་བླུགས། གློག་བླུགས་ཆས་ཀྱང་ཁྱེར།
workshop-prepare-leaflets = བགོ་རྒྱུའི་ཁྱབ་བསྒྲགས་ཤོག་ལྷེ་པར་བརྒྱབ་ནས་གྲ་སྒྲིག་བྱོས། ཤོག་ལྷེ་ག་ཚོད་ཡོད་པ་གྲངས་ཀ་རྩིས།
workshop-prepare-bright = བརྙན་ཤེལ་གྱི་འོད་ཚད་ཆེས་མཐོ་རུ་གཏོང་། རྒྱབ་ཕྱོགས་སུ་བསྡད་པའི་མི་ཚོས་ཀྱང་གསལ་པོ་མཐོང་ཐུབ་པ་བྱོས།
workshop-prepare-rehearse = མ་ཐོན་གོང་འཆར་གཞི་འགོ་ནས་མཇུག་བར་ཐེངས་གཅིག་ལྟོས། གོ་རིམ་རེ་རེའི་འགྲེལ་བཤད་དྲན་སྐུལ་ཀློག

workshop-beside = སྐད་ཡིག་གཉིས་པ་མཉམ་དུ་སྟོན།
workshop-beside-desc = ཡི་གེ་དུམ་བུ་རེ་རེའི་འགྲམ་དུ་སྐད་ཡིག་གཞན་ཞིག་གིས་ཡང་བསྐྱར་སྟོན། སྐད་གཉིས་ཐོག་བཤད་ཁྲིད་བྱེད་བདེ།
workshop-beside-none = མི་དགོས།
# Variables:
#   $language (String) - the name of the second language, written in that language
workshop-beside-loading = { $language } ཡི་གེ་ཕབ་ལེན་བྱེད་བཞིན་ཡོད།
# Variables:
#   $language (String) - the name of the second language, written in that language
workshop-beside-failed = { $language } ཡི་གེ་ཕབ་ལེན་བྱེད་མ་ཐུབ། ད་ལྟ་སྐད་ཡིག་གཅིག་ཁོ་ན་སྟོན།

workshop-place = བཤད་ཁྲིད་བྱེད་ས། (མ་བྲིས་ཀྱང་ཆོག)
workshop-headcount-before = མི་ག་ཚོད་ཡོང་བ། (མ་བྲིས་ཀྱང་ཆོག ལག་པ་བཏེགས་མཁན་གྱི་གྲངས་ཀ་རྩིས་སྐབས་དེ་དང་བསྡུར་ཆོག)
workshop-start = བཤད་ཁྲིད་འགོ་འཛུགས།
workshop-discard = མི་དགོས། བསྐྱར་དུ་འགོ་འཛུགས།

## The presenter view (the audience sees it)

workshop-next = གོ་རིམ་རྗེས་མ
workshop-back = གོ་རིམ་སྔ་མ
workshop-notes = འགྲེལ་བཤད་དྲན་སྐུལ
workshop-notes-window = འགྲེལ་བཤད་དྲན་སྐུལ་སྒེའུ་ཁུང་གཞན་ཞིག་ནང་ཁ་ཕྱེ།
workshop-notes-window-title = འགྲེལ་བཤད་དྲན་སྐུལ། (བཤད་ཁྲིད་བྱེད་མཁན་ཁོ་ནས་ལྟ་རྒྱུ)
workshop-notes-window-idle = བཤད་ཁྲིད་ད་དུང་འགོ་ཚུགས་མེད། སྒེའུ་ཁུང་གཞན་དེའི་ནང་བཤད་ཁྲིད་འགོ་བཙུགས་རྗེས། དེའི་རྗེས་བཞིན་གོ་རིམ་རེ་རེའི་འགྲེལ་བཤད་དྲན་སྐུལ་འདིར་སྟོན་གྱི་རེད།
# Variables:
#   $step (String) - what the room sees next, such as "讲案例：电话里的“警察”"
workshop-notes-window-next = གོ་རིམ་རྗེས་མ། { $step }
# Variables:
#   $step (Number) - which step of the session is on screen, counted from 1
#   $total (Number) - how many steps the session has
workshop-step = གོ་རིམ་ { $total } ཡི་ནང་ནས་ཨང་ { $step } པ།
workshop-end = བཤད་ཁྲིད་མཇུག་སྒྲིལ།
# Variables:
#   $scene (Number) - which part of the story is on screen, counted from 1
#   $total (Number) - how many parts the story has
workshop-scene = གཏམ་རྒྱུད་ཀྱི་ཚན་པ་ { $total } ཡི་ནང་ནས་ཨང་ { $scene } པ།
workshop-big-room = ཡི་གེ་ཆེན་པོ
workshop-blank = བརྙན་ཤེལ་ནག་པོ
workshop-blank-back = བརྙན་ཤེལ་གནས་སྐབས་རིང་ནག་པོར་བཏང་ཡོད། བརྙན་ཤེལ་ལ་ཐེངས་གཅིག་མནན་པའམ། མཐེབ་གཞོང་གི་ B ལ་མནན་ན། བརྙན་ཤེལ་ཡང་བསྐྱར་གསལ་ཡོང་།
# Variables:
#   $used (String) - how long the block on screen has run, as minutes:seconds, such as 3:05
#   $minutes (Number) - how many minutes the plan gives the block
workshop-clock = དུས་ཚོད་ { $used } སོང་། འཆར་གཞི་ལྟར་སྐར་མ་ { $minutes }
workshop-confirm-end = ད་ལྟ་བཤད་ཁྲིད་མཇུག་སྒྲིལ་ལམ། མ་བཤད་པའི་གོ་རིམ་རྣམས་མཆོང་ནས་འགྲོ། མཇུག་སྒྲིལ་རྗེས་“གོ་རིམ་སྔ་མ”ལ་མནན་ན་ད་དུང་འདིར་ཕྱིར་ལོག་ཐུབ།
workshop-confirm-discard = ཐེངས་འདིའི་བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ་བསུབ་བམ། རྩིས་ཟིན་པའི་ལག་པ་བཏེགས་མཁན་གྱི་གྲངས་ཀ་དང་རྟགས་བརྒྱབ་པའི་ཚིག་ཚང་མ་བསུབ་འགྲོ། བསུབ་རྗེས་ཕྱིར་རྙེད་མི་ཐུབ།
workshop-confirm-discard-yes = ཟིན་ཐོ་བསུབ།
workshop-confirm-no = མི་དགོས། མུ་མཐུད་དུ་བཤད།
workshop-awake = བཤད་ཁྲིད་བྱེད་རིང་བརྙན་ཤེལ་རྟག་ཏུ་གསལ་ནས་སྡོད།
workshop-awake-unavailable = དྲ་བཤར་ཆས་འདིས་བརྙན་ཤེལ་རྟག་ཏུ་གསལ་ནས་བཞག་མི་ཐུབ། སྒྲིག་འགོད་ནང་རང་འགུལ་གྱིས་བརྙན་ཤེལ་ཟྭ་རྒྱག་པའི་དུས་ཚོད་རིང་དུ་གཏོང་རོགས།
workshop-save-refused = སྒྲིག་ཆས་འདིས་བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ་ཉར་དུ་མི་འཇུག ཤོག་ངོས་འདི་བསྐྱར་གསར་དང་སྒོ་རྒྱག་མ་བྱེད། བཤད་ཚར་རྗེས་རེའུ་མིག་ཕབ་ལེན་བྱས་ནས་ཉར་རོགས།
workshop-save-newer = སྒྲིག་ཆས་འདིའི་ནང་{ -brand-name }འི་པར་གཞི་གསར་པས་ཉར་བའི་བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ་ཡོད། ཤོག་ངོས་འདིས་ཟིན་ཐོ་དེ་དག་ལ་འགྱུར་བ་མི་གཏོང་། དེའི་ཕྱིར་ཐེངས་འདིའི་བཤད་ཁྲིད་ཉར་མི་ཐུབ། ཤོག་ངོས་བསྐྱར་གསར་བྱས་ནས་པར་གཞི་གསར་པ་བཀོལ་ནས་བཤད་རོགས།
workshop-save-conflict = ཐེངས་འདིའི་བཤད་ཁྲིད་ཤོག་ངོས་གཞན་ཞིག་ནང་ཡང་ཁ་ཕྱེ་ཡོད། ཤོག་ངོས་དེས་ཀྱང་ཟིན་ཐོ་ལ་འགྱུར་བ་བཏང་ཡོད། ཤོག་ངོས་དེའི་ཟིན་ཐོ་མེད་པར་མི་འགྲོ་བའི་ཆེད་དུ། ཤོག་ངོས་འདིའི་འགྱུར་བ་ཉར་མི་ཐུབ། ཤོག་ངོས་གཅིག་སྒོ་བརྒྱབ་ནས་ཤོག་ངོས་འདི་བསྐྱར་གསར་བྱེད་རོགས།

## The volunteer's notes (hidden behind one toggle)

workshop-say = འདི་ལྟར་ཤོད་ཆོག
workshop-ask = མི་ཚང་མར་དྲིས།
workshop-wrong = མི་མང་པོས་རྒྱུན་དུ་ནོར་ས
workshop-note-story-say = ངས་ཁྱེད་ཚོར་རྒྱུན་དུ་བྱུང་བའི་དོན་དག་ཅིག་བཤད་ཀྱི་ཡིན། ཉོན་ནས་ག་པར་མི་འགྲིག་པ་ཡོད་མེད་ལྟོས།
workshop-note-story-ask = ཁྱེད་ལ་ཁ་པར་རམ་འཕྲིན་འདི་འདྲ་ཡོང་ན། ཁྱེད་ཀྱིས་ཅི་བྱེད་དམ།
workshop-note-story-wrong = མི་མང་པོས་ང་ལ་མགོ་སྐོར་མི་ཐེབས་སྙམ་གྱི་ཡོད། མགོ་སྐོར་བས་བསམ་བློ་འདི་ཉིད་བཀོལ་སྤྱོད་བྱེད།
workshop-note-flags-say = ངས་གླེང་མོལ་འདི་ཐེངས་གཅིག་ཀློག་གི་ཡིན། མི་འགྲིག་པའི་ཚིག་ཐོས་ན་ལག་པ་བཏེགས་ནས་ཤོད།
workshop-note-flags-ask = ཚིག་འདི་ག་པར་མི་འགྲིག་གམ། ཁྱེད་ཡིན་ན་ལན་ཇི་ལྟར་འདེབས།
workshop-note-flags-wrong = ཁོས་ཁྱེད་ཀྱི་མིང་ངམ་ཉེན་སྲུང་ཡིག་ཆ་ཤེས་ཀྱང་། དེ་ནི་ཁོ་ལས་བྱེད་པ་ངོ་མ་ཡིན་པའི་རྟགས་མ་རེད།
workshop-note-quiz-say = ངས་དྲི་བ་དང་འདེམས་ཁ་རེ་རེ་ཀློག་གི་ཡིན། མི་ཚང་མས་ལག་པ་བཏེགས་ནས་འདེམས། ཐག་མ་ཆོད་ན་“ང་ཐག་མ་ཆོད”ལ་ལག་པ་འདེགས་ཆོག ངོ་ཚ་མི་དགོས།
workshop-note-quiz-ask = ལན་འདི་བདམས་པའི་མི་ཚོས་རྒྱུ་མཚན་ཅི་ཡིན་པ་ཤོད་ཐུབ་བམ།
workshop-note-quiz-wrong = ལན་ནོར་མཁན་མང་བའི་དྲི་བ་ལ། ལན་སྟོན་རྗེས་རྒྱུ་མཚན་ཡང་བསྐྱར་བཤད།
workshop-note-right-say = འདི་ནི་དངུལ་རྩིས་ཟད་སྤྱོད་པ་ལ་གདོད་ནས་ཡོད་པའི་ཐོབ་ཐང་ཡིན། གཞན་གྱིས་བཀའ་དྲིན་བསྐྱངས་ནས་སྤྲད་པ་མ་རེད།
workshop-note-right-ask = ཐོབ་ཐང་འདི་ལ་བརྩི་འཇོག་མ་བྱས་པའི་གནས་ཚུལ་ཁྱེད་ལ་འཕྲད་མྱོང་ངམ།
workshop-note-right-wrong = མི་མང་པོས་མི་ཤེས། ཉོ་མི་འདོད་ན་ཁས་མི་ལེན་ཆོག གོ་མ་སོང་ན་གསལ་པོ་བཤད་རོགས་ཞེས་རེ་བ་ཞུ་ཆོག
workshop-note-help-say = ཁ་པར་ཨང་གྲངས་འདི་དག་བྲིས་འཇོག་གནང་རོགས། ཡང་ན་པར་རྒྱག་རོགས།
workshop-note-help-ask = ཁ་པར་གཏོང་མཁན་དེ་ངོ་མ་ཡིན་མིན་ཞིབ་བཤེར་བྱེད་པར། ཁྱིམ་ནང་སུས་ཁྱེད་ལ་རོགས་རམ་བྱེད་ཐུབ་བམ།
workshop-note-help-wrong = ཁོས་ཁྱེད་ལ་སྤྲད་པའི་“ཞིབ་བཤེར་ཁ་པར”ལ་ཁ་པར་མ་གཏོང་། ཁུངས་ལྡན་གྱི་ཁ་པར་ཨང་གྲངས་ཁྱེད་རང་གིས་འཚོལ་དགོས།

## Counting a show of hands

tally-not-sure = ང་ཐག་མ་ཆོད།
tally-add = གཅིག་སྣོན།
tally-remove = གཅིག་འཕྲི།
tally-set = ལག་པ་བཏེགས་མཁན་གྱི་གྲངས
# Variables:
#   $counted (Number) - how many hands have been counted for this question so far
tally-counted = ད་བར་མི་ { $counted } རྩིས་ཟིན།
# Variables:
#   $counted (Number) - how many hands have been counted for this question so far
#   $headcount (Number) - how many people came to the session
tally-counted-of = ད་བར་མི་ { $counted } རྩིས་ཟིན། ཁྱོན་བསྡོམས་མི་ { $headcount } ཡོང་ཡོད།
tally-reveal = ལན་སྟོན།
# Variables:
#   $count (Number) - how many hands were counted for an option
tally-hands = མི་ { $count }
workshop-answer = ལན་ཡང་དག
workshop-undo = ལན་ཕྱིར་སྡུད། གྲངས་ཀ་བཅོས།

## Marking the red flags the room called out

workshop-flags-hint = མི་ཚང་མས་བཤད་པའི་ཚིག་ལ་ཐེངས་གཅིག་མནན་ནས་རྟགས་རྒྱག རྟགས་བརྒྱབ་ཚར་རྗེས་ལན་སྟོན།
workshop-flags-reveal = ཉེན་ཁའི་བརྡ་རྟགས་སྟོན།
workshop-flag-found = མི་ཚང་མས་རྙེད་སོང་།
workshop-flag-missed = སུས་ཀྱང་མ་རྙེད།
workshop-flag-not = ཚིག་འདི་ལ་དཀའ་ངལ་མེད།
# Variables:
#   $count (Number) - how many red flags the room called out
workshop-flags-found = མི་ཚང་མས་ཉེན་ཁའི་བརྡ་རྟགས་ { $count } རྙེད་སོང་།
# Variables:
#   $count (Number) - how many red flags nobody called out
workshop-flags-missed = ད་དུང་ཉེན་ཁའི་བརྡ་རྟགས་ { $count } སུས་ཀྱང་མ་བཤད།
# Variables:
#   $count (Number) - how many harmless lines the room took for red flags
workshop-flags-false-alarms = ཚིག་ { $count } ལ་དོན་དངོས་སུ་དཀའ་ངལ་མེད།

## The session's record, kept on this device only

workshop-summary-title = ཐེངས་འདིའི་བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ
workshop-summary-intro = ཟིན་ཐོ་སྒྲིག་ཆས་འདིའི་ནང་ཁོ་ནར་ཉར། གང་དུའང་མི་གཏོང་།
workshop-date = ཚེས་གྲངས
workshop-headcount = མི་ག་ཚོད་ཡོང་བ
workshop-leaflets = ཁྱབ་བསྒྲགས་ཤོག་ལྷེ་ག་ཚོད་བགོས་པ
workshop-most-missed = ལན་ནོར་མཁན་ཆེས་མང་བའི་དྲི་བ
workshop-no-tally = ཐེངས་འདིར་ལག་པ་བཏེགས་པའི་གྲངས་ཀ་མ་རྩིས།
workshop-finish = ཚར་སོང་། ཟིན་ཐོ་ཉར།
workshop-export = རེའུ་མིག་ཕབ་ལེན། (CSV)
workshop-tallies = དྲི་བ་རེ་རེར་ལག་པ་བཀྱག་མཁན་གྱི་གྲངས།
workshop-print = ཟིན་ཐོ་འདི་པར་འདེབས།
workshop-past = སྔོན་མའི་བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ
workshop-past-none = ད་དུང་བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ་མེད།
workshop-again = ཡང་བསྐྱར་བཤད།

## The downloaded table (CSV): its column names and values

workshop-csv-place = ས་གནས
workshop-csv-plan = བཤད་ཁྲིད་ཀྱི་འཆར་གཞི
workshop-csv-languages = སྟོན་པའི་སྐད་ཡིག
workshop-csv-question = དྲི་བ
workshop-csv-option = འདེམས་ཁ
workshop-csv-hands = ལག་པ་བཏེགས་མཁན་གྱི་གྲངས
workshop-csv-correct = ལན་ཡང་དག
workshop-csv-yes = ཡིན
workshop-csv-no = མིན
workshop-csv-origin = གྲངས་ཀ་རྩིས་སྟངས
workshop-csv-counted = གཅིག་རྗེས་གཅིག་རྩིས་པ
workshop-csv-typed = ཐད་ཀར་བྲིས་པ
workshop-csv-case = ཉེན་ཁའི་བརྡ་རྟགས་འཚོལ་བའི་གླེང་མོལ
workshop-csv-found = རྙེད་པ
workshop-csv-missed = མ་རྙེད་པ
workshop-csv-false-alarms = ནོར་ནས་འདེམས་པ
workshop-csv-revealed = བསྟན་ཡོད་མེད

## Leaflets: the handouts screen (view=handouts) and one leaflet as it prints (view=handout:<id>).
## A leaflet is printed or sent as a PDF file; its text comes from the rights, help, cases and
## workshop messages. "汉文" is the Chinese script beside Tibetan, Uyghur or Cantonese.

handouts-intro = ཁྱབ་བསྒྲགས་ཤོག་ལྷེ་ཞིག་བདམས་ནས། སྔོན་ལ་བལྟས་རྗེས་པར་འདེབས་རོགས། ཡང་ན་ PDF ཡིག་ཆ་ཕབ་ལེན་བྱས་ནས་སྐད་འཕྲིན་(微信)ནང་བསྐུར་བའམ། པར་འདེབས་ཚོང་ཁང་དུ་ཁྱེར་ནས་པར་རྒྱག་ཀྱང་ཆོག
handouts-languages = PDF ཡིག་ཆའི་སྐད་ཡིག
handouts-rights-desc = ཐོབ་ཐང་རྣམ་པ་བརྒྱད་ཤོག་བུ་གཅིག་གི་སྟེང་དུ་པར་བརྒྱབ་ཡོད། རེ་རེར་ཚིག་གྲུབ་གཅིག་གིས་གསལ་བཤད་བྱས་ནས་དཔེ་གཅིག་ཀྱང་བཀོད་ཡོད།
handouts-help-desc = རོགས་རམ་ཞུ་སའི་ཁ་པར་ཡི་གེ་ཆེན་པོས་པར་བརྒྱབ་ཡོད། ཁྱེད་རང་གི་དངུལ་ཁང་ངམ་ཉེན་སྲུང་ཀུང་སིའི་ཁ་པར་འབྲི་སའི་བར་སྟོང་ཡང་བཞག་ཡོད།
handouts-open-leaflet = བལྟས་ནས་པར་འདེབས།
# Variables:
#   $paper (String) - the paper size, A4 or A5
handouts-pdf = PDF ཡིག་ཆ། ({ $paper })
handouts-not-found = ཁྱབ་བསྒྲགས་ཤོག་ལྷེ་འདི་རྙེད་མ་སོང་།
handouts-all = ཁྱབ་བསྒྲགས་ཤོག་ལྷེ་ཚང་མ་ལྟ་བ།
handout-beside = འགྲམ་དུ་ཟུང་སྦྱར་བྱེད་པའི་སྐད་ཡིག
handout-beside-none = ཟུང་སྦྱར་མི་དགོས།
handout-print = པར་འདེབས།
handout-no-print = འདི་ནས་ཐད་ཀར་པར་འདེབས་མི་ཐུབ། གཤམ་གྱི་ PDF ཡིག་ཆ་ལ་མནན་ནས། ཁྱིམ་མི་ལ་བསྐུར་བའམ། པར་འདེབས་ཚོང་ཁང་དུ་ཁྱེར་ནས་པར་རྒྱག་རོགས།
# Variables:
#   $example (String) - one example of the right being broken: a sentence from rights.ftl
handout-right-example = དཔེར་ན། { $example }
handout-own-number = ཁྱེད་རང་གི་དངུལ་ཁང་དང་ཉེན་སྲུང་ཀུང་སིའི་ཞབས་ཞུའི་ཁ་པར། (དངུལ་ཁང་གི་བྱང་བུའམ་ཉེན་སྲུང་ཡིག་ཆའི་སྟེང་བལྟས་ནས་གཤམ་དུ་འབྲི་རོགས།)
handout-qr = ཁ་པར་གྱིས་ཨང་རྟགས་གྲུ་བཞི་འདི་བཤར་ན། ཁྱབ་བསྒྲགས་ཤོག་ལྷེ་འདི་ཁ་ཕྱེ་ཐུབ།
