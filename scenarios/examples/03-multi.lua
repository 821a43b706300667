-- 03-multi.lua: tick all that apply.
--
-- What it teaches: the `multi` step. The player ticks every option that
-- applies, then confirms. Each option says whether it is `correct`, and its
-- `feedback` is shown next to it afterwards, ticked or not. The step's
-- `axis` says where the points go: "detect" (noticing) or "respond" (acting).
-- This example has one multi step on each axis.
--
-- Points on the axis: +1 for each correct option ticked, -1 for each
-- incorrect one ticked, never below 0 for the step. Full marks: exactly the
-- correct options. Ticking everything gets about nothing.
--
-- The story is invented: a fake "shared document" e-mail.
--
-- Try it:
--   build/bin/breachdrill validate scenarios/examples/03-multi.lua
--   build/bin/breachdrill explore  scenarios/examples/03-multi.lua
--   build/bin/breachdrill run scenarios/examples/03-multi.lua --answers "1+3+5 1+2"   (score 100)
--   build/bin/breachdrill run scenarios/examples/03-multi.lua --answers "2+4 3+4"     (score 0)
--   build/bin/breachdrill run scenarios/examples/03-multi.lua --answers "1+2+3+4+5 1+2+3+4"  (score 17)
-- For a multi step the answer names the ticked options joined by "+"
-- ("0" ticks none), counted from 1 in the order they are written here.

return {
  id = "example-03-multi",
  languages = { "en", "ja" },   -- every text in English and Japanese (see 06)
  title = { en = "03 · A document shared with you", ja = "03 · 共有されたドキュメント" },
  summary = {
    en = "\"Tanaka shared 'Bonus 2025.xlsx' with you.\" Which signs give it away, and what do you do?",
    ja = "「田中さんが『賞与2025.xlsx』を共有しました」。どこが怪しい？そしてどうする？",
  },
  intro = {
    en = "You work in the HR team of Example Ltd. Your colleague Kenji Tanaka often shares spreadsheets with you "
      .. "through the company's file service, files.example-ltd.example. "
      .. "(The company, the people and the addresses in this story are invented.)",
    ja = "あなたはExample株式会社の人事部員。同僚の田中健二さんは、社内のファイル共有サービス "
      .. "files.example-ltd.example でよく表計算ファイルを共有してくる。"
      .. "（この話の会社、人物、アドレスはすべて架空のものだ。）",
  },
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    sources = {
      "https://attack.mitre.org/techniques/T1566/",
      "https://www.cisa.gov/",
    },
  },
  minutes = 2,
  modes = { "training" },
  start = "signs",

  steps = {
    -- multi on the DETECT axis: which signs show that it is phishing?
    -- Each option: text, correct = true or false, feedback (why).
    signs = {
      kind = "multi",
      axis = "detect",
      tags = { csf = "DE.AE", attack = "T1566" },
      text = { en = "You open the e-mail and click nothing. Which of these show that it is phishing? Tick all that apply.",
               ja = "メールを開いたが、まだ何もクリックしていない。フィッシングだと分かる点をすべて選ぼう。" },
      mono = {
        en = "From:    \"Kenji Tanaka\" <tanaka.kenji@mail-outlook.example>\n"
          .. "Subject: Kenji Tanaka shared \"Bonus 2025.xlsx\" with you\n\n"
          .. "[Example Ltd logo]\n"
          .. "Open document: https://share-docs.example-login.top/open?f=bonus2025\n"
          .. "(You will be asked to sign in again for security reasons.)",
        ja = "差出人: \"田中 健二\" <tanaka.kenji@mail-outlook.example>\n"
          .. "件名:   田中 健二さんが「賞与2025.xlsx」をあなたと共有しました\n\n"
          .. "[Example株式会社のロゴ]\n"
          .. "ドキュメントを開く: https://share-docs.example-login.top/open?f=bonus2025\n"
          .. "（セキュリティのため、もう一度サインインが必要です）",
      },
      options = {
        { text = { en = "The link goes to example-login.top, not to our file service.",
                   ja = "リンク先が社内のファイル共有サービスではなく example-login.top になっている。" },
          correct = true,
          feedback = { en = "Yes. Read a link's domain from the right: this one belongs to whoever owns example-login.top.",
                       ja = "そのとおり。ドメインは右から読む。このリンクは example-login.top の持ち主のものだ。" } },
        { text = { en = "It arrived on a Friday afternoon.",
                   ja = "金曜日の午後に届いた。" },
          correct = false,
          feedback = { en = "Timing alone proves nothing: genuine shares arrive on Fridays too.",
                       ja = "時間帯だけでは何も分からない。本物の共有通知も金曜日に届く。" } },
        { text = { en = "It says you will have to sign in again, although you are already signed in.",
                   ja = "すでにサインインしているのに、もう一度サインインが必要だと書かれている。" },
          correct = true,
          feedback = { en = "Yes. \"Sign in again\" is how fake pages collect passwords.",
                       ja = "そのとおり。「もう一度サインイン」は、偽ページがパスワードを集めるための常套句だ。" } },
        { text = { en = "It shows the company logo.",
                   ja = "会社のロゴが入っている。" },
          correct = false,
          feedback = { en = "A logo is easy to copy, so it proves nothing either way. Not a sign on its own.",
                       ja = "ロゴは簡単にコピーできるので、本物とも偽物とも言えない。それだけでは手がかりにならない。" } },
        { text = { en = "The name is Tanaka's, but the address is not his work address.",
                   ja = "名前は田中さんだが、アドレスが会社のものではない。" },
          correct = true,
          feedback = { en = "Yes. Anyone can type a display name; the address after it is what counts.",
                       ja = "そのとおり。表示名は誰でも自由に付けられる。大事なのはその後ろのアドレスだ。" } },
      },
      next = "next_steps",
      -- Shown under the options after the player confirms.
      feedback = { en = "Three real signs: the link's domain, the extra sign-in, and the sender's address.",
                   ja = "本当の手がかりは3つ：リンクのドメイン、余計なサインイン、差出人のアドレス。" },
    },

    -- multi on the RESPOND axis: what do you do now?
    next_steps = {
      kind = "multi",
      axis = "respond",
      tags = { csf = "RS.CO" },
      text = { en = "You did not click. What do you do now? Tick all that apply.",
               ja = "リンクは開かなかった。次にすることをすべて選ぼう。" },
      options = {
        { text = { en = "Report it to the security team with the \"Report phishing\" button.",
                   ja = "「フィッシング報告」ボタンでセキュリティ担当に報告する。" },
          correct = true,
          feedback = { en = "Yes. The team can pull the e-mail from every inbox and block the link.",
                       ja = "そのとおり。担当者が全員の受信箱からメールを削除し、リンクをブロックできる。" } },
        { text = { en = "Tell Tanaka in the company chat that someone is using his name.",
                   ja = "社内チャットで、誰かが田中さんの名前を使っていると本人に伝える。" },
          correct = true,
          feedback = { en = "Yes. Use a channel you already trust, not a reply to the e-mail.",
                       ja = "そのとおり。メールへの返信ではなく、普段から使っている信頼できる経路で伝えよう。" } },
        { text = { en = "Forward it to the whole department as a warning.",
                   ja = "注意喚起として、部署全員に転送する。" },
          correct = false,
          feedback = { en = "That puts the live link in forty more inboxes. Let the security team send the warning.",
                       ja = "生きたリンクをさらに40人の受信箱に配ることになる。注意喚起はセキュリティ担当に任せよう。" } },
        { text = { en = "Open the link on your phone to see what it is.",
                   ja = "正体を確かめるため、スマートフォンでリンクを開いてみる。" },
          correct = false,
          feedback = { en = "A phone is no safer: the fake page works there too. Leave the checking to the security team.",
                       ja = "スマートフォンでも安全ではない。偽ページはそこでも動く。確認はセキュリティ担当に任せよう。" } },
      },
      next = "closed",
      feedback = { en = "Report it, and warn the person being impersonated through a channel you trust.",
                   ja = "報告すること、そしてなりすまされた本人に信頼できる経路で知らせること。" },
    },

    -- A multi step has one `next` for every answer, so this example has a
    -- single ending that every player reaches. To branch to different
    -- endings, end with a choice (see 01 and 02).
    closed = {
      kind = "ending",
      outcome = "good",
      text = { en = "The security team removed the e-mail from 40 inboxes. Two people had already signed in; their passwords were reset that morning.",
               ja = "セキュリティ担当は40人の受信箱からメールを削除した。すでに2人がサインインしていたが、その日の午前中にパスワードがリセットされた。" },
    },
  },

  debrief = {
    en = "Fake \"document shared with you\" e-mails copy the look of real file services. The logo and the layout prove "
      .. "nothing; the sender's address, the link's domain and an unexpected request to sign in do. "
      .. "Report, and let the security team warn everyone.",
    ja = "「ドキュメントが共有されました」という偽メールは、本物のファイル共有サービスの見た目をまねている。"
      .. "ロゴやレイアウトは証拠にならない。差出人のアドレス、リンクのドメイン、思いがけないサインイン要求こそが手がかりだ。"
      .. "報告して、注意喚起はセキュリティ担当に任せよう。",
  },
}
