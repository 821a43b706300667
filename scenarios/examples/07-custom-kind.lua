-- 07-custom-kind.lua: a kind of step of your own.
--
-- What it teaches: using a kind that is not built in. Both steps below are
-- `kind = "yesno"`: a question answered Yes or No. The kind is a plugin, a
-- Lua file named after it, in a `plugins/` folder beside the scenario:
--
--   scenarios/examples/
--     07-custom-kind.lua      this scenario
--     plugins/
--       yesno.lua             the kind (read it: every line is explained)
--
-- When you copy this scenario elsewhere, copy plugins/yesno.lua with it, or
-- put it in ~/.local/share/breachdrill/plugins/ to serve all your scenarios.
-- The fields a yesno step takes are listed at the top of plugins/yesno.lua;
-- `validate` checks them with the plugin's own `check`, so a misspelt
-- field or `right = "maybe"` is reported like any other mistake.
-- How to write your own kind: docs/plugin-api.md.
--
-- The story is invented: sign-in prompts at night ("MFA fatigue"), from an
-- attacker who already has the password.
--
-- Try it:
--   build/bin/breachdrill validate scenarios/examples/07-custom-kind.lua
--   build/bin/breachdrill validate scenarios/examples/plugins/yesno.lua
--   build/bin/breachdrill explore  scenarios/examples/07-custom-kind.lua
--   build/bin/breachdrill run scenarios/examples/07-custom-kind.lua --answers "2 1"   (score 100)
--   build/bin/breachdrill run scenarios/examples/07-custom-kind.lua --answers "2 2"   (score 50)
--   build/bin/breachdrill run scenarios/examples/07-custom-kind.lua --answers "1"     (score 0)
-- A yesno step takes one token: 1 for Yes, 2 for No.

return {
  id = "example-07-custom-kind",
  languages = { "en", "ja" },   -- every text in English and Japanese (see 06)
  title = { en = "07 · Approve sign-in?", ja = "07 · サインインを承認しますか？" },
  summary = {
    en = "Late at night your phone asks you to approve a sign-in you did not start. Two yes-or-no questions.",
    ja = "深夜、自分では始めていないサインインの承認をスマートフォンが求めてくる。はい・いいえで答える2つの問い。",
  },
  intro = {
    en = "You work at Example Ltd. To sign in to your work e-mail, you type your password and then approve a prompt "
      .. "in the company's authenticator app on your phone. It is 23:48 and you are at home, about to go to bed. "
      .. "(The company, the people and the addresses in this story are invented.)",
    ja = "あなたはExample株式会社の社員。仕事のメールにサインインするときは、パスワードを入力したあと、"
      .. "スマートフォンの認証アプリに届く通知を承認する。今は23時48分、自宅でそろそろ寝ようとしている。"
      .. "（この話の会社、人物、アドレスはすべて架空のものだ。）",
  },
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    sources = {
      "https://attack.mitre.org/techniques/T1078/",
      "https://www.cisa.gov/",
      "https://www.ipa.go.jp/",
    },
  },
  minutes = 1,
  modes = { "training" },
  start = "push",

  steps = {
    -- A yesno step on the detect axis, worth 2 points. A wrong answer
    -- (Yes) leads straight to the bad ending through `wrong_next`.
    push = {
      kind = "yesno",
      tags = { csf = "PR.AA", attack = "T1078" },
      text = { en = "Your phone buzzes for the third time in two minutes. You are not signing in anywhere. Is it safe to tap Approve?",
               ja = "2分間で3回目の通知がスマートフォンに届いた。自分はどこにもサインインしていない。「承認」を押しても大丈夫？" },
      mono = {
        en = "Example Ltd Authenticator\n"
          .. "Approve sign-in?\n"
          .. "  Account:  you@example-ltd.example\n"
          .. "  App:      Mail\n"
          .. "  Location: unknown\n"
          .. "     [ Deny ]     [ Approve ]",
        ja = "Example株式会社 認証アプリ\n"
          .. "サインインを承認しますか？\n"
          .. "  アカウント: you@example-ltd.example\n"
          .. "  アプリ:     メール\n"
          .. "  場所:       不明\n"
          .. "     [ 拒否 ]     [ 承認 ]",
      },
      right = "no",
      axis = "detect",
      points = 2,
      next = "report",
      wrong_next = "approved",
      feedback_yes = {
        en = "No. A prompt you did not start means someone else typed your password. Approving lets them in.",
        ja = "いいえ。自分で始めていない通知は、誰かがあなたのパスワードを入力したということ。承認すれば、その人を招き入れてしまう。",
      },
      feedback_no = {
        en = "Right. Someone has your password and is hoping you will tap Approve just to stop the buzzing. Tap Deny.",
        ja = "正解。誰かがあなたのパスワードを手に入れ、通知を止めたくて「承認」を押すのを待っている。「拒否」を押そう。",
      },
    },

    -- A yesno step on the respond axis. A wrong answer (No) leads to the
    -- mixed ending.
    report = {
      kind = "yesno",
      tags = { csf = "RS.CO", attack = "T1078" },
      text = { en = "You tapped Deny and the prompts stopped. Should you still call the security team's 24-hour line tonight?",
               ja = "「拒否」を押したら通知は止まった。それでも今夜のうちに、セキュリティ担当の24時間窓口に連絡すべき？" },
      right = "yes",
      axis = "respond",
      points = 2,
      next = "contained",
      wrong_next = "quiet",
      feedback_yes = {
        en = "Right. The attacker still has your password. The team can reset it tonight and check for other attempts.",
        ja = "正解。攻撃者はまだパスワードを持っている。担当者は今夜のうちにリセットし、ほかの試みがないかも調べられる。",
      },
      feedback_no = {
        en = "Deny only stopped this attempt. The attacker still has your password and will try again, perhaps on a colleague.",
        ja = "拒否で止まったのは今回の試みだけ。攻撃者はまだパスワードを持っており、また試してくる。次は同僚が狙われるかもしれない。",
      },
    },

    contained = {
      kind = "ending",
      outcome = "good",
      text = { en = "Your password was reset before midnight. The team found the same attack on two other accounts and stopped it.",
               ja = "パスワードは日付が変わる前にリセットされた。担当者はほかの2つのアカウントへの同じ攻撃も見つけて止めた。" },
    },
    quiet = {
      kind = "ending",
      outcome = "mixed",
      text = { en = "At 3 a.m. the prompts started again. Half asleep, you tapped Approve.",
               ja = "午前3時、また通知が始まった。寝ぼけたまま「承認」を押してしまった。" },
    },
    approved = {
      kind = "ending",
      outcome = "bad",
      text = { en = "The attacker was in your mailbox within a minute, and sent invoices from it to your customers by morning.",
               ja = "攻撃者は1分もしないうちにメールボックスに入り込み、朝までにあなたのアドレスから取引先へ請求書を送っていた。" },
    },
  },

  debrief = {
    en = "Attackers who have a password may send sign-in prompts again and again until someone approves one. "
      .. "Never approve a sign-in you did not start, and report unexpected prompts at once: they mean your password "
      .. "is known. Number matching, where you type a number shown on the sign-in screen, makes this much harder.",
    ja = "パスワードを手に入れた攻撃者は、誰かが承認するまでサインインの通知を何度も送ることがある。自分で始めていない"
      .. "サインインは決して承認せず、身に覚えのない通知はすぐに報告しよう。それはパスワードが知られているという"
      .. "しるしだ。サインイン画面に表示された数字を入力する「番号の照合」を使えば、この手口はずっと難しくなる。",
  },
}
