-- Hostile (tests/unit/test_hostile.c): switching the budget's hook off
-- with debug.sethook, from a `when` (line 13) met by the explorer.
return {
  id = "hostile-debug",
  title = "debug.sethook",
  summary = "Tries to remove the instruction budget.",
  incident = { sources = { "https://example.org/hostile" } },
  start = "first",
  steps = {
    first = { kind = "choice", text = "Go on?", choices = {
      { text = "Yes.", next = "done", detect = 1, respond = 1, feedback = "On.",
        when = function(state)
          debug.sethook()
          return true
        end },
    } },
    done = { kind = "ending", outcome = "good", text = "Done." },
  },
  debrief = "Hostile fixture.",
}
