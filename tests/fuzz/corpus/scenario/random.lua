-- Fixture for tests/unit/test_kinds.c: math.random in a `when`.
--
-- Whether the night operator can be called (choice 2 of "night") and
-- whether escalating is possible (choice 1 of "morning") is drawn from the
-- random stream the engine seeds for each session: the same seed shows the
-- same choices, in play and in exploration alike.
--
-- Figures for a seed: detect max 1 (choices 1 and 2 of "night"); respond
-- max (1 if the operator is shown) + (2 if escalating is shown, else 1).
return {
  id = "kinds-random",
  title = "Who is on shift?",
  summary = "Some nights the operator answers, some mornings the manager is in.",
  incident = { org = "Example Works (fictional)", when = "2025-07",
               sources = { "https://example.org/kinds-random" } },
  start = "night",
  steps = {
    night = {
      kind = "choice",
      text = "Overnight alerts are waiting.",
      choices = {
        { text = "Read them yourself.", next = "morning", detect = 1,
          feedback = "You find the odd one." },
        { text = "Call the night operator.", next = "morning", detect = 1, respond = 1,
          when = function(state) return math.random(2) == 1 end,
          feedback = "The operator had already started." },
        { text = "Leave them for later.", next = "morning", feedback = "They pile up." },
      },
    },
    morning = {
      kind = "choice",
      text = "In the morning, what now?",
      choices = {
        { text = "Escalate to the manager.", next = "done", respond = 2,
          when = function(state) return math.random(3) == 1 end,
          feedback = "The manager is in today." },
        { text = "File a report.", next = "done", respond = 1, feedback = "Filed." },
      },
    },
    done = { kind = "ending", outcome = "mixed", text = "Another night." },
  },
  debrief = "Illustrative scenario for the tests.",
}
