-- Fixture for tests/unit/test_kinds.c: the `choice` kind.
--
-- It exercises:
--   * negative points: choice 1 of "alert" costs 1 on detect, 2 on respond;
--   * `set`: choice 2 of "alert" sets flags.ticket ...
--   * ... read by a later `when`: choice 1 of "triage" is shown only with a
--     ticket. Without one, "triage" shows the file's choices 2 and 3, so the
--     token "2" picks choice 3 and the record says picked = { 3 } (a
--     choice's place in the file, whatever was hidden);
--   * best: the shown choice worth the most (detect + respond). With a
--     ticket that is choice 1 of "triage"; without one, choice 3.
--
-- Every complete path, worked out by hand (detect, respond):
--   alert 1 (-1, -2)            -> ignored (bad)       -1, -2
--   alert 2 (1, 0, ticket)      -> triage 1 (0, 2)  -> contained    1, 2
--                               -> triage 2 (0, 0)  -> breach       1, 0
--                               -> triage 3 (0, 1)  -> contained    1, 1
--   alert 3 (2, 1)              -> triage 2         -> breach       2, 1
--                               -> triage 3         -> contained    2, 2
-- So detect runs from -1 to 2 and respond from -2 to 2, and one path
-- (alert 3, triage 3) reaches both maxima. States: alert, ignored, and
-- triage, contained and breach each with and without the ticket: 8.
-- Step sequences that visit no step twice: alert-ignored,
-- alert-triage-contained, alert-triage-breach: 3.
return {
  id = "kinds-choice",
  title = "A ticket or a phone call",
  summary = "An alert fires at the help desk; what you do first decides what you can do next.",
  incident = { org = "Example Works (fictional)", when = "2025-01",
               sources = { "https://example.org/kinds-choice" } },
  start = "alert",
  steps = {
    alert = {
      kind = "choice",
      text = "The antivirus console shows an alert on a sales laptop. What do you do?",
      choices = {
        { text = "Ignore it: it is probably a false positive.", next = "ignored",
          detect = -1, respond = -2,
          feedback = "Alerts ignored are how intrusions go unnoticed for months." },
        { text = "Open a ticket for the security team.", next = "triage", detect = 1,
          set = { ticket = true },
          feedback = "A ticket records the alert, but nobody looks at it tonight." },
        { text = "Phone the security team on call.", next = "triage", detect = 2, respond = 1,
          feedback = "Right: someone looks at it now." },
      },
    },
    triage = {
      kind = "choice",
      text = "The security team asks what you want done.",
      choices = {
        -- Only shown when "alert" opened a ticket.
        { text = "Attach the ticket and ask them to isolate the laptop.", next = "contained",
          respond = 2, when = function(state) return state.flags.ticket == true end,
          feedback = "The ticket gives them the whole history." },
        { text = "Wait until the morning.", next = "breach",
          feedback = "By the morning the attacker had moved on." },
        { text = "Ask them to isolate the laptop.", next = "contained", respond = 1,
          feedback = "Isolating it stops the spread." },
      },
    },
    ignored = { kind = "ending", outcome = "bad", text = "The alert was real." },
    breach = { kind = "ending", outcome = "mixed", text = "Found, but late." },
    contained = { kind = "ending", outcome = "good", text = "The laptop was isolated in time." },
  },
  debrief = "Illustrative scenario for the tests.",
}
