#!/bin/sh
# Start-up, peak memory and idle CPU of BreachDrill side by side with the
# anchors, in one run under Xvfb: the LÖVE 11.4 quiz (stock loop), the bare
# SDL2 program on SDL's software renderer and on its default (OpenGL), and
# BreachDrill with `--renderer software` (the target path) and `--renderer
# gpu` (for information). BreachDrill runs in Japanese (`--lang ja`): its
# title screen is drawn with the Japanese font, and every bundled scenario
# has been read (each file run in the sandbox for its title) before the
# first frame.
#
#   bench/startup.sh ANCHORS_DIR [BUILD_DIR]
#
# ANCHORS_DIR holds harness/measure.py, love-quiz/ and
# sdl2-baseline/baseline.c. Needs Xvfb, python3, love (11.4) and gcc.
# RUNS (start-ups, default 5), IDLE_RUNS (default 3) and IDLE_S (default
# 10) as in the harness; DISPLAY_NUM (default 97) is the Xvfb display.
# Prints the harness's line per program (min / median / max), then the
# ratios against the targets, from the medians.
set -eu
anchors=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
build=${2:-$here/../build}
bin=$(cd "$build/bin" && pwd)/breachdrill
work=$(mktemp -d)
xvfb=
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
export RUNS=${RUNS:-5} IDLE_RUNS=${IDLE_RUNS:-3} IDLE_S=${IDLE_S:-10}

gcc -O2 -o "$work/baseline" "$anchors/sdl2-baseline/baseline.c" $(pkg-config --cflags --libs sdl2 SDL2_ttf)

Xvfb ":${DISPLAY_NUM:-97}" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=":${DISPLAY_NUM:-97}"
# The benchmark's own home: no settings from the person running it.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work"

m="$anchors/harness/measure.py"
measure() { python3 "$m" "$@" | tee -a "$work/lines"; }
measure "love quiz, stock loop" -- love "$anchors/love-quiz"
measure "bare SDL2, software" -- env SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 "$work/baseline"
measure "bare SDL2, default (OpenGL)" -- "$work/baseline"
measure "breachdrill --renderer software" -- "$bin" --renderer software --lang ja
measure "breachdrill --renderer gpu" -- "$bin" --renderer gpu --lang ja

# Each line: "NAME: start->first frame ms (min/med/max) A / MED / C | peak
# RSS MiB A / MED / C | CPU s over N s idle (incl. startup) A / MED / C".
awk -F' [|] ' '
  { split($1, a, ": "); name = a[1]
    n = split($1, s, " / "); start[name] = s[2]
    split($2, r, " / "); rss[name] = r[2]
    split($3, c, " / "); cpu[name] = c[2] }
  function ratio(label, x, y, target) {
    if (y + 0 == 0) { printf "%-58s n/a\n", label; return }
    printf "%-58s %6.3f  (target %s)\n", label, x / y, target }
  END {
    print ""
    print "ratios of medians:"
    ratio("start->first frame, software / bare SDL2 software", start["breachdrill --renderer software"], start["bare SDL2, software"], "<= 1.25")
    ratio("start->first frame, gpu / bare SDL2 OpenGL", start["breachdrill --renderer gpu"], start["bare SDL2, default (OpenGL)"], "info")
    ratio("start->first frame, software / LOVE", start["breachdrill --renderer software"], start["love quiz, stock loop"], "well under 0.5")
    ratio("peak RSS, software / LOVE", rss["breachdrill --renderer software"], rss["love quiz, stock loop"], "<= 0.333")
    ratio("peak RSS, gpu / LOVE", rss["breachdrill --renderer gpu"], rss["love quiz, stock loop"], "info")
    ratio("idle CPU, software / LOVE stock loop", cpu["breachdrill --renderer software"], cpu["love quiz, stock loop"], "<= 0.05")
    ratio("idle CPU, gpu / LOVE stock loop", cpu["breachdrill --renderer gpu"], cpu["love quiz, stock loop"], "info")
  }' "$work/lines"
