#!/bin/sh
# The kiosk headless, on the virtual clock, with a kiosk-only fixture:
# a whole round by touch onto the board; the close button, Alt+F4 and Esc
# ignored; "Still there?" and the round given up (recorded as not
# completed); the held corner and chords opening the PIN pad, a wrong PIN
# refused and the right one reaching the staff screen, whose Leave exits 0;
# an offensive nickname refused; a round in Japanese; a corrupt leaderboard
# set aside and started afresh; SIGTERM saving a round in progress and
# exiting 0.
# Usage: kiosk.sh BINARY PNG_PROBE SOURCE_DIR OUTDIR
set -u
bin=$1 probe=$2 src=$3 out=$4
rm -rf "$out"
mkdir -p "$out/scenarios" "$out/data"
cd "$out"
export XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config" HOME="$out/home"
export SDL_VIDEODRIVER=dummy
ln -s "$src/assets" "$out/data/assets"
ln -s "$src/plugins" "$out/data/plugins"
cp "$src/tests/fixtures/kiosk/booth.lua" "$out/scenarios/"
scripts=$src/tests/e2e/kiosk
config=$out/kiosk.json
results=$XDG_DATA_HOME/breachdrill/kiosk-results.jsonl
board=$XDG_DATA_HOME/breachdrill/leaderboard.json
fail() { echo "FAIL: $*"; exit 1; }
kiosk() {
  script=$1
  shift
  "$bin" kiosk --config "$config" --data "$out/data" --scenarios "$out/scenarios" \
    --window 1024x768 --script "$scripts/$script" "$@"
}
records() { [ -f "$results" ] && grep -c "$1" "$results" || echo 0; }

echo 2468 | "$bin" kiosk --set-pin --config "$config" > /dev/null || fail "setting the PIN"

# 1. A whole round onto the board.
kiosk round.script > round.log 2>&1 || { cat round.log; fail "the round"; }
"$probe" board.png || fail "the board's screenshot is blank"
[ "$(records '"completed":true')" -eq 1 ] || fail "the round's record"
grep -q '"mode":"kiosk"' "$results" || fail "the record's mode is not kiosk"
grep -q '"nickname":"ACE"' "$board" || fail "ACE is not on the board"

# 2. Locked down: close, Alt+F4 and Esc change nothing.
kiosk locked.script > locked.log 2>&1 || { cat locked.log; fail "locked down"; }
# The round the script left in progress is recorded as left when it ends.
[ "$(records '"completed":false')" -eq 1 ] || fail "the left round's record"

# 3. Idle: asked, then given up and recorded as not completed.
kiosk idle.script > idle.log 2>&1 || { cat idle.log; fail "idle"; }
"$probe" still.png || fail "the Still there? screenshot is blank"
[ "$(records '"completed":false')" -eq 2 ] || fail "the given-up round's record"

# 4. The PIN: wrong refused, right opens the staff screen, Leave exits 0.
kiosk pin.script > pin.log 2>&1 || { cat pin.log; fail "the staff exit"; }
"$probe" staff.png || fail "the staff screenshot is blank"
kiosk chords.script > chords.log 2>&1 || { cat chords.log; fail "the chords"; }

# 5. An offensive nickname is refused.
kiosk filter.script > filter.log 2>&1 || { cat filter.log; fail "the filter"; }
grep -qi 'fuck' "$board" && fail "a refused nickname reached the board"

# 6. Japanese.
kiosk japanese.script --lang ja > japanese.log 2>&1 || { cat japanese.log; fail "the round in Japanese"; }

# 7. A corrupt board is set aside with a warning; the kiosk plays on and
#    writes a fresh one.
printf '{"v":1,"entries":[{"nick' > "$board"
kiosk round.script > corrupt.log 2>&1 || { cat corrupt.log; fail "the round after a corrupt board"; }
grep -q 'leaderboard.json' corrupt.log || fail "no warning naming the corrupt board"
ls "$board".bad-* > /dev/null 2>&1 || fail "the corrupt board was not kept aside"
[ "$(grep -o '"nickname"' "$board" | wc -l)" -eq 1 ] || fail "the fresh board does not hold the one new entry"

# 8. SIGTERM in a round: saved as left, exit 0.
before=$(records '"completed":false')
# A script that cannot end first, however fast the kiosk plays it.
printf 'tap @attract.start\nrepeat 1000000\nrepeat 1000000\nmove 500 500\nend\nend\n' > long.script
"$bin" kiosk --config "$config" --data "$out/data" --scenarios "$out/scenarios" \
  --window 1024x768 --script "$out/long.script" > term.log 2>&1 &
pid=$!
sleep 2
kill -TERM $pid
wait $pid
status=$?
[ $status -eq 0 ] || { cat term.log; fail "SIGTERM: exit $status"; }
grep -q 'stopping on a signal' term.log || { cat term.log; fail "the kiosk ended before SIGTERM reached it"; }
[ "$(records '"completed":false')" -eq $((before + 1)) ] || fail "SIGTERM did not record the round as left"
echo "kiosk: all passed"
