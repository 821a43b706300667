#!/bin/sh
# The scripted-input command `frames N` (the frame-time benchmark's
# measure): on the long Japanese log of bench/scenarios/heavy-log.lua it
# prints one line with sane fields, a redraw of an unchanged screen finds
# every text in the cache, a screenshot taken after it is a real picture,
# and a bad count is refused with the script's line. No time limits here:
# those are bench/frames.sh's.
# Usage: frames.sh BINARY SOURCE_DIR PNG_PROBE
set -u
bin=$1 src=$2 probe=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pass=0 fail=0
. "$src/tests/cli/expect.sh"
export SDL_VIDEODRIVER=dummy HOME="$out/home" XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config"
mkdir -p "$out/data"
ln -s "$src/assets" "$out/data/assets"
ln -s "$src/plugins" "$out/data/plugins"
{ cat "$src/bench/scenarios/to-log-step.script"; cat <<SCRIPT
frames 20
screenshot $out/after.png
key Down
expect focus play.item.2
SCRIPT
} > "$out/heavy.script"
game() { "$bin" play --data "$out/data" --scenarios "$src/bench/scenarios" --lang ja --renderer software "$@"; }

expect "frames prints its line" 0 \
  '^frames 20 median_ms=[0-9]+\.[0-9]{3} p99_ms=[0-9]+\.[0-9]{3} max_ms=[0-9.]+ cache_hit_rate=1\.0000 measure_hit_rate=[01]\.[0-9]{4} size=1280x720 renderer=software$' \
  -- game --window 1280x720 --script "$out/heavy.script"
# Order: median <= p99 <= max, and a frame takes some time.
check "frames: median <= p99 <= max, median > 0" awk '
  /^frames / { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] + 0 }
               ok = v["median_ms"] > 0 && v["median_ms"] <= v["p99_ms"] && v["p99_ms"] <= v["max_ms"] }
  END { exit !ok }' "$out/stdout"
check "a screenshot after frames is a real picture" "$probe" "$out/after.png" --size 1280x720 --min-colors 16
# The size is the window's.
rm -rf "$out/home"
expect "frames at 1920x1080" 0 ' size=1920x1080 renderer=software$' \
  -- game --window 1920x1080 --script "$out/heavy.script"

printf 'frames 0\n' > "$out/zero.script"
expect "frames 0 is refused" 2 'zero.script:1: frames needs whole numbers' -- game --script "$out/zero.script"
printf 'frames\n' > "$out/none.script"
expect "frames needs a count" 2 'none.script:1: frames needs whole numbers' -- game --script "$out/none.script"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
