-- nagoya-port-2023-quick.lua: a two-minute kiosk round on the Port of Nagoya
-- ransomware outage (4-6 July 2023). The full training version is
-- nagoya-port-2023.lua; this one is for visitors at a booth, so texts are short.
--
-- What it teaches: an outage may be an attack (hands off, call experts); a
-- ransom note is evidence (never open its link, never pay); scan backups
-- before restoring (Nagoya's backup held malware); check the restored data
-- against the real yard before reopening.
--
-- Facts come only from the public sources listed under incident.sources,
-- which the debrief cites by number. Press-only facts are attributed
-- (Asahi: about 100 printed pages; Yomiuri: the unpatched VPN).
-- Invented for play (illustrative): the player, the wording of the note and
-- its link, and the bad endings' outcomes.
--
-- Flags: rebooted (kept restarting servers), url_visited (opened the link),
-- backup_scanned (scanned the backup first). The good ending needs
-- backup_scanned and neither of the others.
--
-- Best path (100):  2 1+2+4 2 2 1
-- Worst path (0):   1 3+5 3

local function clean(state)
  local f = state.flags
  return f.backup_scanned == true and f.url_visited ~= true and f.rebooted ~= true
end
local function not_clean(state) return not clean(state) end

return {
  id = "nagoya-port-2023-quick",
  languages = { "en", "ja" },

  title = { en = "Nagoya Port 2023: ransom on the printer (quick)",
            ja = "名古屋港2023：プリンターから脅迫文（クイック版）" },
  summary = {
    en = "Two minutes in the seat of the team whose port was stopped by ransomware.",
    ja = "ランサムウェアで止まった港。その担当者の立場で2分間の判断を。",
  },
  intro = {
    en = "Nagoya, 4 July 2023, 06:30. You look after NUTS, the one computer system that runs all five container "
      .. "terminals of Japan's largest port. The phone rings. Based on a real attack; you are invented, and names, "
      .. "addresses, log lines and times in them are illustrative.",
    ja = "2023年7月4日午前6時30分、名古屋。あなたは日本最大の港の5つのコンテナターミナルすべてを動かすシステム「NUTS」の担当者だ。"
      .. "電話が鳴る。実際の攻撃がもとになっているが、あなたは架空の人物で、名前、アドレス、ログの行とその時刻は架空のものである。",
  },

  incident = {
    org = { en = "Nagoya Harbor Transportation Association (NUTS, Port of Nagoya)",
            ja = "名古屋港運協会（名古屋港統一ターミナルシステム NUTS）" },
    when = { en = "July 2023", ja = "2023年7月" },
    sources = {
      "https://internet.watch.impress.co.jp/docs/news/1515131.html",           -- 1 NHTA bulletins 5-6 Jul
      "https://internet.watch.impress.co.jp/docs/news/1521097.html",           -- 2 NHTA report of 26 Jul (timeline)
      "https://online.logi-biz.com/85486",                                     -- 3 NHTA report: device flaw, no contact
      "https://digital.asahi.com/articles/ASR7C5H87R7BOIPE003.html",           -- 4 Asahi: printer, ~100 sheets
      "https://jyro-security.com/sonota/11092/",                               -- 5 Nikkei xTECH copy: backup server, 15,000 boxes
      "https://www3.nhk.or.jp/news/html/20230706/k10014120421000.html",        -- 6 NHK: all terminals resume
      "https://www.yomiuri.co.jp/national/20230727-OYT1T50215/",               -- 7 Yomiuri: VPN, fix not applied
      "https://www.nisc.go.jp/council/cs/index.html#cs41",                     -- 8 NISC: ports added 8 Mar 2024
      "https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-075a",   -- 9 CISA: LockBit 3.0 ("LockBit Black")
    },
  },
  minutes = 2,
  modes = { "kiosk" },

  start = "gate",

  steps = {
    -- 1. DETECT. An outage may be an attack: hands off, call the experts.
    gate = {
      kind = "choice",
      tags = { csf = { "DE.AE", "RS.MA" } },
      text = {
        en = "06:30. Every terminal gate is dead and trucks are queuing. What do you do?",
        ja = "午前6時30分。全ターミナルのゲートが止まり、トレーラーが列を作っている。どうする？",
      },
      choices = {
        {
          text = { en = "Restart the servers again and again.", ja = "サーバーを何度も再起動する。" },
          next = "note", detect = -1,
          set = { rebooted = true },
          feedback = { en = "Each restart can wipe the attacker's traces.",
                       ja = "再起動のたびに、攻撃の痕跡が消えてしまうおそれがある。" },
        },
        {
          text = { en = "Call the vendors and treat it as a possible attack. Hands off.", ja = "ベンダーを呼び、攻撃の可能性として扱う。機器には触らない。" },
          next = "note", detect = 2, respond = 1,
          feedback = { en = "Right: calling it early and keeping hands off saves evidence and hours. The association called its vendors at about 07:15.",
                       ja = "正解。早めに攻撃を疑い、機器に触らなければ、証拠も時間も守れる。実際、協会は7時15分ごろベンダーに復旧を依頼した。" },
        },
        {
          text = { en = "Wait for the day shift at 09:00.", ja = "9時の日勤者を待つ。" },
          next = "note", respond = -1,
          feedback = { en = "Hours lost while the trucks wait.",
                       ja = "トレーラーを待たせたまま、何時間も失う。" },
        },
      },
    },

    -- 2. DETECT (spot). The ransom note: family name, theft claim, link.
    -- The wording is illustrative.
    note = {
      kind = "spot",
      tags = { csf = "DE.AE", attack = "T1486" },
      text = {
        en = "07:30. The system's printer spews pages in English. Mark the lines that matter.",
        ja = "午前7時30分。システムのプリンターが英文を吐き出し続ける。重要な行に印を付けよう。",
      },
      body = { en = "Wording illustrative; the real note was headed \"LockBit Black Ransomware\".",
               ja = "文面は架空のもの。実物の見出しは「LockBit Black Ransomware」だった。" },
      lines = {
        "~~~ LockBit Black Ransomware ~~~",
        ">>>> Your data are stolen and encrypted",
        ">>>> We only want money.",
        ">>>> Open in Tor Browser: http://lbk3qz7v4m2ne5x[...]d.onion",
        ">>>> You can decrypt one file for free.",
      },
      suspicious = { 1, 2, 4 },
      notes = {
        [1] = { en = "The name of the ransomware: LockBit 3.0.", ja = "ランサムウェアの名前。LockBit 3.0のことだ。" },
        [2] = { en = "They claim theft too: possible, not proven.", ja = "盗んだとも主張している。ありうるが未確認だ。" },
        [3] = { en = "Sales talk.", ja = "ただの決まり文句。" },
        [4] = { en = "A hidden .onion site (it opens only in Tor Browser) for talking to the criminals: evidence, never to open.", ja = "Tor Browserでしか開けない匿名の「.onion」サイトで、犯人との交渉窓口。証拠として控え、開いてはいけない。" },
        [5] = { en = "Bait.", ja = "エサにすぎない。" },
      },
      feedback = { en = "Asahi reported about 100 pages came out.",
                   ja = "朝日新聞によれば、約100枚が印刷された。" },
      next = "link",
    },

    -- 3. RESPOND. Keep the note, do not open the link, do not pay.
    link = {
      kind = "choice",
      tags = { csf = "RS.MA", attack = "T1657" },
      text = {
        en = "Your boss asks: what do we do with this note?",
        ja = "上司が聞く。「この脅迫文、どうする？」",
      },
      choices = {
        {
          text = { en = "Open the link to see what they want.", ja = "リンクを開いて要求を確かめる。" },
          next = "backup", respond = -2,
          set = { url_visited = true },
          feedback = { en = "That starts talks with criminals. The association never opened it.",
                       ja = "犯人との接触が始まってしまう。実際の協会は開かなかった。" },
        },
        {
          text = { en = "Keep it as evidence, leave the link alone, call the police.", ja = "証拠として保管し、リンクは開かず、警察に届ける。" },
          next = "backup", detect = 1, respond = 2,
          feedback = { en = "Right: the note is evidence for the police, and any contact helps the criminals. The association reported to the police at about 09:00.",
                       ja = "正解。脅迫文は警察にとっての証拠で、接触すれば犯人を利するだけだ。実際、協会は9時ごろ警察に届け出た。" },
        },
        {
          text = { en = "Pay fast, so the port reopens.", ja = "港を早く開けるため、すぐ払う。" },
          next = "paid", respond = -2,
          feedback = { en = "Paying funds crime and guarantees nothing.",
                       ja = "支払いは犯罪の資金になり、何の保証もない。" },
        },
      },
    },

    -- 4. DETECT + RESPOND. Scan the backup before restoring: Nagoya's held malware.
    backup = {
      kind = "choice",
      tags = { csf = { "RC.RP", "PR.DS" } },
      text = {
        en = "Next evening. The backup is ready and everyone wants the port open by morning.",
        ja = "翌日の夕方。バックアップの準備ができた。誰もが明朝の再開を望んでいる。",
      },
      choices = {
        {
          text = { en = "Restore it straight away.", ja = "すぐに戻す。" },
          next = "reopen", respond = -1,
          feedback = { en = "Nagoya's backup held malware. Restoring it unchecked brings the attack back.",
                       ja = "名古屋港のバックアップにはマルウェアが入っていた。確認せずに戻せば攻撃も戻る。" },
        },
        {
          text = { en = "Scan it for malware first.", ja = "まずマルウェアを検査する。" },
          next = "reopen", detect = 1, respond = 2,
          set = { backup_scanned = true },
          feedback = { en = "Right. In Nagoya, malware was found in the backup data at about 21:00 that night.",
                       ja = "正解。実際その夜21時ごろ、バックアップデータからマルウェアが見つかった。" },
        },
      },
    },

    -- 5. DETECT + RESPOND. Check the restored data against the real yard,
    -- reopen in stages. Routes to the ending by the earlier flags.
    reopen = {
      kind = "choice",
      tags = { csf = { "RC.RP", "RC.CO" } },
      text = {
        en = "07:30. The system is back, but its data is older than the yard.",
        ja = "午前7時30分。システムは戻ったが、データはヤードの現状より古い。",
      },
      choices = {
        {
          text = { en = "Check it against the yard, then reopen terminal by terminal.", ja = "ヤードと照合してから、ターミナルごとに再開する。" },
          next = "port_back", detect = 1, respond = 2,
          when = clean,
          feedback = { en = "Right: checking first keeps the wrong boxes from leaving. The real port reopened step by step, all by 18:15.",
                       ja = "正解。先に照合すれば、違うコンテナを出さずに済む。実際の港も順次再開し、18時15分に全ターミナルが再開した。" },
        },
        {
          text = { en = "Check it against the yard, then reopen terminal by terminal.", ja = "ヤードと照合してから、ターミナルごとに再開する。" },
          next = "slow_restart", detect = 1, respond = 2,
          when = not_clean,
          feedback = { en = "Right: checking first keeps the wrong boxes from leaving. The real port reopened step by step, all by 18:15.",
                       ja = "正解。先に照合すれば、違うコンテナを出さずに済む。実際の港も順次再開し、18時15分に全ターミナルが再開した。" },
        },
        {
          text = { en = "Open all gates now: the trucks are waiting.", ja = "トレーラーが待っている。今すぐ全ゲートを開ける。" },
          next = "wrong_boxes", detect = -1, respond = -1,
          feedback = { en = "With old data, the wrong boxes go out.",
                       ja = "古いデータのままでは、違うコンテナが出ていく。" },
        },
      },
    },

    port_back = {
      kind = "ending", outcome = "good",
      text = { en = "The port is back, cleanly, and the police have the evidence.",
               ja = "港は安全に再開し、警察は証拠を手にした。" },
    },
    slow_restart = {
      kind = "ending", outcome = "mixed",
      text = { en = "The port reopened, but an early slip cost time or evidence (illustrative).",
               ja = "港は再開したが、途中のつまずきで時間か証拠を失った（架空の展開）。" },
    },
    wrong_boxes = {
      kind = "ending", outcome = "mixed",
      text = { en = "The gates opened fast, and the wrong containers left the yard (illustrative).",
               ja = "ゲートは早く開いたが、違うコンテナがヤードから出ていった（架空の展開）。" },
    },
    paid = {
      kind = "ending", outcome = "bad",
      text = { en = "You paid. Nothing is guaranteed, and the criminals know you pay (illustrative).",
               ja = "身代金を払った。何の保証もなく、犯人は「払う相手だ」と知った（架空の展開）。" },
    },
  },

  debrief = {
    en = "On 4 July 2023 the system behind all five container terminals at Nagoya stopped at about 06:30. At about 07:30 its "
      .. "printer printed an English note headed \"LockBit Black Ransomware\" (an alias of LockBit 3.0); Asahi reported about "
      .. "100 sheets. The association called the police at about 09:00, never opened the link and never contacted the attackers. [2, 3, 4, 9]"
      .. "\n\n"
      .. "Malware was found in the backup data at about 21:00 on 5 July, delaying the restore. The system was back at 07:30 on "
      .. "6 July; after checking the data against the yard, all terminals were working by 18:15. About 15,000 containers were "
      .. "affected, the association's managing director said. [1, 2, 5, 6]"
      .. "\n\n"
      .. "The association named a flaw in a remote-connection device as the likely way in; Yomiuri reported it was a VPN whose "
      .. "June fix had not been applied. In March 2024 Japan added ports to its critical-infrastructure sectors. [3, 7, 8]",
    ja = "2023年7月4日午前6時30分ごろ、名古屋港の5つのコンテナターミナルすべてを支えるシステムが停止した。7時30分ごろ、"
      .. "そのプリンターから「LockBit Black Ransomware」（LockBit 3.0の別名）という見出しの英文の脅迫文が印刷された。朝日新聞は約100枚と報じた。"
      .. "協会は9時ごろ警察に届け出て、リンクを開かず、犯人にも一切接触しなかった。 [2, 3, 4, 9]"
      .. "\n\n"
      .. "7月5日21時ごろバックアップデータからマルウェアが見つかり、復旧が遅れた。システムは6日7時30分に復旧し、データをヤードと照合したうえで、"
      .. "18時15分にすべてのターミナルが再開した。協会の常務理事によれば、影響を受けたコンテナは約1万5,000本にのぼる。 [1, 2, 5, 6]"
      .. "\n\n"
      .. "協会はリモート接続機器の脆弱性が侵入経路とみられると公表した。読売新聞は、それが6月の修正を適用していないVPN装置だったと報じた。"
      .. "2024年3月、日本は港湾を重要インフラ分野に加えた。 [3, 7, 8]",
  },

  facts = {
    { text = { en = "The ransom note came out of the port system's own printer: about 100 pages, Asahi reported.",
               ja = "脅迫文は港のシステム自身のプリンターから出てきた。朝日新聞によれば約100枚。" }, source = 4 },
    { text = { en = "All five container terminals at Japan's largest port stopped for about two and a half days.",
               ja = "日本最大の港で、5つのコンテナターミナルすべてが約2日半止まった。" }, source = 6 },
    { text = { en = "The backups held malware too: cleaning them delayed the port's restart.",
               ja = "バックアップにもマルウェアが潜んでいた。その除去で港の再開が遅れた。" }, source = 5 },
    { text = { en = "The port never contacted the attackers; it restored from its own backups.",
               ja = "協会は犯人と一切接触せず、自らのバックアップから復旧した。" }, source = 3 },
    { text = { en = "After the attack, Japan added ports to its critical-infrastructure sectors (March 2024).",
               ja = "この攻撃を受け、日本は港湾を重要インフラ分野に加えた（2024年3月）。" }, source = 8 },
  },
}
