-- Hostile (tests/unit/test_hostile.c): a string doubled by concatenation
-- until the memory cap (64 MiB) stops it (line 5).
local s = "x"
for _ = 1, 64 do
  s = s .. s
end
return { id = "hostile-memory-concat", title = s }
