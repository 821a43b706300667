-- nisc-2023-quick.lua: the two-minute kiosk round of "The trusted box"
-- (the NISC e-mail system breach, Oct 2022 - Jun 2023). The full training
-- version is nisc-2023.lua.
--
-- What it teaches, for visitors: the box that filters your mail can itself
-- be the way in; patching is not the same as checking; when the mail is
-- compromised, talk by phone; tell the people affected and warn them about
-- fake mails that follow a leak.
--
-- Sources: `incident.sources` (NISC's press release of 4 Aug 2023 first).
-- Facts come only from the public sources listed under incident.sources.
-- NISC never named the device's maker or model, so the game only says
-- "your mail filter box" and "its maker"; the debrief says what the press
-- reported and that NISC has not named the product.
--
-- Invented (the intro and the debrief say so): the maker's notice as the
-- trigger, the log lines, addresses and times, the fake mail, and the
-- details of the endings.
--
-- Shape: 5 decision steps, 4 endings.
--   notice -> log -> stop -> tell -> fake_mail -> safe (good)
-- Best path:  2 2+3 1 1+2+3 1     (score 100)
-- Worst path: 1 0 2 4 2           (score 0)
-- Points: detect max 5, respond max 6.

-- The good ending needs the mail stopped and switched to phone (flag
-- `stopped`) and the people affected told (flag `told`).
local function handled_well(state)
  return state.flags.stopped == true and state.flags.told == true
end
local function not_handled_well(state) return not handled_well(state) end

local FAKE_TEXT = {
  en = "It's fake: NISC staff don't ask for personal data or send you to a website. Tell the contact to delete it.",
  ja = "偽物だ。NISCの職員が個人情報を尋ねたりサイトに誘導したりすることはない。削除するよう伝える。",
}
local FAKE_FEEDBACK = {
  en = "Right. After a leak, fake mails using real names and real threads can follow. NISC warned its contacts in just this way.",
  ja = "正解。漏えいの後には、本物の名前ややり取りを悪用した偽メールが届くおそれがある。NISCも関係者に同じ注意を呼びかけた。",
}

return {
  id = "nisc-2023-quick",
  languages = { "en", "ja" },

  title = { en = "The trusted box (2-minute round)", ja = "信頼されていた箱（2分版）" },
  summary = {
    en = "2023: the box that filters the mail of Japan's cyber-security centre is leaking it. Two minutes to spot it and stop it.",
    ja = "2023年、日本のサイバーセキュリティの司令塔で、メールを検査する箱からメールが漏れていた。2分で見抜いて止めよう。",
  },
  intro = {
    en = "June 2023, Tokyo. You run the e-mail at NISC, the Japanese government's cyber-security centre. Every mail passes through a filter box that screens out dangerous attachments.\n\n"
      .. "Based on a real case. Names, addresses, messages, log lines and times are illustrative.",
    ja = "2023年6月、東京。あなたは政府のサイバーセキュリティの司令塔、内閣サイバーセキュリティセンター（NISC）のメール担当だ。すべてのメールは、危険な添付ファイルをはじく検査用の箱を通る。\n\n"
      .. "実際の事案がもとになっている。名前・アドレス・メッセージ・ログ・時刻は説明用の架空のものだ。",
  },

  incident = {
    org = { en = "NISC (National center of Incident readiness and Strategy for Cybersecurity), Japan",
            ja = "内閣サイバーセキュリティセンター（NISC）" },
    when = { en = "Oct 2022 - Jun 2023", ja = "2022年10月〜2023年6月" },
    sources = {
      "https://www.nisc.go.jp/news/20230804.html",                                   -- 1 NISC release, 4 Aug 2023
      "https://news.mynavi.jp/techplus/article/20230808-2745103/",                   -- 2 Mynavi TECH+ (June dates)
      "https://news.yahoo.co.jp/articles/75f7f1e1a37bc9d73557c428cb0494f41ae53808",  -- 3 Kyodo (~5,000 people)
      "https://www.jma.go.jp/jma/press/2308/04a/press_security_20230804.html",      -- 4 JMA release
      "https://digital.asahi.com/articles/ASR8545P7R84ULZU009.html",                 -- 5 Asahi (device not named)
      "https://manas.news/world/kitajskih-hakerov-podozrevajut-vo-vzlome-pravitelstvennogo-centra-kiberbezopasnosti-japonii", -- 6 NHK report, translated copy
      "https://www.safetydetectives.com/news/japans-national-cybersecurity-agency-hacked/", -- 7 follow-up warning
    },
  },
  minutes = 2,
  modes = { "kiosk" },

  start = "notice",

  steps = {
    -- 1. A patch is not a check-up: look for an intruder anyway.
    notice = {
      kind = "choice",
      tags = { csf = { "ID.RA", "DE.AE" }, attack = "T1190" },
      text = {
        en = "The maker of your mail filter box warns: a flaw in it has been exploited for months. The fix is installed. What do you do?",
        ja = "メール検査用の箱のメーカーから警告。この箱の欠陥が何か月も悪用されていたという。修正はもう入っている。どうする？",
      },
      choices = {
        {
          text = { en = "We're patched. All good.", ja = "修正済みだから大丈夫。" },
          next = "log",
          detect = -1,
          feedback = {
            en = "A patch shuts the door, but not on someone already inside.",
            ja = "修正で扉は閉まるが、すでに中にいる者は追い出せない。",
          },
        },
        {
          text = { en = "Check the box for an intruder anyway.", ja = "それでも、侵入者がいないか箱を調べる。" },
          next = "log",
          detect = 2,
          feedback = {
            en = "Right: the maker even said compromised boxes must be replaced, patched or not.",
            ja = "正解。メーカーも、修正の有無にかかわらず侵害された箱は交換が必要だとしていた。",
          },
        },
        {
          text = { en = "Wait and see.", ja = "しばらく様子を見る。" },
          next = "log",
          feedback = {
            en = "Every day you wait, the intruder can keep copying mail.",
            ja = "待つ間にも、侵入者はメールを写し続けられる。",
          },
        },
      },
    },

    -- 2. Spot data leaving the box at night. Invented log.
    log = {
      kind = "spot",
      tags = { csf = "DE.CM", attack = "T1041" },
      text = {
        en = "13 June. What did the filter box connect to last night? Mark the lines that look wrong.",
        ja = "6月13日。検査用の箱は昨夜どこに接続した？　おかしな行に印を付けよう。",
      },
      lines = {
        "22:41  filterbox -> mail server (inside)  mail  1.2 MB",
        "03:10  filterbox -> 203.0.113.77 (hosting, abroad)  upload  41.7 MB",
        "03:40  filterbox -> 203.0.113.77 (hosting, abroad)  upload  38.9 MB",
        "08:15  filterbox -> ministry mail server  mail  0.4 MB",
        "09:02  admin PC (inside) -> filterbox  login  sato",
      },
      suspicious = { 2, 3 },
      notes = {
        [2] = {
          en = "At 3 a.m. a mail filter uploads 41.7 MB to a rented server abroad. It has no reason to.",
          ja = "午前3時、メール検査用の箱が海外のレンタルサーバーへ41.7MBを送信。そんなことをする理由はない。",
        },
        [3] = {
          en = "Again, to the same host: copies of mail leaving.",
          ja = "同じ相手へまた送信。メールの写しが持ち出されている。",
        },
        [5] = {
          en = "A colleague signing in from inside at 9 a.m.: normal.",
          ja = "朝9時に内部から同僚がログイン。ふだんどおりだ。",
        },
      },
      next = "stop",
    },

    -- 3. When the mail itself is being read: stop briefly, talk by phone.
    stop = {
      kind = "choice",
      tags = { csf = { "RS.MI", "RS.MA" }, attack = "T1114" },
      text = {
        en = "The box is leaking mail. What now?",
        ja = "箱からメールが漏れている。どうする？",
      },
      choices = {
        {
          text = { en = "Stop mail for two days, swap the box, and talk by phone meanwhile.",
                   ja = "メールを2日間止めて箱を交換し、その間の連絡は電話で。" },
          next = "tell",
          respond = 2,
          set = { stopped = true },
          feedback = {
            en = "Close to what NISC did on 14-15 June 2023. By phone, the intruder can't read your plans.",
            ja = "2023年6月14〜15日のNISCの対応に近い。電話なら、対応方針を侵入者に読まれない。",
          },
        },
        {
          text = { en = "Keep mail running and plan the fix by e-mail.",
                   ja = "メールは止めず、対策の相談もメールで。" },
          next = "tell",
          respond = -1,
          feedback = {
            en = "The intruder is reading that mail, your plans included.",
            ja = "侵入者はそのメールを読んでいる。あなたたちの対策の相談も含めて。",
          },
        },
        {
          text = { en = "It's a security box. Its traffic must be fine.",
                   ja = "セキュリティ用の箱だ。通信に問題はないはず。" },
          next = "unnoticed",
          detect = -1,
          feedback = {
            en = "The box meant to stop attacks was the way in, and few people watch it.",
            ja = "攻撃を防ぐための箱こそが入口だった。しかも、それを見張る人は少ない。",
          },
        },
      },
    },

    -- 4. Who must hear about a leak. Ticking the people affected sets `told`.
    tell = {
      kind = "multi",
      tags = { csf = { "RS.CO", "GV.OC" } },
      axis = "respond",
      text = {
        en = "Mail may have leaked for about eight months. Who do you tell? Tick all that apply.",
        ja = "約8か月分のメールが漏れたかもしれない。誰に知らせる？　当てはまるものをすべて選ぼう。",
      },
      options = {
        {
          text = { en = "Each person whose mail may have leaked", ja = "メールが漏れたかもしれない一人ひとり" },
          correct = true,
          set = { told = true },
          feedback = {
            en = "They are the ones fake mails will target. NISC notified them individually.",
            ja = "偽メールに狙われるのはこの人たちだ。NISCも個別に連絡した。",
          },
        },
        {
          text = { en = "The data-protection regulator", ja = "個人情報保護委員会" },
          correct = true,
          feedback = {
            en = "A leak of personal data is reported to the Personal Information Protection Commission. NISC did.",
            ja = "個人情報の漏えいは個人情報保護委員会に報告する。NISCも報告した。",
          },
        },
        {
          text = { en = "Other agencies using the same kind of box", ja = "同じ種類の箱を使う他の機関" },
          correct = true,
          feedback = {
            en = "They may be hit too: the Japan Meteorological Agency was.",
            ja = "他の機関も被害に遭っているかもしれない。実際、気象庁もそうだった。",
          },
        },
        {
          text = { en = "Social media, naming the country you suspect", ja = "SNSで、疑わしい国の名前を挙げて発信" },
          correct = false,
          feedback = {
            en = "Blame needs evidence. NISC never named an attacker.",
            ja = "名指しには証拠が要る。NISCは攻撃者を名指ししなかった。",
          },
        },
      },
      next = "fake_mail",
    },

    -- 5. Phishing follows a leak. The flags decide the ending.
    fake_mail = {
      kind = "choice",
      tags = { csf = { "RS.CO", "PR.AT" }, attack = "T1566" },
      text = {
        en = "A contact forwards you this mail. What do you tell them?",
        ja = "関係者から、次のメールが転送されてきた。どう答える？",
      },
      mono = [[
From:    NISC Security Desk <desk@nisc-support.example>
Subject: Urgent: confirm your details after our incident

Please re-enter your name, phone and password here:
https://nisc-support.example/verify]],
      choices = {
        { text = FAKE_TEXT, next = "safe", detect = 1, respond = 1, when = handled_well,
          feedback = FAKE_FEEDBACK },
        { text = FAKE_TEXT, next = "partly", detect = 1, respond = 1, when = not_handled_well,
          feedback = FAKE_FEEDBACK },
        {
          text = { en = "If the logo looks right, go ahead.", ja = "ロゴが本物っぽければ、入力していい。" },
          next = "phished",
          detect = -1,
          feedback = {
            en = "Logos are easy to copy. The sender's address is not NISC's, and no one should ever send you a password link.",
            ja = "ロゴは簡単にまねできる。送信元はNISCのアドレスではないし、パスワード入力を求めるリンクはそもそも怪しい。",
          },
        },
      },
    },

    safe = {
      kind = "ending",
      outcome = "good",
      text = {
        en = "Leak stopped, box replaced, people warned. The fake mails find few victims.",
        ja = "漏えいは止まり、箱は交換され、関係者には注意が届いた。偽メールにだまされる人はほとんどいない。",
      },
    },
    partly = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "You spotted the fake, but the intruder read your plans, or the people affected were never told. Some of them fall for it.",
        ja = "偽メールは見抜いた。だが対策の相談を侵入者に読まれたか、影響を受けた人に知らせていなかった。だまされる人も出てしまう。",
      },
    },
    phished = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "Your contact types in their password. The leak is now feeding a second attack.",
        ja = "関係者はパスワードを入力してしまった。漏えいが次の攻撃の材料になっている。",
      },
    },
    unnoticed = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "The box keeps copying mail for weeks more, and the list of people affected keeps growing.",
        ja = "箱はその後も何週間もメールを写し続け、影響を受ける人は増え続けた。",
      },
    },
  },

  debrief = {
    en = "From about early October 2022, an attacker exploited a flaw, unknown to its maker, in equipment of NISC's e-mail system. NISC found traces on 13 June 2023, stopped the system on 14-15 June, replaced the suspect device and restarted under closer watch. [1, 2]"
      .. "\n\n"
      .. "On 4 August 2023 NISC announced that some mail exchanged with it from early October 2022 to mid-June 2023 may have leaked, and warned about mail pretending to be NISC. Kyodo reported that about 5,000 people may be affected, most of them outside government. The same day, the Japan Meteorological Agency announced a similar leak from the same kind of device. [1, 3, 4]"
      .. "\n\n"
      .. "NISC has not named the device. NHK reported that NISC's mail system used a US company's product that was being exploited in a global campaign. Safety Detectives later reported that NISC had warned that its staff would not ask for personal data or ask people to visit a website. [5, 6, 7]"
      .. "\n\n"
      .. "Invented for this game: the maker's notice as your trigger, the log lines, addresses and times, the fake mail and the endings' details. [1]",
    ja = "2022年10月上旬ごろから、攻撃者はNISCのメールシステムの機器にある、メーカーも知らなかった脆弱性を悪用していた。NISCは2023年6月13日に痕跡を見つけ、6月14〜15日にシステムを止めて原因と疑われる機器を交換し、監視を強めて再開した。 [1, 2]"
      .. "\n\n"
      .. "2023年8月4日、NISCは2022年10月上旬から2023年6月中旬までにやり取りしたメールの一部が漏えいした可能性があると公表し、NISCを装ったメールへの注意を呼びかけた。共同通信によれば、影響を受けた可能性があるのは約5,000人で、大半は政府外の関係者。同じ日、気象庁も同種の機器からの同様の漏えいを公表した。 [1, 3, 4]"
      .. "\n\n"
      .. "NISCは機器名を明らかにしていない。NHKは、NISCのメールシステムが、世界的な攻撃で悪用されていた米国企業の製品を使っていたと報じた。その後、Safety Detectivesによれば、NISCは職員が個人情報を尋ねたりWebサイトへの訪問を求めたりすることはないと注意を呼びかけた。 [5, 6, 7]"
      .. "\n\n"
      .. "このゲームで創作した部分：きっかけとしたメーカーの警告、ログ・アドレス・時刻、偽メール、各エンディングの詳細。 [1]",
  },

  -- Cards for the kiosk's attract screen (the same facts as nisc-2023.lua).
  facts = {
    { text = { en = "NISC, the Japanese government's cyber-security centre, found traces of illicit communication in its own e-mail system on 13 June 2023.",
               ja = "政府のサイバーセキュリティの司令塔NISCは、2023年6月13日、自らのメールシステムで不正な通信の痕跡を見つけた。" },
      source = 1 },
    { text = { en = "Some mail exchanged with NISC from early October 2022 to mid-June 2023 may have leaked: a window of about eight months.",
               ja = "2022年10月上旬から2023年6月中旬までにNISCとやり取りしたメールの一部が、漏えいした可能性がある。約8か月間だ。" },
      source = 1 },
    { text = { en = "About 5,000 people may have been affected, most of them outside government, Kyodo reported.",
               ja = "共同通信によれば、影響を受けた可能性があるのは約5,000人で、その大半は政府外の関係者だった。" },
      source = 3 },
    { text = { en = "On the same day, 4 Aug 2023, the Japan Meteorological Agency announced a similar leak from the same kind of device.",
               ja = "同じ2023年8月4日、気象庁も同種の機器からの同様の漏えいを公表した。" },
      source = 4 },
  },
}
