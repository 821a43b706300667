-- 02-spot.lua: mark the suspicious lines.
--
-- What it teaches: the `spot` step. The player sees numbered lines (here the
-- headers of an e-mail; a log or a list of alerts works the same way), marks
-- the suspicious ones and confirms. Then `notes` explain each line.
--
-- Points (always on detect): +1 for each suspicious line marked, -1 for each
-- other line marked, never below 0 for the step. So marking everything does
-- not pay. A `choice` (see 01) follows, for the respond points.
--
-- The story is invented: a supplier's "new bank account" e-mail, a classic
-- business e-mail compromise. The companies and addresses are made up
-- (".example" addresses can never belong to anyone).
--
-- Try it:
--   build/bin/breachdrill validate scenarios/examples/02-spot.lua
--   build/bin/breachdrill explore  scenarios/examples/02-spot.lua
--   build/bin/breachdrill run scenarios/examples/02-spot.lua --answers "1+3+5 1"   (score 100)
--   build/bin/breachdrill run scenarios/examples/02-spot.lua --answers "2+4+6 3"   (score 0)
-- For a spot step the answer names the marked lines joined by "+" ("0" marks
-- none); then comes the number of the choice on the next step.

return {
  id = "example-02-spot",
  languages = { "en", "ja" },   -- every text in English and Japanese (see 06)
  title = { en = "02 · New bank details", ja = "02 · 振込先の変更" },
  summary = {
    en = "A supplier's e-mail asks you to pay this month's invoice into a new account. Read the headers.",
    ja = "取引先から「今月の請求分は新しい口座へ」というメールが届いた。ヘッダーを読み解こう。",
  },
  intro = {
    en = "You work in accounts at Example Ltd. Sato Trading, a supplier you have paid every month for years, "
      .. "sends invoices to the team address keiri@example-ltd.example. "
      .. "(The company, the people and the addresses in this story are invented.)",
    ja = "あなたはExample株式会社の経理担当。何年も毎月支払っている取引先の佐藤商事は、"
      .. "請求書をチームのアドレス keiri@example-ltd.example に送ってくる。"
      .. "（この話の会社、人物、アドレスはすべて架空のものだ。）",
  },
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    sources = {
      "https://www.ipa.go.jp/",
      "https://www.cisa.gov/",
    },
  },
  minutes = 2,
  modes = { "training" },
  start = "headers",

  steps = {
    -- spot: the fields are
    --   text        the question
    --   lines       the lines, in order. They are shown exactly as written,
    --               in a monospace font, in every language: a header or a
    --               log line reads the same for everyone, so lines need no
    --               Japanese version.
    --   suspicious  the numbers of the lines to mark (1 = the first line)
    --   notes       why each line matters, shown after the answer. Give a
    --               note for EVERY suspicious line (validate warns if one is
    --               missing). A note on an innocent line (6 below) is shown
    --               when a player marks it: use it for tempting traps.
    --   next        the step after it; feedback: shown after the answer
    headers = {
      kind = "spot",
      tags = { csf = "DE.AE", attack = "T1566" },
      text = { en = "Here are the e-mail's headers. Mark every line that suggests it is not really from Sato Trading.",
               ja = "メールのヘッダーを示す。本当は佐藤商事からではないと疑われる行をすべて選ぼう。" },
      lines = {
        "From: \"Sato Trading Accounts\" <accounts@sato-tradlng.example>",
        "To: keiri@example-ltd.example",
        "Reply-To: sato.trading.accounts@freemail.example",
        "Date: Mon, 12 May 2025 09:14:03 +0900",
        "Subject: INV-0412: please pay into our NEW bank account from this month",
        "Authentication-Results: mx.example-ltd.example; spf=pass smtp.mailfrom=sato-tradlng.example",
      },
      suspicious = { 1, 3, 5 },
      notes = {
        [1] = { en = "Look closely: \"tradlng\" with a small L, not \"trading\". A look-alike domain the attacker registered.",
                ja = "よく見ると「trading」ではなく小文字のLを使った「tradlng」。攻撃者が取得した、よく似たドメインだ。" },
        [3] = { en = "Replies would go to a free webmail address, not to the supplier: the attacker wants your answer.",
                ja = "返信先が取引先ではなくフリーメールになっている。攻撃者はあなたの返信を受け取りたいのだ。" },
        [5] = { en = "A change of bank details by e-mail is the number one sign of invoice fraud. Always check it by phone.",
                ja = "メールでの振込先変更は請求書詐欺の最大の兆候。必ず電話で確認しよう。" },
        [6] = { en = "A trap: SPF \"pass\" only means the look-alike domain's own server sent it. Pass does not mean genuine.",
                ja = "ひっかけ。SPFの「pass」は、よく似たドメイン自身のサーバーから送られたというだけで、本物の証明にはならない。" },
      },
      next = "act",
      feedback = { en = "Three lines give it away: the sender's domain, the Reply-To and the request itself.",
                   ja = "決め手は3行：差出人のドメイン、返信先（Reply-To）、そして依頼の内容そのもの。" },
    },

    -- A choice for the respond points (choice is explained in 01).
    act = {
      kind = "choice",
      tags = { csf = "RS.CO" },
      text = { en = "The invoice is due on Friday. What do you do?",
               ja = "支払期限は金曜日だ。どうする？" },
      choices = {
        {
          text = { en = "Call Sato Trading on the number already in our supplier records, and tell the security team.",
                   ja = "取引先台帳に登録済みの番号で佐藤商事に電話し、セキュリティ担当にも知らせる。" },
          next = "verified",
          respond = 2,
          feedback = { en = "Right: check on a channel the attacker does not control. Sato Trading's bank details have not changed.",
                       ja = "正解。攻撃者が手を出せない経路で確認する。佐藤商事の振込先は変わっていなかった。" },
        },
        {
          text = { en = "Reply to the e-mail and ask them to confirm the new account.",
                   ja = "メールに返信して、新しい口座で間違いないか確認する。" },
          next = "paid",
          respond = -1,
          feedback = { en = "Your reply goes to the Reply-To address: the attacker, who gladly \"confirms\".",
                       ja = "返信はReply-Toのアドレス、つまり攻撃者に届く。もちろん「間違いありません」と返ってくる。" },
        },
        {
          text = { en = "Update the bank details and pay: the invoice number is correct.",
                   ja = "請求書番号は正しいので、振込先を更新して支払う。" },
          next = "paid",
          respond = -2,
          feedback = { en = "Attackers who read a supplier's mail know the real invoice numbers. A correct number proves nothing.",
                       ja = "取引先のメールを盗み見た攻撃者は、本物の請求書番号を知っている。番号が正しくても何の証明にもならない。" },
        },
      },
    },

    verified = {
      kind = "ending",
      outcome = "good",
      text = { en = "The payment went to the right account, and Sato Trading found out that their mail had been read by an intruder.",
               ja = "支払いは正しい口座に届き、佐藤商事は自社のメールが侵入者に読まれていたことに気づいた。" },
    },
    paid = {
      kind = "ending",
      outcome = "bad",
      text = { en = "The money went to the attacker's account. A month later, Sato Trading asked why the invoice was still unpaid.",
               ja = "代金は攻撃者の口座に振り込まれた。1か月後、佐藤商事から「請求書が未払いです」と連絡が来た。" },
    },
  },

  debrief = {
    en = "In business e-mail compromise, attackers pose as a supplier or a manager and ask for a payment or a change "
      .. "of bank details. The headers often give it away: a look-alike domain, a Reply-To elsewhere. "
      .. "Whatever the headers say, confirm any change of bank details by phone, on a number you already had.",
    ja = "ビジネスメール詐欺（BEC）では、攻撃者が取引先や上司になりすまし、支払いや振込先の変更を求める。"
      .. "よく似たドメインや別の返信先など、ヘッダーに手がかりが残ることが多い。ヘッダーがどうであれ、"
      .. "振込先の変更は、前から知っている番号への電話で必ず確認しよう。",
  },
}
