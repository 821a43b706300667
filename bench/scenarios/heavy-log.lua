-- heavy-log.lua: the heaviest screen the game draws, for bench/frames.sh.
--
-- What it is: one `spot` step whose log is 400 lines long, most of them in
-- Japanese, played with `--lang ja`. A long log in a spot step is the most
-- text one screen can hold: every line is a row the player can mark, each
-- row is measured and wrapped when the screen is laid out, and the rows in
-- view are drawn from the text cache. It is a benchmark, not a lesson, but
-- it is written the way a trainer writes a scenario (docs/authoring.md), so
-- `breachdrill validate bench/scenarios/heavy-log.lua` passes.
--
-- The story is invented: a file server's audit log on the night a
-- ransomware operator prepared to encrypt it. Names, hosts and addresses are
-- made up (192.0.2.0/24 and .example are reserved for documentation).
--
-- Try it:
--   build/bin/breachdrill validate bench/scenarios/heavy-log.lua
--   build/bin/breachdrill run bench/scenarios/heavy-log.lua --answers "101+202+303 1"   (score 100)

-- The log is built by a loop, as a trainer pasting a real export would not
-- need to: 400 ordinary lines of a busy night, with three lines of the
-- attack at 101, 202 and 303. Helpers above the `return` are allowed
-- (docs/authoring.md, section 3).
local users = { "tanaka", "suzuki", "sato", "takahashi", "watanabe", "ito", "yamamoto", "nakamura" }
local events = {
  "ファイルサーバー fs01: 共有フォルダ「経理部/2026年度/請求書」を開きました",
  "認証サーバー: ログインに成功しました（VPN 経由、多要素認証済み）",
  "ファイルサーバー fs01: 「月次報告_11月.xlsx」を保存しました",
  "バックアップ: 夜間の差分バックアップを開始しました（対象 1,204 ファイル）",
  "プリンター prn-3F: 印刷ジョブ 12 ページを受け付けました",
  "ウイルス対策: 定義ファイルを更新しました（バージョン 2026.11.23.02）",
  "ファイルサーバー fs01: 共有フォルダ「総務部/規程集」を読み取りました",
  "メール: 添付ファイル付きのメールを社内から受信しました",
}
local attack = {
  [101] = "認証サーバー: 管理者 adm-backup のログインに成功しました（192.0.2.77、初めての接続元、深夜 02:13）",
  [202] = "ファイルサーバー fs01: 管理者 adm-backup がシャドウコピーをすべて削除しました（vssadmin delete shadows）",
  [303] = "ファイルサーバー fs01: 1 分間に 3,812 ファイルの名前が変更されました（拡張子 .lockd）",
}
local function night_log()
  local lines = {}
  for i = 1, 400 do
    local minute = (i * 7) % 60
    local hour = 1 + (i * 7) // 60 % 4
    lines[i] = attack[i] or string.format("2026-11-23 %02d:%02d:%02d  %s  %s",
      hour, minute, (i * 13) % 60, users[i % #users + 1], events[i % #events + 1])
  end
  return lines
end

return {
  id = "bench-heavy-log",
  languages = { "en", "ja" },
  title = { en = "Benchmark · The file server's long night", ja = "ベンチマーク・ファイルサーバーの長い夜" },
  summary = {
    en = "Four hundred lines of a file server's audit log. Three of them are an attack.",
    ja = "ファイルサーバーの監査ログ400行。そのうち3行が攻撃だ。",
  },
  intro = {
    en = "You are on the IT team of Example Ltd. On Monday morning, the file server's audit log of the night is on your screen. "
      .. "(The company, the people and the addresses are invented.)",
    ja = "あなたはExample株式会社のIT担当。月曜の朝、ファイルサーバーの夜間の監査ログが画面に映っている。"
      .. "（会社、人物、アドレスはすべて架空のものだ。）",
  },
  incident = {
    org = { en = "Example Ltd (fictional)", ja = "Example株式会社（架空）" },
    sources = { "https://www.ipa.go.jp/security/anshin/" },
  },
  minutes = 3,
  modes = { "training" },
  start = "night",

  steps = {
    -- spot: the long log. Lines are shown as written, in every language.
    night = {
      kind = "spot",
      text = { en = "Here is the night's audit log. Mark every line that shows the attack being prepared.",
               ja = "夜間の監査ログだ。攻撃の準備を示す行をすべて選ぼう。" },
      lines = night_log(),
      suspicious = { 101, 202, 303 },
      notes = {
        [101] = { en = "A backup administrator logging in at 2 a.m. from an address never seen before: stolen credentials.",
                  ja = "深夜2時、見たことのない接続元からのバックアップ管理者のログイン。盗まれた認証情報だ。" },
        [202] = { en = "Deleting every shadow copy takes away the quickest way back: ransomware does this first.",
                  ja = "シャドウコピーの全削除は、最も手早い復旧手段を奪う。ランサムウェアが最初にやることだ。" },
        [303] = { en = "Thousands of files renamed in a minute with a new extension: the encryption itself.",
                  ja = "1分間に数千のファイルが新しい拡張子に変わった。暗号化そのものだ。" },
      },
      next = "act",
      feedback = { en = "Three lines out of four hundred: a strange login, the backups wiped, then the mass rename.",
                   ja = "400行中の3行：不審なログイン、バックアップの消去、そして大量の名前変更。" },
    },

    act = {
      kind = "choice",
      text = { en = "What do you do first?", ja = "まず何をする？" },
      choices = {
        {
          text = { en = "Disconnect the file server from the network and call the incident team.",
                   ja = "ファイルサーバーをネットワークから切り離し、インシデント対応チームに連絡する。" },
          next = "contained",
          respond = 2,
          feedback = { en = "Right: stop the spread, keep the evidence, get help.",
                       ja = "正解。拡大を止め、証拠を残し、助けを呼ぶ。" },
        },
        {
          text = { en = "Restart the server to stop whatever is running.",
                   ja = "動いているものを止めるため、サーバーを再起動する。" },
          next = "lost",
          respond = -1,
          feedback = { en = "A restart wipes the memory the investigators need, and the attacker's account still works.",
                       ja = "再起動は調査に必要なメモリの内容を消し、攻撃者のアカウントはそのまま使える。" },
        },
      },
    },

    contained = {
      kind = "ending",
      outcome = "good",
      text = { en = "The server was cut off before the other shares were reached, and the backups on tape were intact.",
               ja = "他の共有フォルダに広がる前にサーバーは切り離され、テープのバックアップは無事だった。" },
    },
    lost = {
      kind = "ending",
      outcome = "bad",
      text = { en = "After the restart the attacker logged in again and finished the job.",
               ja = "再起動の後、攻撃者は再びログインして作業を終えた。" },
    },
  },

  debrief = {
    en = "A long log hides an attack in plain sight. Look for the unusual: a new address, a deleted backup, a burst of changes.",
    ja = "長いログは攻撃を堂々と隠す。いつもと違うものを探そう：新しい接続元、消されたバックアップ、急な大量変更。",
  },
}
