-- 04-order.lua: put steps in order.
--
-- What it teaches: the `order` step. You write the `items` in the RIGHT
-- order; the game shows them shuffled (never already in order) and the
-- player puts them back in order. `axis` says where the points go:
-- "respond" (the default) or "detect". This example has one of each:
-- first the attacker's moves (detect), then the response (respond).
--
-- Points on the axis: +1 for each item in its right place. Full marks: all
-- in place. (All but one in place cannot happen: if one item is out of
-- place, so is another.)
--
-- The story is invented: ransomware at a small office, through a booby-trapped
-- e-mail attachment.
--
-- Try it:
--   build/bin/breachdrill validate scenarios/examples/04-order.lua
--   build/bin/breachdrill explore  scenarios/examples/04-order.lua
--   build/bin/breachdrill run scenarios/examples/04-order.lua --answers "1>2>3>4 1>2>3>4"   (score 100)
--   build/bin/breachdrill run scenarios/examples/04-order.lua --answers "2>3>4>1 4>3>1>2"   (score 0)
--   build/bin/breachdrill run scenarios/examples/04-order.lua --answers "2>1>3>4 1>2>4>3"   (score 50)
-- For an order step the answer is the order the player chose, first place
-- first, naming each item by its place in THIS FILE (1 = the first item
-- written), whatever order the game showed them in.

return {
  id = "example-04-order",
  languages = { "en", "ja" },   -- every text in English and Japanese (see 06)
  title = { en = "04 · Files that will not open", ja = "04 · 開けなくなったファイル" },
  summary = {
    en = "The shared drive is full of \".locked\" files. Work out what happened, then what to do first.",
    ja = "共有ドライブが「.locked」ファイルだらけに。何が起きたかを整理し、何から手を付けるかを決めよう。",
  },
  intro = {
    en = "You look after IT, part time, at a ten-person office of Example Ltd. On Tuesday at 10:00 the "
      .. "receptionist calls: a message on her screen demands money, and nobody can open the shared files. "
      .. "(The company, the people and the addresses in this story are invented.)",
    ja = "あなたは社員10人のExample株式会社の事務所で、IT担当を兼務している。火曜の10時、受付担当から電話が入る。"
      .. "画面に金銭を要求するメッセージが出て、誰も共有ファイルを開けないという。"
      .. "（この話の会社、人物、アドレスはすべて架空のものだ。）",
  },
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    sources = {
      "https://attack.mitre.org/techniques/T1486/",
      "https://www.nisc.go.jp/",
      "https://www.cisa.gov/",
    },
  },
  minutes = 3,
  modes = { "training" },
  start = "timeline",

  steps = {
    -- order on the DETECT axis: understanding what happened.
    -- `items` is a list of texts, written in the right order.
    timeline = {
      kind = "order",
      axis = "detect",
      tags = { csf = "RS.AN", attack = { "T1566.001", "T1486" } },
      text = { en = "From the reception PC's logs, put what the attacker did in order, first move first.",
               ja = "受付PCのログをもとに、攻撃者の行動を起きた順に並べよう。" },
      items = {
        { en = "An e-mail saying \"delivery failed\" arrives with a ZIP file attached",
          ja = "「配達できませんでした」というメールがZIPファイル付きで届く" },
        { en = "The file in the ZIP is opened, and a program starts in the background",
          ja = "ZIPの中のファイルが開かれ、裏でプログラムが動き出す" },
        { en = "The program signs in to the file server with the receptionist's account",
          ja = "そのプログラムが受付担当のアカウントでファイルサーバーにサインインする" },
        { en = "The shared files are encrypted and renamed \".locked\", and a ransom note appears",
          ja = "共有ファイルが暗号化されて「.locked」に名前が変わり、身代金の要求が表示される" },
      },
      next = "response",
      feedback = { en = "Way in, then running, then spreading with a real account, and only then the damage you see.",
                   ja = "侵入、実行、正規アカウントでの拡大。目に見える被害は最後に来る。" },
    },

    -- order on the RESPOND axis (`axis` could be left out: respond is the
    -- default).
    response = {
      kind = "order",
      axis = "respond",
      tags = { csf = "RS.MI", attack = "T1486" },
      text = { en = "Put your response in order, first thing first.",
               ja = "対応を、最初にすべきことから順に並べよう。" },
      items = {
        { en = "Unplug the reception PC's network cable, and leave the PC switched on",
          ja = "受付PCのLANケーブルを抜く（電源は切らない）" },
        { en = "Call the security company on the incident number in our contract",
          ja = "契約しているセキュリティ会社のインシデント窓口に電話する" },
        { en = "Find every PC and shared folder the receptionist's account reached",
          ja = "受付担当のアカウントが触れたPCと共有フォルダーをすべて洗い出す" },
        { en = "Restore the files from the offline backup, once the PCs are clean",
          ja = "PCの安全を確かめてから、オフラインのバックアップからファイルを復元する" },
      },
      next = "recovered",
      feedback = {
        en = "Contain first, so it spreads no further; switched on, the PC keeps evidence in memory. Then call for help, "
          .. "find out how far it went, and restore last: restoring onto infected machines only gets the files encrypted again.",
        ja = "まず封じ込めて拡大を止める。電源を入れたままなら、メモリ上の証拠も残る。次に助けを呼び、被害範囲を調べ、"
          .. "復元は最後に。感染したままの機器に戻せば、ファイルはまた暗号化される。",
      },
    },

    -- One ending: an order step has one `next` for every answer. To branch
    -- to different endings, end with a choice (see 01).
    recovered = {
      kind = "ending",
      outcome = "good",
      text = { en = "Two days later every file was back from the offline backup, and no ransom was paid.",
               ja = "2日後、すべてのファイルがオフラインのバックアップから戻り、身代金は一切払わずに済んだ。" },
    },
  },

  debrief = {
    en = "Ransomware rarely starts with the encryption: it starts with an e-mail or a weak point hours or days "
      .. "before. Disconnect first, call for help, find the whole extent, and restore from backups kept offline, "
      .. "which the attacker cannot reach.",
    ja = "ランサムウェアは暗号化から始まるわけではない。数時間から数日前のメールや弱点から始まっている。"
      .. "まずネットワークから切り離し、助けを呼び、被害の全体を把握し、攻撃者の手が届かないオフラインの"
      .. "バックアップから復元しよう。",
  },
}
