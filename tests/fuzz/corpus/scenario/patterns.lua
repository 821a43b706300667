-- Hostile (tests/unit/test_hostile.c): pattern matching, which can
-- backtrack for exponential time inside one C call the budget never sees.
-- string.match, gmatch and gsub are absent (also through the string
-- metatable); string.find refuses a pattern unless asked for plain text.
assert(string.match == nil and string.gmatch == nil and string.gsub == nil,
       "pattern functions are reachable")
assert(("x").match == nil and ("x").gsub == nil, "patterns are reachable through the metatable")
-- Plain finds work.
assert(string.find("a.b", ".", 1, true) == 2, "plain find is broken")
-- A catastrophic pattern: refused, not run (line 12).
local subject = ("a"):rep(40)
local found = string.find(subject, "(a*)*b")
return { id = "hostile-patterns", title = tostring(found) }
