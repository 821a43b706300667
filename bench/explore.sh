#!/bin/sh
# Explorer speed: `breachdrill explore` on generated scenarios with loops
# (bench/gen_loops.sh) of 50, 200 and 1000 steps and on the bundled incident
# scenarios (what opening one in the game costs: it is explored to score it),
# and `breachdrill --version` as the reference for the cost of starting the
# process, in the same run.
# Prints the median wall time (s) and peak RSS (KiB) of RUNS runs each.
# Usage: bench/explore.sh [BUILD_DIR]     (RUNS=5 by default)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
bin=$build/bin/breachdrill
runs=${RUNS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

. "$here/timing.sh"

measure() {  # measure LABEL ARGS...: median time and RSS, and the states explored
  label=$1; shift
  timed "$@"
  states=$(awk '/^states:/ { print $2 }' "$tmp/out")
  printf '%-28s %8s s %8s KiB  states %s\n' "$label" "$med_t" "$med_m" "${states:--}"
}

machine
measure "reference: --version" "$bin" --version
for n in 50 200 1000; do
  sh "$here/gen_loops.sh" $n > "$tmp/loops$n.lua"
  measure "explore loops-$n" "$bin" explore "$tmp/loops$n.lua"
done
for f in "$here"/../scenarios/*.lua; do
  measure "explore $(basename "$f" .lua)" "$bin" explore "$f"
done
