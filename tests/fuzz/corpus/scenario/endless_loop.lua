-- Never returns: the instruction budget must stop it.
local n = 0
while true do n = n + 1 end
return { id = "fixture-endless", title = "Endless" }
