-- 01-first-choice.lua: the smallest complete scenario.
--
-- What it teaches: ONE `choice` step (the player picks one answer) and the
-- `ending` steps it leads to. Everything else a scenario needs is here too,
-- once, with a comment: id, title, intro, summary, incident, start, steps,
-- debrief. Start here; the other numbered examples add one feature each.
--
-- The story is invented: a fake "mailbox full" e-mail at a made-up company.
--
-- Try it (from the project folder):
--   build/bin/breachdrill validate scenarios/examples/01-first-choice.lua
--   build/bin/breachdrill explore  scenarios/examples/01-first-choice.lua
--   build/bin/breachdrill run scenarios/examples/01-first-choice.lua --answers "1"   (score 100)
--   build/bin/breachdrill run scenarios/examples/01-first-choice.lua --answers "2"   (score 50)
--   build/bin/breachdrill run scenarios/examples/01-first-choice.lua --answers "3"   (score 0)
-- An answer is one number per question: "1" picks the first choice.
--
-- Lua in one minute:
--   - `--` starts a comment: the game ignores the rest of the line.
--   - Text goes in double quotes: "like this".
--   - { ... } is a table: a list { "a", "b" } or named fields { a = 1 }.
--     Every entry ends with a comma (one after the last entry is fine).

-- The whole scenario is one table, handed to the game with `return`.
return {
  -- A unique name: lowercase letters, digits and '-'. Reports group
  -- sessions by it, so never change it once people have played.
  id = "example-01-first-choice",

  -- The languages every text is written in. With this line, `validate`
  -- warns about any text that is missing one of them. Example 06 explains it.
  languages = { "en", "ja" },

  -- Every text a player sees is written as { en = "English", ja = "日本語" }.
  title = { en = "01 · The mailbox that is \"full\"", ja = "01 · 「容量がいっぱい」のメールボックス" },

  -- The menu shows the summary; the intro is shown before the first step
  -- and sets the scene: where the player is and who they are.
  summary = {
    en = "An e-mail says your mailbox will be closed today. One decision, three endings.",
    ja = "「メールボックスが本日閉鎖される」というメールが届いた。判断は一度、結末は三通り。",
  },
  intro = {
    en = "You work on the front desk of Example Ltd, a small company. "
      .. "It is Monday morning and you are going through your e-mail. "
      .. "(The company, the people and the addresses in this story are invented.)",
    ja = "あなたは小さな会社、Example株式会社の受付担当。月曜の朝、届いたメールに目を通している。"
      .. "（この話の会社、人物、アドレスはすべて架空のものだ。）",
  },

  -- Where the story comes from. This one is invented, so the sources are
  -- general advice pages, shown in the debrief for players to read more.
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    sources = {
      "https://www.cisa.gov/",
      "https://www.ipa.go.jp/",
    },
  },
  minutes = 1,             -- about how long one play takes
  modes = { "training" },  -- offered for training on a desktop

  start = "inbox",         -- the first step: a name used in `steps` below

  steps = {
    -- A choice step: a question (`text`), an optional monospace block
    -- (`mono`, here the e-mail) and the `choices`. Each choice says:
    --   next      the step it leads to (here, one of the endings)
    --   detect    points for noticing the danger (default 0)
    --   respond   points for doing the right thing (default 0, may be < 0)
    --   feedback  shown straight after the pick: always say WHY
    inbox = {
      kind = "choice",
      tags = { csf = "PR.AT", attack = "T1566" },  -- shown in the debrief
      text = { en = "This e-mail has just arrived. What do you do?",
               ja = "このメールが届いたところだ。どうする？" },
      mono = {
        en = "From:    \"IT Helpdesk\" <helpdesk@examp1e-support.com>\n"
          .. "Subject: Your mailbox will be closed today\n\n"
          .. "Your mailbox is full and will be closed at 17:00.\n"
          .. "Sign in within 2 hours to keep your e-mail:\n"
          .. "https://examp1e-support.com/keep-mailbox",
        ja = "差出人: \"ITヘルプデスク\" <helpdesk@examp1e-support.com>\n"
          .. "件名:   メールボックスは本日閉鎖されます\n\n"
          .. "メールボックスの容量が上限に達したため、17:00に閉鎖されます。\n"
          .. "メールを残すには2時間以内にサインインしてください:\n"
          .. "https://examp1e-support.com/keep-mailbox",
      },
      choices = {
        {
          text = { en = "Don't click. Report it to IT with the \"Report phishing\" button.",
                   ja = "リンクは開かず、「フィッシング報告」ボタンでIT部門に報告する。" },
          next = "reported",
          detect = 1, respond = 1,      -- the best answer: full marks on both
          feedback = {
            en = "Right. The sender is \"examp1e\" with a digit 1, not our company, and real IT never asks you "
              .. "to sign in through a link to keep your mailbox. Your report lets IT block it for everyone.",
            ja = "正解。差出人は数字の1を使った「examp1e」で、自社のドメインではない。本物のIT部門が、メールを"
              .. "残すためにリンクからサインインさせることはない。報告すればIT部門が全員分をブロックできる。",
          },
        },
        {
          text = { en = "Delete it and get on with your work.",
                   ja = "削除して仕事に戻る。" },
          next = "deleted",
          detect = 1,                   -- noticed it, but did not help others
          feedback = {
            en = "You spotted it, but only you are safe: your colleagues got the same e-mail. Report it, "
              .. "so that IT can block the link for everyone.",
            ja = "見抜けたが、守られたのは自分だけ。同僚にも同じメールが届いている。報告すれば、IT部門が全員分の"
              .. "リンクをブロックできる。",
          },
        },
        {
          text = { en = "Click the link and sign in, so you don't lose your e-mail.",
                   ja = "メールを失わないよう、リンクを開いてサインインする。" },
          next = "phished",
          respond = -1,                 -- a harmful choice may cost points
          feedback = {
            en = "The page was a copy of our sign-in page, and your password went to the attacker. "
              .. "A deadline (\"closed today\") is there to stop you from thinking.",
            ja = "そのページはサインイン画面の偽物で、パスワードは攻撃者に渡った。「本日閉鎖」のような期限は、"
              .. "考える時間を奪うための手口だ。",
          },
        },
      },
    },

    -- Endings: the session ends here. `outcome` is "good", "mixed" or
    -- "bad". An ending has no choices and no points.
    reported = {
      kind = "ending",
      outcome = "good",
      text = { en = "IT blocked the fake site within ten minutes. Nobody else signed in to it.",
               ja = "IT部門は10分以内に偽サイトをブロックした。ほかにサインインした人はいなかった。" },
    },
    deleted = {
      kind = "ending",
      outcome = "mixed",
      text = { en = "You were safe, but a colleague in sales signed in to the fake page that afternoon.",
               ja = "あなたは無事だったが、その日の午後、営業部の同僚が偽ページにサインインしてしまった。" },
    },
    phished = {
      kind = "ending",
      outcome = "bad",
      text = { en = "That night, your account sent the same e-mail to all our customers.",
               ja = "その夜、あなたのアカウントから全顧客に同じメールが送られた。" },
    },
  },

  -- Shown after the ending: the lesson, in a few sentences.
  debrief = {
    en = "\"Mailbox full\" and \"password expires\" e-mails are among the most common phishing lures. "
      .. "Check the sender's address letter by letter, never sign in through a link in an e-mail, "
      .. "and report rather than just delete: one report protects everyone.",
    ja = "「容量がいっぱい」「パスワードの期限切れ」は、最もよくあるフィッシングの口実だ。差出人のアドレスを"
      .. "一文字ずつ確かめ、メールのリンクからサインインしないこと。削除だけでなく報告を。一件の報告が全員を守る。",
  },
}
