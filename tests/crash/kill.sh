#!/bin/sh
# kill.sh — kill -9 the writer of records and the leaderboard at random
# moments, check the files after each kill, restart it on the same files.
#
# Usage: sh tests/crash/kill.sh BIN_DIR KILLS [SEED]
#   BIN_DIR  holds crash_child; KILLS how many kills (ctest: 50, the long
#   proof: 500); SEED for the random delays (printed; give it again to
#   replay a failure). The files live in a temporary folder, removed on
#   success, kept and named on failure. Exits 0 when every check passed.
set -eu

bin_dir="$1"
bin="$bin_dir/crash_child"
kills="$2"
seed="${3:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
[ -x "$bin" ] || { echo "kill.sh: no $bin" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/breachdrill-kill.XXXXXX")
acks="$work/acks"
: >"$acks"
echo "kill.sh: $kills kills, seed $seed, files in $work"

# The delays, 0 to 40 ms after the child's loop has started: a save takes
# a few ms (three fsyncs), so the kills land all through append and save.
awk -v seed="$seed" -v n="$kills" \
  'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", rand() * 0.040 }' \
  >"$work/delays"

fail() {
  echo "kill.sh: FAILED after kill $i: $1 (seed $seed; files kept in $work;" \
       "replay: sh $0 $bin_dir $kills $seed)" >&2
  exit 1
}

start=$(date +%s)
i=0
while read -r delay; do
  i=$((i + 1))
  starts=$(grep -c '^start' "$acks" || true)
  "$bin" run "$work/data" >>"$acks" 2>>"$work/child.err" &
  pid=$!
  # Wait for this child's "start" (its board and log read back), then
  # the random delay, then kill -9.
  n=0
  while [ "$(grep -c '^start' "$acks" || true)" -le "$starts" ]; do
    kill -0 "$pid" 2>/dev/null || fail "the child exited before starting"
    n=$((n + 1))
    [ "$n" -lt 5000 ] || fail "the child did not start"
    sleep 0.002
  done
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || fail "the child had already exited (see $work/child.err)"
  wait "$pid" 2>/dev/null || true
  "$bin" verify "$work/data" "$acks" >"$work/verify.out" 2>&1 || {
    cat "$work/verify.out" >&2
    fail "verify"
  }
done <"$work/delays"

echo "kill.sh: $kills kills, every check passed in $(( $(date +%s) - start )) s; last: $(cat "$work/verify.out")"
rm -rf "$work"
