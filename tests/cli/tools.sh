#!/bin/sh
# The trainer's commands as the contract states them: validate, explore and
# run on tests/fixtures/cli, with figures worked out by hand.
# Usage: tools.sh BINARY SOURCE_DIR
set -u
bin=$1 src=$2
fx=$src/tests/fixtures/cli
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pass=0 fail=0

. "$src/tests/cli/expect.sh"

usb=$fx/usb-drop.lua

# validate: 0 with no errors; 1 with file:line errors; folders and plugins.
expect validate-good 0 "1 file checked: 0 errors, 0 warnings" -- "$bin" validate "$usb"
expect validate-bad-next 1 "bad-next.lua:10: step 'first': choice 1: 'next' names no step \"nowhere\"" \
  "bad-next.lua:[0-9]+: warning: no 'summary'" -- "$bin" validate "$fx/bad-next.lua"
expect validate-unreachable 1 "unreachable.lua:12: step 'orphan' is never reached" -- "$bin" validate "$fx/unreachable.lua"
expect validate-folder 1 "3 files checked: 2 errors" -- "$bin" validate "$fx"
expect validate-plugins 0 "5 files checked: 0 errors" -- "$bin" validate "$src/plugins"
expect validate-missing 2 "cannot read" -- "$bin" validate "$out/none.lua"
expect validate-no-path 2 "no scenario given" -- "$bin" validate
expect validate-bad-flag 2 "unknown option '--json'" -- "$bin" validate --json "$usb"
printf 'return {\n  view = function() end,\n}\n' > "$out/plugins-x.lua"
mkdir -p "$out/plugins" && mv "$out/plugins-x.lua" "$out/plugins/x.lua"
expect validate-bad-plugin 1 "plugins/x.lua:1: the plugin has no 'answer' function" -- "$bin" validate "$out/plugins/x.lua"

# A file far too big to be a scenario is refused before it is run.
head -c 9000000 /dev/zero | tr '\0' '-' > "$out/huge.lua"
expect validate-huge 1 "huge.lua:1: the file is larger than 8 MiB" -- "$bin" validate "$out/huge.lua"
# An exploration that stops at a script error reports no figures.
cat > "$out/spin.lua" <<'LUA'
return { id = "spin", title = "t", start = "a", steps = {
  a = { kind = "choice", text = "?", choices = {
    { text = "x", next = "b", feedback = "f", when = function() while true do end end } } },
  b = { kind = "ending", outcome = "good", text = "." } } }
LUA
expect explore-error 1 "spin.lua:3: instruction budget exceeded" "nothing else can be reported" -- "$bin" explore "$out/spin.lua"

# Points far past any scenario are refused, not wrapped round in an int.
printf 'return { id = "big", title = "t", start = "a", steps = { a = { kind = "choice", text = "?", choices = {\n  { text = "x", next = "b", detect = 4294967297, feedback = "f" } } },\n  b = { kind = "ending", outcome = "good", text = "." } } }\n' > "$out/points.lua"
expect validate-points 1 "points.lua:2: step 'a': choice 1: 'detect' should be at most 10000" -- "$bin" validate "$out/points.lua"

# explore: detect max 3 (found 1 + spot 2), respond max 8 (2+2+3+1); the
# popup path to "infected" gives respond -2-1 = -3; three step sequences.
# "good" needs five answers (found, log, who, steps, close), "infected" two
# (found, popup). The best path is the one run-best plays below; the worst
# is the popup path (respond -3 weighs more than any other).
expect explore-text 0 "endings reached: good \(good, 5 answers or more\), infected \(bad, 2 answers or more\)" \
  "detect: min 0, max 3" "respond: min -3, max 8" "both maxima on one path: yes" \
  "best path: score 100 \(detect 3, respond 8\): 1 2\+4 1\+2 1>2>3 1$" \
  "worst path: score 0 \(detect 0, respond -3\): 2 2$" "paths that visit no step twice: 3" \
  "unreachable steps: none" -- "$bin" explore "$usb"
expect explore-json 0 '"paths":[[:space:]]*3' '"max":[[:space:]]*8' '"valid":[[:space:]]*true' \
  '"outcome":[[:space:]]*"bad"' '"fewest_answers":[[:space:]]*5' '"answers":[[:space:]]*"2 2"' \
  -- "$bin" explore "$usb" --json
expect explore-invalid 1 "unreachable steps: orphan" -- "$bin" explore "$fx/unreachable.lua"
expect explore-random 0 "random play: 200 sessions, 200 reached an ending" -- "$bin" explore "$usb" --random 200 --seed 3
expect explore-two 2 "one scenario at a time" -- "$bin" explore "$usb" "$usb"

# run: the best path; the worst; a mixed one (spot 1+2+3: +1-2 -> 0;
# multi 3: -1 -> 0; order 3>2>1: item 2 in place -> 1; detect 1/3 = 33,
# respond 3/8 = 37.5 -> 38; score (33+38)/2 = 35.5 -> 36).
expect run-best 0 '"score":100' '"ending":"good"' '"mode":"run"' '"seed":5' \
  '"detect":\{"points":3,"max":3,"pct":100\}' -- "$bin" run "$usb" --answers "1 2+4 1+2 1>2>3 1" --seed 5
expect run-worst 0 '"ending":"infected"' '"outcome":"bad"' '"respond":\{"points":-3,"max":8,"pct":0\}' '"score":0' \
  -- "$bin" run "$usb" --answers "2 2" --seed 5
expect run-mixed 0 '"score":36' '"respond":\{"points":3,"max":8,"pct":38\}' '"detect":\{"points":1,"max":3,"pct":33\}' \
  '"step":"log","answer":"1\+2\+3","picked":\[1,2,3\],"detect":0' '"step":"steps","answer":"3>2>1","picked":\[3,2,1\]' \
  -- "$bin" run "$usb" --answers "1 1+2+3 3 3>2>1 2" --seed 5
# Through the popup "reported" is never set, so "close" shows one choice:
# token 1 picks the file's second choice.
expect run-when 0 '"step":"close","answer":"1","picked":\[2\]' -- "$bin" run "$usb" --answers "2 1 1+2 1>2>3 1"
expect run-impossible 1 "step 'close': there is no 2nd choice: 1 is shown" -- "$bin" run "$usb" --answers "2 1 1+2 1>2>3 2"
expect run-too-many 1 "too many answers" -- "$bin" run "$usb" --answers "2 2 1"
expect run-too-few 1 "too few answers: step 'who' has none" -- "$bin" run "$usb" --answers "1 2+4"
expect run-malformed 1 "step 'log': '2\+2' names 2 twice" -- "$bin" run "$usb" --answers "1 2+2"
expect run-order-short 1 "step 'steps'" -- "$bin" run "$usb" --answers "1 2 1 1>2"
expect run-invalid 1 "never reached" -- "$bin" run "$fx/unreachable.lua" --answers "1"
expect run-no-answers 2 "--answers is missing" -- "$bin" run "$usb"
expect run-bad-seed 2 "bad seed" -- "$bin" run "$usb" --answers "2 2" --seed -1
expect run-player 0 '"player":"Ana"' -- "$bin" run "$usb" --answers "2 2" --player Ana

# The same seed replays the same session (only the uuid and time differ).
"$bin" run "$usb" --answers "1 2+4 1+2 1>2>3 1" --seed 9 | sed 's/"session":"[^"]*"//; s/"started":"[^"]*"//' > "$out/a"
"$bin" run "$usb" --answers "1 2+4 1+2 1>2>3 1" --seed 9 | sed 's/"session":"[^"]*"//; s/"started":"[^"]*"//' > "$out/b"
if cmp -s "$out/a" "$out/b" && [ -s "$out/a" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL replay differs"; fi
# ... and a fresh uuid every time.
s1=$("$bin" run "$usb" --answers "2 2" --seed 1 | sed 's/.*"session":"\([^"]*\)".*/\1/')
s2=$("$bin" run "$usb" --answers "2 2" --seed 1 | sed 's/.*"session":"\([^"]*\)".*/\1/')
if [ -n "$s1" ] && [ "$s1" != "$s2" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL session uuid repeats"; fi

# A folder deeper than the 60 bytes Lua keeps of a file's name: every
# message still begins with the whole path and the line.
deep=$out/$(printf '%070d' 0 | tr 0 d)/$(printf '%070d' 0 | tr 0 e)
mkdir -p "$deep/plugins"
cp "$out/spin.lua" "$deep/spin.lua"
printf 'return { id = "x"\n  foo = }\n' > "$deep/syntax.lua"
cp "$out/plugins/x.lua" "$deep/plugins/x.lua"
printf 'return {\n\n  view = function( end }\n' > "$deep/plugins/y.lua"
expect long-budget 1 "^$deep/spin.lua:3: instruction budget exceeded" -- "$bin" validate "$deep/spin.lua"
expect long-syntax 1 "^$deep/syntax.lua:2: '}' expected" -- "$bin" validate "$deep/syntax.lua"
expect long-plugin 1 "^$deep/plugins/x.lua:1: the plugin has no 'answer' function" -- "$bin" validate "$deep/plugins/x.lua"
expect long-plugin-syntax 1 "^$deep/plugins/y.lua:3: .*near" -- "$bin" validate "$deep/plugins/y.lua"
expect long-run 1 "^$deep/spin.lua:3: instruction budget exceeded" -- "$bin" run "$deep/spin.lua" --answers "1 1"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
