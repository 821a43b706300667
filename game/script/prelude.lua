-- prelude — the engine's half of a scenario's Lua state.
--
-- Embedded in the binary and run before the scenario, in the same sandbox.
-- It checks the scenario's fields, registers the plugins (step kinds) the
-- scenario uses, and drives them for the C host: entering a step (on_enter,
-- then the kind's view), answering it, listing answers for the explorer.
-- Everything it returns to C is normalised here, so the C side reads plain
-- values only.
--
-- It keeps its own references to the library functions it uses, taken
-- before any scenario code runs: a scenario that replaces a global harms
-- only itself, never this driver.

local type, pairs, ipairs, next, tostring, error = type, pairs, ipairs, next, tostring, error
local rawget, rawset, rawlen, setmetatable, select = rawget, rawset, rawlen, setmetatable, select
local math_type = math.type
local sort, concat, insert = table.sort, table.concat, table.insert
local byte, sub, format, lower = string.byte, string.sub, string.format, string.lower

local driver = {}
local OUTCOMES = { good = true, mixed = true, bad = true }

local scenario          -- the table the scenario file returned
local step_ids = {}     -- sorted step ids; the C side indexes steps by place here
local step_index = {}   -- id -> place
local plugins = {}      -- kind -> the table its plugin file returned
local plugin_files = {} -- kind -> file, for messages
local plugin_lines = {} -- kind -> { view = line, answer = line, answers = line }
local state = { flags = {} }
local visited_bits = "" -- byte i is "1" when step i was answered before
local last_view         -- what the kind's view returned for the step entered last

-- state.visited[id] is true for steps answered before. A proxy over the
-- host's string rather than a table rebuilt on every step: the explorer
-- enters up to a million states.
local visited = setmetatable({}, {
  __index = function(_, id)
    local i = step_index[id]
    return i ~= nil and byte(visited_bits, i) == 49
  end,
  __newindex = function() error("state.visited is read-only", 2) end,
})

------------------------------------------------------------------------------
-- Values
------------------------------------------------------------------------------

local function describe(v)
  local t = type(v)
  if t == "number" then
    return math_type(v) == "integer" and "a whole number" or "a number"
  elseif t == "table" then
    return "a table"
  elseif t == "string" then
    return "a string"
  elseif t == "nil" then
    return "nothing"
  end
  return "a " .. t
end

-- Text is a string or a table of languages with at least `en`.
local function text_problem(v)
  if type(v) == "string" then return nil end
  if type(v) ~= "table" then
    return "should be text (a string or { en = \"...\", ja = \"...\" }), not " .. describe(v)
  end
  if type(rawget(v, "en")) ~= "string" then
    return "needs an English text: { en = \"...\", ja = \"...\" }"
  end
  for k, s in next, v do
    if type(k) ~= "string" or type(s) ~= "string" then
      return "should map languages to strings ({ en = \"...\", ja = \"...\" })"
    end
  end
  return nil
end

-- Languages every shown text must have, from the scenario's optional
-- `languages` list; set before the checks run. English is always needed.
local wanted_languages = {}

-- The first wanted language a text lacks, or nil. A plain string counts as
-- English only.
local function missing_language(v)
  for _, lang in ipairs(wanted_languages) do
    if type(v) == "string" then
      if lang ~= "en" then return lang end
    elseif type(rawget(v, lang)) ~= "string" then
      return lang
    end
  end
  return nil
end

local function is_list(v)
  if type(v) ~= "table" then return false end
  local n = rawlen(v)
  for k in next, v do
    if math_type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  return true
end

local function valid_id(s)
  if type(s) ~= "string" or #s == 0 or #s > 64 then return false end
  for i = 1, #s do
    local c = byte(s, i)
    if not ((c >= 97 and c <= 122) or (c >= 48 and c <= 57) or c == 45) then return false end
  end
  return true
end

-- NIST CSF 2.0 categories (the framework's 22).
local CSF = {}
for _, id in ipairs({
  "GV.OC", "GV.RM", "GV.RR", "GV.PO", "GV.OV", "GV.SC",
  "ID.AM", "ID.RA", "ID.IM",
  "PR.AA", "PR.AT", "PR.DS", "PR.PS", "PR.IR",
  "DE.CM", "DE.AE",
  "RS.MA", "RS.AN", "RS.CO", "RS.MI",
  "RC.RP", "RC.CO",
}) do CSF[id] = true end

-- T1234 or T1234.001
local function attack_id(s)
  if type(s) ~= "string" or (#s ~= 5 and #s ~= 9) or sub(s, 1, 1) ~= "T" then return false end
  for i = 2, #s do
    local c = byte(s, i)
    if i == 6 then
      if c ~= 46 then return false end
    elseif c < 48 or c > 57 then
      return false
    end
  end
  return true
end

------------------------------------------------------------------------------
-- The checker a kind's check(step, c) receives
------------------------------------------------------------------------------

local problems = {}     -- { path = "steps.x.choices.2.next", msg = "...", warn = bool }

local Checker = {}
Checker.__index = Checker

local function checker(t, path, label)
  return setmetatable({ t = t, path = path, label = label, seen = {} }, Checker)
end

local function join(path, field)
  if field == nil then return path end
  if path == "" then return tostring(field) end
  return path .. "." .. tostring(field)
end

function Checker:report(field, msg, warn)
  local where = self.label
  insert(problems, {
    path = join(self.path, field),
    msg = (where ~= "" and (where .. ": ") or "") .. msg,
    warn = warn and true or false,
  })
end

--- c:error(field, message): an error about field (nil: the whole table).
function Checker:error(field, msg) self:report(field, msg, false) end
--- c:warn(field, message): a warning; validation still passes.
function Checker:warn(field, msg) self:report(field, msg, true) end

--- c:get(field): the field's value, marking it as known.
function Checker:get(field)
  self.seen[field] = true
  return rawget(self.t, field)
end

-- Common start of every field check: the value, or nil after reporting a
-- missing required field.
function Checker:value(field, opts, what)
  local v = self:get(field)
  if v == nil and not (opts and opts.optional) then
    self:error(field, format("'%s' is missing (%s)", field, what))
  end
  return v
end

--- c:text(field, {optional=, neutral=}): a string or { en = ..., ja = ... }.
--- Unless neutral (a log line, an address: the same in every language), a
--- text lacking one of the scenario's `languages` gets a warning.
function Checker:text(field, opts)
  local v = self:value(field, opts, "text expected")
  if v == nil then return nil end
  local why = text_problem(v)
  if why then self:error(field, format("'%s' %s", field, why)) return nil end
  if not (opts and opts.neutral) then self:languages(field, v, "'" .. field .. "'") end
  return v
end

-- Warns when text v (at field) lacks a language the scenario declares.
function Checker:languages(field, v, what)
  local lang = missing_language(v)
  if lang then
    self:warn(field, format("%s has no '%s' text, but the scenario's languages list it", what, lang))
  end
end

--- c:integer(field, {optional=, min=, max=}): a whole number.
function Checker:integer(field, opts)
  local v = self:value(field, opts, "a whole number expected")
  if v == nil then return nil end
  if math_type(v) ~= "integer" then
    self:error(field, format("'%s' should be a whole number, not %s", field, describe(v)))
    return nil
  end
  if opts and opts.min and v < opts.min then
    self:error(field, format("'%s' should be at least %d", field, opts.min))
  elseif opts and opts.max and v > opts.max then
    self:error(field, format("'%s' should be at most %d", field, opts.max))
  end
  return v
end

--- c:number(field, {optional=, positive=}): any number.
function Checker:number(field, opts)
  local v = self:value(field, opts, "a number expected")
  if v == nil then return nil end
  if type(v) ~= "number" or v ~= v then
    self:error(field, format("'%s' should be a number, not %s", field, describe(v)))
    return nil
  end
  if opts and opts.positive and v <= 0 then
    self:error(field, format("'%s' should be more than 0", field))
  end
  return v
end

--- c:boolean(field, {optional=}): true or false.
function Checker:boolean(field, opts)
  local v = self:value(field, opts, "true or false expected")
  if v ~= nil and type(v) ~= "boolean" then
    self:error(field, format("'%s' should be true or false, not %s", field, describe(v)))
    return nil
  end
  return v
end

--- c:func(field, {optional=}): a function.
function Checker:func(field, opts)
  local v = self:value(field, opts, "a function expected")
  if v ~= nil and type(v) ~= "function" then
    self:error(field, format("'%s' should be a function, not %s", field, describe(v)))
    return nil
  end
  return v
end

--- c:one_of(field, { "a", "b" }, {optional=}): one of the strings listed.
function Checker:one_of(field, allowed, opts)
  local v = self:value(field, opts, "one of " .. concat(allowed, ", "))
  if v == nil then return nil end
  for _, a in ipairs(allowed) do
    if v == a then return v end
  end
  self:error(field, format("'%s' should be one of %s, not %s", field,
    "\"" .. concat(allowed, "\", \"") .. "\"", type(v) == "string" and ("\"" .. v .. "\"") or describe(v)))
  return nil
end

--- c:step(field, {optional=}): the id of a step of this scenario.
function Checker:step(field, opts)
  local v = self:value(field, opts, "a step id expected")
  if v == nil then return nil end
  if type(v) ~= "string" then
    self:error(field, format("'%s' should name a step, not %s", field, describe(v)))
    return nil
  end
  if step_index[v] == nil then
    self:error(field, format("'%s' names no step \"%s\"", field, v))
    return nil
  end
  return v
end

--- c:flags(field, {optional=}): { flag = value }, values true/false, numbers or strings.
function Checker:flags(field, opts)
  local v = self:value(field, opts, "a table of flags expected")
  if v == nil then return nil end
  if type(v) ~= "table" then
    self:error(field, format("'%s' should be a table { flag = value }, not %s", field, describe(v)))
    return nil
  end
  for k, x in next, v do
    local tx = type(x)
    if type(k) ~= "string" then
      self:error(field, format("'%s' should name flags with strings, not %s", field, describe(k)))
    elseif tx ~= "boolean" and tx ~= "number" and tx ~= "string" then
      self:error(field, format("'%s': flag '%s' should be true/false, a number or a string, not %s",
        field, k, describe(x)))
    end
  end
  return v
end

--- c:tags(field): { csf = "DE.CM", attack = "T1190" }; each may also be a list.
function Checker:tags(field)
  local v = self:get(field or "tags")
  field = field or "tags"
  if v == nil then return nil end
  if type(v) ~= "table" then
    self:error(field, format("'%s' should be { csf = \"DE.CM\", attack = \"T1190\" }, not %s", field, describe(v)))
    return nil
  end
  local c = checker(v, join(self.path, field), self.label)
  for _, key in ipairs({ "csf", "attack" }) do
    local x = c:get(key)
    local list = type(x) == "table" and x or { x }
    if x ~= nil and type(x) ~= "string" and not is_list(x) then
      c:error(key, format("'%s' should be a string or a list of strings", key))
    else
      for _, id in ipairs(list) do
        if key == "csf" and not CSF[id] then
          c:error(key, format("'%s': \"%s\" is not a NIST CSF 2.0 category (such as DE.CM)", key, tostring(id)))
        elseif key == "attack" and not attack_id(id) then
          c:error(key, format("'%s': \"%s\" is not a MITRE ATT&CK technique id (T1234 or T1234.001)", key, tostring(id)))
        end
      end
    end
  end
  c:finish()
  return v
end

--- c:list(field, fn, {optional=, min=, label=, texts=}): a list; fn(item, c, i)
--- checks each entry (tables), or with texts=true each entry must be text.
function Checker:list(field, fn, opts)
  opts = opts or {}
  local v = self:value(field, opts, "a list expected")
  if v == nil then return nil end
  if not is_list(v) then
    self:error(field, format("'%s' should be a list { ..., ... }, not %s", field, describe(v)))
    return nil
  end
  local n = rawlen(v)
  if opts.min and n < opts.min then
    self:error(field, format("'%s' needs at least %d %s", field, opts.min,
      opts.min == 1 and "entry" or "entries"))
  end
  local label = opts.label or field
  for i = 1, n do
    local item = v[i]
    local item_label = (self.label ~= "" and (self.label .. ": ") or "") .. label .. " " .. i
    if opts.texts then
      local why = text_problem(item)
      if why then
        self:error(join(field, i), format("%s %s", label .. " " .. i, why))
      elseif not opts.neutral then
        self:languages(join(field, i), item, label .. " " .. i)
      end
    elseif type(item) ~= "table" then
      self:error(join(field, i), format("%s should be a table { ... }, not %s", label .. " " .. i, describe(item)))
    elseif fn then
      local c = checker(item, join(self.path, join(field, i)), item_label)
      fn(item, c, i)
      c:finish()
    end
  end
  return v
end

--- c:indexes(field, n, {optional=, min=}): a list of places 1..n, each once.
function Checker:indexes(field, n, opts)
  opts = opts or {}
  local v = self:value(field, opts, "a list of numbers expected")
  if v == nil then return nil end
  if not is_list(v) then
    self:error(field, format("'%s' should be a list of numbers { 1, 3 }, not %s", field, describe(v)))
    return nil
  end
  if opts.min and rawlen(v) < opts.min then
    self:error(field, format("'%s' needs at least %d %s", field, opts.min, opts.min == 1 and "entry" or "entries"))
  end
  local seen = {}
  for i = 1, rawlen(v) do
    local x = v[i]
    if math_type(x) ~= "integer" or x < 1 or x > n then
      self:error(join(field, i), format("'%s' entry %d should be a number from 1 to %d, not %s",
        field, i, n, math_type(x) == "integer" and tostring(x) or describe(x)))
    elseif seen[x] then
      self:error(join(field, i), format("'%s' names %d twice", field, x))
    end
    seen[x] = true
  end
  return v
end

--- c:table(field, fn, {optional=}): a table checked by fn(t, c).
function Checker:table(field, fn, opts)
  local v = self:value(field, opts, "a table expected")
  if v == nil then return nil end
  if type(v) ~= "table" then
    self:error(field, format("'%s' should be a table { ... }, not %s", field, describe(v)))
    return nil
  end
  if fn then
    local c = checker(v, join(self.path, field), self.label)
    fn(v, c)
    c:finish()
  end
  return v
end

--- c:prompt({ mono = false }): the fields every built-in kind shows: text,
--- and optional body and mono (leave mono out with mono = false).
function Checker:prompt(opts)
  self:text("text")
  self:text("body", { optional = true })
  if not (opts and opts.mono == false) then self:text("mono", { optional = true, neutral = true }) end
end

--- c:feedback(what): optional feedback text, with a warning when it is
--- missing ("this choice", "this option"): players learn from the why.
function Checker:feedback(what)
  if self:get("feedback") == nil then
    self:warn("feedback", "has no feedback: tell the player why " .. what .. " is right or wrong")
  else
    self:text("feedback")
  end
end

--- c:notes(field, n, {optional=}): { [i] = text } for places 1..n.
function Checker:notes(field, n, opts)
  local v = self:value(field, opts, "a table { [line] = text } expected")
  if v == nil then return nil end
  if type(v) ~= "table" then
    self:error(field, format("'%s' should be a table { [line] = text }, not %s", field, describe(v)))
    return nil
  end
  for k, x in next, v do
    if math_type(k) ~= "integer" or k < 1 or k > n then
      self:error(field, format("'%s' should be keyed by places 1 to %d, found %s", field, n, tostring(k)))
    else
      local why = text_problem(x)
      if why then
        self:error(join(field, k), format("'%s' entry %d %s", field, k, why))
      else
        self:languages(join(field, k), x, format("'%s' entry %d", field, k))
      end
    end
  end
  return v
end

--- c:finish(): warns about fields no check looked at (usually a typo).
--- Called for you after check(step, c) and for list entries.
function Checker:finish()
  local unknown = {}
  for k in next, self.t do
    if not self.seen[k] and type(k) == "string" then insert(unknown, k) end
  end
  sort(unknown)
  for _, k in ipairs(unknown) do
    self:warn(k, format("unknown field '%s' (a typo?)", k))
  end
end

------------------------------------------------------------------------------
-- Checking the scenario
------------------------------------------------------------------------------

-- `languages = { "en", "ja" }`: the languages the scenario promises, so
-- that validate can name every text still to translate. English is the
-- fallback, so it must be among them.
local function check_languages(c)
  wanted_languages = {}
  local langs = c:list("languages", nil, { optional = true, texts = true, neutral = true })
  if not is_list(langs) then return end
  local has_en = false
  for i = 1, rawlen(langs) do
    local lang = langs[i]
    if type(lang) ~= "string" or #lang < 2 or #lang > 8 or lang ~= lower(lang) then
      c:error(join("languages", i), format("'languages' entry %d should be a language code such as \"en\" or \"ja\"", i))
    else
      if lang == "en" then has_en = true end
      insert(wanted_languages, lang)
    end
  end
  if not has_en then
    c:error("languages", "'languages' must include \"en\": English is what a missing language falls back to")
  end
end

local function check_top(c)
  local id = c:get("id")
  if id == nil then
    c:error("id", "'id' is missing: a unique name such as \"acme-vpn-2025\"")
  elseif not valid_id(id) then
    c:error("id", "'id' should use only a-z, 0-9 and '-' (at most 64), such as \"acme-vpn-2025\"")
  end
  check_languages(c)
  c:text("title")
  c:text("intro", { optional = true })
  if c:get("summary") == nil then
    c:warn("summary", "no 'summary': the menu shows one or two sentences about the scenario")
  else
    c:text("summary")
  end
  local incident = c:table("incident", function(_, ic)
    ic:text("org", { optional = true })
    ic:text("when", { optional = true })
    ic:list("sources", nil, { optional = true, texts = true, neutral = true })
  end, { optional = true })
  local sources = incident and rawget(incident, "sources")
  if type(sources) ~= "table" or rawlen(sources) == 0 then
    c:warn(incident and "incident" or nil, "no sources: give incident.sources so players can check the facts")
  end
  c:number("minutes", { optional = true, positive = true })
  c:list("modes", nil, { optional = true, texts = true, neutral = true })
  local modes = rawget(scenario, "modes")
  if is_list(modes) then
    for i = 1, rawlen(modes) do
      local m = modes[i]
      if m ~= "training" and m ~= "kiosk" then
        c:error(join("modes", i), format("'modes' entry %d should be \"training\" or \"kiosk\"", i))
      end
    end
  end
  c:step("start")
  c:get("steps")
  if c:get("debrief") == nil then
    c:warn("debrief", "no 'debrief': players learn most from what really happened")
  else
    c:text("debrief")
  end
  local nsources = type(sources) == "table" and rawlen(sources) or 0
  c:list("facts", function(_, fc)
    fc:text("text")
    if nsources == 0 and rawget(fc.t, "source") ~= nil then
      fc:get("source")
      fc:error("source", "'source' names one of incident.sources, but there are none")
    else
      fc:integer("source", { optional = true, min = 1, max = nsources })
    end
  end, { optional = true, label = "fact" })
  c:tags("tags")
end

local function check_step(id)
  local step = scenario.steps[id]
  local path = "steps." .. id
  local c = checker(step, path, "step '" .. id .. "'")
  if type(step) ~= "table" then
    c:error(nil, "should be a table { kind = ..., ... }, not " .. describe(step))
    return
  end
  local kind = c:get("kind")
  if type(kind) ~= "string" then
    c:error("kind", "'kind' is missing: choice, multi, spot, order, ending, or a kind from plugins/")
    return
  end
  local plugin = plugins[kind]
  if plugin == nil then
    local valid = #kind <= 64
    for i = 1, #kind do
      local b = byte(kind, i)
      if not ((b >= 97 and b <= 122) or (b >= 48 and b <= 57) or b == 95 or b == 45) then valid = false end
    end
    if valid then
      c:error("kind", format("unknown kind \"%s\" (built in: choice, multi, spot, order, ending; or add plugins/%s.lua)", kind, kind))
    else
      c:error("kind", format("unknown kind \"%s\" (kinds are named in lower case: a-z, 0-9, '_' and '-', such as \"choice\")", kind))
    end
    return
  end
  c:func("on_enter", { optional = true })
  c:tags("tags")
  if type(plugin.check) == "function" then
    plugin.check(step, c)
    c:finish()
  end
end

------------------------------------------------------------------------------
-- What the C host calls
------------------------------------------------------------------------------

-- Takes what the scenario file returned. Returns the sorted step ids and
-- the kinds they use, or a message for a scenario the engine cannot even
-- start checking.
function driver.set_scenario(t)
  if type(t) ~= "table" then
    return nil, "the file should return a table { id = ..., steps = ... }, not " .. describe(t)
  end
  scenario = t
  local steps = rawget(t, "steps")
  if type(steps) ~= "table" then
    return nil, "'steps' should be a table of steps { first_step = { kind = ... }, ... }, not " .. describe(steps)
  end
  local kinds, seen = {}, {}
  for id, step in next, steps do
    if type(id) ~= "string" or id == "" then
      return nil, "'steps' should name each step with a string, found " .. describe(id)
    end
    insert(step_ids, id)
    local kind = type(step) == "table" and rawget(step, "kind")
    if type(kind) == "string" and not seen[kind] then
      seen[kind] = true
      insert(kinds, kind)
    end
  end
  sort(step_ids)
  sort(kinds)
  for i, id in ipairs(step_ids) do step_index[id] = i end
  if #step_ids == 0 then
    return nil, "'steps' is empty: a scenario needs at least a first step and an ending"
  end
  return step_ids, kinds
end

-- A plugin file's result, for kind.
-- lines: where the plugin's functions start, so that a message about what
-- one of them returned can name its file and line.
function driver.add_plugin(kind, p, file, lines)
  if type(p) ~= "table" then
    return "the plugin should return a table { check = ..., view = ..., answer = ... }, not " .. describe(p)
  end
  for _, f in ipairs({ "view", "answer" }) do
    if type(rawget(p, f)) ~= "function" then
      return format("the plugin has no '%s' function", f)
    end
  end
  for _, f in ipairs({ "check", "answers" }) do
    local x = rawget(p, f)
    if x ~= nil and type(x) ~= "function" then
      return format("the plugin's '%s' should be a function", f)
    end
  end
  plugins[kind] = p
  plugin_files[kind] = file
  plugin_lines[kind] = lines or {}
  return nil
end

-- Every problem found, errors and warnings, in a stable order.
function driver.check()
  problems = {}
  check_top(checker(scenario, "", ""))
  for _, id in ipairs(step_ids) do check_step(id) end
  return problems
end

-- The start step's place, or nil.
function driver.start()
  return step_index[rawget(scenario, "start")]
end

function driver.scenario()
  return scenario
end

-- Each step's tags joined for the debrief ("DE.CM, T1566"), by place.
function driver.tags()
  local out = {}
  for i, id in ipairs(step_ids) do
    local tags, parts = rawget(scenario.steps[id], "tags"), {}
    if type(tags) == "table" then
      for _, key in ipairs({ "csf", "attack" }) do
        local x = rawget(tags, key)
        if type(x) == "string" then insert(parts, x)
        elseif type(x) == "table" then
          for _, y in ipairs(x) do insert(parts, tostring(y)) end
        end
      end
    end
    out[i] = concat(parts, ", ")
  end
  return out
end

-- Each ending's outcome by place ("" for other steps), for reports.
function driver.outcomes()
  local out = {}
  for i, id in ipairs(step_ids) do
    local step = scenario.steps[id]
    local o = rawget(step, "outcome")
    out[i] = (type(o) == "string" and OUTCOMES[o]) and o or ""
  end
  return out
end

-- Resets flags; the host reseeds the random stream.
function driver.reset()
  state = { flags = {}, visited = visited }
end

local function field_text(v)
  if text_problem(v) then return nil end
  return v
end

local PICK = { none = 0, one = 1, many = 2, order = 3 }

-- An item is named by its place in the file; the host keeps places in a C
-- int and answer tokens allow six digits, so anything larger is a mistake.
local MAX_ID = 1000000
-- Points per step: far beyond any scenario, and small enough that a whole
-- path's sum stays well inside the host's int.
local MAX_POINTS = 10000

local function valid_place(id)
  return math_type(id) == "integer" and id >= 1 and id <= MAX_ID
end

-- "plugins/x.lua:12: kind 'x': view ..." for a bad value a kind's function
-- returned: the fault is in the plugin, so the message points there.
local function kind_fault(kind, fn, msg)
  local line = plugin_lines[kind] and plugin_lines[kind][fn] or 1
  error(format("%s:%d: kind '%s': %s %s", plugin_files[kind] or kind, line or 1, kind, fn, msg), 0)
end

-- Checks what a kind's view returned and puts it in the shape the host reads.
local function normalise_view(kind, v)
  if type(v) ~= "table" then kind_fault(kind, "view", "should return a table, not " .. describe(v)) end
  local out = {
    pick = PICK[v.pick or "none"],
    prompt = field_text(v.prompt),
    body = field_text(v.body),
    mono = field_text(v.mono),
    lines = v.lines and true or false,
    shuffle = v.shuffle and true or false,
    outcome = v.outcome,
    items = {},
  }
  if out.pick == nil then
    kind_fault(kind, "view", "pick should be \"none\", \"one\", \"many\" or \"order\", not " .. tostring(v.pick))
  end
  if v.prompt ~= nil and out.prompt == nil then kind_fault(kind, "view", "prompt is not text") end
  if v.body ~= nil and out.body == nil then kind_fault(kind, "view", "body is not text") end
  if v.mono ~= nil and out.mono == nil then kind_fault(kind, "view", "mono is not text") end
  if out.outcome ~= nil and not OUTCOMES[out.outcome] then
    kind_fault(kind, "view", "outcome should be \"good\", \"mixed\" or \"bad\", not " .. tostring(out.outcome))
  end
  if out.outcome ~= nil then out.pick = 0 end
  local items = v.items or {}
  if type(items) ~= "table" then kind_fault(kind, "view", "items should be a list") end
  local ids = {}
  for i, item in ipairs(items) do
    if type(item) ~= "table" or not valid_place(item.id) or ids[item.id] then
      kind_fault(kind, "view", format("item %d needs a unique id from 1 to %d (its place in the file)", i, MAX_ID))
    end
    ids[item.id] = true
    local text = field_text(item.text)
    if text == nil then kind_fault(kind, "view", format("item %d has no text", i)) end
    out.items[i] = { id = item.id, text = text }
  end
  return out
end

function driver.enter(i, bits)
  visited_bits = bits
  local id = step_ids[i]
  local step = scenario.steps[id]
  state.step = id
  state.visited = visited
  local on_enter = rawget(step, "on_enter")
  if on_enter ~= nil then on_enter(state) end
  local kind = step.kind
  last_view = plugins[kind].view(step, state)
  return normalise_view(kind, last_view)
end

local function normalise_result(kind, r)
  if type(r) ~= "table" then kind_fault(kind, "answer", "should return a table, not " .. describe(r)) end
  local out = { detect = r.detect or 0, respond = r.respond or 0, best = r.best and true or false,
                feedback = field_text(r.feedback), notes = {} }
  -- Kinds that score on one axis may say { axis = "detect", points = n }.
  if r.axis ~= nil then
    if r.axis ~= "detect" and r.axis ~= "respond" then
      kind_fault(kind, "answer", "axis should be \"detect\" or \"respond\", not " .. describe(r.axis))
    end
    if r.points ~= nil and math_type(r.points) ~= "integer" then
      kind_fault(kind, "answer", "points should be a whole number, not " .. describe(r.points))
    end
    out[r.axis] = out[r.axis] + (r.points or 0)
  end
  for _, axis in ipairs({ "detect", "respond" }) do
    if math_type(out[axis]) ~= "integer" then
      kind_fault(kind, "answer", axis .. " should be a whole number, not " .. describe(out[axis]))
    elseif out[axis] < -MAX_POINTS or out[axis] > MAX_POINTS then
      kind_fault(kind, "answer", format("%s should be from %d to %d, not %d", axis, -MAX_POINTS, MAX_POINTS, out[axis]))
    end
  end
  if r.feedback ~= nil and out.feedback == nil then kind_fault(kind, "answer", "feedback is not text") end
  local nxt = step_index[r.next]
  if nxt == nil then
    kind_fault(kind, "answer", format("next names no step \"%s\"", tostring(r.next)))
  end
  out.next = nxt
  if r.set ~= nil then
    if type(r.set) ~= "table" then kind_fault(kind, "answer", "set should be a table { flag = value }") end
    for k, v in pairs(r.set) do state.flags[k] = v end
  end
  for i, n in ipairs(r.notes or {}) do
    if type(n) ~= "table" or not valid_place(n.id) or field_text(n.text) == nil then
      kind_fault(kind, "answer", format("note %d should be { id = place, text = ..., picked = bool, right = bool }", i))
    end
    out.notes[i] = { id = n.id, text = n.text, picked = n.picked and true or false, right = n.right and true or false }
  end
  return out
end

function driver.answer(i, picked)
  local step = scenario.steps[step_ids[i]]
  return normalise_result(step.kind, plugins[step.kind].answer(step, state, picked, last_view))
end

-- Every answer there is, for kinds without an answers function: fine for
-- the short lists a step shows, refused for long ones (2^n subsets).
local function all_answers(view)
  local ids = {}
  for i, item in ipairs(view.items) do ids[i] = item.id end
  local n, out = #ids, {}
  if view.pick == 1 then
    for _, id in ipairs(ids) do insert(out, { id }) end
  elseif view.pick == 2 then
    if n > 12 then error("too many options to try every subset; give the kind an answers function", 0) end
    for mask = 0, (1 << n) - 1 do
      local a = {}
      for b = 1, n do if mask & (1 << (b - 1)) ~= 0 then insert(a, ids[b]) end end
      insert(out, a)
    end
  elseif view.pick == 3 then
    if n > 7 then error("too many items to try every order; give the kind an answers function", 0) end
    local function permute(k)
      if k > n then
        local a = {}
        for j = 1, n do a[j] = ids[j] end
        insert(out, a)
        return
      end
      for j = k, n do
        ids[k], ids[j] = ids[j], ids[k]
        permute(k + 1)
        ids[k], ids[j] = ids[j], ids[k]
      end
    end
    permute(1)
  end
  return out
end

function driver.answers(i)
  local step = scenario.steps[step_ids[i]]
  local plugin = plugins[step.kind]
  if plugin.answers == nil then return all_answers(normalise_view(step.kind, last_view)) end
  local list = plugin.answers(step, state, last_view)
  if type(list) ~= "table" then kind_fault(step.kind, "answers", "should return a list of answers") end
  for k, a in ipairs(list) do
    if type(a) ~= "table" then
      kind_fault(step.kind, "answers", format("entry %d should be a list of item ids", k))
    end
    for _, id in ipairs(a) do
      if not valid_place(id) then
        kind_fault(step.kind, "answers", format("entry %d should hold item ids from 1 to %d", k, MAX_ID))
      end
    end
  end
  return list
end

-- Flags, in a canonical order, for the host to save.
-- The scenario's file and each step's line, for messages about what the
-- scenario's own code left in state.flags.
local scenario_file, step_lines = "scenario", {}
function driver.set_lines(file, lines)
  scenario_file, step_lines = file, lines
end

local function flag_fault(msg)
  error(format("%s:%d: %s", scenario_file, step_lines[state.step] or 1, msg), 0)
end

function driver.flags()
  local keys = {}
  if type(state.flags) ~= "table" then
    flag_fault("state.flags should stay a table, not " .. describe(state.flags))
  end
  for k, v in next, state.flags do
    if type(k) ~= "string" then
      flag_fault("state.flags should be named with strings, found " .. describe(k))
    end
    local t = type(v)
    if t ~= "boolean" and t ~= "number" and t ~= "string" then
      flag_fault(format("flag '%s' should be true/false, a number or a string, not %s", k, describe(v)))
    end
    insert(keys, k)
  end
  sort(keys)
  return keys, state.flags
end

function driver.set_flags(t)
  state.flags = t
end

return driver
