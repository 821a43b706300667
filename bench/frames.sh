#!/bin/sh
# Frame time of the heaviest screen: the 400-line Japanese log of
# bench/scenarios/heavy-log.lua's spot step, played in Japanese, redrawn
# FRAMES times back to back by the scripted-input command `frames N` (each
# frame lays the screen out, looks its text up in the caches, renders and
# presents; no vsync), under Xvfb, at 1280x720 and 1920x1080, on the
# software renderer (the target path) and on the GPU path (llvmpipe on a
# machine without a GPU; for information).
#
#   bench/frames.sh [BUILD_DIR]     (RUNS=5 FRAMES=600 SIZES="1280x720 1920x1080"
#                                    RENDERERS="software gpu" DISPLAY_NUM=93)
#
# Prints, per size and renderer, the median over RUNS runs of each run's
# median and 99th-percentile frame time, and the text cache's hit rate over
# the timed frames. Needs Xvfb.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
build=${1:-$src/build}
bin=$(cd "$build/bin" && pwd)/breachdrill
runs=${RUNS:-5}
frames=${FRAMES:-600}
sizes=${SIZES:-"1280x720 1920x1080"}
renderers=${RENDERERS:-"software gpu"}
disp=${DISPLAY_NUM:-93}
tmp=$(mktemp -d)
xvfb=
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$tmp"' EXIT

Xvfb ":$disp" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=":$disp"

# A data folder with the real assets and step kinds but no bundled
# scenario, so the fixture is the first row of the list.
mkdir -p "$tmp/data"
ln -s "$src/assets" "$tmp/data/assets"
ln -s "$src/plugins" "$tmp/data/plugins"
{ cat "$src/bench/scenarios/to-log-step.script"; echo "frames $frames"; } > "$tmp/heavy.script"

. "$here/timing.sh"   # median, machine
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" "$2"; }

echo "$(machine); $frames frames a run"
printf '%-10s %-9s %10s %10s %10s  %s\n' size renderer median_ms p99_ms hit_rate "renderer used"
for size in $sizes; do
  for r in $renderers; do
    : > "$tmp/all"
    i=0
    while [ $i -lt "$runs" ]; do
      # A fresh home each run: no settings, no session to resume.
      rm -rf "$tmp/home"
      XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config" HOME="$tmp/home" \
        "$bin" play --data "$tmp/data" --scenarios "$here/scenarios" --lang ja \
        --window "$size" --renderer "$r" --script "$tmp/heavy.script" 2>"$tmp/err" |
        grep '^frames ' >> "$tmp/all" || { echo "run failed: $size $r"; cat "$tmp/err"; exit 1; }
      i=$((i + 1))
    done
    med=$(field median_ms "$tmp/all" | median)
    p99=$(field p99_ms "$tmp/all" | median)
    hit=$(field cache_hit_rate "$tmp/all" | median)
    used=$(field renderer "$tmp/all" | sort -u | tr '\n' ' ')
    printf '%-10s %-9s %10s %10s %10s  %s\n' "$size" "$r" "$med" "$p99" "$hit" "$used"
  done
done
