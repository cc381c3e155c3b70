# Anxin (安心) — the quiz: its screens, topic names and the question bank (also the home
# screen's daily question). Cantonese.
# Facts rest on ../shared/brief/domain.md and widely known safe practice; no invented numbers.
# Draft translation, not yet reviewed by a native speaker. Terms follow locales/yue/GLOSSARY.md.
# Question ids are stable; structure (which options are correct, topic, right) is in
# src/content/quiz_bank.rs. Messages per question:
#   q-<id>            the question
#   q-<id>-story      a scenario's two-line story
#   q-<id>-<key>      an option's text (true/false questions use quiz-true and quiz-false)
#   q-<id>-<key>-why  why that option is right or wrong

## The quiz screen

quiz-intro = 一路学一路练。答错咗唔紧要，每条题都会话你知点解。
quiz-mixed-title = 随便练一轮
quiz-mixed-sub = 喺全部题目入面抽 { $count } 条，错题簿入面嘅题会先出。
quiz-topics-title = 按题目类别练
quiz-group-right = 八项基本权利（你有咩权利）
quiz-group-scam = 常见嘅骗局
quiz-group-basics = 日常要识嘅嘢
quiz-topic-count = { $count } 条题
quiz-topic-done = 练完喇

## The 错题本 (错题簿)

quiz-notebook-title = 错题簿
quiz-notebook-count = 错题簿入面有 { $count } 条题。
quiz-notebook-empty = 错题簿係空嘅。答错或者唔肯定嘅题会放入嚟。
quiz-notebook-rule = 一条题喺两个唔同嘅日子都答啱，就会由错题簿攞走。
quiz-notebook-practise = 练吓啲错题
quiz-notebook-rested = 今日嘅错题全部都答啱过喇，听日再嚟练。
quiz-notebook-open = 睇吓错题簿入面嘅题
quiz-notebook-close = 收埋啲错题
quiz-notebook-clear = 清空错题簿
quiz-notebook-clear-confirm = 真係要清空错题簿？清咗之后揾唔返。
quiz-notebook-clear-yes = 清空佢
quiz-notebook-clear-no = 唔好清

## A round

quiz-progress = 第 { $number } 条，一共 { $total } 条
quiz-kind-single = 单选题：拣一个答案
quiz-kind-true-false = 判断题：呢句话啱唔啱？
quiz-kind-red-flags = 多选题：啱嘅全部都拣埋
quiz-kind-scenario = 情景题：读一读，再拣
quiz-true = 啱
quiz-false = 唔啱
quiz-check = 确定喇
quiz-choose-first = 先拣一个答案，再㩒“确定喇”。
quiz-not-sure = 我唔肯定
quiz-next = 下一条
quiz-see-score = 睇吓结果
quiz-leave = 唔做住

## After an answer

quiz-right = 答啱咗！
quiz-wrong = 呢条答错咗，唔紧要，睇吓点解。
quiz-unsure = 唔肯定都唔紧要，我哋一齐睇吓。
quiz-mark-correct = 啱嘅答案
quiz-mark-chosen = 你拣嘅
quiz-learn-more = 学吓：{ $topic }
quiz-see-case = 睇吓真实个案

## The score

