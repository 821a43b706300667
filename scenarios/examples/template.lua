-- template.lua: a complete, small scenario to copy and change.
--
-- How to use it (docs/authoring.md tells the whole story):
--   1. Copy this file into your scenario folder under a new name, e.g.
--        ~/.local/share/breachdrill/scenarios/my-scenario.lua
--   2. Change `id` first (two scenarios with the same id clash), then the
--      texts, then the steps.
--   3. Check it after every change:
--        breachdrill validate my-scenario.lua     (errors and warnings, file:line)
--        breachdrill explore  my-scenario.lua     (endings, score ranges, paths)
--        breachdrill run my-scenario.lua --answers "1 1+3 2+4+5 1>2>3>4 1"
--   4. Play it: breachdrill, pick it from the list; press F5 after saving to
--      reload it without restarting the game.
--
-- The story: a USB stick lies in the staff car park. It shows every
-- built-in kind of step (choice, multi, spot, order, ending), flags with
-- `set` and `when`, text in English and Japanese (declared with
-- `languages`), an `intro`, tags, sources and facts cards. The company is
-- made up; the facts come from the sources listed under `incident`. Every
-- field is explained in docs/authoring.md.
--
-- A few Lua basics, enough for a whole scenario:
--   - `--` starts a comment, which the game ignores.
--   - Text goes in double quotes: "like this".
--   - A table is written with braces: { a = 1, b = 2 } or a list { "x", "y" }.
--     Every entry ends with a comma (a comma after the last one is fine too,
--     and makes adding the next one easier).
--   - `true`, `false` and whole numbers are written without quotes.

-- Two small helpers for `when` (below). Plain functions with a name make the
-- steps easier to read than the same function written out twice.
local function plugged_in(state) return state.flags.plugged == true end
local function not_plugged_in(state) return state.flags.plugged ~= true end

return {
  -- The scenario's unique name: lowercase letters, digits and '-' only.
  -- Records and reports use it, so do not change it once people have played.
  id = "example-usb-car-park",

  -- The languages this scenario is written in. With this list, `validate`
  -- warns about every text a player sees that lacks one of them, so nothing
  -- is left untranslated by accident. It must include "en". Log lines
  -- (`spot`), `mono` blocks and web addresses are the same in every
  -- language and need no translation.
  languages = { "en", "ja" },

  -- Any text a player sees may be a plain string (English) or a table of
  -- languages. A language that is missing falls back to `en`.
  title = { en = "The USB stick in the car park", ja = "駐車場に落ちていたUSBメモリ" },
  summary = {
    en = "A USB stick labelled \"Salaries 2025\" lies next to your car. What do you do with it?",
    ja = "車のそばに「給与 2025」と書かれたUSBメモリが落ちている。どうする？",
  },

  -- Shown before the first step: the setting, and who the player is.
  intro = {
    en = "You work in the office of Example Ltd. It is a Monday morning, and you have just parked in the staff car park. "
      .. "(Example Ltd is invented; the facts in the debrief are real.)",
    ja = "あなたはExample株式会社の事務所で働いている。月曜の朝、社員用駐車場に車を停めたところだ。"
      .. "（Example株式会社は架空の会社だが、振り返りで紹介する事実は実際のものだ。）",
  },

  -- What the scenario is based on. `sources` are shown in the debrief, so
  -- players can check the facts for themselves.
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    when = { en = "2025-04", ja = "2025年4月" },
    sources = {
      "https://experts.illinois.edu/en/publications/users-really-do-plug-in-usb-drives-they-find",
      "https://www.zdnet.com/article/fbi-cybercriminals-are-mailing-out-usb-drives-that-will-install-ransomware/",
    },
  },
  minutes = 4,              -- about how long one play takes, for the menu
  modes = { "training" },   -- add "kiosk" to offer it as a short booth round too

  start = "found",          -- the id of the first step (a key in `steps`)

  steps = {
    -- choice: the player picks one. Each choice says where it leads (`next`)
    -- and what it is worth: `detect` (did they notice the danger?) and
    -- `respond` (did they do the right thing?). Both default to 0 and may be
    -- negative. `feedback` is shown right after the pick: say why.
    found = {
      kind = "choice",
      tags = { csf = "PR.AT", attack = "T1091" },  -- shown in the debrief
      text = {
        en = "On your way in, you find a USB stick next to your car. The label says \"Salaries 2025\".",
        ja = "出社途中、車のそばでUSBメモリを拾った。ラベルには「給与 2025」とある。",
      },
      choices = {
        {
          text = { en = "Take it to the IT service desk without plugging it in.",
                   ja = "どこにも挿さずにITサービスデスクへ届ける。" },
          next = "desk",
          detect = 1, respond = 2,
          feedback = { en = "Right. A found stick may be bait: let the people with a safe, isolated PC look at it.",
                       ja = "正解。拾ったUSBメモリは罠かもしれない。安全な隔離PCを持つ担当者に任せよう。" },
        },
        {
          text = { en = "Plug it into your laptop to find out whose it is.",
                   ja = "持ち主を調べるため、自分のノートPCに挿す。" },
          next = "plugged",
          respond = -2,
          set = { plugged = true },        -- remembered for later steps (see `wrap`)
          tags = { attack = "T1200" },     -- a tag on a choice: this is how the attack gets in
          feedback = { en = "This is exactly what the attacker hoped for: most people who plug in a found stick want to return it.",
                       ja = "攻撃者の狙いどおり。拾ったUSBメモリを挿す人の多くは、持ち主に返したいと思っている。" },
        },
        {
          text = { en = "Leave it where it is. Not your problem.",
                   ja = "そのままにしておく。自分には関係ない。" },
          next = "desk",
          detect = 1,
          feedback = { en = "You spotted the risk, but the next person may plug it in. Hand it in instead. (The story goes on as if you had.)",
                       ja = "危険には気づいたが、次に拾った人が挿すかもしれない。届け出よう（話は届け出た場合で続く）。" },
        },
      },
    },

    -- Another choice, with `mono`: a block shown in a fixed-width font, for
    -- an e-mail, a log or a screen. (`body` adds an ordinary paragraph.)
    plugged = {
      kind = "choice",
      tags = { csf = "DE.CM", attack = "T1059.001" },
      text = { en = "A black window flashes up and closes. The stick shows one file.",
               ja = "黒いウィンドウが一瞬表示されて消えた。USBメモリにはファイルが1つだけある。" },
      mono = "E:\\\n  Salaries_2025.xlsx.lnk      2 KB",   -- "\\" is one backslash, "\n" a new line
      choices = {
        {
          text = { en = "Pull the stick out, unplug the network cable and call the service desk.",
                   ja = "USBメモリを抜き、LANケーブルも抜いて、サービスデスクに連絡する。" },
          next = "desk",
          detect = 1, respond = 2,
          feedback = { en = "Good: you noticed the window and cut the laptop off before anything could spread.",
                       ja = "よい判断。ウィンドウに気づき、被害が広がる前にノートPCを切り離した。" },
        },
        {
          text = { en = "Nothing seems to have happened. Carry on working.",
                   ja = "何も起きていないようだ。そのまま仕事を続ける。" },
          next = "breach",
          detect = -1,
          feedback = { en = "A spreadsheet is never a shortcut (.lnk) of 2 KB, and a window that flashes and closes is a program running.",
                       ja = "表計算ファイルが2KBのショートカット（.lnk）であるはずがない。一瞬表示されて消えるウィンドウは、プログラムが動いた証拠だ。" },
        },
      },
    },

    -- multi: the player ticks every option that applies, then confirms.
    -- Points on `axis`: +1 per right option ticked, -1 per wrong one
    -- ticked, never below 0 for the step. Each option's feedback is shown
    -- next to it after confirming.
    desk = {
      kind = "multi",
      tags = { csf = "RS.MA" },
      axis = "respond",
      text = { en = "At the service desk, the analyst asks what to do with the stick. Tick everything that is right.",
               ja = "サービスデスクで、担当者にこのUSBメモリをどう扱うべきか聞かれた。正しいものをすべて選ぼう。" },
      options = {
        { text = { en = "Keep it in a sealed, labelled bag.",
                   ja = "封をしてラベルを貼った袋に保管する。" }, correct = true,
          feedback = { en = "It is evidence: note who found it, where and when.",
                       ja = "これは証拠品。誰が、いつ、どこで拾ったかを記録しよう。" } },
        { text = { en = "Plug it into the desk's own PC to have a look.",
                   ja = "中身を見るため、サービスデスクのPCに挿す。" }, correct = false,
          feedback = { en = "The desk PC is on the network too. Only an isolated analysis PC will do.",
                       ja = "サービスデスクのPCもネットワークにつながっている。使ってよいのは隔離された解析用PCだけだ。" } },
        { text = { en = "Examine it on an isolated analysis PC.",
                   ja = "隔離された解析用PCで調べる。" }, correct = true,
          feedback = { en = "A PC with no network and nothing to lose shows what the stick does, safely.",
                       ja = "ネットワークにつながらず、失うものもないPCなら、USBメモリの動きを安全に確かめられる。" } },
        { text = { en = "Throw it away so nobody else finds it.",
                   ja = "ほかの人が拾わないよう捨てる。" }, correct = false,
          feedback = { en = "Then nobody learns what it does, or whether others were dropped.",
                       ja = "それでは、何をするものなのか、ほかにも置かれていないかが分からないままになる。" } },
      },
      next = "analysis",
      feedback = { en = "The stick goes to the analysis PC.",
                   ja = "USBメモリは解析用PCに回された。" },
    },

    -- spot: the player marks the suspicious lines of a log, an e-mail or a
    -- list of alerts. Points on detect: +1 per suspicious line marked,
    -- -1 per other line marked, never below 0. `notes` explain each line
    -- after the answer: give one for every suspicious line.
    analysis = {
      kind = "spot",
      tags = { csf = "DE.AE", attack = { "T1200", "T1059.001" } },
      text = { en = "The analysis PC logs what happens when the stick is plugged in. Mark the lines that show an attack.",
               ja = "解析用PCに、USBメモリを挿したときの動きが記録された。攻撃を示す行を選ぼう。" },
      lines = {
        "10:02:11  USB storage attached: SALARIES (16 GB)",
        "10:02:11  USB keyboard attached: vendor 0x1337",
        "10:02:11  Antivirus: definitions up to date",
        "10:02:12  Keys typed: Win+R, powershell -w hidden -enc SQBFAFgA...",
        "10:02:13  DNS query: update-check.example.net",
        "10:02:14  USB storage: 1 file, Salaries_2025.xlsx.lnk",
      },
      suspicious = { 2, 4, 5 },
      notes = {
        [2] = { en = "A memory stick that is also a keyboard: it can type commands as if it were you.",
                ja = "キーボードとしても認識されるUSBメモリ。あなたになりすましてコマンドを入力できる。" },
        [4] = { en = "The 'keyboard' opened a hidden PowerShell window and ran an encoded command.",
                ja = "その「キーボード」が非表示のPowerShellを開き、エンコードされたコマンドを実行した。" },
        [5] = { en = "Straight after, the PC calls a server on the internet: the attacker's.",
                ja = "直後に、PCがインターネット上のサーバーに接続している。攻撃者のサーバーだ。" },
        [6] = { en = "Odd, yes, but nobody opened this shortcut: the 'keyboard' did the work on its own.",
                ja = "確かに怪しいが、このショートカットは誰も開いていない。実際の仕事は「キーボード」が勝手にやった。" },
      },
      next = "response",
      feedback = { en = "It was a keystroke injector: a stick that poses as a keyboard.",
                   ja = "正体はキーストロークインジェクター、つまりキーボードになりすますUSBメモリだった。" },
    },

    -- order: the player puts the items in order. Write them here in the
    -- RIGHT order; the game shuffles them. Points on `axis` (default
    -- "respond"): +1 per item in its right place.
    response = {
      kind = "order",
      tags = { csf = "RS.MI" },
      text = { en = "Put IT's response in order, first step first.",
               ja = "IT部門の対応を、最初にすべきことから順に並べよう。" },
      items = {
        { en = "Find every PC the stick was plugged into",
          ja = "USBメモリが挿されたPCをすべて特定する" },
        { en = "Disconnect those PCs from the network",
          ja = "それらのPCをネットワークから切り離す" },
        { en = "Change the passwords used on them",
          ja = "それらのPCで使われたパスワードを変更する" },
        { en = "Remind all staff: hand in found USB sticks, never plug them in",
          ja = "全社員に改めて周知する：拾ったUSBメモリは挿さずに届け出ること" },
      },
      next = "wrap",
      feedback = { en = "Scope first, then contain, then clean up, then tell people what to look out for.",
                   ja = "まず範囲を把握し、次に封じ込め、それから後始末をして、最後に注意点を全員に伝える。" },
    },

    -- A choice whose options depend on what happened before: `when` hides
    -- a choice unless its function returns true. `state.flags` holds what
    -- `set` stored earlier (here: plugged, set by the second choice of
    -- `found`). Every player must always see at least one choice.
    wrap = {
      kind = "choice",
      text = { en = "The security manager asks: is there anything else to do?",
               ja = "セキュリティ責任者に「ほかにやるべきことはある？」と聞かれた。" },
      choices = {
        {
          text = { en = "Ask whether anyone else found a stick, and search the car park.",
                   ja = "ほかにUSBメモリを拾った人がいないか確認し、駐車場を探す。" },
          next = "contained", respond = 1,
          when = not_plugged_in,
          feedback = { en = "Attackers rarely drop just one.",
                       ja = "攻撃者が1本だけ置いていくことはまずない。" },
        },
        {
          text = { en = "Search the car park, and have my laptop wiped and reinstalled: the stick ran on it.",
                   ja = "駐車場を探し、USBメモリが動いてしまった自分のノートPCは初期化して再インストールしてもらう。" },
          next = "contained", respond = 1,
          when = plugged_in,
          feedback = { en = "Right: after a keystroke injector ran, the laptop cannot be trusted until it is rebuilt.",
                       ja = "正解。キーストロークインジェクターが動いたノートPCは、再構築するまで信用できない。" },
        },
        {
          text = { en = "Nothing else. The stick is dealt with.",
                   ja = "特にない。USBメモリの件はもう片付いた。" },
          next = "loose_ends",
          feedback = { en = "There may be more sticks out there, and nobody is looking.",
                       ja = "ほかにもUSBメモリが置かれているかもしれないのに、誰も探していない。" },
        },
      },
    },

    -- ending: the session ends here. `outcome` is "good", "mixed" or "bad".
    contained = {
      kind = "ending",
      outcome = "good",
      text = { en = "The stick never reached the company network, and two more were found by the bins.",
               ja = "USBメモリは社内ネットワークに届かず、ごみ置き場の近くでさらに2本見つかった。" },
    },
    loose_ends = {
      kind = "ending",
      outcome = "mixed",
      text = { en = "This stick was stopped. A week later, a colleague plugged in another one from the same car park.",
               ja = "このUSBメモリは食い止めた。だが1週間後、同僚が同じ駐車場で拾った別の1本を挿してしまった。" },
    },
    breach = {
      kind = "ending",
      outcome = "bad",
      text = { en = "The stick typed its commands in a second. A week later, the attackers were in the file servers.",
               ja = "USBメモリは一瞬でコマンドを入力した。1週間後、攻撃者はファイルサーバーに入り込んでいた。" },
      body = { en = "Nobody connected the flashing window to the attack until the investigation.",
               ja = "調査が始まるまで、一瞬表示されたウィンドウと攻撃を結びつけた人はいなかった。" },
    },
  },

  -- Shown after the ending: what really happens in such attacks, and why.
  debrief = {
    en = "Dropping USB sticks where staff will find them is an old trick that still works. In a 2016 study, "
      .. "people picked up 98% of 297 sticks left on a university campus, and files were opened from 45% of them. "
      .. "In 2021 criminals mailed sticks that pose as keyboards to US companies, to install ransomware. "
      .. "Hand found sticks to IT, unplugged.",
    ja = "社員が拾いそうな場所にUSBメモリを置く手口は古いが、今も通用する。2016年の研究では、大学構内に置いた"
      .. "297本のうち98%が持ち去られ、45%でファイルが開かれた。2021年には、キーボードになりすますUSBメモリが"
      .. "ランサムウェアを仕込む目的で米国企業に郵送された。拾ったUSBメモリは挿さずにIT部門へ。",
  },

  -- Cards for the kiosk's attract screen: one short fact each. `source` is
  -- the number of the source in incident.sources (1 = the first).
  facts = {
    { text = { en = "98% of 297 USB sticks dropped on a campus were picked up.",
               ja = "大学構内に置いた297本のUSBメモリのうち98%が持ち去られた。" }, source = 1 },
    { text = { en = "The first dropped stick was plugged in less than six minutes after it was left.",
               ja = "最初のUSBメモリは、置かれてから6分もたたないうちに挿された。" }, source = 1 },
    { text = { en = "Criminals have mailed USB sticks that pose as keyboards, with a fake gift card.",
               ja = "犯罪者は、キーボードになりすますUSBメモリを偽のギフトカードとともに郵送したことがある。" }, source = 2 },
  },
}
