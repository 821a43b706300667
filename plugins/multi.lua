-- multi — the player ticks every option that applies, then confirms.
--
-- Step fields (docs/authoring.md):
--   text      the question; body, mono: optional, as for choice
--   options   { { text, correct = true/false, feedback?, set? }, ... }
--   axis      "detect" or "respond": where the points go
--   next      the step after it; feedback: optional, shown after answering
-- Points on axis: +1 per correct option ticked, -1 per incorrect option
-- ticked, never below 0 for the step. Best: all correct ones, nothing else.
-- An option's `set` applies when it is ticked.

local kind = {}

function kind.check(step, c)
  c:prompt()
  c:list("options", function(_, oc)
    oc:text("text")
    oc:boolean("correct")
    oc:flags("set", { optional = true })
    oc:feedback("this option")
  end, { min = 1, label = "option" })
  c:one_of("axis", { "detect", "respond" })
  c:step("next")
  c:text("feedback", { optional = true })
end

function kind.view(step, state)
  local items = {}
  for i, option in ipairs(step.options) do items[i] = { id = i, text = option.text } end
  return { pick = "many", prompt = step.text, body = step.body, mono = step.mono, items = items }
end

function kind.answer(step, state, picked)
  local ticked = {}
  for _, id in ipairs(picked) do ticked[id] = true end
  local points, best, set, notes = 0, true, {}, {}
  for i, option in ipairs(step.options) do
    local on = ticked[i] == true
    if on then
      points = points + (option.correct and 1 or -1)
      for flag, value in pairs(option.set or {}) do set[flag] = value end
    end
    if on ~= option.correct then best = false end
    notes[#notes + 1] = { id = i, picked = on, right = (on == option.correct), text = option.feedback or "" }
  end
  return {
    axis = step.axis,
    points = math.max(points, 0),
    best = best,
    next = step.next,
    set = set,
    feedback = step.feedback,
    notes = notes,
  }
end

-- One answer per distinct effect: every combination of the options that set
-- flags, each with every points total the other options can add to it.
function kind.answers(step, state, view)
  local setters, right, wrong = {}, {}, {}
  for i, option in ipairs(step.options) do
    if option.set ~= nil then
      setters[#setters + 1] = i
    elseif option.correct then
      right[#right + 1] = i
    else
      wrong[#wrong + 1] = i
    end
  end
  if #setters > 10 then
    error("step has more than 10 options with 'set'; exploring them all would take too long", 0)
  end
  local out = {}
  for mask = 0, (1 << #setters) - 1 do
    local base = {}
    for b, id in ipairs(setters) do
      if mask & (1 << (b - 1)) ~= 0 then base[#base + 1] = id end
    end
    for extra = -#wrong, #right do
      local a = { table.unpack(base) }
      local from = extra >= 0 and right or wrong
      for k = 1, math.abs(extra) do a[#a + 1] = from[k] end
      out[#out + 1] = a
    end
  end
  return out
end

return kind
