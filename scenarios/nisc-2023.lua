-- nisc-2023.lua: "The trusted box" - the NISC e-mail system breach, Oct 2022 - Jun 2023.
--
-- What it teaches
--   A security appliance (here the gateway that screens all of NISC's mail)
--   is attack surface like any other computer. The player, one of NISC's
--   mail administrators in June 2023, learns to:
--     - treat a maker's "exploited in the wild" notice as a reason to look
--       for an intruder, not only to patch (detect);
--     - read the gateway's own traffic and spot data leaving it (detect);
--     - contain without tipping off an intruder who may read the mail:
--       stop briefly, talk out of band, replace the box, change its keys,
--       keep evidence, tell peers (respond);
--     - size the leak window, notify the regulator and the people affected,
--       warn them about fake mails, and not guess at attribution (respond);
--     - put security appliances under monitoring for the future (detect).
--
-- Sources: the numbered list in `incident.sources` (NISC's press release of
-- 4 Aug 2023 first). Facts come only from those sources, weighed by who
-- said them:
--   - NISC's own statements are stated as fact;
--   - press reports are attributed ("Kyodo reported ...");
--   - NISC never named the device's maker or model, so neither does the
--     game: it is "the mail gateway" and "its maker" throughout. The debrief
--     describes the worldwide campaign against such gateways from its
--     maker's and Mandiant's reports, without saying that NISC's device was
--     that product.
--
-- What is invented (the intro and the debrief say so): the gateway's name
-- (mailgw01), every address, log line, time of day and person, the maker's
-- notice as the trigger for the player's search (how NISC actually found
-- the traces is not public), the colleague's call, and the details of the
-- endings. The dates of the steps follow NISC's timeline.
--
-- Shape: 11 decision steps, 5 endings. A careful player sees 10 of them:
--   advisory -> traffic -> triage -> stop_mail -> replace -> root_cause
--   -> window -> disclose -> lessons -> announce -> contained (good)
-- A player who only patches at `advisory` gets a second chance at
-- `night_alert` (or loses it: `unnoticed`, bad). Flags set along the way
-- (out-of-band talk, evidence kept, keys changed, peers told, the right
-- leak window, no reused box or copied passwords) decide at `announce`
-- whether the story ends well (`contained`) or with loose ends.
-- Best path:  2 4+5+6 1+3+4+6 2 1+2+4+6 1 2 1>2>3>4>5 1+2+4+5 1
-- Worst path: 3 3 0 2+5 1 0 1 1 2>3>4>5>1 3+6 2 (see explore)
-- Points: detect max 16, respond max 14.

-- Helpers for `when` (below).
local function kept_evidence(state) return state.flags.evidence == true end
local function no_evidence(state) return state.flags.evidence ~= true end

-- Everything the good ending needs: coordination moved out of band, the
-- old box imaged, its keys changed, peers told, the right leak window, and
-- neither the old box nor its stored passwords carried over.
local function handled_well(state)
  local f = state.flags
  return f.out_of_band == true and f.evidence == true and f.rotated == true
    and f.peers == true and f.window_ok == true
    and f.reused ~= true and f.copied ~= true
end
local function not_handled_well(state) return not handled_well(state) end

-- Shared by the two versions of the best choice at `announce`.
local ANNOUNCE_TEXT = {
  en = "What may have leaked and when (early Oct 2022 to mid-Jun 2023), what you did, and a warning about mail pretending to be NISC.",
  ja = "漏えいのおそれがある範囲と期間（2022年10月上旬〜2023年6月中旬）、講じた対策、そしてNISCを装ったメールへの注意喚起。",
}
local ANNOUNCE_FEEDBACK = {
  en = "Right: facts, dates and a warning. Leaked addresses and messages are ideal material for convincing fake mails (phishing). NISC's release of 4 Aug did just this.",
  ja = "正解。事実と期間、そして注意喚起。漏れたアドレスや本文は、本物らしい偽メール（フィッシング）の格好の材料になる。8月4日のNISCの発表もこの形だった。",
}

return {
  id = "nisc-2023",
  languages = { "en", "ja" },

  title = { en = "The trusted box: NISC's mail breach (2023)",
            ja = "信頼されていた箱：NISCメール漏えい事案（2023年）" },
  summary = {
    en = "June 2023: the gateway that screens NISC's mail has been talking to strangers at night. Find out what it did, contain it, and tell the right people.",
    ja = "2023年6月、NISCのメールを検査するゲートウェイが夜中に見知らぬ相手と通信していた。何が起きたかを見極め、封じ込め、伝えるべき相手に伝えよう。",
  },
  intro = {
    en = "June 2023, Tokyo. You are one of the mail administrators at NISC, the National center of Incident readiness and Strategy for Cybersecurity in Japan's Cabinet Secretariat: the body that coordinates the government's cyber security. "
      .. "All mail NISC exchanges over the internet passes a security gateway, an appliance that screens it for dangerous attachments.\n\n"
      .. "The dates follow NISC's own account. Names, addresses, messages, log lines and times in this scenario are illustrative, and how NISC really found the first traces has not been made public.",
    ja = "2023年6月、東京。あなたは内閣官房の内閣サイバーセキュリティセンター（NISC）でメールシステムを管理する担当者の一人だ。NISCは政府全体のサイバーセキュリティを取りまとめる組織である。"
      .. "NISCがインターネット経由でやり取りするメールは、すべてセキュリティゲートウェイ（危険な添付ファイルなどを検査する専用機器）を通る。\n\n"
      .. "日付はNISCの公表内容に沿っている。ただし、登場する名前・アドレス・メッセージ・ログ・時刻は説明用の架空のものであり、NISCが実際にどのように最初の痕跡を見つけたかは公表されていない。",
  },

  incident = {
    org = { en = "NISC (National center of Incident readiness and Strategy for Cybersecurity), Cabinet Secretariat, Japan",
            ja = "内閣官房 内閣サイバーセキュリティセンター（NISC）" },
    when = { en = "Oct 2022 - Jun 2023 (announced 4 Aug 2023)",
             ja = "2022年10月〜2023年6月（2023年8月4日公表）" },
    sources = {
      "https://www.nisc.go.jp/news/20230804.html",                                   -- 1 NISC release, 4 Aug 2023
      "https://news.mynavi.jp/techplus/article/20230808-2745103/",                   -- 2 Mynavi TECH+ (13, 14-15, 21 Jun)
      "https://japannews.yomiuri.co.jp/society/general-news/20230805-127763/",       -- 3 Yomiuri (Japan News)
      "https://news.yahoo.co.jp/articles/75f7f1e1a37bc9d73557c428cb0494f41ae53808",  -- 4 Kyodo (~5,000 people)
      "https://digital.asahi.com/articles/ASR8545P7R84ULZU009.html",                 -- 5 Asahi (device not named)
      "https://manas.news/world/kitajskih-hakerov-podozrevajut-vo-vzlome-pravitelstvennogo-centra-kiberbezopasnosti-japonii", -- 6 NHK report, translated copy
      "https://www.barracuda.com/company/legal/esg-vulnerability",                   -- 7 maker's advisory
      "https://grahamcluley.com/barracuda-immediately-rip-out-and-replace-our-security-hardware/", -- 8 "replace" notice
      "https://www.informationweek.com/cyber-resilience/barracuda-zero-day-vulnerability-mandiant-points-to-chinese-threat-actors", -- 9 Mandiant summary
      "https://www.bankinfosecurity.asia/fbi-urges-immediate-removal-hacked-barracuda-esg-devices-a-22918", -- 10 FBI FLASH
      "https://www.jma.go.jp/jma/press/2308/04a/press_security_20230804.html",      -- 11 JMA release
      "https://www.security-next.com/148473/2",                                      -- 12 Security NEXT on JMA
      "https://www.safetydetectives.com/news/japans-national-cybersecurity-agency-hacked/", -- 13 follow-up warning
      "https://www.cpomagazine.com/cyber-security/security-breach-at-japans-cyber-security-agency-may-have-been-the-work-of-chinese-hackers/", -- 14 FT summary
      "https://therecord.media/japan-cybersecurity-agency-breached-report",          -- 15 The Record
      "https://www.watch.impress.co.jp/docs/news/2027663.html",                      -- 16 NISC becomes NCO
    },
  },
  minutes = 9,
  modes = { "training" },

  start = "advisory",

  steps = {
    -- 1. A patch is not a clean bill of health. The maker's notice should
    --    start a search for an intruder back to the start of the attack
    --    window. (The notice is invented; its wording follows what the
    --    press and the maker said about the global campaign.)
    advisory = {
      kind = "choice",
      tags = { csf = { "ID.RA", "DE.AE" }, attack = "T1190" },
      text = {
        en = "Wed 7 Jun 2023. This notice from the maker of your mail gateway is waiting in the team's queue. What do you do?",
        ja = "2023年6月7日（水）。メールゲートウェイのメーカーから届いた次の通知が、チームの対応待ちキューに入っている。どうする？",
      },
      mono = [[
From:    Security Advisories <advisories@gateway-maker.example>
Date:    Tue, 6 Jun 2023 22:14 +0900
Subject: [ACTION REQUIRED] Mail gateway vulnerability - update

A flaw in this model has been exploited since October 2022.
The fix was applied to all units automatically in May.
Affected units must be REPLACED, regardless of patch level.
Change all credentials stored on or used by the unit.]],
      choices = {
        {
          text = { en = "Check that the fix is installed and close the ticket.",
                   ja = "修正が適用済みであることを確認し、チケットを閉じる。" },
          next = "night_alert",
          detect = -1,
          feedback = {
            en = "The fix closes the hole but does not remove a backdoor (hidden remote access) planted before it. The maker says replace, not patch, for a reason.",
            ja = "修正は穴をふさぐが、それ以前に仕込まれたバックドア（隠された遠隔操作の入口）は消えない。メーカーが「修正」ではなく「交換」と言うのには理由がある。",
          },
        },
        {
          text = { en = "Treat the gateway as possibly compromised: search its traffic back to October 2022 for signs of an intruder.",
                   ja = "ゲートウェイは侵害されている前提で扱い、2022年10月までさかのぼって通信に侵入の兆候がないか調べる。" },
          next = "traffic",
          detect = 2,
          set = { hunted = true },
          feedback = {
            en = "Right. A patch stops new break-ins; only a search shows whether someone is already inside. A notice like this should start a compromise check back to the start of the attack window.",
            ja = "正解。修正は新たな侵入を防ぐだけで、すでに誰かが入り込んでいるかは調べなければ分からない。この種の通知を受けたら、攻撃が始まった時期までさかのぼって侵害の有無を確認する。",
          },
        },
        {
          text = { en = "Turn off attachment screening until things are clearer.",
                   ja = "状況がはっきりするまで、添付ファイルの検査を止める。" },
          next = "night_alert",
          respond = -1,
          feedback = {
            en = "That lets dangerous attachments straight through to staff, and does nothing about an intruder who may already be on the box.",
            ja = "危険な添付ファイルが職員に素通しになるうえ、すでに機器に入り込んでいるかもしれない攻撃者には何の効果もない。",
          },
        },
        {
          text = { en = "Wait for an official government-wide warning before acting.",
                   ja = "政府全体への正式な注意喚起が出るまで待つ。" },
          next = "night_alert",
          feedback = {
            en = "NISC is the body that issues such warnings. The maker has told you directly; waiting only gives an intruder more days.",
            ja = "その注意喚起を出すのはNISC自身だ。メーカーから直接知らされている以上、待てば攻撃者に時間を与えるだけ。",
          },
        },
      },
    },

    -- 2. (Only after a weak answer at `advisory`.) A second chance: an
    --    alert about the gateway's own traffic. Trusting the appliance
    --    because it is a security device ends the game badly.
    night_alert = {
      kind = "choice",
      tags = { csf = { "DE.CM", "DE.AE" }, attack = "T1041" },
      text = {
        en = "Tue 13 Jun 2023, 09:30. A colleague who reviews the firewall reports phones you: your mail gateway has been sending data to an unknown hosting company at night. What now?",
        ja = "2023年6月13日（火）9時30分。ファイアウォールのレポートを確認している同僚から電話。メールゲートウェイが夜間、見知らぬホスティング事業者へデータを送っているという。どうする？",
      },
      choices = {
        {
          text = { en = "Pull last night's firewall log for the gateway and look closely.",
                   ja = "ゲートウェイの昨夜のファイアウォールログを取り出し、詳しく見る。" },
          next = "traffic",
          detect = 1,
          feedback = {
            en = "Good: look before you act. A mail filter has little reason to open its own connections to unknown hosts at night.",
            ja = "よい判断。動く前にまず確認。メールを検査する機器が、夜中に自分から見知らぬ相手へ接続する理由はほとんどない。",
          },
        },
        {
          text = { en = "It is our security gateway, so its traffic can be trusted. Close the call.",
                   ja = "セキュリティ機器の通信なのだから問題ない。話を終える。" },
          next = "unnoticed",
          detect = -1,
          feedback = {
            en = "A security appliance is a computer at the internet edge like any other, and attackers know that few people watch it.",
            ja = "セキュリティ機器も、インターネットの境界に置かれた一台のコンピューターにすぎない。監視の目が届きにくいことを攻撃者はよく知っている。",
          },
        },
        {
          text = { en = "Block all of the gateway's outbound traffic at once, mail included.",
                   ja = "メールも含め、ゲートウェイの外向き通信をただちにすべて遮断する。" },
          next = "traffic",
          respond = -1,
          feedback = {
            en = "Mail stops for everyone, the intruder learns you noticed, and you still do not know what happened. The story goes on as if mail was restored and you read the log.",
            ja = "全員のメールが止まるうえ、こちらが気づいたことを攻撃者に悟られ、しかも何が起きたのかは分からないまま。ここからは、メールを戻してログを読んだものとして話を進める。",
          },
        },
      },
    },

    -- 3. Reading the appliance's own traffic: what a mail filter normally
    --    talks to, and what data leaving it at night looks like.
    --    Invented log; documentation addresses (RFC 5737).
    traffic = {
      kind = "spot",
      tags = { csf = "DE.CM", attack = "T1041" },
      text = {
        en = "Tue 13 Jun 2023. In the firewall records for the mail gateway (mailgw01), with its admin log-ins, last night stands out. Mark the lines that should not be there.",
        ja = "2023年6月13日（火）。メールゲートウェイ（mailgw01）のファイアウォール記録と管理ログインの記録のうち、昨夜の分が目を引く。あってはならない行に印を付けよう。",
      },
      lines = {
        "06-12 22:41:07  mailgw01 -> 10.20.1.25:25 (mailbox server)  SMTP  out 1.2 MB",
        "06-12 23:05:12  mailgw01 -> 10.20.1.53:53 (internal DNS)  DNS  out 0.1 KB",
        "06-13 02:00:03  mailgw01 -> update.gateway-maker.example:443  HTTPS  out 12 KB",
        "06-13 03:10:44  mailgw01 -> 203.0.113.77:443 (hosting, abroad)  TLS  out 41.7 MB",
        "06-13 03:11:02  mailgw01 -> 198.51.100.14:8443 (no name)  TCP  out 3.1 MB",
        "06-13 03:40:19  mailgw01 -> 203.0.113.77:443 (hosting, abroad)  TLS  out 38.9 MB",
        "06-13 08:15:30  mailgw01 -> mx.ministry.example:25  SMTP  out 0.4 MB",
        "06-13 09:02:11  10.20.5.31 (admin PC) -> mailgw01:443 login ok  HTTPS  user sato",
      },
      suspicious = { 4, 5, 6 },
      notes = {
        [3] = {
          en = "A nightly check with the maker's update service: normal for an appliance, and how the May fix arrived.",
          ja = "メーカーの更新サービスへの定期確認。機器としては正常な動きで、5月の修正もこの経路で届いた。",
        },
        [4] = {
          en = "At 03:10 the gateway itself uploads 41.7 MB to a hosting company abroad. A mail filter delivers mail; it has no reason to send bulk data to a rented server.",
          ja = "午前3時10分、ゲートウェイ自身が海外のホスティング事業者へ41.7MBを送信。メールを配送する機器が、レンタルサーバーに大量のデータを送る理由はない。",
        },
        [5] = {
          en = "A minute later, an address with no name, on a port a mail filter does not normally use (8443): the kind of second channel a backdoor (hidden remote access) uses to reach the attacker's control server.",
          ja = "1分後、ホスト名のないアドレスへ、メール検査機器がふだん使わないポート（8443）で接続。バックドア（隠された遠隔操作の入口）が攻撃者の指令サーバーと通信する、別経路の通信によくある形だ。",
        },
        [6] = {
          en = "Half an hour later, the same host gets another 38.9 MB. A repeated night-time upload looks like copies of mail leaving.",
          ja = "30分後、同じ相手へさらに38.9MB。夜間に繰り返される送信は、メールの写しが持ち出されている姿に見える。",
        },
        [7] = {
          en = "Delivering mail to a ministry's mail server is exactly the gateway's job.",
          ja = "省庁のメールサーバーへのメール配送は、ゲートウェイ本来の仕事だ。",
        },
        [8] = {
          en = "An administrator signing in from an internal admin PC at the start of the working day: worth knowing who, but not the signal here.",
          ja = "始業時刻に、内部の管理用PCから管理者がログイン。誰かは確認しておきたいが、ここでの異常の本体ではない。",
        },
      },
      next = "triage",
      feedback = {
        en = "A mail filter talks to mail servers, DNS and its maker's update service. Large uploads to unknown hosts in the small hours look like data leaving.",
        ja = "メールを検査する機器の通信相手は、メールサーバー、DNS、メーカーの更新サービスくらいのもの。深夜に見知らぬ相手へ大量送信していれば、データの持ち出しを疑う。",
      },
    },

    -- 4. Confirm before you contain: indicators, the box's own files, how
    --    far the logs reach, and whether the box stores mail. No tip-offs.
    triage = {
      kind = "multi",
      tags = { csf = { "DE.AE", "RS.AN" }, attack = "T1114" },
      axis = "detect",
      text = {
        en = "Before deciding how to contain this, what do you check? Tick everything that helps.",
        ja = "封じ込めの方法を決める前に、何を確認する？　役に立つものをすべて選ぼう。",
      },
      options = {
        {
          text = { en = "Compare the addresses with the indicators the maker published (known attacker addresses and file names).",
                   ja = "通信先を、メーカーが公表した侵害の痕跡情報（攻撃者のアドレスやファイル名の一覧）と照合する。" },
          correct = true,
          feedback = {
            en = "A match turns a suspicion into a confirmed incident, and tells you which attack you are facing.",
            ja = "一致すれば疑いが確定したインシデントに変わり、どの攻撃を相手にしているのかも分かる。",
          },
        },
        {
          text = { en = "Reboot the gateway to see whether the traffic stops.",
                   ja = "ゲートウェイを再起動して、通信が止まるか様子を見る。" },
          correct = false,
          feedback = {
            en = "A reboot can wipe traces held in memory and warns the intruder, and a backdoor usually survives it.",
            ja = "再起動するとメモリ上の痕跡が消え、攻撃者にも気づかれる。しかもバックドアはたいてい再起動後も残る。",
          },
        },
        {
          text = { en = "Look on the gateway for files and running programs that the maker's software does not include.",
                   ja = "ゲートウェイ上に、メーカーのソフトウェアには含まれないファイルや実行中のプログラムがないか調べる。" },
          correct = true,
          feedback = {
            en = "Intruders who take over an appliance leave their own tools on it; finding them confirms the compromise.",
            ja = "機器を乗っ取った攻撃者は、自分の道具をそこに置いていく。見つかれば侵害は確定だ。",
          },
        },
        {
          text = { en = "Find out how far back the gateway's and the firewall's logs go.",
                   ja = "ゲートウェイとファイアウォールのログが、どこまでさかのぼれるかを確認する。" },
          correct = true,
          feedback = {
            en = "That tells you whether you can see back to October 2022, or will need other evidence to size the leak.",
            ja = "2022年10月まで見通せるのか、漏えいの範囲を見積もるのに別の証拠が要るのかが分かる。",
          },
        },
        {
          text = { en = "E-mail all staff to ask whether anyone has noticed anything odd.",
                   ja = "全職員にメールを送り、何かおかしな点に気づいていないか尋ねる。" },
          correct = false,
          feedback = {
            en = "The intruder may be reading mail on that very gateway. Do not discuss the incident by e-mail.",
            ja = "攻撃者はまさにそのゲートウェイでメールを読んでいるかもしれない。インシデントの話をメールでしてはいけない。",
          },
        },
        {
          text = { en = "Check whether the gateway keeps copies of mail (quarantine, archive) that an intruder could read.",
                   ja = "ゲートウェイがメールの写し（隔離領域やアーカイブ）を保存していて、攻撃者が読める状態でないか確認する。" },
          correct = true,
          feedback = {
            en = "Stored mail widens what may have leaked. Security NEXT reported that the Japan Meteorological Agency's leak window began months before its device was compromised for this reason.",
            ja = "保存されたメールがあれば漏えいの範囲は広がる。Security NEXTによれば、気象庁の漏えい期間が機器の侵害より数か月前から始まっているのはこのためだ。",
          },
        },
      },
      next = "stop_mail",
      feedback = {
        en = "The gateway's traffic matches the maker's indicators. This is an incident.",
        ja = "ゲートウェイの通信はメーカーの痕跡情報と一致した。インシデントとして扱う。",
      },
    },

    -- 5. Containment when the channel itself is compromised: a short,
    --    targeted stop, with coordination moved out of band.
    stop_mail = {
      kind = "choice",
      tags = { csf = { "RS.MI", "RS.MA" }, attack = "T1114" },
      text = {
        en = "Evening, 13 Jun. NISC uses this mail to coordinate with ministries and agencies every day. What do you propose to your manager?",
        ja = "6月13日夜。NISCは日々、このメールで省庁や関係機関と連携している。上司に何を提案する？",
      },
      choices = {
        {
          text = { en = "Keep mail running and investigate quietly, discussing the case by e-mail.",
                   ja = "メールは止めず、水面下で調査を続ける。相談はメールで行う。" },
          next = "replace",
          respond = -1,
          feedback = {
            en = "The intruder may copy every mail in the meantime, including your own discussion of the incident.",
            ja = "その間も攻撃者はメールを写し取れる。あなたたちのインシデント対応のやり取りも含めて。",
          },
        },
        {
          text = { en = "Stop the mail system briefly, coordinate by phone and a separate system, swap the device, then restart under closer watch.",
                   ja = "メールシステムを短期間止め、連絡は電話と別系統のシステムで行い、機器を入れ替え、監視を強めて再開する。" },
          next = "replace",
          respond = 2,
          set = { out_of_band = true },
          feedback = {
            en = "Right, and close to what NISC did: a stop on 14-15 June. Talking out of band (outside the compromised channel) keeps the intruder from reading your plans.",
            ja = "正解。NISCの実際の対応（6月14〜15日の停止）にも近い。侵害された経路の外（アウトオブバンド）で連絡すれば、対応方針を攻撃者に読まれずに済む。",
          },
        },
        {
          text = { en = "Shut down every NISC system for a week, to be safe.",
                   ja = "念のため、NISCの全システムを1週間止める。" },
          next = "replace",
          feedback = {
            en = "The problem is in the mail system. A week's blackout of the national coordination centre does more harm than a targeted stop.",
            ja = "問題はメールシステムにある。国の調整役が1週間まるごと止まれば、的を絞った停止よりも被害が大きい。",
          },
        },
        {
          text = { en = "Block the addresses from the log and keep the gateway in service.",
                   ja = "ログにあったアドレスを遮断し、ゲートウェイはそのまま使い続ける。" },
          next = "replace",
          feedback = {
            en = "A backdoor can use new addresses tomorrow, and it stays on the box. Blocking buys a little time, not safety.",
            ja = "バックドアは明日には別のアドレスを使えるし、機器に残ったままだ。遮断で稼げるのは少しの時間で、安全ではない。",
          },
        },
      },
    },

    -- 6. Replacing, not cleaning: keep evidence, change every credential
    --    the box touched, watch the new one, and warn others who run the
    --    same kind of box. Each right option sets a flag for the ending.
    replace = {
      kind = "multi",
      tags = { csf = { "RS.MI", "PR.PS", "PR.AA", "RS.CO" } },
      axis = "respond",
      text = {
        en = "Wed 14 Jun. A new gateway unit is ready. What do you do as part of the swap? Tick everything that applies.",
        ja = "6月14日（水）。新しいゲートウェイ機器の準備ができた。入れ替えにあたって何をする？　当てはまるものをすべて選ぼう。",
      },
      options = {
        {
          text = { en = "Image the old unit's disk (make an exact copy) and keep it, with its logs, as evidence.",
                   ja = "旧機器のディスクイメージ（ディスクの完全な複製）を取得し、ログとともに証拠として保全する。" },
          correct = true,
          set = { evidence = true },
          feedback = {
            en = "The image lets experts show later how the intruder got in and what could be reached.",
            ja = "イメージがあれば、どこから侵入され何に手が届いたのかを、後で専門家が示せる。",
          },
        },
        {
          text = { en = "Change every password and key the old unit held or used (its admin accounts, and those it used to look up users or pass on mail).",
                   ja = "旧機器が保持・使用していたパスワードと鍵（管理者アカウントや、利用者の照会・メール中継に使っていたアカウント）をすべて変更する。" },
          correct = true,
          set = { rotated = true },
          feedback = {
            en = "Anything stored on the box must be treated as stolen; the maker's notice said the same.",
            ja = "機器に保存されていたものは盗まれた前提で扱う。メーカーの通知も同じことを求めていた。",
          },
        },
        {
          text = { en = "Factory-reset the old unit, reinstall its software and keep it as a spare.",
                   ja = "旧機器を初期化してソフトウェアを入れ直し、予備機として残す。" },
          correct = false,
          set = { reused = true },
          feedback = {
            en = "The maker said replace, not reset: a backdoor can hide where a reset or a patch does not reach. A box once owned by an intruder is not a spare.",
            ja = "メーカーの指示は初期化ではなく交換。バックドアは、初期化や修正の届かない場所に潜むことがある。一度乗っ取られた箱を予備機にしてはいけない。",
          },
        },
        {
          text = { en = "Send the maker's indicators and your findings to other agencies that run the same kind of gateway.",
                   ja = "同じ種類のゲートウェイを使う他の機関に、メーカーの痕跡情報と自分たちの調査結果を共有する。" },
          correct = true,
          set = { peers = true },
          feedback = {
            en = "Others may be compromised too. Security NEXT reported that the Japan Meteorological Agency's information reached NISC through its ministry in just this way.",
            ja = "他の機関も侵害されているかもしれない。Security NEXTによれば、気象庁の情報もこうして所管の国土交通省経由でNISCに届いていた。",
          },
        },
        {
          text = { en = "Copy the old unit's full configuration, stored passwords included, onto the new one.",
                   ja = "保存されたパスワードも含め、旧機器の設定をまるごと新しい機器に移す。" },
          correct = false,
          set = { copied = true },
          feedback = {
            en = "That carries the stolen passwords, and anything the intruder changed, onto the clean box. Rebuild the settings and review them.",
            ja = "盗まれたパスワードや、攻撃者が書き換えた設定まで新しい機器に持ち込むことになる。設定は作り直し、中身を確認しよう。",
          },
        },
        {
          text = { en = "Watch the new unit's outbound traffic closely after the restart.",
                   ja = "再開後は、新しい機器の外向き通信を重点的に監視する。" },
          correct = true,
          feedback = {
            en = "If anything is still wrong, you see it early. NISC says it strengthened monitoring before restarting.",
            ja = "何かがまだおかしければ、早く気づける。NISCも監視を強化したうえで再開したとしている。",
          },
        },
      },
      next = "root_cause",
      feedback = {
        en = "15 Jun: mail flows again through the new unit.",
        ja = "6月15日、新しい機器でメールの送受信が再開した。",
      },
    },

    -- 7. Root cause needs evidence. What the player kept at `replace`
    --    decides which choice they see here (flag `evidence`).
    root_cause = {
      kind = "choice",
      tags = { csf = { "RS.AN", "GV.SC" }, attack = "T1190" },
      text = {
        en = "Wed 21 Jun. The maintenance contractor is working out exactly how the intruder got in. What do you give them?",
        ja = "6月21日（水）。保守を担う委託先が、攻撃者がどうやって侵入したのかを突き止めようとしている。何を渡す？",
      },
      choices = {
        {
          text = { en = "The saved disk image and logs of the old unit, plus the maker's indicators.",
                   ja = "保全した旧機器のディスクイメージとログ、それにメーカーの痕跡情報。" },
          next = "window",
          detect = 2,
          when = kept_evidence,
          feedback = {
            en = "With the box's own files, the traffic can be tied to the device's flaw. NISC's contractor found such evidence on 21 June.",
            ja = "機器そのもののファイルがあれば、通信と機器の脆弱性を結び付けられる。実際にNISCの委託先は6月21日、その証拠を見つけた。",
          },
        },
        {
          text = { en = "The firewall logs and the maker's indicators: the old unit was not imaged.",
                   ja = "ファイアウォールのログとメーカーの痕跡情報。旧機器のイメージは取っていない。" },
          next = "window",
          detect = 1,
          when = no_evidence,
          feedback = {
            en = "It can be done, but without the box's own files the proof is weaker and the leak window harder to pin down.",
            ja = "調べることはできるが、機器そのもののファイルがなければ証拠は弱く、漏えい期間の特定も難しくなる。",
          },
        },
        {
          text = { en = "Nothing: the box is replaced, so the case is closed and no one needs to be told.",
                   ja = "何も渡さない。機器は交換したので一件落着、誰にも知らせる必要はない。" },
          next = "silent",
          detect = -1,
          feedback = {
            en = "Replacing the box ends the intrusion, not your duties: the people whose mail may have leaked need to know, and so does the regulator.",
            ja = "機器の交換で侵入は止まるが、責任は終わらない。メールが漏れたかもしれない人にも、監督機関にも知らせる必要がある。",
          },
        },
      },
    },

    -- 8. The leak window runs from the first exploitation to containment,
    --    and mail stored on the device can widen it.
    window = {
      kind = "choice",
      tags = { csf = { "RS.AN", "PR.DS" } },
      text = {
        en = "Whose mail may have leaked? Before anyone is told, you must decide which mail counts.",
        ja = "誰のメールが漏れたおそれがあるのか。知らせる前に、どの範囲のメールを対象とするか決めなければならない。",
      },
      choices = {
        {
          text = { en = "Mail from 13 June only, the day the traces were found.",
                   ja = "痕跡が見つかった6月13日のメールだけ。" },
          next = "disclose",
          respond = -1,
          feedback = {
            en = "The intruder did not arrive on the day you noticed. Months of mail would be missed.",
            ja = "攻撃者は気づいた日にやって来たわけではない。何か月分ものメールが抜け落ちる。",
          },
        },
        {
          text = { en = "All mail from the first sign of exploitation (early Oct 2022) to the swap, plus any older mail stored on the box.",
                   ja = "悪用の最初の兆候（2022年10月上旬）から機器の入れ替えまでのメールすべてと、機器に保存されていたそれ以前のメール。" },
          next = "disclose",
          detect = 1, respond = 1,
          set = { window_ok = true },
          feedback = {
            en = "Right. NISC's window ran from early October 2022 to mid-June 2023. Mail stored on a device can widen it: Security NEXT reported this at the Japan Meteorological Agency.",
            ja = "正解。NISCの対象期間は2022年10月上旬から2023年6月中旬まで。機器に保存されたメールがあれば範囲は広がる。Security NEXTによれば、気象庁がその例だ。",
          },
        },
        {
          text = { en = "Every e-mail NISC has ever sent or received.",
                   ja = "NISCがこれまでに送受信したすべてのメール。" },
          next = "disclose",
          feedback = {
            en = "It looks safe, but it would alarm people with no reason and bury the warnings that matter.",
            ja = "安全策に見えるが、関係のない人まで不安にさせ、本当に必要な注意喚起が埋もれてしまう。",
          },
        },
        {
          text = { en = "No one: we cannot know exactly what was taken.",
                   ja = "誰にも知らせない。何が盗まれたか正確には分からないのだから。" },
          next = "silent",
          respond = -1,
          feedback = {
            en = "Uncertainty is a reason to warn people about a possible leak, not to keep quiet.",
            ja = "分からないからこそ「漏えいのおそれ」として知らせるべきで、黙っている理由にはならない。",
          },
        },
      },
    },

    -- 9. Disclosure in order: a first report to the regulator, scope, then
    --    the people affected and the full report, then the public, then keep
    --    warning. (NISC announced on 4 Aug after notifying the people
    --    concerned and the regulator; when it first reported is not public.)
    disclose = {
      kind = "order",
      tags = { csf = { "RS.CO", "GV.OC" } },
      axis = "respond",
      text = {
        en = "Late June. Put what comes next in order, first step first.",
        ja = "6月下旬。ここから先の対応を、先にやるものから順に並べよう。",
      },
      items = {
        { en = "Send the Personal Information Protection Commission (the data-protection regulator) a first report of what you know so far",
          ja = "個人情報保護委員会に、現時点で分かっていることを速報する" },
        { en = "Pin down the leak window and the people affected, with outside experts",
          ja = "外部の専門機関と協力し、漏えい期間と影響を受けた人を特定する" },
        { en = "Notify each person affected, and give the regulator the full report",
          ja = "影響を受けた一人ひとりに通知し、委員会には確定した内容を報告する（確報）" },
        { en = "Publish the announcement, with a warning about mail pretending to be NISC",
          ja = "NISCを装ったメールへの注意喚起を添えて、公表する" },
        { en = "Keep warning contacts as new fake calls or mails are reported",
          ja = "不審な電話やメールの報告があれば、その都度注意を呼びかけ続ける" },
      },
      next = "lessons",
      feedback = {
        en = "The regulator hears early, even before the full picture is known. Then pin down the scope, so you tell the right people the right thing; then each person affected and the regulator's full report; then the public. NISC went public on 4 Aug, after notifying people and the regulator.",
        ja = "全容が分かる前でも、監督機関にはまず速報する。次に範囲を確定し、正しい相手に正しい内容を伝える。そのうえで本人への通知と委員会への確報、最後に一般への公表。NISCは本人への通知と委員会への報告を済ませたうえで、8月4日に公表した。",
      },
    },

    -- 10. Watching the watchers: security appliances need the same
    --     monitoring, logging and inventory as servers.
    lessons = {
      kind = "multi",
      tags = { csf = { "DE.CM", "ID.AM", "PR.PS", "ID.IM" } },
      axis = "detect",
      text = {
        en = "July 2023. So that a security appliance is never again a blind spot, what do you put in place? Tick everything that helps.",
        ja = "2023年7月。セキュリティ機器が二度と死角にならないよう、何を整える？　役に立つものをすべて選ぼう。",
      },
      options = {
        {
          text = { en = "Send the gateway's logs to a separate log server, where an intruder on the box cannot erase them.",
                   ja = "ゲートウェイのログを別のログサーバーに送り、機器に入り込んだ攻撃者が消せないようにする。" },
          correct = true,
          feedback = {
            en = "Logs kept only on the box vanish with it, or with the intruder's help.",
            ja = "機器の中にしかないログは、機器ごと、あるいは攻撃者の手で消えてしまう。",
          },
        },
        {
          text = { en = "Record the gateway's normal outbound traffic and alert on any new destination.",
                   ja = "ゲートウェイの平常時の外向き通信を把握し、新しい通信先が現れたら警報を出す。" },
          correct = true,
          feedback = {
            en = "A mail filter talks to a short, stable list of hosts: a new one stands out at once.",
            ja = "メール検査機器の通信相手は少なく、顔ぶれも変わらない。新顔はすぐに目立つ。",
          },
        },
        {
          text = { en = "Leave the gateway out of monitoring, since it is a security device.",
                   ja = "ゲートウェイはセキュリティ機器なので、監視の対象から外す。" },
          correct = false,
          feedback = {
            en = "That is the blind spot the intruder lived in for about eight months.",
            ja = "まさにその死角に、攻撃者は約8か月も潜んでいた。",
          },
        },
        {
          text = { en = "Keep an inventory of every security appliance, with its version and its owner.",
                   ja = "すべてのセキュリティ機器について、バージョンと担当者を台帳で管理する。" },
          correct = true,
          feedback = {
            en = "When a maker's warning arrives, you know at once whether it concerns you and who acts.",
            ja = "メーカーの警告が届いたとき、自分たちに関係があるか、誰が動くかがすぐ分かる。",
          },
        },
        {
          text = { en = "When a maker reports exploitation, check for compromise back to the start of the attack window, not only patch.",
                   ja = "メーカーが悪用を報告したら、修正の適用だけでなく、攻撃が始まった時期までさかのぼって侵害の有無を調べる。" },
          correct = true,
          feedback = {
            en = "Patching is not cleaning: the fix stops new break-ins, not an intruder already inside.",
            ja = "修正は駆除ではない。新たな侵入は防げても、すでに入り込んだ攻撃者は追い出せない。",
          },
        },
        {
          text = { en = "Rely on the maker's automatic updates to deal with future flaws.",
                   ja = "今後の脆弱性は、メーカーの自動更新に任せる。" },
          correct = false,
          feedback = {
            en = "This flaw was exploited for months before any fix existed (a zero-day). Updates help; they do not watch the box.",
            ja = "今回の脆弱性は、修正が存在しないまま何か月も悪用された（ゼロデイ）。更新は大切だが、機器を見張ってはくれない。",
          },
        },
      },
      next = "announce",
    },

    -- 11. What to say in public: facts, dates and a phishing warning; no
    --     false comfort, no attribution on hearsay. The flags gathered so
    --     far decide which ending the best answer leads to.
    announce = {
      kind = "choice",
      tags = { csf = "RS.CO", attack = "T1566" },
      text = {
        en = "Fri 4 Aug 2023. NISC goes public today. What must the announcement say?",
        ja = "2023年8月4日（金）。今日、NISCは公表する。発表には何を盛り込むべきか？",
      },
      choices = {
        { text = ANNOUNCE_TEXT, next = "contained", respond = 2, when = handled_well,
          feedback = ANNOUNCE_FEEDBACK },
        { text = ANNOUNCE_TEXT, next = "loose_ends", respond = 2, when = not_handled_well,
          feedback = ANNOUNCE_FEEDBACK },
        {
          text = { en = "That the matter is closed and no data was leaked.",
                   ja = "事案は解決済みで、データの漏えいはなかったこと。" },
          next = "trust_lost",
          respond = -1,
          feedback = {
            en = "You do not know that, and it tells contacts to drop their guard just when fake mails become likely.",
            ja = "そう言い切れる根拠はない。しかも、偽メールが来そうなまさにその時期に、相手の警戒を解かせてしまう。",
          },
        },
        {
          text = { en = "Which country you suspect is behind it.",
                   ja = "攻撃の背後にいると疑われる国の名前。" },
          next = "trust_lost",
          respond = -1,
          feedback = {
            en = "Attribution needs evidence and a government decision. NISC did not attribute the attack; later claims came from anonymous sources.",
            ja = "攻撃者の特定（アトリビューション）には証拠と政府としての判断が要る。NISCは特定しておらず、後の報道も匿名の情報源によるものだった。",
          },
        },
        {
          text = { en = "Only that an incident occurred and that investigations continue.",
                   ja = "インシデントが起きたこと、調査を続けていることだけ。" },
          next = "loose_ends",
          feedback = {
            en = "Without dates and a warning, people cannot tell whether they are affected or which fake mails to watch for.",
            ja = "期間も注意喚起もなければ、自分が影響を受けたのか、どんな偽メールに気をつければいいのか分からない。",
          },
        },
      },
    },

    -- Endings. Their details are invented; the debrief says what happened.
    contained = {
      kind = "ending",
      outcome = "good",
      text = {
        en = "Two days without mail, a new box, new keys. The evidence confirmed how the intruder got in, the people affected heard it from you first, and agencies with the same kind of gateway checked theirs.",
        ja = "メールの停止は2日間、新しい機器に新しい鍵。証拠によって侵入経路が確かめられ、影響を受けた人はまずあなたたちから知らされ、同じ種類のゲートウェイを使う機関も自らの機器を点検した。",
      },
      body = {
        en = "This is close to what NISC did in 2023, though whether it changed the device's credentials or warned peers itself has not been made public.",
        ja = "2023年のNISCの実際の対応に近い。ただし、機器の認証情報を変更したか、他機関に自ら知らせたかは公表されていない。",
      },
    },
    loose_ends = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "The intrusion is over, but loose ends remain. Depending on your choices, the intruder read your incident mails, an old password still opens a door, a peer still runs a compromised box, or people were told too little.",
        ja = "侵入は止まったが、やり残しがある。選んだ対応によっては、インシデント対応のメールを攻撃者に読まれた、古いパスワードがまだ使える、同じ侵害を受けた機器を他機関が使い続けている、あるいは知らせた内容が足りなかった。",
      },
      body = {
        en = "The feedback you got along the way shows which of these are yours.",
        ja = "どれが当てはまるかは、途中のフィードバックを振り返ってみよう。",
      },
    },
    trust_lost = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "The gateway is clean, but the announcement claimed more than you knew. When the facts come out, NISC has to correct itself, and its warnings are heard less.",
        ja = "ゲートウェイは安全になったが、発表は分かっている以上のことを言い切ってしまった。事実が明らかになるとNISCは訂正を迫られ、その注意喚起も届きにくくなる。",
      },
    },
    unnoticed = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "The gateway keeps copying mail for weeks more. When the intrusion finally comes to light, the leak window is longer and the list of people affected has grown.",
        ja = "ゲートウェイはその後も何週間もメールを写し取り続けた。侵入がようやく発覚したとき、漏えい期間は延び、影響を受けた人の数も増えていた。",
      },
    },
    silent = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "No one was told. When the leak comes to light through others, the people whose mail was exposed learn it from the news, and the regulator asks why it was never reported.",
        ja = "誰にも知らされなかった。漏えいが外部から明るみに出ると、メールが流出した人々はニュースでそれを知り、監督機関からはなぜ報告しなかったのかと問われる。",
      },
    },
  },

  -- What happened. Each paragraph ends with its sources (incident.sources).
  debrief = {
    en = "From about early October 2022, an attacker exploited a flaw in equipment belonging to NISC's e-mail system, a flaw its maker did not yet know about (a \"zero-day\"). On 13 June 2023 NISC found traces of illicit communication; it has not said how. On 14-15 June it stopped the system, replaced the equipment suspected as the cause, strengthened monitoring and restarted once it was confirmed safe. On 21 June its maintenance contractor found evidence that the illicit traffic came from the device's flaw. [1, 2]"
      .. "\n\n"
      .. "On 4 August 2023, about seven and a half weeks after detection, NISC announced that some mail sent to or from it over the internet between early October 2022 and mid-June 2023, including personal data, may have leaked. It had notified the people concerned and reported to the Personal Information Protection Commission, had seen no misuse so far, and warned about mail pretending to be NISC. Kyodo and Yomiuri reported that about 5,000 people may be affected, most of them outside government, and that no classified information was involved. [1, 3, 4]"
      .. "\n\n"
      .. "Which device? NISC did not say. It told the Asahi that it could not name the device but considered the damage to be of the same kind as cases abroad. NHK reported that NISC's mail system used a product of a US company whose appliances were being exploited by the group Mandiant calls UNC4841. NISC has not named the product, and this game does not name one either. [5, 6]"
      .. "\n\n"
      .. "About that global campaign, the appliances' maker and Mandiant said: crafted .tar attachments made the appliance run the attacker's commands while it screened mail, from 10 October 2022. The maker pushed a fix to all units on 20 May 2023 and on 6 June told customers to replace affected appliances whatever their patch level; on 23 August the FBI warned that patched units remained at risk. Backdoor names from that campaign (SALTWATER, SEASPY, SEASIDE) were not confirmed at NISC. [7, 8, 9, 10]"
      .. "\n\n"
      .. "On the same day as NISC, the Japan Meteorological Agency announced a similar leak from the same kind of device. Security NEXT reported that the maker had alerted JMA, which reported to its ministry on 2 June and shared the information with NISC and others through it; JMA's leak window began in early June 2022, months before its device was compromised, because mail stored on it was exposed. [11, 12]"
      .. "\n\n"
      .. "Later, as Safety Detectives reported, NISC warned that its staff would not ask for personal data or ask people to visit a website. On 29 August the Financial Times, citing government and private sources, reported that the hackers were likely Chinese state-backed and had gone unnoticed for about nine months; in those reports NISC said the damage was limited to its e-mail system, and China's foreign ministry denied involvement. NISC itself has not attributed the attack. [13, 14, 15]"
      .. "\n\n"
      .. "Invented for this game: the gateway's name, the maker's notice as your trigger, the colleague's call, every address, log line and time of day, and the details of the endings. How NISC found the traces, whether it had applied the May fix and whether it changed the device's credentials have not been made public. On 1 July 2025 NISC was reorganised into the National Cybersecurity Office (NCO). [1, 16]",
    ja = "2022年10月上旬ごろから、攻撃者はNISCの電子メール関連システムに属する機器の脆弱性を悪用していた。当時メーカーも把握していなかった脆弱性（ゼロデイ）である。NISCは2023年6月13日に不正な通信の痕跡を見つけたが、その経緯は明らかにしていない。6月14〜15日にシステムを停止して原因と疑われる機器を交換し、監視を強化して安全を確認したうえで再開した。6月21日には、保守運用の委託先が、不正通信が機器の脆弱性によるものであることを示す証拠を見つけた。 [1, 2]"
      .. "\n\n"
      .. "検知から約7週間半後の2023年8月4日、NISCは、2022年10月上旬から2023年6月中旬までにインターネット経由で送受信したメールの一部が、個人情報を含めて漏えいした可能性があると公表した。関係者への個別連絡と個人情報保護委員会への報告を済ませており、現時点で悪用は確認されていないとしたうえで、NISCを装ったメールへの注意を呼びかけた。共同通信と読売新聞は、影響を受けた可能性があるのは約5,000人で、その大半は政府外の関係者であり、機密情報は含まれていないと報じた。 [1, 3, 4]"
      .. "\n\n"
      .. "機器は何だったのか。NISCは明らかにしていない。朝日新聞の取材に対しては、機器名は明かせないが、海外の事例と同種の被害と考えているとした。NHKは、NISCのメールシステムが、Mandiantが「UNC4841」と呼ぶ集団に悪用されていた米国企業の製品を使っていたと報じた。NISCは製品名を公表しておらず、このゲームでも特定しない。 [5, 6]"
      .. "\n\n"
      .. "この世界的な攻撃について、機器のメーカーとMandiantは次のように説明している。細工した.tar形式の添付ファイルを機器が検査のために展開すると、攻撃者のコマンドが実行される。確認された最初の悪用は2022年10月10日。メーカーは2023年5月20日に全機器へ修正を配信し、6月6日には修正の有無にかかわらず影響を受けた機器を交換するよう顧客に求めた。8月23日にはFBIも、修正済みの機器でも危険が残ると警告した。この攻撃で知られるバックドア（SALTWATER、SEASPY、SEASIDE）がNISCで見つかったかどうかは確認されていない。 [7, 8, 9, 10]"
      .. "\n\n"
      .. "NISCと同じ日、気象庁も同種の機器からの同様の漏えいを公表した。Security NEXTによれば、気象庁はメーカーからの連絡で侵害を知り、6月2日に所管の国土交通省へ報告し、同省を通じてNISCなどにも情報を共有した。気象庁の漏えい期間は、機器に保存されていたメールが対象となったため、侵害より数か月前の2022年6月上旬から始まっている。 [11, 12]"
      .. "\n\n"
      .. "その後、Safety Detectivesによれば、NISCは職員が個人情報を尋ねたりWebサイトへの訪問を求めたりすることはないと注意を呼びかけた。8月29日、英フィナンシャル・タイムズは政府や民間の関係者の話として、攻撃者は中国政府の支援を受けたハッカーとみられ、約9か月間気づかれなかったと報じた。これらの報道によれば、NISCは被害がメールシステムに限られるとし、中国外務省は関与を否定した。NISC自身は攻撃者を特定していない。 [13, 14, 15]"
      .. "\n\n"
      .. "このゲームで創作した部分：ゲートウェイの名前、調査のきっかけとしたメーカーの通知、同僚からの電話、すべてのアドレス・ログ・時刻、各エンディングの詳細。NISCがどのように痕跡を見つけたのか、5月の修正を適用していたか、機器の認証情報を変更したかは公表されていない。なお、NISCは2025年7月1日に国家サイバー統括室（NCO）へ改組された。 [1, 16]",
  },

  -- Cards for the kiosk's attract screen (the same in nisc-2023-quick).
  facts = {
    { text = { en = "NISC, the Japanese government's cyber-security centre, found traces of illicit communication in its own e-mail system on 13 June 2023.",
               ja = "政府のサイバーセキュリティの司令塔NISCは、2023年6月13日、自らのメールシステムで不正な通信の痕跡を見つけた。" },
      source = 1 },
    { text = { en = "Some mail exchanged with NISC from early October 2022 to mid-June 2023 may have leaked: a window of about eight months.",
               ja = "2022年10月上旬から2023年6月中旬までにNISCとやり取りしたメールの一部が、漏えいした可能性がある。約8か月間だ。" },
      source = 1 },
    { text = { en = "About 5,000 people may have been affected, most of them outside government, Kyodo reported.",
               ja = "共同通信によれば、影響を受けた可能性があるのは約5,000人で、その大半は政府外の関係者だった。" },
      source = 4 },
    { text = { en = "On the same day, 4 Aug 2023, the Japan Meteorological Agency announced a similar leak from the same kind of device.",
               ja = "同じ2023年8月4日、気象庁も同種の機器からの同様の漏えいを公表した。" },
      source = 11 },
  },
}
