-- jaxa-2023-quick.lua: a two-minute kiosk round on the JAXA Active Directory
-- compromise (2023-24). The full training version is jaxa-2023.lua.
--
-- What it teaches, in five decisions: act at once on an outside warning
-- without wiping the evidence; a correct password from the wrong place is
-- still an intruder; after the directory is stolen, every password must
-- change; say what you know and what you don't; and expect the attacker back.
--
-- Sources: incident.sources below
-- (JAXA's own report of 5 Jul 2024 first). Press-only details are attributed;
-- the VPN maker is not named. Invented: the log lines, names, addresses and
-- times, the January 2024 alert's wording, and the endings' consequences
-- (said so in the intro and the debrief).
--
-- Flags: late (the player waited or wiped), partial (not every password was
-- changed), overpromised ("no personal data"). The last step's best choice
-- leads to the good ending only when none of them is set.
--
-- Best path (score 100): 2 3+4+5 3 3 2
-- Worst path (score 0):  1 1+2 2 1 1

local function all_clean(state)
  local f = state.flags
  return f.late ~= true and f.partial ~= true and f.overpromised ~= true
end
local function not_clean(state) return not all_clean(state) end

local investigate_text = {
  en = "Investigate it as a new break-in: cut it off, save its logs, look behind it.",
  ja = "新たな侵入として調べる。切り離し、ログを保全し、その先を確認する。",
}
local investigate_feedback = {
  en = "Right. From January 2024 JAXA's stronger monitoring caught several attacks like this, some on flaws nobody had published yet, and lost no data.",
  ja = "正解。2024年1月以降、監視を強化したJAXAは、未公表の脆弱性を突くものも含めこうした攻撃を複数検知し、情報流出を防いだ。",
}

return {
  id = "jaxa-2023-quick",
  languages = { "en", "ja" },

  title = { en = "JAXA 2023: two minutes on the hot seat",
            ja = "JAXA 2023：2分間のインシデント対応" },
  summary = {
    en = "A call from outside (the police, according to press reports): Japan's space agency has been hacked. Five quick decisions.",
    ja = "外部（報道によれば警察）から「宇宙機関がハッキングされている」と電話が。5つの判断を素早く。",
  },
  intro = {
    en = "October 2023. You are on the security team of JAXA, Japan's space agency. An outside organisation calls (the police, according to press reports): your network has been broken into, and nobody here noticed. "
      .. "Names, addresses, log lines and times in this game are illustrative.",
    ja = "2023年10月。あなたは日本の宇宙機関JAXAのセキュリティ担当だ。外部の機関（報道によれば警察）から「ネットワークに侵入されている」と電話が入った。組織内のだれも気づいていなかった。"
      .. "ゲーム中の人名・アドレス・ログ・時刻は架空のものである。",
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
  minutes = 2,
  modes = { "kiosk" },

  start = "call",

  steps = {
    -- Teaches: contain at once, but keep the evidence.
    call = {
      kind = "choice",
      tags = { csf = { "RS.MA", "RS.MI" } },
      text = {
        en = "The police say some of your servers are talking to a hacker's servers. First move?",
        ja = "警察によると、一部のサーバーがハッカーのサーバーと通信している。最初の一手は？",
      },
      choices = {
        {
          text = { en = "Wipe and reinstall those servers tonight.",
                   ja = "今夜中にそのサーバーを消去して入れ直す。" },
          next = "signins",
          respond = -2,
          set = { late = true },
          feedback = {
            en = "That wipes the clues to how they got in, and the hacker's other footholds stay.",
            ja = "侵入経路の手がかりが消え、ハッカーの別の足場は残ったままになる。",
          },
        },
        {
          text = { en = "Block those connections and cut the servers off, without wiping them.",
                   ja = "その通信を遮断し、サーバーを消去せずに切り離す。" },
          next = "signins",
          respond = 2,
          feedback = {
            en = "Right, and close to what JAXA did: block the attacker, isolate, keep the evidence.",
            ja = "正解。JAXAの実際の対応に近い。攻撃者を遮断し、隔離し、証拠は残す。",
          },
        },
        {
          text = { en = "Ask for proof in writing, and wait.",
                   ja = "書面で証拠を求めて待つ。" },
          next = "signins",
          respond = -1,
          set = { late = true },
          feedback = {
            en = "While you wait, the hacker keeps working inside.",
            ja = "待っている間も、ハッカーは中で動き続ける。",
          },
        },
      },
    },

    -- Teaches: a correct password from the wrong place is still an intruder
    -- (T1078.004).
    signins = {
      kind = "spot",
      tags = { csf = { "DE.CM", "DE.AE" }, attack = { "T1078.004", "T1530" } },
      text = {
        en = "Staff log-ins to Microsoft 365, the cloud mail and files. All used the right password. Tap the ones that look like the hacker.",
        ja = "職員がクラウドのメール・ファイルサービス「Microsoft 365」にログインした記録。どれも正しいパスワードだ。ハッカーらしい行をタップ。",
      },
      lines = {
        "Mon 09:30  h.kimura  2 typos, then OK  JAXA office  JAXA PC",
        "Tue 02:05  t.mori  log-in OK  home broadband  JAXA laptop",
        "Tue 02:13  y.tanaka  log-in OK  hosting, abroad unknown device",
        "Tue 02:15  y.tanaka  312 files opened in 40 minutes",
        "Tue 02:40  a.suzuki  log-in OK  hosting, abroad unknown device",
        "Tue 07:55  m.ito  log-in OK  hotel Wi-Fi  JAXA laptop",
      },
      suspicious = { 3, 4, 5 },
      notes = {
        [1] = { en = "Two typos in the office on a JAXA PC: just a person in a hurry.",
                ja = "職場のJAXA端末で2回の打ち間違い。急いでいただけだ。" },
        [2] = { en = "Late, but from home on a JAXA laptop: someone working at night.",
                ja = "深夜だが、自宅からJAXAのノートPCで。夜に仕事をしている人だ。" },
        [3] = { en = "2 a.m., a server company abroad, an unknown device: a stolen password.",
                ja = "午前2時、海外のサーバー会社、見知らぬ端末。盗まれたパスワードだ。" },
        [4] = { en = "Nobody reads 312 files in 40 minutes. Someone is collecting.",
                ja = "40分で312ファイルは読めない。誰かが集めている。" },
        [5] = { en = "Another account from the same kind of place: one hacker, several stolen identities.",
                ja = "同じような場所から別のアカウント。一人のハッカーが複数のアカウントを乗っ取っている。" },
        [6] = { en = "A hotel on a business trip, but a JAXA laptop at breakfast time: fine.",
                ja = "出張先のホテルだが、JAXAのノートPCで朝の時間帯。問題ない。" },
      },
      next = "reset",
      feedback = {
        en = "That is what happened at JAXA: passwords stolen inside were used to log in to Microsoft 365 as real staff.",
        ja = "JAXAでも、内部で盗まれたアカウント情報で、正規職員になりすましてMicrosoft 365にログインされた。",
      },
    },

    -- Teaches: when the directory of every password is compromised, every
    -- password must change (T1078).
    reset = {
      kind = "choice",
      tags = { csf = { "RS.MI", "PR.AA" }, attack = "T1078" },
      text = {
        en = "Investigators find the hacker reached Active Directory, the system that holds every staff password. Which passwords do you change?",
        ja = "調査で、ハッカーが全職員のパスワードを管理するActive Directoryに届いていたと判明。どのパスワードを変える？",
      },
      body = {
        en = "(That Active Directory was reached comes from the Yomiuri's reporting; JAXA itself spoke of stolen account information.)",
        ja = "（Active Directoryへの到達は読売新聞の報道による。JAXA自身は「アカウント情報の窃取」と説明している。）",
      },
      choices = {
        {
          text = { en = "Only the accounts we saw the hacker use.",
                   ja = "ハッカーが使ったと分かっているアカウントだけ。" },
          next = "statement",
          set = { partial = true },
          feedback = {
            en = "The hacker could copy any password there. The ones you saw are just the ones you saw.",
            ja = "ハッカーはどのパスワードも盗めた。見つかったのは、たまたま見えたものだけだ。",
          },
        },
        {
          text = { en = "None yet: wait for the final report.",
                   ja = "まだ変えない。最終報告を待つ。" },
          next = "statement",
          respond = -1,
          set = { partial = true },
          feedback = {
            en = "That report can take months. Until then the stolen passwords still work.",
            ja = "最終報告は何か月も先かもしれない。それまで盗まれたパスワードは使えてしまう。",
          },
        },
        {
          text = { en = "All of them, admin accounts first, and log everyone out of the cloud.",
                   ja = "すべて。管理者から順に変え、クラウドからも全員をログアウトさせる。" },
          next = "statement",
          respond = 2,
          feedback = {
            en = "Right. If the hacker held the directory, treat every password as known to them.",
            ja = "正解。パスワードの台帳ごと握られたなら、すべてのパスワードが知られた前提で動く。",
          },
        },
      },
    },

    -- Teaches: say what you know and what you are still checking; JAXA's
    -- early "no personal data" had to be taken back.
    statement = {
      kind = "choice",
      tags = { csf = "RS.CO" },
      text = {
        en = "November 2023: the story is in the news. What do you tell the public?",
        ja = "2023年11月、事案が報道された。世間に何と伝える？",
      },
      choices = {
        {
          text = { en = "\"No personal information was involved.\"",
                   ja = "「個人情報は含まれていません」" },
          next = "new_alert",
          respond = -2,
          set = { overpromised = true },
          feedback = {
            en = "That was the early message, and in July 2024 JAXA confirmed personal data had leaked after all.",
            ja = "当初はそう説明されたが、2024年7月、JAXAは個人情報の流出を認めた。",
          },
        },
        {
          text = { en = "Nothing until the investigation is over.",
                   ja = "調査が終わるまで何も言わない。" },
          next = "new_alert",
          respond = -1,
          feedback = {
            en = "The story is already out; silence lets rumours fill the gap.",
            ja = "報道はもう出ている。沈黙すればうわさが広がる。",
          },
        },
        {
          text = { en = "What we know, what we are still checking, and that we will tell anyone affected.",
                   ja = "分かっていること、調査中のこと、影響のある人には必ず知らせること。" },
          next = "new_alert",
          respond = 2,
          feedback = {
            en = "Right. Honest about the unknowns, so you never have to take it back.",
            ja = "正解。分からないことは分からないと伝えれば、後で撤回せずに済む。",
          },
        },
      },
    },

    -- Teaches: the attacker comes back, through another door (T1190).
    new_alert = {
      kind = "choice",
      tags = { csf = { "DE.CM", "RS.AN" }, attack = { "T1190", "T1133" } },
      text = {
        en = "January 2024. An alarm on a different VPN device, the box for logging in from outside. No known flaw in it. What now?",
        ja = "2024年1月。外部から接続するための別のVPN装置で警報。既知の脆弱性はない。どうする？",
      },
      choices = {
        {
          text = { en = "Ignore it: we fixed last year's hole.",
                   ja = "無視する。去年の穴はふさいだ。" },
          next = "breached",
          detect = -1,
          feedback = {
            en = "Hackers come back through other doors. The Asahi reported new break-ins at JAXA in January, April and May 2024.",
            ja = "ハッカーは別の入口から戻ってくる。朝日新聞は、2024年1月・4月・5月にもJAXAへの侵入があったと報じた。",
          },
        },
        {
          text = investigate_text,
          next = "win",
          detect = 2,
          when = all_clean,
          feedback = investigate_feedback,
        },
        {
          text = investigate_text,
          next = "patchy",
          detect = 2,
          when = not_clean,
          feedback = investigate_feedback,
        },
      },
    },

    -- Endings -----------------------------------------------------------
    win = {
      kind = "ending",
      outcome = "good",
      text = {
        en = "The new attack is stopped at the door. The hacker is out, partners know where they stand, and nothing new is lost.",
        ja = "新たな攻撃は入口で止まった。ハッカーは排除され、取引先にも状況を伝えられ、新たに失ったものはない。",
      },
    },
    patchy = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "You stop the new attack, but earlier shortcuts catch up with you: a stolen password still works, or a promise has to be taken back.",
        ja = "新たな攻撃は止めたが、以前の手抜きが響く。盗まれたパスワードがまだ使えたり、発表を撤回する羽目になったりする。",
      },
    },
    breached = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "Months later the phone rings again. Another outside warning, another break-in nobody here saw.",
        ja = "数か月後、また電話が鳴る。外部からの再度の通報。またしてもだれも気づかなかった侵入だ。",
      },
    },
  },

  debrief = {
    en = "In 2023 (in June, the Asahi reported) an intruder got into JAXA through a flaw in a VPN device, spread to servers, stole account information and used it "
      .. "to log in to Microsoft 365 as real staff. JAXA did not notice: in October 2023 an outside organisation told it, which Kyodo reported "
      .. "was the police. [1, 6, 9]"
      .. "\n\n"
      .. "When the case became public on 29 November 2023, the government said JAXA believed no personal information was involved. "
      .. "On 5 July 2024 JAXA confirmed that personal data and information about work with partners had leaked, and apologised to those affected. [1, 7]"
      .. "\n\n"
      .. "From January 2024, with stronger monitoring, JAXA caught several new attacks on VPN devices, including zero-days (flaws exploited before the maker has a fix), with no information lost. "
      .. "The log lines, names, addresses and times in this game are illustrative. [1]",
    ja = "2023年（朝日新聞によれば6月）、VPN装置の脆弱性を突いてJAXAに侵入した攻撃者は、サーバーに広がってアカウント情報を盗み、"
      .. "正規職員になりすましてMicrosoft 365にログインした。JAXAは気づかず、2023年10月に外部機関から知らされた。"
      .. "共同通信は、それが警察だったと報じている。 [1, 6, 9]"
      .. "\n\n"
      .. "2023年11月29日に事案が明らかになった際、政府は「個人情報は含まれていないとJAXAはみている」と説明した。"
      .. "しかし2024年7月5日、JAXAは個人情報と外部機関との業務に関する情報の流出を認め、関係者に謝罪した。 [1, 7]"
      .. "\n\n"
      .. "2024年1月以降、監視を強化したJAXAは、ゼロデイ（修正プログラムが出る前の脆弱性を突く攻撃）を含むVPN装置への新たな攻撃を複数検知し、情報流出を防いだ。"
      .. "このゲームのログ、人名、アドレス、時刻は架空のものである。 [1]",
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
