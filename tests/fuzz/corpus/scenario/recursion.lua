-- Hostile (tests/unit/test_hostile.c): recursion without end, each call
-- waiting for the next (line 4), until Lua's stack limit stops it.
local function dive(depth)
  return 1 + dive(depth + 1)
end
return { id = "hostile-recursion", title = tostring(dive(1)) }
