-- Fixture for tests/unit/test_kinds.c: a loop ("go back and look again").
--
-- "headers" leads back to "inbox", so a player can go round as often as
-- they like. The contract: a step reached again scores nothing the second
-- time, so going round again never earns more, and the explorer's maxima
-- are those of the best single pass.
--
-- Figures worked out by hand:
--   detect: inbox 1 (1) + headers marking line 2 (1) = 2 at most;
--   respond: report 1 (1) at most; one path (inbox 1, headers, inbox 2,
--   report 1) reaches both. Minimum 0 on both (inbox 2, report 2).
--   States (step, steps scored): inbox {}, headers {inbox}, report {inbox},
--   inbox {inbox headers}, done {inbox report}, headers {inbox headers},
--   report {inbox headers}, done {inbox headers report}: 8.
--   Step sequences that visit no step twice: inbox-report-done only: 1.
return {
  id = "kinds-loop",
  title = "Look again",
  summary = "A mail from the bank. You may read its headers as often as you like.",
  incident = { org = "Example Works (fictional)", when = "2025-05",
               sources = { "https://example.org/kinds-loop" } },
  start = "inbox",
  steps = {
    inbox = {
      kind = "choice",
      text = "A mail from 'your bank' asks you to confirm a payment.",
      choices = {
        { text = "Look at the mail's headers.", next = "headers", detect = 1,
          feedback = "The headers tell where a mail really came from." },
        { text = "Report it to IT.", next = "report",
          feedback = "Reporting is always right." },
      },
    },
    headers = {
      kind = "spot",
      text = "Which header line is suspicious?",
      lines = {
        "From: Your Bank <service@yourbank.example>",
        "Return-Path: <bounce@cheap-mailer.example>",
        "Subject: Confirm your payment",
      },
      suspicious = { 2 },
      notes = { [2] = "Replies go to a bulk mailer, not the bank." },
      next = "inbox",   -- back to the mail: the loop
    },
    report = {
      kind = "choice",
      text = "How do you report it?",
      choices = {
        { text = "Forward it as an attachment, headers included.", next = "done", respond = 1,
          feedback = "IT can trace it with the headers." },
        { text = "Just tell IT about it.", next = "done",
          feedback = "Without the headers IT cannot trace it." },
      },
    },
    done = { kind = "ending", outcome = "good", text = "IT blocked the sender." },
  },
  debrief = "Illustrative scenario for the tests.",
}
