# Anxin — app shell, Tibetan. Draft translation, not yet reviewed by a native speaker.
# Message ids, variables and order follow locales/zh-Hans/shell.ftl.

## Names

# The app's name. Messages that name the app write { -brand-name }, never the name itself.
# (སེམས་བདེ also means "at ease"; where a sentence means that, the word is written out.)
-brand-name = སེམས་བདེ
app-name = { -brand-name }
app-tagline = ཁྱེད་ཀྱི་དངུལ་ལོར་ལེགས་པར་སྲུང་སྐྱོབ།

## Navigation

nav-home = གཙོ་ངོས
nav-back = ཕྱིར་ལོག
nav-settings = སྒྲིག་འགོད
lang-switch-label = སྐད་ཡིག་འདེམས་པ

## Elders' version (large type)

elder-toggle-label = རྒན་རབས་པར་གཞི
elder-toggle-hint = ཡི་གེ་དང་མཐེབ་གནོན་ཆེ་རུ་གཏོང་།
switch-on = ཁ་ཕྱེ་ཡོད།
switch-off = ཁ་བརྒྱབ་ཡོད།

## Home screen

home-title = རང་གི་དངུལ་སྲུང་སྟངས་སློབ་སྦྱོང་།
home-intro = མགོ་སྐོར་གྱི་ཐབས་ལམ་ངོས་འཛིན་པ། རང་གི་ཐོབ་ཐང་ཤེས་པ། དཀའ་ངལ་བྱུང་ན་སུ་ལ་འཚོལ་དགོས་པ་ཤེས་པ།
home-rights-title = ཐོབ་ཐང་རྣམ་པ་བརྒྱད

# Variables:
#   $count (Number) - how many basic rights financial consumers have (always 8)
home-rights-sub = དངུལ་རྩིས་ཟད་སྤྱོད་པའི་གཞི་རྩའི་ཐོབ་ཐང་རྣམ་པ་ { $count }

home-cases-title = དོན་རྐྱེན་དངོས་ལས་ཉེན་ཁ་ཤེས་པ
home-cases-sub = དོན་རྐྱེན་དངོས་བལྟས་ནས་མགོ་སྐོར་ངོས་འཛིན།
home-quiz-title = ཤེས་བྱའི་དྲི་ལན
home-quiz-sub = དྲི་བ་འགའ་ལ་ལན་བཏབ་ནས་རང་ཉིད་ལ་མགོ་སྐོར་ཐེབས་སྲིད་མིན་བལྟ་རོགས།
home-help-title = རོགས་རམ་ཞུ་སའི་ཁ་པར
home-help-sub = དཀའ་ངལ་བྱུང་ན་སུ་ལ་འཚོལ་དགོས་པ་ཤེས།
check-title = འཕྲིན་འདི་ལ་དོགས་པ་ཡོད་དམ།
home-check-sub = འབྱོར་བའི་འཕྲིན་སྦྱར་ནས། ཉེན་ཁའི་བརྡ་རྟགས་ཡོད་མེད་ལྟ།

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
home-privacy = { $device ->
        [computer] ཁྱེད་ཀྱི་འདེམས་ཁ་གློག་ཀླད་འདིའི་ནང་ཁོ་ནར་ཉར་ཡོད། དྲ་རྒྱའི་ཐོག་ཡར་སྐྱེལ་མི་བྱེད།
        [tablet] ཁྱེད་ཀྱི་འདེམས་ཁ་ཤོག་ལྷེ་གློག་ཀླད་འདིའི་ནང་ཁོ་ནར་ཉར་ཡོད། དྲ་རྒྱའི་ཐོག་ཡར་སྐྱེལ་མི་བྱེད།
       *[phone] ཁྱེད་ཀྱི་འདེམས་ཁ་ཁ་པར་འདིའི་ནང་ཁོ་ནར་ཉར་ཡོད། དྲ་རྒྱའི་ཐོག་ཡར་སྐྱེལ་མི་བྱེད།
    }

## Loading a screen's text

content-loading = ཕབ་ལེན་བྱེད་བཞིན་ཡོད།
content-retry = ཡང་བསྐྱར་ཚོད་ལྟ།

## Settings

settings-title = སྒྲིག་འགོད
settings-language = སྐད་ཡིག
settings-elder-desc = ཡི་གེ་དང་མཐེབ་གནོན་ཆེ་རུ་གཏོང་། ཚོན་མདོག་གི་ཁྱད་པར་དེ་བས་གསལ་པོ་ཡོང་།
settings-plain = ཚིག་སླ་པོས་བཤད་པ
settings-plain-desc = ནང་དོན་གཅིག་པ་དེ་ཉིན་རེའི་ཁ་སྐད་སླ་པོས་བཤད།
settings-clear = ངའི་གཞི་གྲངས་བསུབ

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
settings-clear-desc = { $device ->
        [computer] གློག་ཀླད་འདིའི་ནང་ཉར་བའི་སྒྲིག་འགོད་དང་། སློབ་སྦྱོང་གི་ཟིན་ཐོ། བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ་བཅས་བསུབ།
        [tablet] ཤོག་ལྷེ་གློག་ཀླད་འདིའི་ནང་ཉར་བའི་སྒྲིག་འགོད་དང་། སློབ་སྦྱོང་གི་ཟིན་ཐོ། བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ་བཅས་བསུབ།
       *[phone] ཁ་པར་འདིའི་ནང་ཉར་བའི་སྒྲིག་འགོད་དང་། སློབ་སྦྱོང་གི་ཟིན་ཐོ། བཤད་ཁྲིད་ཀྱི་ཟིན་ཐོ་བཅས་བསུབ།
    }

settings-clear-confirm = བསུབ་རྒྱུ་ཡིན
settings-clear-cancel = མི་བསུབ
settings-cleared = བསུབ་ཟིན། སྒྲིག་འགོད་ཐོག་མའི་གནས་སྟངས་སུ་ལོག་ཟིན།

# Variables:
#   $device (String) - what the person is using: phone, tablet or computer ("phone" also on pages prerendered for everyone)
settings-storage-unavailable = { $device ->
        [computer] གློག་ཀླད་འདིས་ད་ལྟ་སྒྲིག་འགོད་ཉར་མི་ཐུབ། ཤོག་ངོས་ཁ་བརྒྱབ་རྗེས་ཡང་བསྐྱར་འདེམས་དགོས།
        [tablet] ཤོག་ལྷེ་གློག་ཀླད་འདིས་ད་ལྟ་སྒྲིག་འགོད་ཉར་མི་ཐུབ། ཤོག་ངོས་ཁ་བརྒྱབ་རྗེས་ཡང་བསྐྱར་འདེམས་དགོས།
       *[phone] ཁ་པར་འདིས་ད་ལྟ་སྒྲིག་འགོད་ཉར་མི་ཐུབ། ཤོག་ངོས་ཁ་བརྒྱབ་རྗེས་ཡང་བསྐྱར་འདེམས་དགོས།
    }

settings-translation-draft = སྐད་ཡིག་འདིའི་ཡི་གེ་ནི་ཟིན་བྲིས་དང་པོ་ཡིན། ད་དུང་སྐད་འདི་མ་སྐད་ཡིན་པའི་མི་ཞིག་གིས་ཞུ་དག་བྱས་མེད། གོ་དཀའ་བའི་ས་ཡོད་ཚེ། རྒྱ་ཡིག་གི་པར་གཞི་ལ་གཞི་བཞག་གནང་རོགས།

## Notices (shown in the page, never as pop-ups)

notice-dismiss = ཤེས་སོང་།

# Variables:
#   $language (String) - the language being switched to, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-loading = { $language } ལ་བརྗེ་བཞིན་ཡོད།…

# Variables:
#   $language (String) - the language that could not be loaded, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-failed = གནས་སྐབས་ { $language } ལ་བརྗེ་མ་ཐུབ། དྲ་རྒྱ་ལ་ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།

# Variables:
#   $language (String) - the language that is not ready offline, by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语)
notice-language-not-ready = ད་ལྟ་དྲ་རྒྱ་མེད། { $language } དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་པའི་གྲ་སྒྲིག་ད་དུང་བྱས་མེད། དྲ་རྒྱ་ཡོད་དུས་“སྒྲིག་འགོད”ནང་གི་“དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་པའི་གྲ་སྒྲིག”ལ་མནན་ཏེ་སྐད་ཡིག་དེ་འདེམས་རོགས།

notice-link-language = སྦྲེལ་མཐུད་ནང་གི་སྐད་ཡིག་ངོས་འཛིན་མ་ཐུབ། ད་ལྟའི་སྐད་ཡིག་བེད་སྤྱོད་བྱས་ཡོད།
notice-link-view = སྦྲེལ་མཐུད་ནང་གི་ཤོག་ངོས་རྙེད་མ་སོང་། གཙོ་ངོས་ཁ་ཕྱེ་ཡོད།
notice-content-failed = གནས་སྐབས་ཆ་ཤས་འདིའི་ནང་དོན་ཕབ་ལེན་བྱེད་མ་ཐུབ། དྲ་རྒྱ་ལ་ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།
notice-saved-unreadable = སྔོན་ལ་ཉར་བའི་སྒྲིག་འགོད་ཀློག་མ་ཐུབ། སྒྲིག་འགོད་ཐོག་མའི་གནས་སྟངས་སུ་ལོག་ཟིན།

## A page read without the app (no WebAssembly, or an old WebView)
needs-app = ཆ་འདི་བེད་སྤྱོད་བྱེད་པར་སྐད་འཕྲིན་(微信)ངམ་དྲ་བཤར་ཆས་ཀྱི་པར་གཞི་གསར་པ་དགོས། སྐད་འཕྲིན་གསར་བསྒྱུར་གནང་རོགས། ཡང་ན་གཡས་ཕྱོགས་སྟེང་གི་“···”ལ་མནན་ནས་ཁ་པར་གྱི་དྲ་བཤར་ཆས་ནང་ཁ་ཕྱེ་རོགས།

## Embedded in a partner's page (a card, or a popup over the partner's page)

embed-close = ཁ་རྒྱག
card-more = ཞིབ་ཕྲ་ཤེས་པ།
card-more-quiz = དྲི་བ་མང་བ་ལན་འདེབས།

## Workshop mode, as settings offer it (its own screens are in workshop.ftl)

workshop-open = བཤད་ཁྲིད་རྣམ་པ
workshop-open-desc = དང་བླངས་པས་ཤོག་ལྷེ་གློག་ཀླད་གཅིག་གིས་མི་ཚང་མ་ལ་བཤད་ཁྲིད་བྱེད།
handouts-title = ཁྱབ་བསྒྲགས་ཤོག་ལྷེ་པར་འདེབས

## Offline use: in settings, and as the first step of preparing a workshop

offline-title = དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད
offline-desc = དྲ་རྒྱ་ཡོད་སར་སྔོན་ལ་གྲ་སྒྲིག་བྱས་ན། རྗེས་སུ་དྲ་རྒྱ་མེད་ཀྱང་{ -brand-name }་ཁ་ཕྱེ་ཐུབ། ཤོག་ངོས་ཚང་མ་དང་། དྲི་ལན། དོན་རྐྱེན་གྱི་སྦྱོང་བརྡར། བཤད་ཁྲིད་རྣམ་པ་བཅས་བེད་སྤྱོད་ཐུབ། སློབ་སྦྱོང་གི་ཟིན་ཐོ་ཡང་ཉར་ཡོང་།
offline-languages = གྲ་སྒྲིག་བྱ་རྒྱུའི་སྐད་ཡིག
# Variables:
#   $size (String) - the download's size in megabytes, with one decimal (2.9)
offline-size = ཕབ་ལེན་བྱ་དགོས་པ་ { $size } MB ཙམ་ཡོད།
offline-prepare = དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་པའི་གྲ་སྒྲིག
# Variables:
#   $percent (String) - how much of the download has arrived, a whole number from 0 to 100
offline-progress = ཕབ་ལེན་བྱེད་བཞིན་ཡོད།… { $percent }%
# Variables:
#   $languages (String) - the languages ready offline, each by its own name (中文, བོད་ཡིག, ئۇيغۇرچە or 粤语), joined by " · "
#   $date (String) - the day they were prepared, as 2026-12-07
#   $version (String) - the app's version, as 0.1.0 (a1b2c3d4)
offline-ready = གྲ་སྒྲིག་ཟིན། སྐད་ཡིག { $languages } དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་ཐུབ། { $date } ལ་གྲ་སྒྲིག་བྱས། པར་གཞི་ { $version } ཡིན།
offline-kept = སྒྲིག་ཆས་འདིས་ནང་དོན་འདི་དག་རྟག་ཏུ་ཉར་ཚགས་བྱེད།
offline-not-kept = ཁ་པར་གྱི་ཉར་ཚགས་བར་སྟོང་མི་འདང་དུས། དྲ་བཤར་ཆས་ཀྱིས་ནང་དོན་འདི་དག་བསུབ་སྲིད། བེད་སྤྱོད་མ་བྱས་གོང་། དྲ་རྒྱ་ཡོད་དུས་ཐེངས་གཅིག་ཁ་ཕྱེ་ནས་ལྟ་རོགས།
offline-failed = ཕབ་ལེན་མཇུག་མ་རྫོགས། དྲ་རྒྱ་ལ་ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས། ཕབ་ལེན་ཟིན་པའི་ཆ་ཤས་བསྐྱར་དུ་ཕབ་ལེན་བྱེད་མི་དགོས།
offline-failed-space = ཁ་པར་གྱི་ཉར་ཚགས་བར་སྟོང་མི་འདང་བས། ཕབ་ལེན་མཇུག་མ་རྫོགས། བེད་སྤྱོད་མི་བྱེད་པའི་པར་དང་། བརྙན་ཕབ། App འགའ་ཤས་བསུབ་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས། ཡང་ན་འདེམས་པའི་སྐད་ཡིག་ཉུང་དུ་གཏོང་ཆོག
offline-now = ད་ལྟ་དྲ་རྒྱ་མེད། གྲ་སྒྲིག་ཟིན་པའི་སྐད་ཡིག་རྒྱུན་ལྟར་བེད་སྤྱོད་ཐུབ།
offline-missed = ཁྱེད་ཀྱིས་དྲ་རྒྱ་མེད་དུས་གྲ་སྒྲིག་མ་བྱས་པའི་སྐད་ཡིག་ཁ་ཕྱེ་མྱོང་། སྐད་ཡིག་དེ་ཁྱེད་ཀྱི་ཆེད་དུ་བདམས་ཟིན།
offline-unsupported = དྲ་བཤར་ཆས་འདིས་{ -brand-name }་ཉར་ནས་དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་བྱེད་མི་ཐུབ། དྲ་རྒྱ་ཡོད་དུས་རྒྱུན་ལྟར་བེད་སྤྱོད་ཐུབ།
offline-unsupported-wechat = སྐད་འཕྲིན་(微信)ནང་དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་མི་ཐུབ། གཡས་ཕྱོགས་སྟེང་གི་“···”ལ་མནན་ནས་“在浏览器中打开”(དྲ་བཤར་ཆས་ནང་ཁ་ཕྱེ)འདེམས། དེ་རྗེས་ཁ་པར་གྱི་དྲ་བཤར་ཆས་ནང་“དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་པའི་གྲ་སྒྲིག”ལ་མནན་རོགས།

## A screen opened with no network that was not prepared (the worker's own page)

offline-not-ready-title = ཤོག་ངོས་འདི་དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་པའི་གྲ་སྒྲིག་ད་དུང་བྱས་མེད།
offline-not-ready-body = ད་ལྟ་དྲ་རྒྱ་མེད་པས་ཤོག་ངོས་འདི་ཁ་ཕྱེ་མི་ཐུབ། ཐེངས་རྗེས་མར་དྲ་རྒྱ་ཡོད་དུས་{ -brand-name }་ཁ་ཕྱེ་ནས། “སྒྲིག་འགོད”ནང་གི་“དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་པའི་གྲ་སྒྲིག”ལ་མནན་ཏེ་སྐད་ཡིག་འདི་འདེམས་རོགས།
offline-not-ready-home = གཙོ་ངོས་སུ་ཕྱིར་ལོག

## A new version, and adding the app to the home screen

update-ready = { -brand-name }འི་པར་གཞི་གསར་པ་བྱུང་།
update-apply = ད་ལྟ་གསར་བསྒྱུར་བྱེད།
install-hint = { -brand-name }་ཁ་པར་གྱི་ཅོག་ངོས་སུ་བཞག་ཆོག དེ་ནས་ App གཞན་དང་འདྲ་བར་ཐེངས་གཅིག་མནན་པ་ཙམ་གྱིས་ཁ་ཕྱེ་ཐུབ།
install-button = ཅོག་ངོས་སུ་སྣོན།

## Read-aloud: the control on every screen with reading matter (components/read_aloud.rs)

read-label = ཤོག་ངོས་འདི་སྐད་འདོན་བྱེད་པ
read-start = སྐད་འདོན།
read-again = ཡང་བསྐྱར་ཉན།
read-slower = ཅུང་དལ་བ།
read-stop = མཚམས་འཇོག
read-reading = སྐད་འདོན་བྱེད་བཞིན་ཡོད། ཀློག་བཞིན་པའི་ས་དེ་ཚོན་མདོག་གིས་སྟོན་ཡོད། དུམ་བུ་གཞན་ཞིག་ལ་ཐེངས་གཅིག་མནན་ན། དེ་ནས་ཀློག་འགོ་འཛུགས།
read-unavailable = ཤོག་ངོས་འདིར་ད་དུང་སྒྲ་འཇུག་མེད། ཁ་པར་འདིས་ཀྱང་སྐད་ཡིག་འདི་སྐད་འདོན་བྱེད་མི་ཐུབ། ནང་མི་འམ་དང་བླངས་པར་ཀློག་རོགས་ཞུ་ཆོག
read-no-sound = ཁ་པར་འདི་ནས་སྒྲ་མ་ཐོན། སྒྲ་ཚད་ཆེ་རུ་བཏང་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས། ད་དུང་མི་འགྲིག་ན། ནང་མི་འམ་དང་བླངས་པར་ཀློག་རོགས་ཞུ་ཆོག
# Variables:
#   $count (Number) - how many parts of the screen were passed over, having no recording and no voice to read them
read-skipped = དུམ་བུ་ { $count } ལ་ད་དུང་སྒྲ་འཇུག་མེད་པས། དེ་དག་མཆོང་ཟིན།
read-synthetic = འདིའི་སྒྲ་འཇུག་རྣམས་ནི་གློག་ཀླད་ཀྱིས་བཟོས་པའི་དཔེ་སྟོན་ཡིན། ཚིག་འགའ་ཤས་ཀྱི་སྒྲ་འདོན་ནོར་སྲིད།
