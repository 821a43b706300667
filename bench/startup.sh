#!/bin/sh
# Start-up cost of each renderer path, side by side with the bare SDL2
# program from the anchors folder, under Xvfb on this machine.
#
#   bench/startup.sh ANCHORS_DIR [BUILD_DIR]
#
# ANCHORS_DIR holds harness/measure.py and sdl2-baseline/baseline.c (see
# docs/performance.md). Needs Xvfb and python3. Prints one line per program:
# start -> first frame (ms), peak RSS (MiB) and CPU over an idle period, each
# as min / median / max of several runs (RUNS, IDLE_RUNS, IDLE_S as in the
# harness).
set -eu
anchors=$(cd "$1" && pwd)
build=${2:-build}
bin=$(cd "$build/bin" && pwd)/breachdrill
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

gcc -O2 -o "$work/baseline" "$anchors/sdl2-baseline/baseline.c" $(pkg-config --cflags --libs sdl2 SDL2_ttf)

Xvfb :97 -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=:97
# The benchmark's own home: no settings from the person running it.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

m="$anchors/harness/measure.py"
python3 "$m" "bare SDL2, software" -- env SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 "$work/baseline"
python3 "$m" "bare SDL2, default (OpenGL)" -- "$work/baseline"
python3 "$m" "breachdrill --renderer auto" -- "$bin" --renderer auto
python3 "$m" "breachdrill --renderer software" -- "$bin" --renderer software
python3 "$m" "breachdrill --renderer gpu" -- "$bin" --renderer gpu
