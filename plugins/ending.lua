-- ending — the session ends here; the player reads the outcome.
--
-- Step fields (docs/authoring.md):
--   text     what happened in the end
--   outcome  "good", "mixed" or "bad"
--   body     optional paragraph under the text
-- No points, no answer: the record names this step as the ending.

local kind = {}

function kind.check(step, c)
  c:text("text")
  c:one_of("outcome", { "good", "mixed", "bad" })
  c:text("body", { optional = true })
end

function kind.view(step, state)
  return { pick = "none", prompt = step.text, body = step.body, outcome = step.outcome }
end

function kind.answer(step, state, picked)
  error("an ending takes no answer", 0)
end

return kind
