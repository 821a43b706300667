-- A short drill that uses every built-in kind once, for the play screen's
-- tests (tests/unit/test_ui_play.c, tests/e2e/play*.script). Feedback and
-- notes on every answer, a `when` on the last choice, two languages.
--
-- Best path (answers as `run` takes them): 1 2+4 1+2 1>2>3 1
--   detect 3 of 3, respond 6 of 6, ending "contained".
return {
  id = "fixture-play-drill",
  title = { en = "The night-time VPN login", ja = "深夜のVPNログイン" },
  summary = "A login from abroad on a holiday account.",
  incident = { org = "Example Corp (fictional)", when = "2025-02",
               sources = { "https://example.org/vpn-report", "https://example.org/advisory" } },
  minutes = 4,
  start = "alert",
  steps = {
    alert = {
      kind = "choice",
      tags = { csf = "DE.AE", attack = "T1133" },
      text = { en = "An alert: a VPN login at 03:12 from an unusual country.",
               ja = "アラート：03:12 に見慣れない国から VPN へのログインがありました。" },
      body = { en = "The account belongs to a developer who is on holiday this week.",
               ja = "このアカウントは今週休暇中の開発者のものです。" },
      mono = "03:12:44 vpn-gw1 auth ok user=dev-tanaka src=203.0.113.77 geo=??\n"
          .. "03:12:45 vpn-gw1 assign ip=10.8.0.23 user=dev-tanaka",
      choices = {
        { text = { en = "Look at the account's VPN log first.", ja = "まずアカウントの VPN ログを確認する。" },
          next = "logs", detect = 1, set = { looked = true },
          feedback = { en = "The log tells you what the account did after it logged in.",
                       ja = "ログインの後に何をしたかはログが教えてくれます。" } },
        { text = { en = "Ignore it: developers travel.", ja = "無視する：開発者は出張するものだ。" },
          next = "breach", respond = -1,
          feedback = { en = "A login on a holiday account is exactly the signal to check.",
                       ja = "休暇中のアカウントのログインこそ確認すべき兆候です。" } },
        { text = { en = "Disable the account at once.", ja = "すぐにアカウントを無効にする。" },
          next = "who", respond = 1,
          feedback = { en = "Containing is right, but you learned nothing about what happened.",
                       ja = "封じ込めは正しいですが、何が起きたかは分かりませんでした。" } },
      },
    },
    logs = {
      kind = "spot",
      text = { en = "Which lines of the account's log are suspicious?",
               ja = "このアカウントのログで怪しい行はどれですか？" },
      lines = {
        "03:12:44 auth ok src=203.0.113.77",
        "03:13:02 smb \\\\fs01\\hr$ list",
        "03:13:40 dns query intranet.example",
        "03:15:09 scp 2.1 GB -> 203.0.113.77",
        "03:16:00 logout",
      },
      suspicious = { 2, 4 },
      notes = {
        [2] = { en = "A developer has no business in the HR share.", ja = "開発者が人事の共有フォルダーを見る理由はありません。" },
        [4] = { en = "Gigabytes copied out to the login's own address.", ja = "ログイン元のアドレスへ数 GB がコピーされています。" },
      },
      feedback = { en = "Access outside the job plus a large copy out is exfiltration.",
                   ja = "業務外のアクセスと大量の持ち出しは情報窃取の兆候です。" },
      next = "who",
    },
    who = {
      kind = "multi",
      axis = "respond",
      text = { en = "Whom do you call now?", ja = "今すぐ誰に連絡しますか？" },
      options = {
        { text = { en = "The incident response team", ja = "インシデント対応チーム" }, correct = true,
          feedback = { en = "They own the response.", ja = "対応の責任者です。" } },
        { text = { en = "The developer, on their own phone", ja = "開発者本人（私用電話）" }, correct = true,
          feedback = { en = "Only they can say whether it was them.", ja = "本人かどうかは本人にしか分かりません。" } },
        { text = { en = "Everyone in the company, by e-mail", ja = "全社員にメールで" }, correct = false,
          feedback = { en = "It warns the intruder too.", ja = "侵入者にも知らせてしまいます。" } },
      },
      feedback = { en = "Tell those who must act, and no one else yet.",
                   ja = "動くべき人にだけ、まず伝えます。" },
      next = "order",
    },
    order = {
      kind = "order",
      text = { en = "Put the first three actions in order.", ja = "最初の三つの対応を順に並べてください。" },
      items = {
        { en = "Disable the account", ja = "アカウントを無効にする" },
        { en = "Reset its credentials", ja = "認証情報をリセットする" },
        { en = "Review what it accessed", ja = "アクセスした内容を調べる" },
      },
      feedback = { en = "Stop the access, then make it stay stopped, then look.",
                   ja = "まず止め、止まったままにし、それから調べます。" },
      next = "close",
    },
    close = {
      kind = "choice",
      text = { en = "Anything else before you close the ticket?", ja = "チケットを閉じる前に、ほかに何かありますか？" },
      choices = {
        { text = { en = "Block the source address at the VPN gateway.", ja = "VPN ゲートウェイで接続元アドレスを遮断する。" },
          next = "contained", respond = 1,
          when = function(state) return state.flags.looked end,
          feedback = { en = "You saw the address in the log, so you could block it.",
                       ja = "ログでアドレスを見ていたので遮断できました。" } },
        { text = { en = "No, close it.", ja = "いいえ、閉じる。" }, next = "contained",
          feedback = { en = "Done for now.", ja = "ひとまず完了です。" } },
      },
    },
    breach = {
      kind = "choice",
      text = { en = "Two days later the HR files appear on a leak site.", ja = "二日後、人事ファイルがリークサイトに掲載されました。" },
      choices = {
        { text = { en = "Start the incident response plan.", ja = "インシデント対応計画を開始する。" },
          next = "lost", respond = 1,
          feedback = { en = "Late, but the right thing to do now.", ja = "遅れましたが、今はそれが正解です。" } },
      },
    },
    contained = { kind = "ending", outcome = "good",
                  text = { en = "The intruder was cut off within the hour.", ja = "侵入者は一時間以内に締め出されました。" } },
    lost = { kind = "ending", outcome = "bad",
             text = { en = "The data was lost.", ja = "データは流出しました。" } },
  },
  debrief = { en = "Stolen VPN credentials are a common way in. Logins on accounts that should be idle are worth a look every time.",
              ja = "盗まれた VPN 認証情報はよくある侵入口です。使われていないはずのアカウントのログインは、毎回確認する価値があります。" },
}
