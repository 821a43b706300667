-- jaxa-2023.lua: the JAXA Active Directory compromise (2023-24), for training.
--
-- What it teaches: an intrusion that comes in through an internet-facing VPN
-- device, spreads to the Active Directory server and then to Microsoft 365
-- with stolen (valid) passwords is quiet: JAXA learned of it from outside.
-- The player, on JAXA's security team, takes the police call in October 2023
-- and works through containment, evidence, detection in on-premises and cloud
-- logs, a full credential reset, the public statement, partners under NDA, an
-- inventory of every "front door", and a new VPN alert in January 2024.
--
-- Sources: the URLs under incident.sources (JAXA's release of 5 Jul 2024
-- first). What JAXA or the government said is stated as fact; what only the press reported is
-- attributed to the outlet; the VPN maker is never named (nobody credible has
-- named it), and the 2023 flaw is never called a zero-day.
--
-- What is invented (and said so in the intro and debrief): every log line,
-- account name, IP address (documentation ranges 192.0.2.x, 198.51.100.x,
-- 203.0.113.x) and time; the service-account logon; the January 2024 alert's
-- details; and the consequences described in the endings. JAXA has not
-- published which passwords it reset or whether MFA was used: the reset and
-- clean-up steps are standard practice, not a record of what JAXA did.
--
-- Flags (set = ..., read by the helpers below):
--   late          the player asked for proof or reinstalled, and the police
--                 had to call again (step call_again)
--   outage        every cable was pulled (feedback only; costs points)
--   ministry_told MEXT was told on the first day (changes `statement`)
--   logs_kept     logs were secured on the first day (changes `partners`)
--   creds_full    every credential was treated as exposed (changes the ending)
--   overpromised  "no personal information was involved" (changes the ending)
-- front_doors routes to jan_alert (full inventory) or jan_quiet (no inventory).
--
-- Best path (score 100):
--   2 1+3+4+6 2+3+4+5+6 3 3 3+4+5+6 1>2>3>4>5 2 2 2 3
-- Worst path (score 0): 4 1   (reinstall tonight, then reinstall again)

local function told_ministry(state) return state.flags.ministry_told == true end
local function not_told_ministry(state) return state.flags.ministry_told ~= true end
local function kept_logs(state) return state.flags.logs_kept == true end
local function no_logs(state) return state.flags.logs_kept ~= true end

-- The three ways the January 2024 story can end after a good catch. Exactly
-- one of them is true in every state, so the best choice is always shown once.
local function trust_damaged(state) return state.flags.overpromised == true end
local function gaps_left(state)
  return state.flags.overpromised ~= true
    and (state.flags.creds_full ~= true or state.flags.late == true)
end
local function all_clean(state)
  return state.flags.overpromised ~= true
    and state.flags.creds_full == true and state.flags.late ~= true
end

-- Shared texts for the three versions of the best January choice.
local investigate_text = {
  en = "Treat it as a new intrusion: restrict the device, save its logs, hunt for follow-on activity and call its maker.",
  ja = "新たな侵入として扱う。装置の通信を制限し、ログを保全し、内部への波及を調べ、メーカーに連絡する。",
}
local investigate_feedback = {
  en = "Right. A device acting oddly with no advisory may be a flaw nobody has published yet. From January 2024 JAXA caught several such attacks, including zero-days (flaws with no fix yet), and lost no data.",
  ja = "正解。セキュリティ勧告の出ていない装置の異常は、まだ公表されていない脆弱性かもしれない。JAXAは2024年1月以降、ゼロデイ（修正プログラムが出る前の脆弱性）を含む複数の攻撃を検知・対処し、情報の流出はなかった。",
}

return {
  id = "jaxa-2023",
  languages = { "en", "ja" },

  title = { en = "JAXA 2023: the call from outside",
            ja = "JAXA 2023：外からの通報" },
  summary = {
    en = "An outside organisation (the police, according to press reports) tells JAXA's security team that the agency has been breached. Find the way in, the stolen accounts and the cloud logins, and clean up.",
    ja = "外部の機関（報道によれば警察）からJAXAのセキュリティ担当に「侵入されている」との連絡が入る。侵入口、盗まれたアカウント、クラウドへの不正ログインを突き止め、事態を収束させよう。",
  },
  intro = {
    en = "October 2023. You work on the security team of JAXA, the Japan Aerospace Exploration Agency. "
      .. "Your phone rings: an outside organisation says JAXA's business network has been broken into. "
      .. "You follow the case from that call to January 2024. The story follows the real incident; "
      .. "names, addresses, log lines and times in the scenario are illustrative.",
    ja = "2023年10月。あなたはJAXA（宇宙航空研究開発機構）のセキュリティ担当者だ。"
      .. "外部の機関から「JAXAの業務ネットワークに不正アクセスがある」と電話が入る。"
      .. "この通報から2024年1月までの対応を体験する。流れは実際の事案に沿っているが、"
      .. "シナリオ中の人名・アドレス・ログ・時刻は説明のための架空のものである。",
  },

  incident = {
    org = { en = "JAXA (Japan Aerospace Exploration Agency)", ja = "JAXA（宇宙航空研究開発機構）" },
    when = { en = "2023 to 2024", ja = "2023年〜2024年" },  -- the break-in month is press-only
    sources = {
      "https://global.jaxa.jp/press/2024/07/20240705-2_e.html",                                   -- 1 JAXA report, 5 Jul 2024
      "https://www.itmedia.co.jp/news/articles/2407/05/news163.html",                             -- 2 ITmedia, 5 Jul 2024
      "https://www.jaxa.jp/about/president/presslec/202407_j.html",                               -- 3 JAXA president, Jul 2024
      "https://japannews.yomiuri.co.jp/society/general-news/20231129-152511/",                    -- 4 Yomiuri, 29 Nov 2023
      "https://www.arabnews.jp/article/japan/article_105786",                                     -- 5 Jiji, 29 Nov 2023
      "https://japannews.yomiuri.co.jp/news-services/reuters/20231129-152429/",                   -- 6 Reuters/Kyodo, 29 Nov 2023
      "https://www.bankinfosecurity.asia/japanese-space-agency-investigates-active-directory-hack-a-23721", -- 7 Matsuno
      "https://news.livedoor.com/article/detail/26640593",                                        -- 8 Asahi, Jun 2024
      "https://www.asahi.com/ajw/articles/15314492",                                              -- 9 Asahi AJW, Jun 2024
      "https://www3.nhk.or.jp/nhkworld/en/news/20240621_11",                                      -- 10 NHK World, 21 Jun 2024
      "https://www.asahi.com/ajw/articles/15456087",                                              -- 11 Asahi AJW, late 2024
    },
  },
  minutes = 9,
  modes = { "training" },

  start = "police_call",

  steps = {
    -- The call. Teaches: act on an outside warning at once, contain without
    -- destroying evidence. Asking for proof or wiping the servers leads to a
    -- second call (call_again) and a late start.
    police_call = {
      kind = "choice",
      tags = { csf = { "RS.MA", "RS.MI" } },
      text = {
        en = "October 2023. The police tell you they have seen traffic showing that some of JAXA's servers are talking to an attacker's servers. What do you do first?",
        ja = "2023年10月。警察から「JAXAの一部のサーバーが攻撃者のサーバーと通信している形跡がある」と連絡が入った。まず何をする？",
      },
      body = {
        en = "(JAXA itself said only that an outside organisation told it; Yomiuri, Kyodo and Asahi reported that it was the police.)",
        ja = "（JAXA自身は「外部機関からの連絡」とだけ説明している。警察からだったと報じたのは読売新聞・共同通信・朝日新聞である。）",
      },
      choices = {
        {
          text = { en = "Ask for written proof first, and change nothing until it arrives.",
                   ja = "まず書面で証拠を求め、届くまでは何も変えない。" },
          next = "call_again",
          respond = -1,
          set = { late = true },
          feedback = {
            en = "The police rarely call without reason. Every day of waiting is a day the intruder keeps working inside.",
            ja = "警察が根拠なく連絡してくることはまずない。待っている間も、侵入者は毎日内部で活動を続ける。",
          },
        },
        {
          text = { en = "Block traffic to the addresses they give, and isolate the named servers without switching them off or wiping them.",
                   ja = "伝えられた宛先への通信を遮断し、名指しされたサーバーは電源を切らず、消去もせずにネットワークから隔離する。" },
          next = "first_hours",
          respond = 3,
          feedback = {
            en = "Right, and close to what JAXA did: it blocked traffic to the attacker's destinations and cut the affected network off from outside. Isolating without wiping keeps the evidence.",
            ja = "正解。実際のJAXAの対応に近い。JAXAは攻撃者の通信先への通信を遮断し、影響のあるネットワークを外部から切り離した。消去せずに隔離すれば証拠も残る。",
          },
        },
        {
          text = { en = "Pull every network cable in the building, right now.",
                   ja = "今すぐ建物中のネットワークケーブルをすべて抜く。" },
          next = "first_hours",
          respond = -1,
          set = { outage = true },
          feedback = {
            en = "An uncontrolled outage stops everyone's work and can destroy clues held in memory, and you still don't know where the intruder is.",
            ja = "無計画に全停止すると全職員の業務が止まり、メモリ上の痕跡も失われかねない。しかも侵入者の居場所はまだ分からないままだ。",
          },
        },
        {
          text = { en = "Reinstall the named servers tonight so work can go on tomorrow.",
                   ja = "明日も業務を続けられるよう、名指しされたサーバーを今夜中に再インストールする。" },
          next = "call_again",
          respond = -2,
          set = { late = true },
          feedback = {
            en = "Reinstalling wipes the evidence of how the intruder got in and what they took, and leaves every other foothold they have in place.",
            ja = "再インストールすると、侵入経路や持ち出されたものの証拠が消える。しかも侵入者が他に確保している足場は手つかずのまま残る。",
          },
        },
      },
    },

    -- Only after a bad first answer. Teaches: the cost of delay; a second
    -- chance to do it properly, or a bad ending.
    call_again = {
      kind = "choice",
      tags = { csf = "RS.MA" },
      text = {
        en = "Ten days later the police call again: the attacker's servers are still being contacted, now from more of your machines.",
        ja = "10日後、警察から再び連絡。攻撃者のサーバーへの通信は続いており、発信元の端末はさらに増えているという。",
      },
      choices = {
        {
          text = { en = "Reinstall those machines too, tonight.",
                   ja = "それらの端末も今夜中に再インストールする。" },
          next = "reinfected",
          respond = -2,
          feedback = {
            en = "The intruder holds stolen passwords and other footholds; wiping the machines you can see only removes the evidence.",
            ja = "侵入者は盗んだパスワードや別の足場を持っている。見えている端末を消しても、消えるのは証拠だけだ。",
          },
        },
        {
          text = { en = "Now do it properly: block the addresses, isolate the machines without wiping them, and start a real response.",
                   ja = "今度こそ正しく動く。宛先を遮断し、消去せずに端末を隔離し、本格的な対応を始める。" },
          next = "first_hours",
          respond = 1,
          feedback = {
            en = "Better late than never, but the intruder has had ten more days, and some evidence is already gone.",
            ja = "やらないよりはましだが、侵入者に10日間の猶予を与えてしまい、すでに失われた証拠もある。",
          },
        },
        {
          text = { en = "Ask the police to keep you posted while you watch.",
                   ja = "警察に引き続き情報をくれるよう頼み、様子を見る。" },
          next = "reinfected",
          respond = -1,
          feedback = {
            en = "Watching is not containing. The police can warn you; only you can act on your own network.",
            ja = "見ているだけでは封じ込めにならない。警察は警告はできても、自分のネットワークで手を打てるのは自分たちだけだ。",
          },
        },
      },
    },

    -- Teaches: the first day's checklist. Keeping logs and telling the
    -- ministry set flags that change `partners` and `statement` later.
    first_hours = {
      kind = "multi",
      axis = "respond",
      tags = { csf = { "RS.MA", "RS.AN" } },
      text = {
        en = "The named servers are isolated. Tick everything you do on this first day.",
        ja = "名指しされたサーバーは隔離した。この初日にやることをすべて選ぼう。",
      },
      options = {
        {
          text = { en = "Copy the disks and memory of the named servers before anything else changes.",
                   ja = "状況が変わる前に、対象サーバーのディスクとメモリを丸ごとコピーする。" },
          correct = true,
          feedback = {
            en = "Yes. Memory holds running malware and live connections that vanish at shutdown; a forensic copy (an exact copy kept for investigation) lets specialists reconstruct what happened.",
            ja = "正解。メモリには実行中のマルウェアや通信の情報があり、電源を切ると消える。フォレンジック（証拠を保全して解析する調査）用の完全なコピーがあれば、専門家が何が起きたかを再現できる。",
          },
        },
        {
          text = { en = "Email all staff: we have been hacked, change your passwords today.",
                   ja = "全職員に「ハッキングされた。今日中にパスワードを変更せよ」とメールする。" },
          correct = false,
          feedback = {
            en = "The intruder may be reading the mail, and a rushed reset warns them before you know which accounts they hold.",
            ja = "侵入者がメールを読んでいるかもしれない。慌てて変更させると、どのアカウントが奪われたか分かる前に相手に気づかれる。",
          },
        },
        {
          text = { en = "Report to MEXT, the ministry that oversees JAXA.",
                   ja = "JAXAを所管する文部科学省に報告する。" },
          correct = true,
          set = { ministry_told = true },
          feedback = {
            en = "Yes. JAXA did report to MEXT. The ministry needs to hear it from you, not from a newspaper.",
            ja = "正解。JAXAも文部科学省に報告した。所管省庁には新聞より先に自分たちから伝えるべきだ。",
          },
        },
        {
          text = { en = "Secure the logs of the remote-access VPN device, the servers and the Microsoft 365 cloud before they are overwritten.",
                   ja = "リモート接続用のVPN装置、サーバー、クラウドのMicrosoft 365のログを、上書きされる前に保全する。" },
          correct = true,
          set = { logs_kept = true },
          feedback = {
            en = "Yes. Many systems keep logs for only weeks or months, and these records later show what was read and taken.",
            ja = "正解。ログの保存期間は数週間〜数か月ということも多い。後で「何が見られ、何が持ち出されたか」を示すのはこの記録だ。",
          },
        },
        {
          text = { en = "Delete the suspicious files you find on the servers straight away.",
                   ja = "サーバー上で見つけた不審なファイルをすぐに削除する。" },
          correct = false,
          feedback = {
            en = "That destroys evidence and tells the intruder you are onto them. Removing malware comes once you know its full extent.",
            ja = "証拠が消え、気づいたことを侵入者に知らせてしまう。マルウェアの駆除は、全体像をつかんでからだ。",
          },
        },
        {
          text = { en = "Bring in incident-response specialists for forensics and a compromise assessment (a hunt for every foothold).",
                   ja = "インシデント対応の専門家を呼び、フォレンジックと侵害調査（潜伏箇所の洗い出し）を依頼する。" },
          correct = true,
          feedback = {
            en = "Yes. JAXA investigated with expert bodies and security vendors; an intruder this quiet is rarely found by the in-house team alone.",
            ja = "正解。JAXAも専門機関やセキュリティベンダーと調査した。これほど静かな侵入者を自組織だけで見つけ切るのは難しい。",
          },
        },
      },
      next = "vpn_log",
      feedback = {
        en = "Preserve, report, call in help; don't tip off the intruder or destroy what you will need later.",
        ja = "保全し、報告し、専門家を呼ぶ。侵入者に気づかれる行動や、後で必要になるものを消す行動は避ける。",
      },
    },

    -- Teaches: what exploitation of an edge device looks like in its log
    -- (T1190). All lines invented; the maker is deliberately not named.
    vpn_log = {
      kind = "spot",
      tags = { csf = { "DE.AE", "RS.AN" }, attack = "T1190" },
      text = {
        en = "The specialists start at the VPN device (the box that lets staff reach the internal network from outside). Mark the lines that look like a break-in.",
        ja = "専門家はまずVPN装置（職員が外部から内部ネットワークに入るための機器）を調べた。侵入を示す行を選ぼう。",
      },
      body = {
        en = "Its maker had published a flaw in this device in June 2023, Jiji reported. This is the device's log from a night soon after (illustrative).",
        ja = "時事通信によれば、この装置の脆弱性は2023年6月にメーカーが公表していた。以下はその直後のある夜のログ（架空）。",
      },
      lines = {
        "Jun 27 01:58:03  vpn  login OK  user=t.yamada  src=192.0.2.44  pool=10.8.0.21",
        "Jun 27 02:31:47  web  POST /api/diag/run  src=203.0.113.57  no session  status=200",
        "Jun 27 02:31:49  sys  new process /tmp/.cache/upd started by web service",
        "Jun 27 02:35:10  cfg  local admin 'support2' created (no change ticket)",
        "Jun 27 02:36:02  fw  device itself connects out to 203.0.113.57:443",
        "Jun 27 03:12:40  vpn  tunnel 10.8.0.99 -> 10.1.1.10:445 (DC01)  user=(none)",
        "Jun 27 06:00:00  sys  NTP time sync OK",
        "Jun 27 08:41:15  vpn  login FAILED  user=r.mori  src=192.0.2.80  bad password",
        "Jun 27 08:41:52  vpn  login OK  user=r.mori  src=192.0.2.80  pool=10.8.0.34",
      },
      suspicious = { 2, 3, 4, 5, 6 },
      notes = {
        [1] = { en = "A staff member working late from a home connection, with a normal login: nothing odd.",
                ja = "職員が自宅回線から夜遅くに通常どおりログインしただけ。異常ではない。" },
        [2] = { en = "A request to the device's web service with no logged-in session, accepted: the shape of an exploit of the published flaw.",
                ja = "ログインしていない相手からのWebサービスへの要求が通っている。公表された脆弱性を突く攻撃の典型だ。" },
        [3] = { en = "Two seconds later the web service starts an unknown program from a temporary folder: code the attacker planted.",
                ja = "その2秒後、Webサービスが一時フォルダの見知らぬプログラムを起動している。攻撃者が仕込んだコードだ。" },
        [4] = { en = "A new administrator on the device, at night, with no change ticket: a back door for later.",
                ja = "夜中に、変更申請もなく装置の管理者アカウントが作られた。後で戻るための裏口だ。" },
        [5] = { en = "The device itself calls the same outside address back: a control channel, not a user's traffic.",
                ja = "装置自身が同じ外部アドレスへ接続している。利用者の通信ではなく、攻撃者との制御用の通信だ。" },
        [6] = { en = "A tunnel with no user behind it, straight to the domain controller (the server holding Active Directory, the directory of every account).",
                ja = "利用者のいないトンネルから、ドメインコントローラー（全アカウントを管理するActive Directoryのサーバー）へ直接つながっている。" },
        [8] = { en = "One mistyped password, then a normal login from the same address: an ordinary user.",
                ja = "パスワードを一度打ち間違え、同じアドレスから正常にログインしている。普通の利用者だ。" },
      },
      next = "ad_logon",
      feedback = {
        en = "The chain: exploit, planted program, back-door admin, call home, then a tunnel to the heart of the network. Patching after this would not have removed any of it.",
        ja = "攻撃の連鎖は「脆弱性の悪用→プログラム設置→裏口の管理者→外部への接続→ネットワーク中枢へのトンネル」。この後でパッチを当てても、どれも消えない。",
      },
    },

    -- Teaches: a valid account used at the wrong time, from the wrong place,
    -- in the wrong way is the signal (T1078.002). Acting alone tips off.
    ad_logon = {
      kind = "choice",
      tags = { csf = { "DE.CM", "DE.AE" }, attack = "T1078.002" },
      text = {
        en = "The domain controller's log shows the backup service account logging in by remote desktop at 02:40, from a VPN address. What do you make of it?",
        ja = "ドメインコントローラーのログに、バックアップ用のサービスアカウントが午前2時40分にVPNのアドレスからリモートデスクトップでログインした記録がある。どう判断する？",
      },
      mono = [[
DC01  Windows Security log  (illustrative)
2023-09-14 02:40:13  Event ID 4624  An account was successfully logged on
  Logon Type:             10 (RemoteInteractive = remote desktop)
  Account Name:           svc-backup     Account Domain: CORP
  Source Network Address: 10.8.0.99 (VPN address pool)
usual for svc-backup: Logon Type 3 (network) from BACKUP01, 01:00-01:30]],
      choices = {
        {
          text = { en = "Ignore it: service accounts do odd things.",
                   ja = "無視する。サービスアカウントは変な動きをするものだ。" },
          next = "ad_scope",
          detect = -1,
          feedback = {
            en = "A service account never needs a remote-desktop session, and never from the VPN. This is how stolen valid accounts hide.",
            ja = "サービスアカウントがリモートデスクトップで、しかもVPNから入る必要はない。盗まれた正規アカウントはこうして紛れ込む。",
          },
        },
        {
          text = { en = "Disable the account at once, without telling anyone.",
                   ja = "誰にも言わずに、すぐアカウントを無効にする。" },
          next = "ad_scope",
          detect = 1, respond = -1,
          feedback = {
            en = "You spotted it, but acting alone warns the intruder, may break the backups, and loses the chance to see what else the account touched.",
            ja = "気づいたのはよいが、単独で動くと侵入者に気づかれ、バックアップも止まりかねない。このアカウントが他に何に触れたかを調べる機会も失う。",
          },
        },
        {
          text = { en = "Treat it as part of the incident: match it to the VPN log, list everything the account touched, and tell the response team.",
                   ja = "インシデントの一部として扱う。VPNログと突き合わせ、このアカウントが触れたものを洗い出し、対応チームに報告する。" },
          next = "ad_scope",
          detect = 3,
          feedback = {
            en = "Right. The same pool address as the VPN tunnel, the wrong kind of logon, the wrong hour: put together, these signals show a stolen account.",
            ja = "正解。VPNトンネルと同じアドレス、普段と違うログイン方法、普段と違う時刻。組み合わせれば、盗まれたアカウントだと分かる。",
          },
        },
        {
          text = { en = "Reset its password and close the ticket.",
                   ja = "パスワードを変更してチケットを閉じる。" },
          next = "ad_scope",
          detect = 1, respond = -1,
          feedback = {
            en = "If the intruder reached the domain controller, one password is the least of it. Closing the ticket throws away the lead.",
            ja = "侵入者がドメインコントローラーに届いているなら、パスワード1つでは済まない。チケットを閉じれば手がかりも捨てることになる。",
          },
        },
      },
    },

    -- Teaches: after an AD compromise every credential is suspect; partial
    -- resets leave the intruder in (T1078). Sets creds_full for the ending.
    ad_scope = {
      kind = "choice",
      tags = { csf = { "RS.MI", "PR.AA" }, attack = "T1078" },
      text = {
        en = "The specialists confirm that the intruder reached the Active Directory server (the directory that holds every account, password and access right). How far do you reset?",
        ja = "専門家が、侵入者がActive Directoryサーバー（全アカウント・パスワード・アクセス権を管理する仕組み）に到達していたと確認した。どこまでリセットする？",
      },
      body = {
        en = "(The Yomiuri reported that the central Active Directory server was accessed; JAXA itself has spoken of servers and stolen account information.)",
        ja = "（中枢のActive Directoryサーバーへのアクセスは読売新聞の報道による。JAXA自身は「サーバー」と「アカウント情報の窃取」と説明している。）",
      },
      choices = {
        {
          text = { en = "Wait for the final forensic report before changing anything.",
                   ja = "最終的な調査報告が出るまで何も変えない。" },
          next = "cloud_signins",
          respond = -1,
          feedback = {
            en = "The final report can take months; meanwhile the intruder keeps using every password they hold.",
            ja = "最終報告には何か月もかかることがある。その間、侵入者は手にしたパスワードを使い続ける。",
          },
        },
        {
          text = { en = "Reset the passwords of the few accounts seen in the logs.",
                   ja = "ログに出てきた数個のアカウントだけパスワードを変える。" },
          next = "cloud_signins",
          feedback = {
            en = "Whoever controlled Active Directory could read or forge any credential. The accounts in your logs are only the ones you happened to see.",
            ja = "Active Directoryを握った者は、どの認証情報も盗み見たり偽造したりできる。ログに出たのは、たまたま見えたアカウントにすぎない。",
          },
        },
        {
          text = { en = "Treat every account as exposed: reset all passwords, admin and service accounts first, reset krbtgt twice, and plan a rebuild if trust can't be restored.",
                   ja = "全アカウントが漏れた前提で動く。管理者とサービスアカウントを先頭に全パスワードを変更し、krbtgtを2回リセットし、信頼を回復できなければ再構築も計画する。" },
          next = "cloud_signins",
          respond = 3,
          set = { creds_full = true },
          feedback = {
            en = "Right. krbtgt is a built-in account whose key signs every domain logon ticket (Kerberos TGT): whoever holds that key can forge tickets. It is reset twice because the previous key also stays valid. JAXA has not said which resets it did.",
            ja = "正解。krbtgtは、ドメインのログオン用チケット（KerberosのTGT）すべてに署名する組み込みアカウントで、その鍵を握られるとチケットを偽造される。直前の鍵も有効なままなので2回リセットする。なお、JAXAが実際に何をリセットしたかは公表されていない。",
          },
        },
        {
          text = { en = "Make all staff change their password at next logon, and stop there.",
                   ja = "全職員に次回ログイン時のパスワード変更をさせ、それで終わりにする。" },
          next = "cloud_signins",
          respond = 1,
          feedback = {
            en = "A start, but admin and service accounts and the krbtgt key stay as they were, and those are what an intruder uses to come back.",
            ja = "一歩前進だが、管理者・サービスアカウントやkrbtgtの鍵はそのまま残る。侵入者が戻ってくるのはまさにそこからだ。",
          },
        },
      },
    },

    -- Teaches: on-premises theft became cloud access; correct passwords from
    -- odd places plus mass file access are the signal (T1078.004, T1530).
    cloud_signins = {
      kind = "spot",
      tags = { csf = { "DE.CM", "DE.AE" }, attack = { "T1078.004", "T1530" } },
      text = {
        en = "With Microsoft, you check Microsoft 365 (the cloud mail and file service staff use). Every line used the right password. Mark those that look like the intruder.",
        ja = "マイクロソフトと協力して、職員が使うクラウドのメール・ファイルサービス「Microsoft 365」を調べる。どの行も正しいパスワードでのログインだ。侵入者らしい行を選ぼう。",
      },
      body = {
        en = "Sign-in and file log, September 2023 (illustrative). SharePoint and OneDrive are the file spaces of Microsoft 365.",
        ja = "2023年9月のサインイン・ファイル操作ログ（架空）。SharePointとOneDriveはMicrosoft 365のファイル共有領域。",
      },
      lines = {
        "Sep 12 08:52  k.sato  sign-in OK  Chofu office network  JAXA PC / Edge",
        "Sep 12 09:30  h.kimura  2 wrong passwords, then OK  office network  JAXA PC / Edge",
        "Sep 13 02:13  y.tanaka  sign-in OK  198.51.100.23 overseas hosting  unknown device",
        "Sep 13 02:15  y.tanaka  SharePoint: 312 files opened in 40 minutes",
        "Sep 13 02:40  a.suzuki  sign-in OK  198.51.100.23 overseas hosting  unknown device",
        "Sep 13 02:42  a.suzuki  OneDrive: 58 files downloaded from folder 'partner-NDA'",
        "Sep 13 07:55  m.ito  sign-in OK  hotel Wi-Fi, Osaka  JAXA laptop / Edge",
        "Sep 13 10:05  y.tanaka  sign-in OK  Chofu office network  JAXA PC / Edge",
      },
      suspicious = { 3, 4, 5, 6 },
      notes = {
        [2] = { en = "Two typos, then success from the office on a JAXA PC: an ordinary user.",
                ja = "2回打ち間違えた後、職場のJAXA端末から成功している。普通の利用者だ。" },
        [3] = { en = "Right password, but at 2 a.m., from a hosting company abroad, on a device JAXA doesn't know: a stolen password in use.",
                ja = "パスワードは正しいが、午前2時に海外のホスティング事業者から、JAXAの知らない端末で入っている。盗まれたパスワードの使用だ。" },
        [4] = { en = "Hundreds of files opened in minutes: nobody reads that fast. Someone is collecting.",
                ja = "数分で数百ファイル。人が読める速さではない。誰かが収集している。" },
        [5] = { en = "A second account from the very same address: one intruder, several stolen identities.",
                ja = "まったく同じアドレスから別のアカウント。一人の侵入者が複数のアカウントを乗っ取っている。" },
        [6] = { en = "Downloads from a folder of partner files under non-disclosure agreements (NDAs): data leaving, and not JAXA's alone.",
                ja = "秘密保持契約（NDA）のある取引先ファイルのフォルダからのダウンロード。データが出ていっている。しかもJAXAだけのデータではない。" },
        [7] = { en = "A hotel on a business trip, on a JAXA laptop: unusual place, but a known device at a normal hour.",
                ja = "出張先のホテルだが、JAXAのノートPCで通常の時間帯。場所は珍しいが端末は既知だ。" },
        [8] = { en = "Probably the real y.tanaka at work. The account is fine here; the trouble is that someone else has the same password.",
                ja = "おそらく本物の田中さんが出勤したもの。ここは正常で、問題は同じパスワードを別の誰かが持っていることだ。" },
      },
      next = "eviction",
      feedback = {
        en = "This is how JAXA's case went: account data stolen inside was used to sign in to Microsoft 365 as real staff. A correct password proves nothing about who typed it.",
        ja = "JAXAの事案でも、内部で盗まれたアカウント情報で、正規職員になりすましてMicrosoft 365にログインされた。パスワードが正しくても、誰が入力したかは分からない。",
      },
    },

    -- Teaches: the order of an eviction: close the door, remove footholds,
    -- change the keys (privileged first), then the cloud, then watch.
    eviction = {
      kind = "order",
      axis = "respond",
      tags = { csf = { "RS.MI", "RC.RP" } },
      text = {
        en = "The specialists plan the clean-up weekend. Put the steps in order, first step first.",
        ja = "専門家と週末の一斉排除を計画する。最初にやることから順に並べよう。",
      },
      items = {
        { en = "Replace the compromised VPN device and block the attacker's addresses",
          ja = "侵害されたVPN装置を入れ替え、攻撃者のアドレスを遮断する" },
        { en = "Remove the malware and back doors the assessment found on servers and PCs",
          ja = "調査で見つかったサーバーや端末のマルウェアと裏口を取り除く" },
        { en = "Reset admin and service-account passwords, then krbtgt twice",
          ja = "管理者とサービスアカウントのパスワードを変え、krbtgtを2回リセットする" },
        { en = "Reset every user's password and revoke all Microsoft 365 sessions",
          ja = "全利用者のパスワードを変え、Microsoft 365のセッションをすべて無効にする" },
        { en = "Watch closely for logins with old passwords or from the attacker's addresses",
          ja = "古いパスワードや攻撃者のアドレスからのログインを重点的に監視する" },
      },
      next = "statement",
      feedback = {
        en = "Close the way in first, or the intruder walks back in; then remove what they left; then change the keys, most powerful first, including the cloud sessions (logins that stay valid after a password change); then watch.",
        ja = "まず入口を閉じる（でないと侵入者はまた入ってくる）。次に残された仕掛けを除き、強い権限から順に鍵を替え、パスワード変更後も有効なクラウドのセッションも切る。最後に監視する。",
      },
    },

    -- Teaches: say what is known and what is not; the real early
    -- reassurance had to be reversed. The best choice depends on whether
    -- MEXT was told on the first day.
    statement = {
      kind = "choice",
      tags = { csf = "RS.CO" },
      text = {
        en = "29 November 2023. A newspaper has the story and the investigation is weeks old. What should the first public statement say?",
        ja = "2023年11月29日。新聞が事案を報じた。調査はまだ始まって数週間だ。最初の公表で何を伝えるべきか？",
      },
      choices = {
        {
          text = { en = "That no personal information was involved, to calm partners.",
                   ja = "取引先を安心させるため、個人情報は含まれていないと伝える。" },
          next = "partners",
          respond = -2,
          set = { overpromised = true },
          feedback = {
            en = "This is what was said: the Chief Cabinet Secretary relayed that JAXA believed no personal data was involved. In July 2024 JAXA confirmed that personal data had leaked.",
            ja = "実際にそう伝えられた。官房長官は「個人情報は含まれていないとJAXAはみている」と述べたが、2024年7月、JAXAは個人情報の流出を認めた。",
          },
        },
        {
          text = { en = "Confirm the attack, say what is known and what is still being checked, including personal data, and promise to tell anyone affected.",
                   ja = "攻撃を認め、分かっていることと調査中のこと（個人情報を含む）を示し、影響を受けた人には必ず知らせると約束する。" },
          next = "partners",
          respond = 2,
          when = told_ministry,
          feedback = {
            en = "Right. And because MEXT heard from you on day one, the ministry and the government can back your statement instead of being surprised by it.",
            ja = "正解。初日に文部科学省へ報告してあるので、省庁や政府も驚くことなく発表を支えてくれる。",
          },
        },
        {
          text = { en = "Brief MEXT first, which has not heard from you yet, then confirm what is known and what is still being checked.",
                   ja = "まだ報告していない文部科学省にまず説明し、そのうえで分かっていることと調査中のことを公表する。" },
          next = "partners",
          respond = 1,
          when = not_told_ministry,
          feedback = {
            en = "The right message, but the ministry learns of it from the press. JAXA reported to MEXT early; you should have on the first day.",
            ja = "内容は正しいが、所管省庁は報道で事案を知ることになった。JAXAは早い段階で文部科学省に報告している。初日に報告すべきだった。",
          },
        },
        {
          text = { en = "Nothing, until the investigation is finished.",
                   ja = "調査が終わるまで何も言わない。" },
          next = "partners",
          respond = -1,
          feedback = {
            en = "The story is already out. Silence leaves partners and staff to guess, and rumours fill the gap.",
            ja = "報道はすでに出ている。沈黙すれば取引先や職員は推測するしかなく、うわさが広がる。",
          },
        },
        {
          text = { en = "That the VPN maker is to blame.",
                   ja = "VPN装置のメーカーの責任だと伝える。" },
          next = "partners",
          respond = -2,
          feedback = {
            en = "Even if the maker's flaw was the way in (Jiji reported it had been published in June 2023), the device was yours to patch and watch. Blame helps nobody who is affected.",
            ja = "入口がメーカー製品の脆弱性だったとしても（時事通信によれば2023年6月に公表済み）、パッチを当てて監視するのは自分たちの責任だ。責任転嫁は被害を受けた人の助けにならない。",
          },
        },
      },
    },

    -- Teaches: tell affected partners and people directly, with facts; the
    -- logs kept on the first day decide how precise that can be.
    partners = {
      kind = "choice",
      tags = { csf = { "RS.CO", "GV.SC" } },
      text = {
        en = "The investigation shows that files shared with outside partners under NDAs were in the Microsoft 365 space the intruder reached. What do you do?",
        ja = "調査の結果、外部の取引先とNDAを結んで共有していたファイルが、侵入者の入ったMicrosoft 365の領域にあったと分かった。どうする？",
      },
      choices = {
        {
          text = { en = "Wait until every file has been analysed, then decide whether to tell them.",
                   ja = "全ファイルの分析が終わってから、伝えるかどうか決める。" },
          next = "front_doors",
          respond = -1,
          feedback = {
            en = "Partners need time to protect themselves. Learning months later, or from a newspaper, breaks their trust.",
            ja = "取引先にも自衛の時間が必要だ。何か月も後に、あるいは報道で知らされれば信頼を失う。",
          },
        },
        {
          text = { en = "Contact each affected partner and person directly with what your saved logs show was taken, and apologise.",
                   ja = "保全したログで持ち出しが確認できたものを示し、影響のある取引先と個人に個別に連絡して謝罪する。" },
          next = "front_doors",
          respond = 2,
          when = kept_logs,
          feedback = {
            en = "Right, and what JAXA says it did: it informed and apologised to each person and partner, and kept partner names out of its public report. Check your legal duties for personal data too.",
            ja = "正解。JAXAも関係者や取引先に個別に連絡・謝罪し、公表資料では取引先名を伏せた。個人情報については法的な報告義務も確認しよう。",
          },
        },
        {
          text = { en = "Contact every partner with files anywhere in Microsoft 365: without saved logs you cannot tell what was taken.",
                   ja = "Microsoft 365にファイルがある取引先すべてに連絡する。ログを保全していないので、何が持ち出されたか分からない。" },
          next = "front_doors",
          respond = 1,
          when = no_logs,
          feedback = {
            en = "Honest, but vague and alarming for partners who lost nothing. The logs you did not secure on day one would have told you exactly.",
            ja = "誠実ではあるが、あいまいで、何も失っていない取引先まで不安にさせる。初日にログを保全していれば正確に伝えられた。",
          },
        },
        {
          text = { en = "Publish the full list of partners and files, for transparency.",
                   ja = "透明性のため、取引先とファイルの一覧をすべて公表する。" },
          next = "front_doors",
          respond = -1,
          feedback = {
            en = "That exposes the partners a second time. Tell them privately; JAXA did not publish the details, out of respect for its partners.",
            ja = "取引先を二重にさらすことになる。個別に伝えるべきだ。JAXAも取引先への配慮から詳細は公表していない。",
          },
        },
        {
          text = { en = "Nothing: it is the partners' data, so it is their problem.",
                   ja = "何もしない。取引先のデータなのだから、先方の問題だ。" },
          next = "front_doors",
          respond = -2,
          feedback = {
            en = "They trusted you with it under contract. Keeping quiet breaks the agreement and the trust behind it.",
            ja = "契約に基づいて預かったデータだ。黙っていれば契約も、その背後にある信頼も裏切ることになる。",
          },
        },
      },
    },

    -- Teaches: every internet-facing device is a front door, including the
    -- ones central IT does not run. Routes to jan_alert or jan_quiet.
    front_doors = {
      kind = "choice",
      tags = { csf = "ID.AM" },
      text = {
        en = "December 2023. Management asks how many ways in from the internet JAXA has. How do you find out?",
        ja = "2023年12月。経営層から「インターネットからの入口はいくつあるのか」と聞かれた。どう調べる？",
      },
      choices = {
        {
          text = { en = "List the devices central IT manages.",
                   ja = "情報システム部門が管理している機器を一覧にする。" },
          next = "jan_quiet",
          feedback = {
            en = "Research groups and special systems often run their own devices, which central IT never sees.",
            ja = "研究グループや特殊なシステムは独自に機器を置いていることが多く、情報システム部門からは見えない。",
          },
        },
        {
          text = { en = "Scan for every internet-facing device, research networks included, record owner, version and patch status, and monitor them all.",
                   ja = "研究用ネットワークも含めてインターネットに面した機器をすべて探し、管理者・バージョン・パッチ状況を記録して全台を監視する。" },
          next = "jan_alert",
          detect = 2,
          set = { inventory = true },
          feedback = {
            en = "Right. Asahi reported that the four intrusions of 2023-24 used VPN devices from four different makers, on different networks.",
            ja = "正解。朝日新聞は、2023〜24年の4回の侵入がそれぞれ別メーカーのVPN装置、別のネットワークを狙ったものだったと報じている。",
          },
        },
        {
          text = { en = "Ask each department to report its devices by email.",
                   ja = "各部署にメールで機器を申告してもらう。" },
          next = "jan_quiet",
          feedback = {
            en = "People forget, or do not know a box counts. Only a scan shows what the internet can actually reach.",
            ja = "申告は漏れるし、その機器が対象だと気づかない人もいる。インターネットから実際に何が見えるかは、スキャンしないと分からない。",
          },
        },
        {
          text = { en = "Skip it: the new monitoring will catch problems.",
                   ja = "やらない。新しい監視が問題を見つけてくれる。" },
          next = "jan_quiet",
          detect = -1,
          feedback = {
            en = "Monitoring only watches what you told it about. A device nobody listed is a device nobody watches.",
            ja = "監視できるのは登録した機器だけ。一覧にない機器は、誰も見ていない機器だ。",
          },
        },
      },
    },

    -- Reached after a full inventory. Teaches: a new alert on another device
    -- with no advisory is a possible zero-day (T1190, T1133). The ending
    -- depends on the flags: overpromised, creds_full, late.
    jan_alert = {
      kind = "choice",
      tags = { csf = { "DE.CM", "RS.AN" }, attack = { "T1190", "T1133" } },
      text = {
        en = "January 2024. Your new monitoring raises an alert on a VPN device on another network, from another maker. No advisory exists for it. What now?",
        ja = "2024年1月。新たに整えた監視が、別のネットワークにある別メーカーのVPN装置で警報を出した。この機種について、メーカーのセキュリティ勧告はまだ出ていない。どうする？",
      },
      mono = [[
EDGE-MON  2024-01-18 03:18  (illustrative)
device  vpn-b (business network)   advisory for this model: none
- management service restarted 3 times in 10 minutes
- device opened an outbound connection to 198.51.100.77:443]],
      choices = {
        {
          text = { en = "Close it: last year's device was replaced, so the problem is fixed.",
                   ja = "閉じる。去年の装置は入れ替えたので、問題は解決済みだ。" },
          next = "second_wave",
          detect = -1,
          feedback = {
            en = "Attackers come back through other doors: the Asahi reported new intrusions in January, April and May 2024.",
            ja = "攻撃者は別の入口から戻ってくる。朝日新聞によれば、2024年1月・4月・5月にも新たな侵入があった。",
          },
        },
        {
          text = { en = "Wait for the maker to publish something.",
                   ja = "メーカーが何か公表するまで待つ。" },
          next = "second_wave",
          feedback = {
            en = "With a zero-day (a flaw with no fix yet) there is nothing to wait for. Your own eyes are the only warning.",
            ja = "ゼロデイ（修正プログラムが出る前の脆弱性）なら、待っても何も来ない。頼れるのは自分たちの監視だけだ。",
          },
        },
        {
          text = investigate_text,
          next = "contained",
          detect = 3,
          when = all_clean,
          feedback = investigate_feedback,
        },
        {
          text = investigate_text,
          next = "trust_damaged",
          detect = 3,
          when = trust_damaged,
          feedback = investigate_feedback,
        },
        {
          text = investigate_text,
          next = "gaps",
          detect = 3,
          when = gaps_left,
          feedback = investigate_feedback,
        },
        {
          text = { en = "Switch off all remote access for the whole organisation for a month.",
                   ja = "組織全体のリモートアクセスを1か月間すべて止める。" },
          next = "lockdown",
          feedback = {
            en = "Safe, but it stops work everywhere and still doesn't tell you whether the intruder got in before you switched off.",
            ja = "安全ではあるが全体の業務が止まる。しかも止める前に侵入されていたかどうかは分からないままだ。",
          },
        },
      },
    },

    -- Reached without a full inventory. Teaches: the door nobody listed.
    jan_quiet = {
      kind = "choice",
      tags = { csf = { "DE.CM", "ID.AM" }, attack = "T1133" },
      text = {
        en = "January 2024. Monitoring is quiet. A research group mentions that its own VPN device, not on your list, keeps rebooting by itself. What do you do?",
        ja = "2024年1月。監視は静かだ。ある研究グループが「一覧にない自前のVPN装置が勝手に再起動を繰り返す」と話している。どうする？",
      },
      choices = {
        {
          text = { en = "Treat it as a possible intrusion: take its logs, restrict it, and hunt behind it.",
                   ja = "侵入の可能性として扱う。ログを取り、通信を制限し、その先を調べる。" },
          next = "late_find",
          detect = 1,
          feedback = {
            en = "Good instinct, but the device was never monitored, so you are starting from whatever it still remembers.",
            ja = "よい判断だ。ただ、この装置は一度も監視されておらず、手がかりは装置に残っているものだけだ。",
          },
        },
        {
          text = { en = "Leave it to the research group: it is their box.",
                   ja = "研究グループに任せる。彼らの機器だ。" },
          next = "second_wave",
          detect = -1,
          feedback = {
            en = "An unlisted internet-facing box rebooting by itself is exactly what an exploited device can look like.",
            ja = "一覧にないインターネット向け機器が勝手に再起動する。これこそ攻撃を受けた装置の姿かもしれない。",
          },
        },
      },
    },

    -- Endings -----------------------------------------------------------
    contained = {
      kind = "ending",
      outcome = "good",
      text = {
        en = "The January attempt is stopped at the edge and nothing is lost. When you report in July 2024, you can say what leaked, who was told, and that the intruder is out.",
        ja = "1月の攻撃は入口で止まり、失われたものはない。2024年7月の報告では、何が漏れたか、誰に知らせたか、そして侵入者を排除できたことを示せた。",
      },
    },
    trust_damaged = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "You stop the January attempt, but in July 2024 you must take back \"no personal information was involved\". Partners now question every reassurance.",
        ja = "1月の攻撃は止めた。しかし2024年7月、「個人情報は含まれていない」という説明を撤回することになり、取引先は以後の説明を疑うようになった。",
      },
    },
    gaps = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "You stop the January attempt, but the hunt behind it finds the 2023 intruder still signing in with an account the clean-up missed. Another round of resets begins.",
        ja = "1月の攻撃は止めた。しかし調査の過程で、排除作業で見落としたアカウントを使って2023年の侵入者が今もログインしていると判明し、リセットをやり直すことになった。",
      },
    },
    lockdown = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "Nobody gets in for a month, and nobody works from outside either. Research stalls, and you still don't know what the alert meant.",
        ja = "1か月間だれも侵入できなかったが、外部からはだれも仕事ができなかった。研究は滞り、警報の意味も分からないままだ。",
      },
    },
    late_find = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "The research group's device had been broken into weeks earlier. You contain it, but you cannot tell what went out before you looked.",
        ja = "研究グループの装置は数週間前に侵入されていた。封じ込めはできたが、調べ始める前に何が持ち出されたかは分からない。",
      },
    },
    second_wave = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "Months later an outside organisation calls again: a new intruder came in through another VPN device, and nobody noticed.",
        ja = "数か月後、外部機関から再び連絡が入る。別のVPN装置から新たな侵入があり、だれも気づいていなかった。",
      },
    },
    reinfected = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "Within days the intruder, using stolen passwords, is working on even more machines. By the time a real response starts, much of the evidence of what was taken is gone.",
        ja = "数日のうちに、侵入者は盗んだパスワードでさらに多くの端末に手を広げた。本格的な対応を始めたときには、何が持ち出されたかを示す証拠の多くが失われていた。",
      },
    },
  },

  debrief = {
    en = "In 2023 an intruder broke into JAXA's business network through a flaw in an internet-facing VPN device. "
      .. "The Asahi dated the first break-in to June 2023 and the Yomiuri to the summer. "
      .. "Jiji, citing the science ministry and JAXA, reported that the maker had published the flaw in June 2023; the Yomiuri, "
      .. "citing unnamed sources, reported that the central Active Directory server was accessed. No maker has been named. [1, 4, 5, 9]"
      .. "\n\n"
      .. "According to JAXA, the intruder spread from servers, stole account information and used it to sign in to Microsoft 365 "
      .. "as if they were real staff. Several previously unknown malware strains made the activity hard to spot. [1, 2, 3]"
      .. "\n\n"
      .. "JAXA did not detect the intrusion itself. In October 2023 an outside organisation told it of unauthorised access; "
      .. "Kyodo (via Reuters) and the Yomiuri reported that it was the police. JAXA blocked traffic to the attacker's destinations, "
      .. "reported to MEXT, cut the affected network off from outside connections, removed malware, and investigated with "
      .. "specialists and with Microsoft. [1, 2, 4, 6]"
      .. "\n\n"
      .. "The case became public on 29 November 2023. Chief Cabinet Secretary Matsuno confirmed a cyberattack on an internal JAXA "
      .. "server and said JAXA believed no personal information was involved. On 5 July 2024 JAXA confirmed that information about "
      .. "work with outside organisations, and personal data, had leaked; it had informed and apologised to each person and partner "
      .. "concerned, and did not publish the details. [1, 4, 7]"
      .. "\n\n"
      .. "The Asahi reported figures JAXA has not confirmed: personal data of about 5,000 staff and partners, more than 10,000 files "
      .. "possibly viewed, including material under NDAs, and, later, about 200 accounts taken over, among them President Yamakawa's. [8, 11]"
      .. "\n\n"
      .. "From January 2024, with stronger monitoring, JAXA detected and dealt with several further attacks on VPN devices, "
      .. "including zero-day attacks, and says none led to information loss. The Asahi reported that the four intrusions used VPN "
      .. "devices from four different makers. In June 2024 Chief Cabinet Secretary Hayashi said the attacked networks did not "
      .. "handle sensitive rocket or satellite data. [1, 9, 10]"
      .. "\n\n"
      .. "In this game the log lines, names, addresses, times, the January 2024 alert and the endings are illustrative. JAXA has not "
      .. "published which passwords it reset or whether multi-factor sign-in was in place: the reset and clean-up steps are standard "
      .. "practice, not a record of what JAXA did. Its published short-term measures were a set-up for acting quickly on "
      .. "vulnerabilities, stronger monitoring and more secure remote access. [1]",
    ja = "2023年、インターネットに面したVPN装置の脆弱性を突かれ、JAXAの業務ネットワークに侵入された。"
      .. "最初の侵入の時期は、朝日新聞は2023年6月、読売新聞は同年夏と報じている。"
      .. "時事通信は文部科学省とJAXAの話として、この脆弱性は2023年6月にメーカーが公表していたと報じた。"
      .. "読売新聞は関係者の話として、中枢のActive Directoryサーバーにアクセスされたと報じた。メーカー名は明らかにされていない。 [1, 4, 5, 9]"
      .. "\n\n"
      .. "JAXAによれば、侵入者はサーバーから被害を広げてアカウント情報を盗み、それを使って正規の職員になりすましMicrosoft 365にログインした。"
      .. "未知のマルウェアが複数使われたため、発見は難しかったという。 [1, 2, 3]"
      .. "\n\n"
      .. "JAXAは自ら侵入に気づけなかった。2023年10月、外部機関から不正アクセスの連絡を受けた。"
      .. "共同通信（ロイター経由）や読売新聞は、連絡したのは警察だったと報じている。"
      .. "JAXAは攻撃者の通信先との通信を遮断し、文部科学省に報告し、影響のあるネットワークを外部から切り離し、"
      .. "マルウェアを駆除したうえで、専門家やマイクロソフトと調査を行った。 [1, 2, 4, 6]"
      .. "\n\n"
      .. "事案は2023年11月29日に明らかになった。松野官房長官はJAXAの内部サーバーへのサイバー攻撃を認め、"
      .. "個人情報は含まれていないとJAXAはみていると述べた。しかし2024年7月5日、JAXAは外部機関との業務に関する情報と"
      .. "個人情報が流出したことを認めた。関係者や取引先には個別に連絡・謝罪したとし、詳細は公表していない。 [1, 4, 7]"
      .. "\n\n"
      .. "朝日新聞は、JAXAが認めていない数字として、職員や取引先など約5,000人分の個人情報、NDA対象の資料を含む1万点超のファイルが"
      .. "閲覧された可能性があること、さらに後には山川理事長のものを含む約200のアカウントが乗っ取られていたことを報じている。 [8, 11]"
      .. "\n\n"
      .. "2024年1月以降、監視を強化したJAXAは、ゼロデイ攻撃を含むVPN装置への複数の攻撃を検知・対処し、情報の流出はなかったとしている。"
      .. "朝日新聞は、4回の侵入がそれぞれ別のメーカーのVPN装置を使ったものだったと報じた。"
      .. "2024年6月、林官房長官は、攻撃を受けたネットワークはロケットや衛星の機微な情報を扱っていないと述べた。 [1, 9, 10]"
      .. "\n\n"
      .. "このゲームのログ、人名、アドレス、時刻、2024年1月の警報、各エンディングの結果は説明のための架空のものである。"
      .. "JAXAは、どのパスワードをリセットしたか、多要素認証を導入していたかを公表していない。ゲーム中のリセットや排除の手順は"
      .. "一般的な対応であり、JAXAの実際の対応の記録ではない。JAXAが公表した短期的な対策は、脆弱性に迅速に対応する体制、"
      .. "監視の強化、より安全なリモートアクセスである。 [1]",
  },

  facts = {
    { text = { en = "JAXA did not spot the 2023 break-in itself: an outside organisation told it in October 2023 (the police, Kyodo reported).",
               ja = "JAXAは2023年の侵入に自ら気づけなかった。10月に外部機関（共同通信によれば警察）から知らされた。" },
      source = 6 },
    { text = { en = "The intruder signed in to JAXA's Microsoft 365 as real staff, with account data stolen after breaking in through a VPN device.",
               ja = "侵入者はVPN装置から入って盗んだアカウント情報で、正規職員としてJAXAのMicrosoft 365にログインした。" },
      source = 1 },
    { text = { en = "From January 2024 JAXA's stronger monitoring caught several VPN attacks, including zero-days, with no information lost.",
               ja = "2024年1月以降、監視を強化したJAXAはゼロデイを含むVPN装置への攻撃を複数検知し、情報流出を防いだ。" },
      source = 1 },
    { text = { en = "The Asahi reported that the four intrusions used VPN devices from four different makers.",
               ja = "朝日新聞によれば、4回の侵入ではそれぞれ別のメーカーのVPN装置が狙われた。" },
      source = 9 },
  },
}
