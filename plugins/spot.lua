-- spot — the player marks the suspicious lines of a log, an e-mail or a
-- list of alerts, then confirms.
--
-- Step fields (docs/authoring.md):
--   text        the question; body: optional paragraph
--   lines       { "...", ... } shown numbered, in a monospace font
--   suspicious  { i, j, ... } the places of the lines to mark
--   notes       optional { [i] = "why line i matters" }, shown after answering
--   next        the step after it; feedback: optional
-- Points on detect: +1 per suspicious line marked, -1 per other line
-- marked, never below 0 for the step. Best: exactly the suspicious lines.

local kind = {}

function kind.check(step, c)
  c:prompt({ mono = false })
  local lines = c:list("lines", nil, { min = 1, texts = true, neutral = true, label = "line" })
  local n = lines and #lines or 0
  local suspicious = c:indexes("suspicious", n, { min = 1 })
  local notes = c:notes("notes", n, { optional = true })
  local warned = {}
  for _, i in ipairs(suspicious or {}) do
    local line_ok = math.type(i) == "integer" and i >= 1 and i <= n
    if line_ok and not warned[i] and (notes == nil or notes[i] == nil) then
      warned[i] = true
      c:warn("notes", "suspicious line " .. i .. " has no note: tell the player why it matters")
    end
  end
  c:step("next")
  c:text("feedback", { optional = true })
end

function kind.view(step, state)
  local items = {}
  for i, line in ipairs(step.lines) do items[i] = { id = i, text = line } end
  return { pick = "many", lines = true, prompt = step.text, body = step.body, items = items }
end

function kind.answer(step, state, picked)
  local marked, bad = {}, {}
  for _, id in ipairs(picked) do marked[id] = true end
  for _, i in ipairs(step.suspicious) do bad[i] = true end
  local points, best, notes = 0, true, {}
  for i = 1, #step.lines do
    local on, is_bad = marked[i] == true, bad[i] == true
    if on then points = points + (is_bad and 1 or -1) end
    if on ~= is_bad then best = false end
    if on or is_bad then
      local note = step.notes and step.notes[i] or ""
      notes[#notes + 1] = { id = i, picked = on, right = (on == is_bad), text = note }
    end
  end
  return {
    axis = "detect",
    points = math.max(points, 0),
    best = best,
    next = step.next,
    feedback = step.feedback,
    notes = notes,
  }
end

-- Spot sets no flags, so the points are the only effect: marking the first
-- k suspicious lines gives every total from 0 to all of them.
function kind.answers(step, state, view)
  local out = {}
  for k = 0, #step.suspicious do
    local a = {}
    for j = 1, k do a[j] = step.suspicious[j] end
    out[#out + 1] = a
  end
  return out
end

return kind
