-- order — the player puts shuffled items in the right order.
--
-- Step fields (docs/authoring.md):
--   text    the question; body, mono: optional, as for choice
--   items   { "first", "second", ... } listed in the correct order
--   axis    "detect" or "respond" (default "respond")
--   next    the step after it; feedback: optional
-- Points on axis: +1 per item in its correct place. Best: all in place.
-- The engine shows the items shuffled; answers name them by their place
-- in the file.

local kind = {}

function kind.check(step, c)
  c:prompt()
  c:list("items", nil, { min = 2, texts = true, label = "item" })
  c:one_of("axis", { "detect", "respond" }, { optional = true })
  c:step("next")
  c:text("feedback", { optional = true })
end

function kind.view(step, state)
  local items = {}
  for i, text in ipairs(step.items) do items[i] = { id = i, text = text } end
  return { pick = "order", shuffle = true, prompt = step.text, body = step.body, mono = step.mono, items = items }
end

function kind.answer(step, state, picked)
  local points, notes = 0, {}
  for place, id in ipairs(picked) do
    local right = (id == place)
    if right then points = points + 1 end
    notes[#notes + 1] = { id = id, picked = true, right = right, text = "" }
  end
  return {
    axis = step.axis or "respond",
    points = points,
    best = points == #step.items,
    next = step.next,
    feedback = step.feedback,
    notes = notes,
  }
end

-- Every total there is: all in place, or the first k in place and the
-- rest turned by one (n - 1 in place cannot happen).
function kind.answers(step, state, view)
  local n, out = #step.items, {}
  for k = 0, n do
    if k ~= n - 1 then
      local a = {}
      for i = 1, n do a[i] = i end
      if k < n then
        local first = a[k + 1]
        for i = k + 1, n - 1 do a[i] = a[i + 1] end
        a[n] = first
      end
      out[#out + 1] = a
    end
  end
  return out
end

return kind
