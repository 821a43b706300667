-- 05-flags-and-when.lua: remembering what the player did, and a loop.
--
-- What it teaches:
--   - `set = { flag = value }` on a choice stores a flag when it is picked;
--   - `when = function(state) ... end` on a choice hides it unless the
--     function returns true; it reads the flags in `state.flags`;
--   - `on_enter = function(state) ... end` on a step runs each time the
--     player arrives there; it may read and change `state.flags`;
--   - a loop: the player may go back to the alert and look at the log again.
--
-- Two rules for loops (docs/authoring.md, section 7):
--   1. A step reached again scores nothing, so the step the player comes
--      back to (`alert`, the "hub") has no points of its own: the points are
--      on the steps it leads to.
--   2. From anywhere, some ending must still be reachable (here: "Decide").
--
-- The story is invented: a colleague's account signs in from two countries
-- ten minutes apart.
--
-- Try it:
--   build/bin/breachdrill validate scenarios/examples/05-flags-and-when.lua
--   build/bin/breachdrill explore  scenarios/examples/05-flags-and-when.lua
--   build/bin/breachdrill run scenarios/examples/05-flags-and-when.lua --answers "1 1 2 1"       (score 100)
--   build/bin/breachdrill run scenarios/examples/05-flags-and-when.lua --answers "1 2 1 1 2 1"   (score 50: right the second time)
--   build/bin/breachdrill run scenarios/examples/05-flags-and-when.lua --answers "2 2"           (score 0)
-- A choice's number counts only the choices SHOWN: hidden ones are skipped.
-- So in "1 1 2 1", the third answer "2" picks "Decide what to do", the
-- second choice shown on the alert once "Open the sign-in log" is hidden.

-- Small named functions for `when` make the steps easier to read than the
-- same function written out each time. `state.flags.x` is nil (which counts
-- as false) until something sets it.
local function log_not_seen(state) return state.flags.views == nil end
local function log_seen(state) return state.flags.views ~= nil end
local function knows(state) return state.flags.impossible_travel == true end
local function does_not_know(state) return state.flags.impossible_travel ~= true end

return {
  id = "example-05-flags-and-when",
  languages = { "en", "ja" },   -- every text in English and Japanese (see 06)
  title = { en = "05 · In two places at once", ja = "05 · 同時に二つの場所に" },
  summary = {
    en = "A colleague's account signs in from Osaka, then from Amsterdam ten minutes later. Look, look again, decide.",
    ja = "同僚のアカウントが大阪から、その10分後にアムステルダムからサインインした。調べて、見直して、判断しよう。",
  },
  intro = {
    en = "You are on duty at the Example Ltd service desk. Mika Sato, from sales, is at her desk in the Osaka office today. "
      .. "(The company, the people and the addresses in this story are invented.)",
    ja = "あなたはExample株式会社のサービスデスクの当番。営業部の佐藤美香さんは、今日は大阪オフィスの自席にいる。"
      .. "（この話の会社、人物、アドレスはすべて架空のものだ。）",
  },
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    sources = {
      "https://attack.mitre.org/techniques/T1078/",
      "https://www.nisc.go.jp/",
    },
  },
  minutes = 3,
  modes = { "training" },
  start = "alert",

  steps = {
    -- The hub. The player may come back here, so its choices carry NO
    -- points (a second visit would score nothing anyway).
    alert = {
      kind = "choice",
      tags = { csf = "DE.CM", attack = "T1078" },
      text = { en = "Alert: \"mika.sato signed in from two countries within 10 minutes.\" What next?",
               ja = "アラート：「mika.sato が10分以内に2つの国からサインインしました」。次にどうする？" },
      choices = {
        {
          -- Shown only before the log has been opened (see `views` below).
          text = { en = "Open the sign-in log.", ja = "サインインのログを開く。" },
          next = "log",
          when = log_not_seen,
          feedback = { en = "Looking before acting is never wasted.", ja = "動く前に調べるのは、決して無駄ではない。" },
        },
        {
          -- Shown instead, once the log has been opened: the loop.
          text = { en = "Look at the sign-in log again.", ja = "サインインのログをもう一度見る。" },
          next = "log",
          when = log_seen,
          feedback = { en = "Take your time: a second look costs nothing.", ja = "焦らずに。見直しても失うものはない。" },
        },
        {
          -- No `when`: always shown, so the player can always leave the loop.
          text = { en = "Decide what to do.", ja = "対応を決める。" },
          next = "decide",
          feedback = { en = "Time to decide.", ja = "判断のときだ。" },
        },
      },
    },

    -- The log. `on_enter` runs on every arrival, before the step is shown:
    -- here it READS the flag `views` and stores it again, one higher.
    -- The counter is capped at 2 with math.min: a counter that grows for
    -- ever would give the explorer endless situations to try.
    -- Its choices SET the flag `impossible_travel`. Points count on the
    -- first answer only: a player who gets it wrong, comes back and gets it
    -- right earns no detect points, but the flag is set all the same.
    log = {
      kind = "choice",
      tags = { csf = "DE.AE", attack = "T1078" },
      on_enter = function(state)
        state.flags.views = math.min((state.flags.views or 0) + 1, 2)
      end,
      text = { en = "The sign-in log for mika.sato. What does it tell you?",
               ja = "mika.sato のサインインログだ。ここから何が分かる？" },
      -- A log is the same in every language, so `mono` may be one plain
      -- string (see 06).
      mono = "09:02  sign-in OK   mika.sato  Osaka, JP       Windows PC  password + MFA\n"
          .. "09:12  sign-in OK   mika.sato  Amsterdam, NL   unknown     password + MFA (approved on phone)\n"
          .. "09:13  inbox rule   mika.sato  \"forward all mail to m.sato.backup@freemail.example\"",
      choices = {
        {
          text = { en = "Someone else has her password: she cannot be in Osaka and Amsterdam ten minutes apart, and the new rule sends her mail out.",
                   ja = "誰かがパスワードを使っている。10分で大阪とアムステルダムを移動できるはずがなく、新しいルールでメールが外部に転送されている。" },
          next = "alert",
          detect = 2,
          set = { impossible_travel = true },   -- remembered for `decide`
          feedback = { en = "Right. An attacker's first move is often a forwarding rule, to keep reading her mail.",
                       ja = "正解。攻撃者はまず転送ルールを作り、メールを読み続けようとすることが多い。" },
        },
        {
          text = { en = "Nothing unusual: both sign-ins passed MFA, so both were Mika.",
                   ja = "特に異常なし。どちらも多要素認証を通っているので、両方とも佐藤さん本人だ。" },
          next = "alert",
          set = { impossible_travel = false },
          feedback = { en = "Look again: the second sign-in was approved on her phone. People tap \"Approve\" on prompts they did not start, just to stop them.",
                       ja = "もう一度見てみよう。2回目は電話で承認されている。人は、自分で始めていない承認要求でも、通知を止めたくて「承認」を押してしまう。" },
        },
      },
    },

    -- The decision. Reached once, so its points count. Which choices are
    -- shown depends on the flag set in `log`: exactly one of the first two
    -- is shown, and the third always is.
    decide = {
      kind = "choice",
      tags = { csf = "RS.MI", attack = "T1078" },
      text = { en = "What do you do?", ja = "どうする？" },
      choices = {
        {
          text = { en = "Lock the account, sign it out everywhere, delete the forwarding rule and call the security team.",
                   ja = "アカウントをロックし、すべてのセッションからサインアウトさせ、転送ルールを削除して、セキュリティ担当に連絡する。" },
          next = "contained",
          respond = 2,
          when = knows,
          feedback = { en = "Right: you shut the attacker out and stopped the mail leaking, because you knew what to look for.",
                       ja = "正解。何を見るべきか分かっていたから、攻撃者を締め出し、メールの流出も止められた。" },
        },
        {
          text = { en = "Lock the account just in case, and call the security team.",
                   ja = "念のためアカウントをロックし、セキュリティ担当に連絡する。" },
          next = "contained",
          respond = 1,
          when = does_not_know,
          feedback = { en = "A good move, but you cannot tell the team why. The log would have shown the forwarding rule.",
                       ja = "良い対応だが、理由を説明できない。ログを見ていれば転送ルールに気づけた。" },
        },
        {
          text = { en = "Close the alert: Mika travels a lot for work.",
                   ja = "佐藤さんは出張が多いので、アラートを閉じる。" },
          next = "breach",
          respond = -2,
          feedback = { en = "She was at her desk in Osaka. Never close an alert on a guess: ask the person, or look.",
                       ja = "佐藤さんは大阪の自席にいた。推測でアラートを閉じてはいけない。本人に聞くか、ログを見よう。" },
        },
      },
    },

    contained = {
      kind = "ending",
      outcome = "good",
      text = { en = "The attacker was shut out within the hour, and Mika set a new password and a new MFA method.",
               ja = "攻撃者は1時間以内に締め出され、佐藤さんはパスワードと多要素認証の方法を新しくした。" },
    },
    breach = {
      kind = "ending",
      outcome = "bad",
      text = { en = "For three weeks every e-mail to Mika was copied to the attacker, including a customer's contract.",
               ja = "3週間にわたり、佐藤さん宛てのメールはすべて攻撃者に転送された。顧客の契約書もその中にあった。" },
    },
  },

  debrief = {
    en = "\"Impossible travel\" alerts flag sign-ins from places no one could move between in the time. With a stolen "
      .. "password, attackers may flood the victim with MFA prompts until one is approved, then set up mail "
      .. "forwarding. Read the log, and never approve a sign-in you did not start.",
    ja = "「不可能な移動」のアラートは、その時間では移動できない場所からのサインインを知らせる。盗んだパスワードを持つ"
      .. "攻撃者は、承認されるまで多要素認証の通知を送り続け、その後メールの転送を設定することがある。ログを読み、"
      .. "自分で始めていないサインインは決して承認しないこと。",
  },
}
