-- yesno: a kind of step where the player answers one question with Yes or No.
--
-- Used by ../07-custom-kind.lua. A scenario uses it by writing
-- `kind = "yesno"` on a step: the game then loads this file, found in the
-- `plugins/` folder beside the scenario. The file's name IS the kind's name.
-- How plugins work in full: docs/plugin-api.md.
--
-- Step fields:
--   text          the question, to be answered Yes or No
--   body, mono    optional paragraph and monospace block, as for choice
--   right         "yes" or "no": the right answer
--   axis          "detect" or "respond" (default "detect"): where the points go
--   points        what the right answer is worth, 1 to 10 (default 1);
--                 the wrong answer is worth 0
--   next          the step after a right answer
--   wrong_next    optional: the step after a wrong answer (default: next),
--                 so a wrong answer can lead to a bad ending
--   feedback_yes  shown after the player answers Yes: say why it is right or wrong
--   feedback_no   shown after the player answers No
--
-- Example:
--   push = {
--     kind = "yesno",
--     text = "Is it safe to approve a sign-in you did not start?",
--     right = "no", axis = "detect", points = 2,
--     next = "report", wrong_next = "approved",
--     feedback_yes = "No: approving lets in whoever has your password.",
--     feedback_no  = "Right: deny it, and report it.",
--   },
--
-- In `run --answers`, a yesno step takes one token: 1 for Yes, 2 for No.

-- The two answers the player sees, in both languages. Their places in this
-- list (1 = Yes, 2 = No) are their ids: what `run` tokens and the session
-- record's `picked` name.
local LABELS = {
  { en = "Yes", ja = "はい" },
  { en = "No",  ja = "いいえ" },
}
local ANSWER = { "yes", "no" }      -- id -> the word used in `right`

-- A plugin is a table of functions; the file returns it at the end.
local kind = {}

-- check: runs once per yesno step when the scenario is loaded (validate,
-- explore, run and the game). It reports problems through the checker `c`;
-- each c:... call also marks the field as known, and any field nobody
-- looked at is warned about afterwards ("unknown field 'rigth' (a typo?)").
-- It must not change the step.
function kind.check(step, c)
  c:prompt()                                                 -- text, body?, mono?
  c:one_of("right", { "yes", "no" })
  c:one_of("axis", { "detect", "respond" }, { optional = true })
  c:integer("points", { optional = true, min = 1, max = 10 })
  c:step("next")
  c:step("wrong_next", { optional = true })
  -- Feedback is optional but players learn from it, so a missing one is a
  -- warning (the scenario still plays), as for the built-in kinds.
  for _, field in ipairs({ "feedback_yes", "feedback_no" }) do
    if c:get(field) == nil then
      c:warn(field, "no '" .. field .. "': tell the player why this answer is right or wrong")
    else
      c:text(field)                  -- a text, in every declared language
    end
  end
end

-- view: runs each time a player (or the explorer) arrives at the step. It
-- describes what to show; the game draws it. `pick = "one"`: the player
-- picks exactly one of the items.
function kind.view(step, state)
  return {
    pick = "one",
    prompt = step.text,
    body = step.body,
    mono = step.mono,
    items = {
      { id = 1, text = LABELS[1] },
      { id = 2, text = LABELS[2] },
    },
  }
end

-- answer: runs when the player answers. picked[1] is the id of the item
-- picked (1 = Yes, 2 = No). It returns what the answer is worth and where
-- it leads; the game adds the points (the first time the step is answered
-- only), shows the feedback and moves on.
function kind.answer(step, state, picked, view)
  local said = ANSWER[picked[1]]
  local right = (said == step.right)
  return {
    axis = step.axis or "detect",
    points = right and (step.points or 1) or 0,
    best = right,
    next = right and step.next or (step.wrong_next or step.next),
    feedback = (said == "yes") and step.feedback_yes or step.feedback_no,
  }
end

-- answers: for the explorer only, which tries every answer listed here to
-- find every ending and the most points possible. Yes and No can lead to
-- different steps and are worth different points, so both are listed.
-- (With only two items this function could be left out: the explorer then
-- tries each item by itself. It is here to show the pattern.)
function kind.answers(step, state, view)
  return { { 1 }, { 2 } }
end

return kind
