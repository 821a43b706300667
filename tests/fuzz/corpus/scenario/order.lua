-- Fixture for tests/unit/test_kinds.c: the `order` kind.
--
-- It exercises:
--   * +1 per item in its correct place (the items are listed in the
--     correct order in the file; answers name them by that place);
--   * the default axis, respond ("contain" gives no axis);
--   * axis = "detect" ("timeline").
--
-- Figures: respond 0 to 4 ("contain"), detect 0 to 3 ("timeline"); one
-- path reaches both; one step sequence (contain-timeline-done).
return {
  id = "kinds-order",
  title = "First things first",
  summary = "A stolen password was used. Put the response, then the timeline, in order.",
  incident = { org = "Example Works (fictional)", when = "2025-04",
               sources = { "https://example.org/kinds-order" } },
  start = "contain",
  steps = {
    contain = {
      kind = "order",
      text = "Put the response in order.",
      items = {
        "Sign the account out everywhere",
        "Reset the password",
        "Check the mailbox rules",
        "Tell the user what happened",
      },
      next = "timeline",
      feedback = "Stop the intruder first, then clean up, then explain.",
    },
    timeline = {
      kind = "order",
      axis = "detect",
      text = "In what order did the attack happen?",
      items = { "The phishing mail", "The stolen sign-in", "The forwarding rule" },
      next = "done",
    },
    done = { kind = "ending", outcome = "good", text = "The account is clean again." },
  },
  debrief = "Illustrative scenario for the tests.",
}
