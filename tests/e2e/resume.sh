#!/bin/sh
# Resuming a session: the game killed (kill -9) two answers into a scenario
# offers, on the next start, to resume it at the third step; the session
# then ends in one completed record with the first run's session UUID and
# every answer. And a scenario edited after the player left is not resumed
# into: the game says it changed and starts it fresh. Last, the list's
# Export writes the player's records to a file.
# Usage: resume.sh BINARY PNG_PROBE SOURCE_DIR OUTDIR
set -u
bin=$1 probe=$2 src=$3 out=$4
rm -rf "$out"
mkdir -p "$out/scenarios"
cd "$out"
export XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config" HOME="$out/home"
export SDL_VIDEODRIVER=dummy
mkdir -p "$out/data"
ln -s "$src/assets" "$out/data/assets"
ln -s "$src/plugins" "$out/data/plugins"
cp "$src/tests/fixtures/play/drill.lua" "$out/scenarios/drill.lua"
scripts=$src/tests/e2e/resume
saved=$XDG_DATA_HOME/breachdrill/session.json
results=$XDG_DATA_HOME/breachdrill/results.jsonl
fail() { echo "FAIL: $*"; exit 1; }
game() { "$bin" play --data "$out/data" --scenarios "$out/scenarios" --window 1024x768 --script "$@"; }

# 1. Two answers, then kill -9 while the game idles on the third step.
{ cat "$scripts/answer-two.script"; i=0; while [ $i -lt 20000 ]; do echo "key Down"; i=$((i + 1)); done; } > long.script
game long.script > run1.log 2>&1 &
pid=$!
n=0
while [ $n -lt 600 ]; do
  [ -f "$saved" ] && [ "$(grep -o '"answer"' "$saved" | wc -l)" -eq 2 ] && break
  kill -0 $pid 2>/dev/null || { cat run1.log; fail "the game ended before it could be killed"; }
  sleep 0.1
  n=$((n + 1))
done
kill -9 $pid
wait $pid 2>/dev/null
[ -f "$saved" ] || fail "no saved session after two answers"
uuid=$(sed -n 's/.*"session":"\([^"]*\)".*/\1/p' "$saved")
[ -n "$uuid" ] || fail "the saved session has no UUID"
[ ! -s "$results" ] || fail "a record was written for a session in progress"

# 2. The next start offers it; resumed and finished: one record, the same UUID.
game "$scripts/resume-finish.script" || fail "resuming after the kill"
[ "$(wc -l < "$results")" -eq 1 ] || fail "expected one record, got $(wc -l < "$results")"
grep -q "\"session\":\"$uuid\"" "$results" || fail "the record does not carry the first run's UUID"
grep -q '"completed":true' "$results" || fail "the resumed session is not recorded as completed"
[ "$(grep -o '"step":' "$results" | wc -l)" -eq 5 ] || fail "the record does not hold all five answers"
[ ! -f "$saved" ] || fail "the saved session outlived its record"

# 3. One answer, the window closed; then the scenario is edited.
game "$scripts/answer-one.script" || fail "the first answer"
[ -f "$saved" ] || fail "closing the window did not keep the session"
[ "$(wc -l < "$results")" -eq 1 ] || fail "closing the window wrote a record"
sed -i 's/An alert: a VPN login/An alert (edited): a VPN login/' "$out/scenarios/drill.lua"
game "$scripts/changed.script" || fail "the changed scenario"
[ ! -f "$saved" ] || grep -q '"answers":\[\]' "$saved" || fail "the old session is still offered"

# 4. Export: the completed record and the given-up one, as the log holds
# them, in a file in HOME.
game "$scripts/export.script" || fail "exporting"
exported=$(ls "$HOME"/breachdrill-results-*.jsonl 2>/dev/null | head -1)
[ -n "$exported" ] || fail "no exported file in HOME"
[ "$(wc -l < "$results")" -eq 2 ] || fail "giving up did not record the session"
grep -q '"completed":false' "$results" || fail "the given-up session is not recorded as not completed"
cmp -s "$exported" "$results" || fail "the export differs from the player's records"

for f in resume-offer.png resume-changed.png export.png; do
  "$probe" "$f" --size 1024x768 --min-colors 8 || fail "$f"
done
echo "resume: all checks passed"
