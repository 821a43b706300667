-- 06-two-languages.lua: one scenario, English and Japanese.
--
-- What it teaches:
--   - Any text a player sees may be a plain string, or a table of languages:
--       text = { en = "Open the courier's app.", ja = "宅配業者のアプリを開く。" }
--     The game shows the player's language (chosen in the settings, or with
--     --lang). A table must always have `en`.
--   - Fallback to English: when a text has no `ja`, a Japanese player sees
--     the `en` text. So you can write a scenario in English first and
--     translate it a field at a time; nothing breaks meanwhile.
--   - The declaration `languages = { "en", "ja" }` (an extension of this
--     build) promises that every shown text comes in these languages. Then
--     `validate` lists every text still to translate, as a warning, with
--     its line. Leave out `ja` in one choice of this file and validate says:
--       06-two-languages.lua:89: warning: step 'sms': choice 1: 'text' has no 'ja' text, but the scenario's languages list it
--     A plain string counts as English only. The list must include "en",
--     the language everything falls back to.
--   - Some texts are the same in every language, and are never warned
--     about: the lines of a `spot` step (a log, headers, links), a step's
--     `mono` block (a screen, a log), the `sources` and `modes` lists.
--     You may still give them as { en = ..., ja = ... } when they differ:
--     the SMS below is a `mono` written in both languages, because a real
--     message would be in the reader's language; the links in `links` are
--     plain strings, because a web address reads the same for everybody.
--
-- Tips for the Japanese text: write it as a Japanese colleague would say
-- it, not word for word; keep the same facts and the same numbers in both.
--
-- The story is invented: a fake "missed delivery" text message (smishing).
-- Parcel Express and its addresses are made up (".example" is never real).
--
-- Try it:
--   build/bin/breachdrill validate scenarios/examples/06-two-languages.lua
--   build/bin/breachdrill explore  scenarios/examples/06-two-languages.lua
--   build/bin/breachdrill run scenarios/examples/06-two-languages.lua --answers "1 2+4+5"   (score 100)
--   build/bin/breachdrill run scenarios/examples/06-two-languages.lua --answers "3 2+4"     (score 25)
--   build/bin/breachdrill run scenarios/examples/06-two-languages.lua --answers "2"         (score 0)
-- To see it in Japanese, play it in the game with Japanese chosen in the
-- settings (or start the game with --lang ja).

return {
  id = "example-06-two-languages",

  -- The promise: every shown text has English and Japanese.
  languages = { "en", "ja" },

  title = { en = "06 · \"We missed you\"", ja = "06 · 「お届けにあがりましたが不在のため」" },
  summary = {
    en = "A text message says a parcel could not be delivered. One tap away from trouble.",
    ja = "「荷物をお届けできませんでした」というSMSが届いた。タップ一つで危険に近づく。",
  },
  intro = {
    en = "You work at Example Ltd and use a company smartphone. You are expecting a parcel from Parcel Express this week. "
      .. "(The company, the people and the addresses in this story are invented.)",
    ja = "あなたはExample株式会社の社員で、会社支給のスマートフォンを使っている。今週、パーセル急便から荷物が届く予定だ。"
      .. "（この話の会社、人物、アドレスはすべて架空のものだ。）",
  },
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    -- Web addresses are the same in every language: plain strings.
    sources = {
      "https://www.ipa.go.jp/",
      "https://www.nisc.go.jp/",
    },
  },
  minutes = 2,
  modes = { "training" },
  start = "sms",

  steps = {
    sms = {
      kind = "choice",
      tags = { csf = "PR.AT", attack = "T1566" },
      text = { en = "This text message arrives on your company phone. What do you do?",
               ja = "会社のスマートフォンにこのSMSが届いた。どうする？" },
      -- A `mono` in both languages: the message as each player would get it.
      mono = {
        en = "From: +81 90-1234-5678\n"
          .. "Parcel Express: we tried to deliver your parcel but you were out.\n"
          .. "Book a new delivery time here:\n"
          .. "https://parcel-express.example.delivery-check.top/redeliver",
        ja = "送信元: +81 90-1234-5678\n"
          .. "パーセル急便です。お荷物をお届けにあがりましたが不在のため持ち帰りました。\n"
          .. "再配達のご依頼はこちら:\n"
          .. "https://parcel-express.example.delivery-check.top/redeliver",
      },
      choices = {
        {
          text = { en = "Don't tap. Open the Parcel Express app you already have and check your parcel there.",
                   ja = "リンクは開かず、いつも使っているパーセル急便のアプリで荷物の状況を確かめる。" },
          next = "links",
          detect = 1, respond = 1,
          feedback = { en = "Right. A courier's texts can be faked; its app or a web address you type yourself cannot.",
                       ja = "正解。宅配業者を名乗るSMSは偽装できるが、自分で開くアプリや自分で入力するアドレスは偽装できない。" },
        },
        {
          text = { en = "Tap the link: you really are expecting a parcel.",
                   ja = "本当に荷物を待っているので、リンクを開く。" },
          next = "phished",
          respond = -2,
          feedback = { en = "That is exactly why it works: these messages go to thousands of people, and many are expecting a parcel.",
                       ja = "だからこそ引っかかる。このSMSは何千人にも送られ、その多くが実際に荷物を待っている。" },
        },
        {
          text = { en = "Reply \"STOP\" so they stop sending messages.",
                   ja = "これ以上送られてこないよう「STOP」と返信する。" },
          next = "links",
          respond = -1,
          feedback = { en = "A reply tells them the number is in use, and more messages will follow. Just don't answer, and report it.",
                       ja = "返信すると、この番号が使われていると知らせることになり、さらにSMSが届く。返信せずに報告しよう。" },
        },
      },
    },

    -- A spot step: the lines are web addresses, the same in every language,
    -- so they are plain strings and `validate` does not ask for Japanese.
    -- The question and the notes are shown in the player's language.
    links = {
      kind = "spot",
      tags = { csf = "DE.AE", attack = "T1566" },
      text = { en = "Colleagues reported these links this week. Parcel Express's real site is parcel-express.example. Mark the links that are NOT on it.",
               ja = "今週、同僚から報告されたリンクだ。パーセル急便の本物のサイトは parcel-express.example。本物ではないリンクをすべて選ぼう。" },
      lines = {
        "https://www.parcel-express.example/track",
        "https://parcel-express.example.delivery-check.top/redeliver",
        "https://www.parcel-express.example/redelivery?no=4821-0012",
        "https://parcel-express-jp.example/login",
        "http://203.0.113.45/parcel/pay",
      },
      suspicious = { 2, 4, 5 },
      notes = {
        [2] = { en = "Read the domain from the right: this is delivery-check.top. \"parcel-express.example\" at the front is only decoration.",
                ja = "ドメインは右から読む。これは delivery-check.top のサイトで、先頭の「parcel-express.example」は飾りにすぎない。" },
        [3] = { en = "Genuine: the domain ends in parcel-express.example. Even so, typing the address yourself is safest.",
                ja = "本物。ドメインは parcel-express.example で終わっている。それでも、自分でアドレスを入力するのが最も安全だ。" },
        [4] = { en = "A different name: parcel-express-jp.example is not parcel-express.example. One extra \"-jp\" is enough.",
                ja = "別の名前だ。parcel-express-jp.example は parcel-express.example ではない。「-jp」が付くだけで別物になる。" },
        [5] = { en = "A bare number instead of a name, and no https: no courier asks for payment like this.",
                ja = "名前ではなく数字だけのアドレスで、httpsでもない。宅配業者がこんな形で支払いを求めることはない。" },
      },
      next = "safe",
      feedback = { en = "Only the links that end in parcel-express.example (before the first \"/\") belong to the courier.",
                   ja = "宅配業者のものは、最初の「/」の手前が parcel-express.example で終わるリンクだけだ。" },
    },

    safe = {
      kind = "ending",
      outcome = "good",
      text = { en = "Your parcel arrived on Thursday. The security team blocked delivery-check.top on every company phone.",
               ja = "荷物は木曜日に届いた。セキュリティ担当は、会社の全スマートフォンで delivery-check.top をブロックした。" },
    },
    phished = {
      kind = "ending",
      outcome = "bad",
      text = { en = "The page asked you to install a \"tracking app\". It read your text messages, including your sign-in codes.",
               ja = "ページの指示で「追跡アプリ」を入れてしまった。そのアプリはSMSを盗み読み、サインイン用の確認コードまで抜き取った。" },
    },
  },

  debrief = {
    en = "Fake delivery texts are among the most common smishing lures, in Japan as elsewhere. Don't tap links in "
      .. "delivery messages: check in the courier's own app or on an address you type, and report the message.",
    ja = "宅配業者を装うSMSは、国内外で最もよくあるスミッシングの手口の一つだ。配達通知のリンクは開かず、"
      .. "宅配業者の公式アプリや自分で入力したアドレスで確認し、SMSは報告しよう。",
  },
}
