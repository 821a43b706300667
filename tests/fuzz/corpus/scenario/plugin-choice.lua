-- choice — the player picks one of several options.
--
-- Step fields (docs/authoring.md):
--   text      the question
--   body      optional paragraph under it; mono: optional monospace block
--             (an e-mail, a log excerpt) shown with it
--   choices   { { text, next, detect?, respond?, feedback?, set?, when?, tags? }, ... }
-- Points: the picked choice's detect and respond (whole numbers, default 0,
-- may be negative). The best answer is the shown choice worth the most
-- (detect + respond).

local kind = {}

function kind.check(step, c)
  c:prompt()
  c:list("choices", function(_, cc)
    cc:text("text")
    cc:step("next")
    cc:integer("detect", { optional = true, min = -10000, max = 10000 })
    cc:integer("respond", { optional = true, min = -10000, max = 10000 })
    cc:flags("set", { optional = true })
    cc:func("when", { optional = true })
    cc:tags("tags")
    cc:feedback("this choice")
  end, { min = 1, label = "choice" })
end

-- The choices whose `when` (if any) says yes, in file order.
function kind.view(step, state)
  local items = {}
  for i, choice in ipairs(step.choices) do
    if choice.when == nil or choice.when(state) then
      items[#items + 1] = { id = i, text = choice.text }
    end
  end
  return { pick = "one", prompt = step.text, body = step.body, mono = step.mono, items = items }
end

local function worth(choice)
  return (choice.detect or 0) + (choice.respond or 0)
end

function kind.answer(step, state, picked, view)
  local choice = step.choices[picked[1]]
  local best = true
  for _, item in ipairs(view.items) do
    if worth(step.choices[item.id]) > worth(choice) then best = false end
  end
  return {
    detect = choice.detect or 0,
    respond = choice.respond or 0,
    best = best,
    next = choice.next,
    set = choice.set,
    feedback = choice.feedback,
  }
end

-- Each shown choice is its own answer.
function kind.answers(step, state, view)
  local out = {}
  for _, item in ipairs(view.items) do out[#out + 1] = { item.id } end
  return out
end

return kind
