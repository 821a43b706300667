#!/bin/sh
# The kiosk under cage with no GPU and no screen: for each SDL video driver
# (wayland; x11 through cage's Xwayland) and each --renderer, does
# `breachdrill kiosk` start, and what do IDLE_S seconds on the attract
# screen cost in CPU (user+system from /proc/PID/stat, medians of RUNS
# runs), for the kiosk alone and for the whole tree (cage, Xwayland, the
# kiosk). Results: docs/kiosk.md and docs/performance.md.
# DRIVERS may also name "xvfb": the same kiosk on SDL's x11 driver straight
# on an Xvfb display (no cage), where every frame really reaches a screen,
# for reference.
#
#   apt-get install cage xwayland
#   bench/kiosk_cage.sh [BUILD_DIR]        # RUNS=3 IDLE_S=30 by default
#
# cage runs wlroots' headless backend (WLR_BACKENDS=headless) with its
# pixman renderer (WLR_RENDERER=pixman, no OpenGL) and no input devices.
# cage refuses to run as root, so as root each run is made as KIOSK_USER
# (default: nobody) through runuser. Only processes this script started
# are signalled, by their ids.
set -eu
build=${1:-build}
bin=$(cd "$build" && pwd)/bin/breachdrill
RUNS=${RUNS:-3} IDLE_S=${IDLE_S:-30} SETTLE_S=${SETTLE_S:-3}
DRIVERS=${DRIVERS:-"wayland x11 xvfb"} RENDERERS=${RENDERERS:-"software gpu"}
KIOSK_USER=${KIOSK_USER:-nobody}
[ -x "$bin" ] || { echo "kiosk_cage: no $bin (build first)" >&2; exit 2; }
command -v cage >/dev/null || { echo "kiosk_cage: cage is not installed (apt-get install cage xwayland)" >&2; exit 2; }
hz=$(getconf CLK_TCK)

as_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$KIOSK_USER" -- "$@"; else "$@"; fi
}
# The same in a session of its own: cage signals its whole process group
# when it stops, which must not reach this script.
as_user_apart() {
  if [ "$(id -u)" -eq 0 ]; then setsid runuser -u "$KIOSK_USER" -- "$@"; else setsid "$@"; fi
}

# The ids of pid's descendants, one a line.
descendants() {
  for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$c"
    descendants "$c"
  done
}

# utime+stime of pid in clock ticks (fields 14 and 15 of /proc/PID/stat,
# counted after the command name, which may hold spaces).
ticks() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 }'; }
comm() { cat "/proc/$1/comm" 2>/dev/null; }
# wlroots starts Xwayland through a double fork, so it is no descendant of
# cage: it is found by the runtime folder in its environment.
xwayland_of() {
  for p in $(pgrep -x Xwayland 2>/dev/null); do
    tr '\0' '\n' < "/proc/$p/environ" 2>/dev/null | grep -qx "XDG_RUNTIME_DIR=$1" && echo "$p"
  done
  return 0
}
. "$(dirname "$0")/timing.sh"   # median

work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

# One run: prints "started KIOSK_PCT TREE_PCT RSS_KIB" or "failed WHY".
run_once() {
  drv=$1 ren=$2 dir=$work/$drv-$ren-$3
  mkdir -p "$dir/runtime" "$dir/config" "$dir/data"
  chmod 700 "$dir/runtime"
  [ "$(id -u)" -eq 0 ] && chown -R "$KIOSK_USER" "$dir"
  printf '2468\n' | as_user env XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" HOME="$dir" \
    "$bin" kiosk --set-pin > /dev/null
  xvfb=""
  if [ "$drv" = xvfb ]; then
    Xvfb :87 -screen 0 1280x720x24 -nolisten tcp > "$dir/xvfb.log" 2>&1 &
    xvfb=$!
    sleep 1
    as_user_apart env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$dir" XDG_RUNTIME_DIR="$dir/runtime" \
      XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" DISPLAY=:87 \
      SDL_VIDEODRIVER=x11 ANCHOR_OUT="$dir/anchor" \
      "$bin" kiosk --renderer "$ren" > "$dir/log" 2>&1 &
  else
    as_user_apart env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$dir" XDG_RUNTIME_DIR="$dir/runtime" \
      XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
      WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
      SDL_VIDEODRIVER="$drv" ANCHOR_OUT="$dir/anchor" \
      cage -- "$bin" kiosk --renderer "$ren" > "$dir/log" 2>&1 &
  fi
  top=$!
  # Started: its first frame presented within 20 s.
  i=0
  while [ $i -lt 200 ] && ! grep -q first_frame "$dir/anchor" 2>/dev/null; do
    sleep 0.1
    i=$((i + 1))
  done
  kiosk="" cagep=""
  for p in $(descendants "$top"); do
    case $(comm "$p") in breachdrill) kiosk=$p ;; cage) cagep=$p ;; esac
  done
  if ! grep -q first_frame "$dir/anchor" 2>/dev/null || [ -z "$kiosk" ]; then
    echo "failed $(grep -v '^ *$' "$dir/log" | grep -iv 'drmGetDevices2' | tail -n 1)"
    [ -n "$kiosk" ] && kill -TERM "$kiosk" 2>/dev/null || true
    [ -n "$cagep" ] && kill -TERM "$cagep" 2>/dev/null || true
    wait "$top" 2>/dev/null || true
    { [ -n "$xvfb" ] && kill -TERM "$xvfb" && wait "$xvfb"; } 2>/dev/null || true
    return 0
  fi
  sleep "$SETTLE_S"
  tree="$(descendants "$top") $(xwayland_of "$dir/runtime") $xvfb"
  k0=$(ticks "$kiosk") t0=0
  for p in $tree; do t0=$((t0 + $(ticks "$p" || echo 0))); done
  sleep "$IDLE_S"
  k1=$(ticks "$kiosk") t1=0
  for p in $tree; do t1=$((t1 + $(ticks "$p" || echo 0))); done
  rss=$(awk '/^VmHWM/ { print $2 }' "/proc/$kiosk/status")
  kill -TERM "$kiosk" 2>/dev/null || true
  sleep 1
  [ -n "$cagep" ] && kill -TERM "$cagep" 2>/dev/null || true
  wait "$top" 2>/dev/null || true
  { [ -n "$xvfb" ] && kill -TERM "$xvfb" && wait "$xvfb"; } 2>/dev/null || true
  # wlroots 0.15's headless backend cannot always enable its output: the
  # kiosk then presents frames that nothing composites. Said per run.
  grep -q "output test failed" "$dir/log" && note="no-output" || note=""
  awk -v k=$((k1 - k0)) -v t=$((t1 - t0)) -v hz="$hz" -v s="$IDLE_S" -v rss="$rss" \
    -v note="$note" 'BEGIN { printf "started %.2f %.2f %d %s\n", 100 * k / hz / s, 100 * t / hz / s, rss, note }'
}

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(cage -v 2>&1 | head -n 1)"
echo "runs: $RUNS, idle: ${IDLE_S} s after ${SETTLE_S} s settling; CPU in % of one core"
printf '%-8s %-9s %-8s %-12s %-12s %s\n' driver renderer started "kiosk CPU" "tree CPU" "kiosk peak RSS (MiB)"
for drv in $DRIVERS; do
  for ren in $RENDERERS; do
    : > "$work/results"
    n=1
    while [ $n -le "$RUNS" ]; do
      run_once "$drv" "$ren" "$n" >> "$work/results"
      n=$((n + 1))
    done
    ok=$(grep -c '^started' "$work/results" || true)
    if [ "$ok" -eq 0 ]; then
      printf '%-8s %-9s %-8s %s\n' "$drv" "$ren" "0/$RUNS" "$(sed -n 's/^failed //p' "$work/results" | head -n 1)"
      continue
    fi
    kc=$(awk '/^started/ { print $2 }' "$work/results" | median)
    tc=$(awk '/^started/ { print $3 }' "$work/results" | median)
    rss=$(awk '/^started/ { print $4 }' "$work/results" | median)
    notes=$(grep -c 'no-output' "$work/results" || true)
    [ "$notes" -gt 0 ] && notes="(cage's output not enabled in $notes of $ok runs)" || notes=""
    printf '%-8s %-9s %-8s %-12s %-12s %-8.1f %s\n' "$drv" "$ren" "$ok/$RUNS" "$kc" "$tc" \
      "$(echo "$rss" | awk '{ print $1 / 1024 }')" "$notes"
  done
done
