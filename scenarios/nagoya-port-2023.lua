-- nagoya-port-2023.lua: the Port of Nagoya ransomware outage, 4-6 July 2023.
--
-- What it teaches (for trainers):
--   - An outage can be an attack: escalate early, stop rebooting, keep evidence.
--   - Read a ransom note as evidence (family, data-theft claim, contact link),
--     never open the link from a work machine, never start talking or paying.
--   - Contain by cutting outside links (the maintenance VPN) while keeping
--     the encrypted machines as they are for investigators.
--   - Tell the police, the port's authorities and the people who depend on
--     the port; follow the incident life cycle (NIST SP 800-61).
--   - Find the way in (an unpatched remote-maintenance VPN device).
--   - Scan backups before restoring (malware WAS found in Nagoya's backup),
--     check restored data against the real yard, reopen in stages, and give
--     honest time ranges instead of promises.
--   - Afterwards: patch and lock down remote access, monitor it, real
--     anti-malware on servers, several tested backups (the MLIT committee's list).
--
-- Facts come only from the public sources listed under incident.sources,
-- which the debrief cites by number.
-- Confidence: what the Nagoya Harbor Transportation Association (NHTA), the
-- ministry (MLIT) or NISC said is stated as fact; what only the press
-- reported (Yomiuri: the VPN was a Fortinet FortiGate without the June fix;
-- Asahi: about 100 printed pages; Asahi: Toyota's packaging plant) is
-- attributed to the outlet. No CVE is named: none is confirmed for Nagoya.
--
-- Invented for play (illustrative): the player and their team; every log
-- line, host name, IP address, firmware version and time inside a log; the
-- wording of the printed note (the real one was in English and headed
-- "LockBit Black Ransomware"); the chat page behind the link (the NHTA never
-- opened it); the 09:30 plan; the late-July request to switch the VPN back on.
-- The main clock times (06:30, 07:30, 08:15, 09:00, 5 July evening, 6 July
-- 07:30) follow the NHTA's own timeline.
--
-- Flags (set = ..., read by the helpers below):
--   rebooted       kept restarting servers at 06:30 (evidence in memory lost)
--   note_kept      kept the printed note as evidence, link unopened
--   url_visited    opened the link from an office PC
--   isolated       cut NUTS off from outside links, machines kept as they were
--   police         told the police cyber unit (a `call_list` option)
--   told_truckers  told truckers, shipping lines and shippers early
--   backup_scanned scanned the backup before restoring
--   vpn_back       switched the VPN back on during the restore
--   yard_checked   checked restored records against the yard before reopening
-- The good ending needs: isolated, note_kept, police, backup_scanned,
-- yard_checked and not rebooted. Otherwise the best last answer leads to the
-- mixed ending.
--
-- Best path (100):  2 1+2+5 3 2 1+2+3 1>2>3>4>5 2+3+4+8 2 2 1+2+3+4 1
-- Worst path (0):   1 3+4+6 2 3

local function rebooted(state) return state.flags.rebooted == true end
local function not_rebooted(state) return state.flags.rebooted ~= true end
local function told_truckers(state) return state.flags.told_truckers == true end
local function not_told_truckers(state) return state.flags.told_truckers ~= true end
local function vpn_back(state) return state.flags.vpn_back == true end

-- Everything the good ending needs: evidence kept, police told, the way in
-- cut, the backup checked and the yard reconciled.
local function clean_recovery(state)
  local f = state.flags
  return f.isolated == true and f.note_kept == true and f.police == true
     and f.backup_scanned == true and f.yard_checked == true and f.rebooted ~= true
end
local function not_clean_recovery(state) return not clean_recovery(state) end

return {
  id = "nagoya-port-2023",
  languages = { "en", "ja" },

  title = { en = "Nagoya Port, July 2023: the printer that printed a ransom note",
            ja = "2023年7月 名古屋港：身代金要求を印刷し続けたプリンター" },
  summary = {
    en = "Japan's largest port stops: ransomware has encrypted its terminal system, and a printer spits out a note signed \"LockBit\". Keep the evidence, cut the way in, restore cleanly and reopen the port.",
    ja = "日本最大の港が止まった。ターミナルシステムがランサムウェアに暗号化され、プリンターからは「LockBit」を名乗る脅迫文が出てきた。証拠を守り、侵入口を断ち、安全に復旧して港を再開させよう。",
  },
  intro = {
    en = "Nagoya, Tuesday 4 July 2023, 06:30. You are on the system team that looks after NUTS for the "
      .. "Nagoya Harbor Transportation Association. NUTS (Nagoya United Terminal System) is one computer system "
      .. "that runs ship loading, yard storage and the truck gates of all five container terminals at the Port of "
      .. "Nagoya, Japan's largest port by cargo handled. Your phone rings: the gates are down. The story follows the "
      .. "real incident, but you are an invented character, and names, addresses, log lines and the times inside "
      .. "logs are illustrative.",
    ja = "2023年7月4日（火）午前6時30分、名古屋。あなたは名古屋港運協会でNUTSの運用を担うシステムチームの一員だ。"
      .. "NUTS（名古屋港統一ターミナルシステム）は、取扱貨物量日本一の名古屋港にある5つのコンテナターミナルすべての"
      .. "荷役、ヤード管理、トレーラーの搬出入ゲートを1つで動かしているシステムである。電話が鳴った。ゲートが動かないという。"
      .. "話の流れは実際のインシデントに沿っているが、あなたは架空の人物で、登場する名前、アドレス、ログの各行とその時刻は"
      .. "説明のための架空のものである。",
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
      "https://monoist.itmedia.co.jp/mn/spv/2310/10/news055.html",             -- 8 MONOist: interim summary
      "https://www3.nhk.or.jp/news/html/20230929/k10014211351000.html",        -- 9 NHK: MLIT measures
      "https://online.logi-biz.com/96230/",                                    -- 10 LOGI-BIZ: final summary
      "https://www.nisc.go.jp/council/cs/index.html#cs41",                     -- 11 NISC: ports added 8 Mar 2024
      "https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-075a",   -- 12 CISA: LockBit 3.0 ("LockBit Black")
      "https://ajw-origin.potaufeu.asahi.com/ajw/articles/14954966",           -- 13 Asahi AJW: Toyota plant, 7 Jul
      "https://www3.nhk.or.jp/news/html/20230705/k10014119091000.html",        -- 14 NHK, 5 Jul (with 6: trucking letter)
    },
  },
  minutes = 9,
  modes = { "training" },

  start = "gate_dead",

  steps = {
    -- 1. DETECT. An outage is the first sign: raise a possible incident
    -- early, stop rebooting (evidence), call the vendors. Real: ~06:30 stop,
    -- ~07:15 vendors called.
    gate_dead = {
      kind = "choice",
      tags = { csf = { "DE.AE", "RS.MA" } },
      text = {
        en = "06:30. The gate readers at Tobishima are dead, trailers are queuing outside and one terminal PC will not start. NUTS shows nothing. What do you do?",
        ja = "午前6時30分。飛島のゲートの読み取り機が反応せず、トレーラーが外に列を作り、端末のPCが1台起動しない。NUTSの画面には何も出ない。どうする？",
      },
      choices = {
        {
          text = { en = "It's an IT fault: restart the servers until they come back.",
                   ja = "ただのシステム障害だ。復旧するまでサーバーを再起動し続ける。" },
          next = "printer_note",
          detect = -1,
          set = { rebooted = true },
          feedback = {
            en = "Risky. If this is an attack, every restart wipes traces held in the servers' memory that investigators need, and some ransomware (malware that locks files by encrypting them, then demands a ransom) does more damage on restart.",
            ja = "危険だ。攻撃だった場合、再起動のたびにメモリ上の痕跡が消え、調査に必要な証拠が失われる。ランサムウェア（ファイルを暗号化して使えなくし、身代金を要求する不正プログラム）の中には、再起動で被害が広がるものもある。",
          },
        },
        {
          text = { en = "Call the vendors and raise a possible security incident: stop restarts, leave machines as they are, check what else is down.",
                   ja = "保守・開発ベンダーに連絡し、セキュリティインシデントの可能性として扱う。再起動は止め、機器はそのままにし、ほかに止まっているものを確認する。" },
          next = "printer_note",
          detect = 2, respond = 1,
          feedback = {
            en = "Right. Declaring a possible incident early costs little and saves hours. The association called its maintenance and development vendors at about 07:15.",
            ja = "正解。インシデントの可能性を早めに宣言しても失うものはほとんどなく、対応を何時間も早められる。実際、協会は7時15分ごろ保守会社と開発会社に復旧を依頼した。",
          },
        },
        {
          text = { en = "Wait for the day-shift IT staff, who arrive at 09:00.",
                   ja = "9時に日勤のIT担当者が来るまで待つ。" },
          next = "printer_note",
          respond = -1,
          feedback = {
            en = "Two and a half hours lost while trucks queue and, if this is an attack, the attacker keeps working.",
            ja = "2時間半の損失だ。その間もトレーラーは並び、攻撃であれば攻撃者は作業を続けている。",
          },
        },
        {
          text = { en = "Tell the drivers to come back tomorrow and leave it there.",
                   ja = "運転手に「明日また来てほしい」と伝えて、それで終わりにする。" },
          next = "printer_note",
          respond = -1,
          feedback = {
            en = "Sending trucks away is needed, but it is not a diagnosis. Nobody is finding out why five terminals stopped at once.",
            ja = "トレーラーを帰すことは必要だが、それは原因の調査ではない。5つのターミナルが一斉に止まった理由を誰も調べていない。",
          },
        },
      },
    },

    -- 2. DETECT (spot). Reading a ransom note as evidence: the family name,
    -- the data-theft claim and the contact link. Wording illustrative.
    printer_note = {
      kind = "spot",
      tags = { csf = "DE.AE", attack = "T1486" },
      text = {
        en = "07:30. The NUTS printer starts printing page after page in English. Mark the lines that change what you do next.",
        ja = "午前7時30分。NUTSのプリンターが英語の文書を次々と印刷し始めた。次の行動を左右する行に印を付けよう。",
      },
      body = {
        en = "The lines below are illustrative; the real note was in English and headed \"LockBit Black Ransomware\".",
        ja = "以下の文面は説明用の架空のものだ。実物は英語で、「LockBit Black Ransomware」という見出しだった。",
      },
      lines = {
        "~~~ LockBit Black Ransomware ~~~",
        ">>>> Your data are stolen and encrypted",
        ">>>> We only want money. Our reputation is our guarantee.",
        ">>>> Do not rename or delete the encrypted files.",
        ">>>> Open in Tor Browser: http://lbk3qz7v4m2ne5x[...]d.onion",
        ">>>> You can decrypt one file for free as proof.",
      },
      suspicious = { 1, 2, 5 },
      notes = {
        [1] = {
          en = "The note names its family. LockBit Black is another name for LockBit 3.0, ransomware whose criminals usually steal data as well as encrypt it. The name tells police and vendors what to look for.",
          ja = "ランサムウェアの種類が書かれている。LockBit BlackはLockBit 3.0の別名で、暗号化に加えてデータも盗むことが多い。名前がわかれば、警察やベンダーは何を調べるべきかがわかる。",
        },
        [2] = {
          en = "A claim of theft as well as encryption (\"double extortion\": pay, or we publish). Treat it as possible but unproven until someone checks.",
          ja = "暗号化だけでなくデータを盗んだという主張だ（「払わなければ公開する」という二重恐喝）。確認できるまでは「ありうるが未確認」として扱う。",
        },
        [3] = {
          en = "Sales talk found in most ransom notes. It tells you nothing about this attack.",
          ja = "多くの脅迫文にある決まり文句で、今回の攻撃については何もわからない。",
        },
        [4] = {
          en = "Boilerplate. Leaving the files untouched is wise anyway, but for the investigators' sake, not the criminals'.",
          ja = "決まり文句だ。ファイルに手を付けないのは正しいが、それは犯人のためではなく調査のためだ。",
        },
        [5] = {
          en = "The door to a conversation with the criminals. Tor Browser opens hidden \".onion\" sites. Copy the address down for the police; never open it from a work machine.",
          ja = "犯人との交渉への入口だ。Tor Browserは「.onion」という匿名サイトを開くためのブラウザ。アドレスは書き写して警察に渡し、業務用の端末では決して開かない。",
        },
        [6] = {
          en = "Bait to get you talking. It changes nothing about your next move.",
          ja = "交渉を始めさせるためのエサだ。次の行動は何も変わらない。",
        },
      },
      feedback = {
        en = "Asahi reported about 100 sheets from the system's own printer. Printing the note is a known ransomware trick to make sure the victim sees it.",
        ja = "朝日新聞は、システムのプリンターから約100枚が出てきたと報じた。脅迫文を印刷させるのは、被害者に確実に見せるためのランサムウェアの手口として知られている。",
      },
      next = "note_action",
    },

    -- 3. DETECT + RESPOND. Keep the note as evidence; never open the link.
    -- Real: the NHTA did not visit the URL and never contacted the attacker.
    note_action = {
      kind = "choice",
      tags = { csf = { "RS.AN", "RS.MA" }, attack = "T1486" },
      text = {
        en = "A pile of these pages is on the floor, and your manager wants it gone. What do you do with the note?",
        ja = "床には脅迫文の束。上司は早く片付けろと言う。この脅迫文をどうする？",
      },
      choices = {
        {
          text = { en = "Bin the pages: it's a prank or a printer fault.",
                   ja = "いたずらかプリンターの故障だろう。捨てる。" },
          next = "contain",
          detect = -1,
          feedback = {
            en = "A note naming a ransomware family, printed by the very system that just died, is no prank. And the pages were evidence.",
            ja = "止まったシステムそのものが、ランサムウェアの名前入りの文書を印刷したのだ。いたずらではない。しかも、その紙は証拠だった。",
          },
        },
        {
          text = { en = "Install Tor Browser on an office PC and open the link to see what they want.",
                   ja = "事務所のPCにTor Browserを入れ、リンクを開いて相手の要求を確かめる。" },
          next = "chat_open",
          respond = -2,
          set = { url_visited = true },
          feedback = {
            en = "That starts contact with the criminals, from a PC on your own network. The association never opened the link.",
            ja = "協会のネットワークにつながったPCから、犯人に接触してしまった。実際の協会は、このリンクを一度も開かなかった。",
          },
        },
        {
          text = { en = "Keep copies as evidence, leave the link unopened, and give the note to the police and the incident team.",
                   ja = "証拠として保管し、リンクは開かず、脅迫文を警察と対応チームに渡す。" },
          next = "contain",
          detect = 1, respond = 2,
          set = { note_kept = true },
          feedback = {
            en = "Right. The note names the family and the contact address: evidence for the police. The association never visited the URL and reported to the police at about 09:00.",
            ja = "正解。脅迫文にはランサムウェアの種類と連絡先が書かれており、警察にとって重要な証拠だ。実際の協会もURLにはアクセスせず、9時ごろ警察に届け出た。",
          },
        },
        {
          text = { en = "Switch the printer off and get back to the servers.",
                   ja = "プリンターの電源を切り、サーバーの作業に戻る。" },
          next = "contain",
          feedback = {
            en = "It stops the paper, not the attack, and nobody keeps the note. It should go to the police.",
            ja = "紙は止まるが、攻撃は止まらない。脅迫文も誰も保管していない。本来は警察に渡すべきものだ。",
          },
        },
      },
    },

    -- 3b. Only after opening the link (illustrative: the NHTA never did).
    -- Do not negotiate, do not pay; own up and isolate the PC.
    chat_open = {
      kind = "choice",
      tags = { csf = "RS.MA", attack = "T1657" },
      text = {
        en = "The link opens a chat page with a countdown and an ID for your organisation (illustrative). The office PC you used is on the association's network. Now what?",
        ja = "リンク先には、カウントダウンと協会あてのIDが表示されたチャット画面が開いた（架空の描写）。使ったPCは協会のネットワークにつながっている。どうする？",
      },
      choices = {
        {
          text = { en = "Close it, unplug that PC from the network, and tell the vendor and police what you did.",
                   ja = "画面を閉じ、そのPCをネットワークから外し、ベンダーと警察にありのまま報告する。" },
          next = "contain",
          respond = 1,
          feedback = {
            en = "The best repair now. The criminals may have seen the visit, so investigators need to know what was opened and when, and the PC, now running software nobody approved, must be checked before it is used again.",
            ja = "今できる最善の立て直しだ。犯人側はアクセスに気づいたかもしれないので、何をいつ開いたかを調査側に伝える必要がある。許可なくソフトを入れたそのPCも、再び使う前に検査しなければならない。",
          },
        },
        {
          text = { en = "Ask for the price, just in case.",
                   ja = "念のため、金額だけ聞いておく。" },
          next = "contain",
          respond = -1,
          feedback = {
            en = "Asking signals you might pay, and the pressure grows. Leave any contact to the police and lawyers.",
            ja = "聞くだけでも「払う可能性がある」と伝わり、圧力が強まる。接触するかどうかは警察や弁護士に委ねる。",
          },
        },
        {
          text = { en = "Ask the director to pay at once, so the port reopens.",
                   ja = "港を早く再開するため、すぐ支払うよう理事に求める。" },
          next = "paid",
          respond = -2,
          feedback = {
            en = "Paying funds the next attack and guarantees nothing: no working key, no deleted data. The association never contacted the attackers and restored from backups.",
            ja = "支払いは次の攻撃の資金になり、何も保証されない。復号できる保証も、データを消す保証もない。協会は犯人と一切接触せず、バックアップから復旧した。",
          },
        },
      },
    },

    -- 4. RESPOND. Containment: cut outside links (the VPN), keep machines
    -- as they are for forensics, switch to manual work. Real: ~08:15 the
    -- servers could not restart.
    contain = {
      kind = "choice",
      tags = { csf = "RS.MI" },
      text = {
        en = "08:15. The servers will not restart. It looks like ransomware. How do you contain it?",
        ja = "午前8時15分。サーバーが再起動できない。ランサムウェアの可能性が高い。どう封じ込める？",
      },
      body = {
        en = "NUTS has two links to the outside: the internet, and the maintenance VPN (virtual private network), a secured connection the maintenance vendor uses to reach NUTS from its own office.",
        ja = "NUTSの外部との接続は2つ。インターネットと、保守用のVPN（仮想プライベートネットワーク）だ。VPNは、保守ベンダーが自社の事務所からNUTSに安全に接続するための仕組みである。",
      },
      choices = {
        {
          text = { en = "Keep NUTS partly running on what still works, so some ships can be worked.",
                   ja = "まだ動く部分でNUTSを一部動かし、一部の船だけでも荷役する。" },
          next = "call_list",
          respond = -1,
          feedback = {
            en = "The attacker may still be inside, and anything still running can be encrypted next.",
            ja = "攻撃者はまだ中にいるかもしれない。動いているものは、次に暗号化される対象になる。",
          },
        },
        {
          text = { en = "Cut NUTS off from outside (VPN, internet), keep the servers as they are for investigators, go manual.",
                   ja = "NUTSを外部（VPN、インターネット）から切り離し、サーバーは調査用にそのまま残し、手作業の運用に切り替える。" },
          next = "call_list",
          respond = 2,
          when = not_rebooted,
          set = { isolated = true },
          feedback = {
            en = "Right. Cutting outside links shuts the attacker's door; leaving the machines untouched keeps the evidence.",
            ja = "正解。外部接続を断てば攻撃者の出入口が閉じ、機器に手を付けなければ証拠が残る。",
          },
        },
        {
          text = { en = "Stop the restarts, cut NUTS off from outside (VPN, internet), keep the servers as they are, go manual.",
                   ja = "再起動をやめ、NUTSを外部（VPN、インターネット）から切り離し、サーバーはそのまま残し、手作業に切り替える。" },
          next = "call_list",
          respond = 2,
          when = rebooted,
          set = { isolated = true },
          feedback = {
            en = "Right, and the restarts must stop now: what was in the servers' memory is already gone.",
            ja = "正解。再起動もここでやめる。サーバーのメモリ上にあった痕跡は、もう失われてしまった。",
          },
        },
        {
          text = { en = "Order every computer in all member companies switched off.",
                   ja = "会員企業すべてのパソコンの電源を切らせる。" },
          next = "call_list",
          feedback = {
            en = "It stops spread, but wipes evidence from memory and halts about 100 companies that may not be affected.",
            ja = "拡大は止まるが、メモリ上の証拠が消え、被害のないかもしれない約100社の業務まで止めてしまう。",
          },
        },
        {
          text = { en = "Restore the backups onto the same servers right away.",
                   ja = "すぐにバックアップを同じサーバーに戻す。" },
          next = "call_list",
          respond = -2,
          feedback = {
            en = "The attacker's way in is still open, and nobody has checked the backup. In Nagoya the backup itself held malware.",
            ja = "侵入口は開いたままで、バックアップも未確認だ。名古屋港では、バックアップ自体にマルウェアが含まれていた。",
          },
        },
      },
    },

    -- 5. RESPOND (multi). Who to tell: police, authorities, the people who
    -- depend on the port. Real: police at ~09:00; truckers told that evening;
    -- first public bulletin at noon the next day.
    call_list = {
      kind = "multi",
      axis = "respond",
      tags = { csf = { "RS.CO", "RS.MA" } },
      text = {
        en = "09:00. Who do you contact now? Tick everyone you should.",
        ja = "午前9時。今、誰に連絡する？ 連絡すべき相手をすべて選ぼう。",
      },
      options = {
        {
          text = { en = "Aichi Prefectural Police's cyber-attack unit", ja = "愛知県警察のサイバー攻撃対策部門" },
          correct = true,
          set = { police = true },
          feedback = {
            en = "Yes. The association reported at about 09:00; the police judged it probably ransomware.",
            ja = "正解。協会は9時ごろ届け出て、警察はランサムウェアの可能性が高いとの見方を示した。",
          },
        },
        {
          text = { en = "The Nagoya Port Authority and the transport ministry (MLIT)", ja = "名古屋港管理組合と国土交通省" },
          correct = true,
          feedback = {
            en = "Yes. A stopped national port is their business, and they can help coordinate.",
            ja = "正解。国の主要港が止まったのだから当事者であり、調整の助けにもなる。",
          },
        },
        {
          text = { en = "Truckers, shipping lines and shippers, with clear instructions", ja = "トラック事業者、船会社、荷主（具体的な指示つきで）" },
          correct = true,
          set = { told_truckers = true },
          feedback = {
            en = "Yes. They need to know not to come and when to check again. NHK reported that the Aichi Trucking Association was told in writing that evening; the first public bulletin came only at noon the next day.",
            ja = "正解。来なくてよいこと、次にいつ確認すればよいかを知る必要がある。NHKによると、愛知県トラック協会には当日夜に文書で知らされたが、最初の公式発表は翌日の正午だった。",
          },
        },
        {
          text = { en = "The attackers, through the link, to ask what they want", ja = "脅迫文のリンクから、犯人に要求を尋ねる" },
          correct = false,
          feedback = {
            en = "No. Contact is what the criminals want. The association never contacted them.",
            ja = "誤り。接触こそ犯人の望むことだ。協会は一度も接触しなかった。",
          },
        },
        {
          text = { en = "Social media, before anyone official knows", ja = "公的機関より先に、SNSで発信する" },
          correct = false,
          feedback = {
            en = "No. Tell the police and partners first, then the public through your own channel.",
            ja = "誤り。まず警察と関係者、そのうえで自らの公式な窓口から公表する。",
          },
        },
        {
          text = { en = "Nobody outside until NUTS is back", ja = "NUTSが復旧するまで外部には誰にも知らせない" },
          correct = false,
          feedback = {
            en = "No. Hundreds of trucks and ships plan around the port; silence makes it worse.",
            ja = "誤り。何百台ものトラックや船が港を前提に動いている。黙っていれば混乱が広がる。",
          },
        },
      },
      next = "plan_order",
    },

    -- 6. RESPOND (order). The incident life cycle on one whiteboard:
    -- contain, scope, eradicate, recover, improve (NIST SP 800-61).
    -- The 09:30 meeting is illustrative.
    plan_order = {
      kind = "order",
      axis = "respond",
      tags = { csf = { "RS.MA", "RC.RP" } },
      text = {
        en = "09:30. The vendors and your team draw up the plan for the next days. Put it in order, first step first.",
        ja = "午前9時30分。ベンダーとチームでこれからの数日の計画を立てる。最初にすることから順に並べよう。",
      },
      items = {
        { en = "Keep the attacker out: VPN and every outside link stay cut", ja = "攻撃者を入れない：VPNと外部接続はすべて遮断したままにする" },
        { en = "Find the scope: which servers are hit, and how they got in", ja = "範囲を調べる：どのサーバーがやられ、どこから入られたか" },
        { en = "Remove the malware everywhere, backups included", ja = "バックアップも含め、あらゆる場所からマルウェアを取り除く" },
        { en = "Restore NUTS and check its records against the yard", ja = "NUTSを復元し、記録をヤードの実態と突き合わせる" },
        { en = "Reopen, then fix the VPN, backups and anti-virus for good", ja = "再開し、そのうえでVPN、バックアップ、ウイルス対策を根本から直す" },
      },
      feedback = {
        en = "Keep it contained, find the scope, eradicate (remove the attacker and malware), recover, then improve: the containment, eradication, recovery and post-incident phases of NIST SP 800-61 (Rev. 3 of 2025 maps them to the CSF 2.0 functions Respond, Recover and Improvement). Restoring before cleaning brings the malware back.",
        ja = "封じ込めを保ち、範囲を特定し、根絶（攻撃者とマルウェアの排除）、復旧、改善へ。NIST SP 800-61の「封じ込め・根絶・復旧」と「事後対応」の流れだ（2025年の第3版ではCSF 2.0の対応・復旧・改善に対応づけられている）。根絶の前に復元すれば、マルウェアも一緒に戻ってくる。",
      },
      next = "entry_log",
    },

    -- 7. DETECT (spot). Finding the way in: an unpatched maintenance VPN.
    -- Every line is illustrative; the real entry point was stated in the
    -- NHTA's 26 July report, and how long the attacker was inside is unknown.
    entry_log = {
      kind = "spot",
      tags = { csf = { "DE.CM", "DE.AE", "RS.AN" }, attack = { "T1190", "T1133" } },
      text = {
        en = "4 July, afternoon. The vendor pulls the logs of the maintenance VPN and the data-centre firewall. Mark the lines that show how the attacker got in and spread.",
        ja = "7月4日午後。ベンダーが保守用VPN装置とデータセンターのファイアウォールのログを取り出した。攻撃者の侵入と拡大を示す行に印を付けよう。",
      },
      body = {
        en = "The VPN device is the box that lets the maintenance vendor reach NUTS from outside. The log lines are illustrative: the real logs are not public.",
        ja = "VPN装置は、保守ベンダーが外部からNUTSに接続するための機器だ。以下のログは説明用の架空のもので、実際のログは公開されていない。",
      },
      lines = {
        "Jul  3 10:12:41 vpn-gw vpnd[1432]: login ok user=maint01 src=203.0.113.10 (vendor office)",
        "Jul  3 23:47:05 vpn-gw kernel: vpnd[1432]: segfault (signal 11), service restarted",
        "Jul  3 23:48:19 vpn-gw vpnd[2210]: tunnel up user=(none) src=198.51.100.77 assigned=10.20.0.45",
        "Jul  4 00:05:52 dc-fw: allow 10.20.0.45 -> 14 NUTS servers tcp/445, 312 sessions",
        "Jul  4 02:10:03 nuts-bk backupd: nightly backup ok, 3 generations kept",
        "Jul  4 06:30:14 gate-ctl: TOB-N lane 3 reader heartbeat lost",
        "Jul  4 07:29:37 NUTS-APP03 spooler: 94 print jobs submitted by SYSTEM",
        "Jul  4 13:50:00 asset-scan: vpn-gw firmware 4.2.1; June security fix (4.2.3) not installed",
      },
      suspicious = { 2, 3, 4, 8 },
      notes = {
        [1] = {
          en = "The vendor's usual maintenance login, from its known office, in working hours. Normal.",
          ja = "ベンダーのいつもの保守ログイン。既知の事務所から、勤務時間内。正常だ。",
        },
        [2] = {
          en = "A VPN service crashing at night can be the trace of someone attacking a flaw in its software.",
          ja = "夜中にVPNのサービスが異常終了するのは、ソフトウェアの欠陥を突く攻撃の痕跡であることがある。",
        },
        [3] = {
          en = "A tunnel (a connection into the inside network) with no user: nobody logged in, yet someone is inside. A flaw, not a password.",
          ja = "ユーザー名のないトンネル（内部ネットワークへの接続）。誰もログインしていないのに誰かが中にいる。パスワードではなく欠陥が使われた。",
        },
        [4] = {
          en = "The intruder's address reaches 14 servers over Windows file sharing (port 445): how ransomware spreads before it encrypts.",
          ja = "侵入者のアドレスがWindowsのファイル共有（445番ポート）で14台のサーバーに接続している。暗号化の前に感染を広げる典型的な動きだ。",
        },
        [5] = {
          en = "Not an attack, but a weakness: with only three days of copies, every copy may already hold the malware.",
          ja = "攻撃ではないが弱点だ。3日分しかなければ、すべての世代にマルウェアが入っているおそれがある。",
        },
        [6] = {
          en = "What you saw at 06:30: the impact, not the way in.",
          ja = "6時30分に見た症状だ。被害の結果であり、侵入経路ではない。",
        },
        [7] = {
          en = "The ransom note being printed: impact, not the way in.",
          ja = "脅迫文の印刷だ。被害の結果であり、侵入経路ではない。",
        },
        [8] = {
          en = "The door was left open: a fix existed and had not been installed.",
          ja = "扉は開いたままだった。修正版が出ていたのに適用されていなかった。",
        },
      },
      feedback = {
        en = "In its 26 July report the association confirmed a flaw in a remote-connection device as the likely way in; Yomiuri reported the June fix had not been applied.",
        ja = "協会は7月26日の報告で、リモート接続機器の脆弱性が侵入経路とみられると公表した。読売新聞は、6月に出た修正が適用されていなかったと報じた。",
      },
      next = "backup",
    },

    -- 8. DETECT + RESPOND. Scan the backup before restoring. Real: ~21:00 on
    -- 5 July malware was found in the backup data; restoring went on overnight.
    backup = {
      kind = "choice",
      tags = { csf = { "RC.RP", "PR.DS" }, attack = "T1490" },  -- T1490: LockBit family behaviour, not confirmed for Nagoya
      text = {
        en = "5 July, evening. The bulletin promised work at 08:30 tomorrow, and the restore is nearly ready. Only three days of backups exist. What do you do?",
        ja = "7月5日夕方。公式発表では明朝8時30分の再開を約束しており、復元の準備もほぼ整った。バックアップは3日分しかない。どうする？",
      },
      choices = {
        {
          text = { en = "Restore the newest backup straight away.", ja = "最新のバックアップをすぐに戻す。" },
          next = "reinfected",
          respond = -1,
          feedback = {
            en = "Fast, but unchecked. If the malware is in the backup, you restore the attack along with the data.",
            ja = "速いが未確認だ。バックアップにマルウェアが入っていれば、データと一緒に攻撃まで戻すことになる。",
          },
        },
        {
          text = { en = "Scan the backup for malware on a separate machine, restore onto rebuilt servers, reconnect only after.",
                   ja = "別の機器でバックアップのマルウェア検査をし、再構築したサーバーに戻し、外部との接続はその後にする。" },
          next = "reopen",
          detect = 1, respond = 2,
          set = { backup_scanned = true },
          feedback = {
            en = "Right. At about 21:00 on 5 July the association found malware in its backup data; removing it delayed the restore, but it was removed.",
            ja = "正解。実際、7月5日21時ごろバックアップデータからマルウェアが見つかった。除去に時間はかかったが、取り除いてから復旧できた。",
          },
        },
        {
          text = { en = "Rebuild from nothing and re-enter every container by hand.", ja = "一から作り直し、全コンテナの情報を手で入力し直す。" },
          next = "reopen",
          feedback = {
            en = "Clean, but slow: about 15,000 containers were affected, the association said. Scanning the backup is safe and far faster.",
            ja = "安全だが遅すぎる。協会によれば影響を受けたコンテナは約1万5,000本。バックアップを検査するほうが安全で、はるかに速い。",
          },
        },
        {
          text = { en = "Restore, and switch the VPN back on so the vendor can help remotely.", ja = "復元し、ベンダーが遠隔で手伝えるようVPNを再び有効にする。" },
          next = "reinfected",
          respond = -2,
          set = { vpn_back = true },
          feedback = {
            en = "That reopens the very door the attacker used, before it is fixed.",
            ja = "攻撃者が使った扉を、直す前にまた開けることになる。",
          },
        },
      },
    },

    -- 8b. Only after an unchecked restore: notice the re-infection and stop.
    reinfected = {
      kind = "choice",
      tags = { csf = { "RS.MI", "RC.RP" } },
      text = {
        en = "Late evening. Soon after the restore, files on the restored servers start turning unreadable again (illustrative). What now?",
        ja = "夜遅く。復元して間もなく、戻したサーバーのファイルがまた読めなくなり始めた（架空の展開）。どうする？",
      },
      choices = {
        {
          text = { en = "Stop: cut everything again, scan the backup on a separate machine, clean it, restore again.",
                   ja = "止める。再びすべて切り離し、別の機器でバックアップを検査・除去してから戻し直す。" },
          next = "reopen",
          detect = 1, respond = 1,
          feedback = {
            en = "The right call, late. The hours lost are the price of restoring before checking.",
            ja = "正しい判断だが遅かった。失った時間は、確認せずに戻したことの代償だ。",
          },
        },
        {
          text = { en = "Leave the VPN on so the vendor can keep fixing it remotely.", ja = "ベンダーが遠隔で直せるよう、VPNはつないだままにする。" },
          next = "second_outage",
          respond = -2,
          when = vpn_back,
          feedback = {
            en = "The door is open and the malware is back: the attacker can return at will.",
            ja = "扉は開いたまま、マルウェアも戻ってきた。攻撃者はいつでも戻ってこられる。",
          },
        },
        {
          text = { en = "Keep going: it's leftovers, and the 08:30 promise matters.", ja = "続行する。残りかすだろうし、8時30分の約束のほうが大事だ。" },
          next = "second_outage",
          detect = -1,
          feedback = {
            en = "Files turning unreadable again is the attack starting over, not leftovers.",
            ja = "ファイルがまた読めなくなるのは残りかすではない。攻撃が再び始まっているのだ。",
          },
        },
      },
    },

    -- 9. DETECT + RESPOND. Check restored data against the real yard, reopen
    -- in stages, give ranges not promises. Real: NUTS back 07:30 on 6 July,
    -- terminals reopened 15:00-18:15. The text depends on told_truckers.
    reopen = {
      kind = "choice",
      tags = { csf = { "RC.RP", "RC.CO" } },
      text = {
        en = "6 July, 07:30. NUTS is back, but the backup is older than the yard: some boxes are not where NUTS thinks. Trucks queue; 08:30 was promised.",
        ja = "7月6日午前7時30分。NUTSが復旧した。だがバックアップはヤードの現状より古く、NUTS上の位置と実際の位置が違うコンテナがある。トレーラーは列をなし、8時30分再開と約束してある。",
      },
      choices = {
        {
          text = { en = "Reopen all five terminals at 08:30, as promised.", ja = "約束どおり8時30分に5ターミナルすべてを再開する。" },
          next = "lessons",
          detect = -1, respond = -1,
          feedback = {
            en = "With an out-of-date picture of the yard, wrong boxes get handed over or loaded. The promise had already slipped twice.",
            ja = "古いヤード情報のままでは、違うコンテナを引き渡したり積んだりしてしまう。約束はすでに2度ずれていた。",
          },
        },
        {
          text = { en = "Check records against the yard, reopen terminal by terminal, and give the truckers you briefed a time range.",
                   ja = "記録とヤードを照合し、ターミナルごとに再開する。4日に連絡したトラック事業者には再開時刻の幅を伝える。" },
          next = "lessons",
          detect = 1, respond = 2,
          when = told_truckers,
          set = { yard_checked = true },
          feedback = {
            en = "Right. The association reconciled the data and reopened in stages from 15:00; the last terminals restarted at 18:15.",
            ja = "正解。協会はデータを照合し、15時から順次再開した。最後のターミナルが動き出したのは18時15分だった。",
          },
        },
        {
          text = { en = "Check records against the yard, reopen terminal by terminal, and finally brief truckers with a time range.",
                   ja = "記録とヤードを照合し、ターミナルごとに再開する。まだ連絡していなかったトラック事業者にも、ようやく時刻の幅を伝える。" },
          next = "lessons",
          detect = 1, respond = 2,
          when = not_told_truckers,
          set = { yard_checked = true },
          feedback = {
            en = "Right, though until now they had only the public bulletins, with no direct word from you. The association reopened in stages from 15:00 to 18:15.",
            ja = "正解。ただし彼らはこれまで、公式発表以外に直接の連絡を受けていなかった。協会は15時から18時15分にかけて順次再開した。",
          },
        },
        {
          text = { en = "Keep all terminals shut until every container is physically re-checked.", ja = "全コンテナを目で確認し終えるまで、全ターミナルを閉じておく。" },
          next = "lessons",
          detect = 1,
          feedback = {
            en = "Careful, but days more with the port shut. Checking the changes against the yard, terminal by terminal, is enough.",
            ja = "慎重ではあるが、港の停止がさらに何日も延びる。変化した分をターミナルごとに照合すれば十分だ。",
          },
        },
        {
          text = { en = "Let each driver say which container is theirs.", ja = "どのコンテナが自分のものか、運転手に申告させる。" },
          next = "lessons",
          detect = -1, respond = -1,
          feedback = {
            en = "No check at all: mistakes, and an open door to cargo theft.",
            ja = "何の確認にもならない。取り違えが起き、貨物の盗難にもつけ込まれる。",
          },
        },
      },
    },

    -- 10. DETECT (multi). What would have shown the attack before 06:30?
    -- Correct options are the MLIT committee's findings (interim summary,
    -- 29 Sep 2023) plus the backup lesson.
    lessons = {
      kind = "multi",
      axis = "detect",
      tags = { csf = { "ID.RA", "DE.CM", "PR.PS", "PR.DS", "ID.IM" } },
      text = {
        en = "Late July. Nothing warned you before 06:30 on 4 July. Which of these would help keep the next attack out, spot it earlier, or recover faster? Tick all that apply.",
        ja = "7月下旬。7月4日の6時30分まで、何の警告もなかった。次の攻撃を防ぐ、早く察知する、あるいは早く復旧するのに役立つものをすべて選ぼう。",
      },
      options = {
        {
          text = { en = "Follow the VPN maker's security advisories and install fixes within days", ja = "VPN機器メーカーのセキュリティ情報を追い、数日以内に修正を適用する" },
          correct = true,
          feedback = {
            en = "Yes. Flaws in internet-facing devices are often attacked within days of a fix; the committee said to check and update device software regularly.",
            ja = "正解。インターネットに面した機器の欠陥は、修正公開から数日で狙われることが多い。委員会も機器のソフトウェア情報の定期確認と更新を求めた。",
          },
        },
        {
          text = { en = "Alert on VPN logins from unknown places, and keep the VPN logs", ja = "見知らぬ場所からのVPNログインを検知し、VPNのログを保存する" },
          correct = true,
          feedback = {
            en = "Yes. The committee asked for detection of unauthorised logins and collection of VPN logs.",
            ja = "正解。委員会は不正ログインの検知とVPNのログの収集・保存を求めた。",
          },
        },
        {
          text = { en = "Dedicated, up-to-date anti-malware on the servers", ja = "サーバーに専用の最新ウイルス対策ソフトを入れる" },
          correct = true,
          feedback = {
            en = "Yes. The servers relied on the anti-virus built into the operating system, which the committee judged too basic.",
            ja = "正解。サーバーはOS標準のウイルス対策機能に頼っており、委員会はそれでは不十分と判断した。",
          },
        },
        {
          text = { en = "Test restores and scan backups for malware regularly", ja = "復元テストとバックアップのマルウェア検査を定期的に行う" },
          correct = true,
          feedback = {
            en = "Yes. Malware in the backup helped push the restore a day past the promise; found in a test, it costs nothing.",
            ja = "正解。バックアップ内のマルウェアも一因となり、復旧は約束より1日遅れた。テストで見つければ損失はない。",
          },
        },
        {
          text = { en = "Buy a second VPN from another brand", ja = "別メーカーのVPN装置をもう1台買う" },
          correct = false,
          feedback = {
            en = "Two doors to watch instead of one. What failed was patching and monitoring, not the brand.",
            ja = "見張る扉が2つに増えるだけだ。問題はメーカーではなく、更新と監視だった。",
          },
        },
        {
          text = { en = "Take out ransomware insurance", ja = "ランサムウェア保険に入る" },
          correct = false,
          feedback = {
            en = "It may pay some costs, but it sees nothing coming.",
            ja = "費用の一部は補えるかもしれないが、攻撃の兆候は何も見えない。",
          },
        },
        {
          text = { en = "Move all terminal work back to paper", ja = "ターミナル業務をすべて紙に戻す" },
          correct = false,
          feedback = {
            en = "About 7,500 containers a day cannot be run on paper. Protect the system instead.",
            ja = "1日約7,500本のコンテナは紙では回せない。システムを守るべきだ。",
          },
        },
      },
      next = "next_advisory",
    },

    -- 11. DETECT + RESPOND. The root cause, one more time: remote access back
    -- only patched, restricted, monitored, with patch ownership in the
    -- contract. The vendor's request is illustrative. The best answer leads
    -- to the good ending only when the whole recovery was clean.
    next_advisory = {
      kind = "choice",
      tags = { csf = { "GV.SC", "GV.RR", "PR.AA", "PR.PS" }, attack = { "T1190", "T1133" } },
      text = {
        en = "The vendor wants remote access back for maintenance. On what terms does the VPN come back on?",
        ja = "保守のため、ベンダーが遠隔接続の再開を求めている。どんな条件でVPNを再開する？",
      },
      choices = {
        {
          text = { en = "Patched; only the vendor's addresses; MFA; login alerts; logs kept; the contract says who patches.",
                   ja = "修正を適用し、接続元をベンダーに限定、多要素認証、ログイン通知、ログ保存。誰が更新するかを契約に書く。" },
          next = "port_back",
          detect = 1, respond = 2,
          when = clean_recovery,
          feedback = {
            en = "Right: the committee's list plus a named owner for patching. MFA (multi-factor authentication) asks for a second proof besides the password.",
            ja = "正解。委員会が求めた対策に、更新の責任者の明確化を加えたものだ。多要素認証とは、パスワードに加えてもう1つの確認を求める仕組みのこと。",
          },
        },
        {
          text = { en = "Patched; only the vendor's addresses; MFA; login alerts; logs kept; the contract says who patches.",
                   ja = "修正を適用し、接続元をベンダーに限定、多要素認証、ログイン通知、ログ保存。誰が更新するかを契約に書く。" },
          next = "back_with_scars",
          detect = 1, respond = 2,
          when = not_clean_recovery,
          feedback = {
            en = "Right: the committee's list plus a named owner for patching. MFA (multi-factor authentication) asks for a second proof besides the password.",
            ja = "正解。委員会が求めた対策に、更新の責任者の明確化を加えたものだ。多要素認証とは、パスワードに加えてもう1つの確認を求める仕組みのこと。",
          },
        },
        {
          text = { en = "Switch it back on as it was; the vendor says it will patch soon.", ja = "元どおり再開する。更新はベンダーが近々やると言っている。" },
          next = "door_reopened",
          respond = -1,
          feedback = {
            en = "Yomiuri reported the June fix had not been applied. \"They will patch it\", with no owner or deadline, leaves that to chance again.",
            ja = "読売新聞によれば、6月の修正は適用されていなかった。責任者も期限もない「そのうち更新する」では、同じことが繰り返されかねない。",
          },
        },
        {
          text = { en = "Set a long new password, then switch it back on.", ja = "長い新パスワードを設定して再開する。" },
          next = "door_reopened",
          feedback = {
            en = "Many VPN flaws need no password at all: the tunnel in the log had no user. Patch it.",
            ja = "VPNの欠陥の多くはパスワードなしで悪用できる。ログのトンネルにもユーザー名がなかった。修正の適用が先だ。",
          },
        },
        {
          text = { en = "Keep it off for good: the vendor must come on site for every fix.", ja = "二度と使わない。今後、修理はすべてベンダーが現地に来て行う。" },
          next = "back_with_scars",
          respond = 1,
          feedback = {
            en = "Safe, but slow fixes are a risk too. The committee asked to restrict and watch remote access, not ban it.",
            ja = "安全だが、修理が遅れることもリスクだ。委員会が求めたのは遠隔接続の禁止ではなく、制限と監視だった。",
          },
        },
      },
    },

    -- Endings.
    port_back = {
      kind = "ending",
      outcome = "good",
      text = {
        en = "The port is back, cleanly. NUTS was restored from a checked backup, the terminals reopened one by one after the yard check, the police have the note and the logs, and the maintenance door is locked.",
        ja = "港は安全に再開した。NUTSは検査済みのバックアップから復元され、ヤードとの照合を経てターミナルが順次再開した。警察は脅迫文とログを手にし、保守用の扉は施錠された。",
      },
    },
    back_with_scars = {
      kind = "ending",
      outcome = "mixed",
      text = {
        en = "The port works again, but not cleanly: lost evidence, an unchecked backup, a hurried reopening or a clumsy fix of the VPN cost time, trust or the police a lead.",
        ja = "港は動き出したが、万全ではなかった。失われた証拠、未確認のバックアップ、急いだ再開、VPNの不十分な対処のいずれかが、時間や信頼、警察の手がかりを失わせた。",
      },
      body = {
        en = "The feedback on your answers shows which of these were yours.",
        ja = "どれが当てはまるかは、各回答へのフィードバックで確認しよう。",
      },
    },
    door_reopened = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "The maintenance VPN came back without its fix and limits. In this story, the next flaw finds the same door open (illustrative).",
        ja = "保守用VPNは修正も制限もないまま再開された。この物語では、次の欠陥が同じ扉を再び開けてしまう（架空の展開）。",
      },
    },
    second_outage = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "The malware came back with the restore. NUTS is down again, and the 08:30 promise is broken by days, not hours (illustrative).",
        ja = "マルウェアは復元と一緒に戻ってきた。NUTSは再び停止し、8時30分の約束は数時間どころか数日単位で破られた（架空の展開）。",
      },
    },
    paid = {
      kind = "ending",
      outcome = "bad",
      text = {
        en = "You paid. The key is slow and partial, the backups still hold malware, and the criminals now know you pay (illustrative).",
        ja = "身代金を払った。復号は遅く不完全で、バックアップにはマルウェアが残ったまま。しかも犯人は「この相手は払う」と知った（架空の展開）。",
      },
    },
  },

  debrief = {
    en = "At about 06:30 on 4 July 2023 NUTS, the single system behind all five container terminals at Nagoya, stopped. "
      .. "At about 07:15 the association asked its maintenance and development vendors to restore it. At about 07:30 the system's "
      .. "printer printed an English ransom note headed \"LockBit Black Ransomware\" with a URL, which the association did not visit; "
      .. "Asahi reported about 100 sheets. \"LockBit Black\" is the name CISA gives as an alias of LockBit 3.0. [2, 3, 4, 12]"
      .. "\n\n"
      .. "At about 08:15 the servers could not be restarted. At about 09:00 the association reported to Aichi Prefectural Police's "
      .. "cyber-attack unit, whose view was that it was probably ransomware. At about 14:00 it was confirmed that the physical "
      .. "server platform and all virtual servers were encrypted. NHK reported that the association told the Aichi Trucking "
      .. "Association in writing that evening that terminal work had stopped. [2, 6, 14]"
      .. "\n\n"
      .. "On 5 July the first bulletin (12:00) aimed to restore NUTS by 18:00 and resume work at 08:30 on 6 July; at 18:00 the "
      .. "restore slipped to about 20:00. At about 21:00 malware was found in the backup data: the managing director said ransomware "
      .. "was also on the server holding the backups and removing it took a long time. NUTS was restored at 07:30 on 6 July, the data "
      .. "was checked against the yard, and the terminals reopened from 15:00; all were working by 18:15. [1, 2, 5, 6]"
      .. "\n\n"
      .. "Trailer work stopped for about two and a half days. The managing director said about 15,000 containers were affected. "
      .. "Asahi reported that Toyota stopped its packaging plant for export car parts on 7 July. [5, 13]"
      .. "\n\n"
      .. "The association's report of 26 July confirmed a vulnerability in a remote-connection device as the likely way in; all NUTS "
      .. "servers in the data centre were encrypted; the note named no amount; the association never contacted the attacker, and "
      .. "no sign of data leaving had been found. Yomiuri reported, citing ministry sources, that the VPN device was a Fortinet "
      .. "FortiGate and that a fix disclosed in June had not been applied. Which flaw was used, and how long the attacker was "
      .. "inside, are not public: the VPN log in this game is illustrative. [2, 3, 7]"
      .. "\n\n"
      .. "A ministry (MLIT) expert committee's interim summary of 29 September 2023 found the maintenance VPN was probably the way "
      .. "in, only three days of backups were kept, and the servers relied on the operating system's built-in anti-virus. It asked "
      .. "for up-to-date network-device software, restricted VPN access with more than one authentication factor, detection of unauthorised "
      .. "logins, kept VPN logs, several backups including long-retention ones, dedicated anti-malware and written incident "
      .. "procedures. [8, 9]"
      .. "\n\n"
      .. "The final summary of 24 January 2024 led to security reviews of terminal operating systems under the Port Transport "
      .. "Business Act from the end of March 2024, and on 8 March 2024 ports were added to Japan's critical-infrastructure sectors. "
      .. "In this scenario, the player, the chat page behind the link, the 09:30 plan and the vendor's request to switch the VPN "
      .. "back on are illustrative. [10, 11]",
    ja = "2023年7月4日午前6時30分ごろ、名古屋港の5つのコンテナターミナルすべてを支えるシステムNUTSが停止した。"
      .. "7時15分ごろ、協会は保守会社と開発会社に復旧を依頼した。7時30分ごろ、システムのプリンターから「LockBit Black Ransomware」"
      .. "という見出しとURLが書かれた英文の脅迫文が印刷された。協会はこのURLにアクセスしていない。朝日新聞は約100枚が印刷されたと報じた。"
      .. "「LockBit Black」は、CISAがLockBit 3.0の別名として挙げている名称である。 [2, 3, 4, 12]"
      .. "\n\n"
      .. "8時15分ごろ、サーバーが再起動できないことが判明した。9時ごろ協会は愛知県警察のサイバー攻撃対策部門に届け出て、"
      .. "警察はランサムウェアの可能性が高いとの見方を示した。14時ごろ、物理サーバー基盤とすべての仮想サーバーが暗号化されていることが確認された。"
      .. "NHKによると、協会は同日夜、愛知県トラック協会に、ターミナルの作業が止まっていることを文書で伝えた。 [2, 6, 14]"
      .. "\n\n"
      .. "7月5日12時の最初の発表では、18時にNUTSを復旧させ、6日8時30分に作業を再開する予定とされた。18時には復旧見込みが20時ごろにずれ込んだ。"
      .. "21時ごろ、バックアップデータからマルウェアが見つかった。協会の常務理事は、バックアップを保存していたサーバーでもランサムウェアが検出され、"
      .. "除去に時間がかかったと説明している。NUTSは6日7時30分に復旧し、データをヤードの実態と照合したうえで15時から順次再開、"
      .. "18時15分にはすべてのターミナルが動き出した。 [1, 2, 5, 6]"
      .. "\n\n"
      .. "トレーラーによる搬出入は約2日半止まった。常務理事によれば、影響を受けたコンテナは約1万5,000本にのぼる。"
      .. "朝日新聞は、トヨタ自動車が7月7日に輸出用部品の梱包工場の稼働を止めたと報じた。 [5, 13]"
      .. "\n\n"
      .. "協会の7月26日の報告は、リモート接続機器の脆弱性が確認され、侵入経路とみられること、データセンター内のNUTSのサーバーがすべて"
      .. "暗号化されたこと、脅迫文に金額の記載はなく、犯人には一切接触していないこと、データ流出の形跡はこれまで見つかっていないことを明らかにした。"
      .. "読売新聞は国交省関係者の話として、VPN装置はフォーティネット社のFortiGateで、6月に公表された修正が適用されていなかったと報じた。"
      .. "どの脆弱性が使われたのか、攻撃者がどれだけ潜伏していたのかは公表されていない。ゲーム中のVPNのログは架空のものである。 [2, 3, 7]"
      .. "\n\n"
      .. "国土交通省の有識者委員会は2023年9月29日の中間取りまとめで、保守用VPNが侵入経路となった可能性が高いこと、バックアップは3日分しか"
      .. "保存されていなかったこと、サーバーはOS標準のウイルス対策機能に頼っていたことを指摘した。そのうえで、ネットワーク機器のソフトウェアの更新、"
      .. "VPNの接続元の制限と多要素認証、不正ログインの検知、VPNのログの収集・保存、長期保存を含む複数のバックアップ、"
      .. "専用のウイルス対策ソフト、インシデント対応手順の事前整備を求めた。 [8, 9]"
      .. "\n\n"
      .. "2024年1月24日の最終取りまとめを受け、2024年3月末から港湾運送事業法に基づくターミナルオペレーションシステムのセキュリティ審査が始まった。"
      .. "また2024年3月8日、港湾は重要インフラ分野に加えられた。なお本シナリオのプレイヤー、リンク先のチャット画面、9時30分の計画、"
      .. "VPN再開を求めるベンダーの依頼は説明のための架空のものである。 [10, 11]",
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
               ja = "この攻撃を受け、日本は港湾を重要インフラ分野に加えた（2024年3月）。" }, source = 11 },
  },
}
