#!/bin/sh
# Load and validate time: `breachdrill validate` (load each file in the
# sandbox, check it against the contract, explore every state) on every
# bundled scenario (scenarios/, examples included) and on COUNT generated
# ones (bench/gen_scenarios.sh), as a trainer runs it: one process given
# the folder. For comparison, the same files one process per file (a shell
# loop), and `breachdrill --version` as the cost of starting the process.
# Prints median wall time (s) and peak RSS (KiB) of RUNS runs each.
# Usage: bench/validate.sh [BUILD_DIR]     (RUNS=5, COUNT=100 by default)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
bin=$(cd "$build/bin" && pwd)/breachdrill
runs=${RUNS:-5}
count=${COUNT:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

. "$here/timing.sh"

sh "$here/gen_scenarios.sh" "$count" "$tmp/gen"

# One process per file: the loop lives in a script so /usr/bin/time sees it whole.
cat > "$tmp/each.sh" <<'LOOP'
bin=$1; shift
for f in "$@"; do "$bin" validate "$f" >/dev/null 2>&1 || exit 1; done
LOOP

measure() {  # measure LABEL ARGS...: median time and RSS, and validate's summary
  label=$1; shift
  timed "$@"
  printf '%-44s %8s s %8s KiB  %s\n' "$label" "$med_t" "$med_m" "$(grep -h 'checked' "$tmp/out" | head -n 1)"
}

machine
measure "reference: --version" "$bin" --version
measure "validate scenarios/ (one process)" "$bin" validate "$here/../scenarios"
measure "validate $count generated (one process)" "$bin" validate "$tmp/gen"
measure "validate $count generated (a process each)" sh "$tmp/each.sh" "$bin" "$tmp/gen"/*.lua
