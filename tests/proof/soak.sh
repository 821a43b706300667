#!/bin/sh
# The kiosk soak: one headless process (dummy video driver, virtual clock)
# plays ROUNDS whole kiosk rounds by touch, a nickname onto the board each
# round (tests/proof/kiosk_round.script), sampling its own resident memory
# and open descriptors after round 100 and after the last round (the
# script's `memory` command).
#
# It starts from a FULL board (LEADERBOARD_MAX entries, generated): a kiosk
# that has run for days is in that steady state, each round's entry pushing
# the oldest out, so any growth between the two samples is ours. It fails
# (exit 1, saying why) unless resident memory grew by less than 2048 KiB
# and the descriptors did not grow, every round left one record in the
# results log, and the board holds LEADERBOARD_MAX entries with one per
# round among them and next_id moved on by ROUNDS.
#
# Then (EMPTY=0 skips it) the same rounds from an EMPTY board, reported and
# checked for counts but not held to the memory limit: that board gains an
# entry a round (224 bytes in memory) until the cap, so by design it grows
# by min(ROUNDS, LEADERBOARD_MAX) - 100 entries between the samples; the
# report subtracts that share.
#
# The results log grows on disk as it would at a booth; it is not held in
# memory. Limits live here, never in ctest.
#
# Usage: [EMPTY=0] [STEP=N] tests/proof/soak.sh BINARY ROUNDS
#   ROUNDS > 100; STEP (default 1000) rounds between `memory progress` lines.
set -eu
[ $# -eq 2 ] || { echo "usage: tests/proof/soak.sh BINARY ROUNDS" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
rounds=$2 empty=${EMPTY:-1} step=${STEP:-1000}
[ "$rounds" -gt 100 ] 2>/dev/null || { echo "soak: ROUNDS must be over 100" >&2; exit 2; }
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/proof/kiosk_round.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
kiosk_home "$tmp" "$src" "$bin"
kiosk_script "$rounds" "$step" > "$tmp/soak.script"
limit_kib=2048
entry_bytes=224   # sizeof(leaderboard_entry) on x86-64

field() {   # field LABEL KEY: a value from the LABEL line of the run's log
  awk -v l="$1" -v k="$2" '$1 == "memory" && $2 == l {
    for (i = 3; i <= NF; i++) if (index($i, k "=") == 1) v = substr($i, length(k) + 2) }
    END { print v }' "$tmp/out.log"
}

run() {   # run full|empty: one process; checks the counts, prints the figures
  start=$1
  rm -rf "$XDG_DATA_HOME"
  before=0
  if [ "$start" = full ]; then
    kiosk_full_board "$kiosk_board"
    before=$KIOSK_BOARD_MAX
  fi
  t0=$(date +%s)
  timer=""
  [ -x /usr/bin/time ] && timer="/usr/bin/time -f %M -o $tmp/peak"
  rc=0
  # shellcheck disable=SC2086  # $timer is a command and its arguments, or nothing
  kiosk_run $timer > "$tmp/out.log" 2> "$tmp/err.log" || rc=$?
  if [ "$rc" -ne 0 ]; then
    tail -20 "$tmp/err.log"
    echo "soak: FAIL: the $start-board run exited $rc" >&2
    return 1
  fi
  peak=""
  [ -n "$timer" ] && peak=$(tail -1 "$tmp/peak")
  secs=$(( $(date +%s) - t0 ))

  rss100=$(field round-100 rss_kib) fds100=$(field round-100 fds)
  rss_end=$(field end rss_kib) fds_end=$(field end fds)
  if [ -z "$rss100" ] || [ -z "$rss_end" ]; then
    cat "$tmp/out.log"; echo "soak: FAIL: no memory samples in the $start-board run" >&2; return 1
  fi
  grew=$((rss_end - rss100))
  progress=$(awk '$1 == "memory" && $2 == "progress" { sub("rss_kib=", "", $3); printf " %s", $3 }' \
    "$tmp/out.log")

  records=$(wc -l < "$kiosk_results")
  completed=$(grep -c '"completed":true' "$kiosk_results" || true)
  entries=$(grep -o '"nickname"' "$kiosk_board" | wc -l)
  ours=$(grep -o '"id":[0-9]*' "$kiosk_board" | awk -F: -v b="$before" '$2 > b' | wc -l)
  next_id=$(grep -o '"next_id":[0-9]*' "$kiosk_board" | cut -d: -f2)
  want_entries=$((before + rounds))
  [ "$want_entries" -gt "$KIOSK_BOARD_MAX" ] && want_entries=$KIOSK_BOARD_MAX
  want_ours=$rounds
  [ "$want_ours" -gt "$KIOSK_BOARD_MAX" ] && want_ours=$KIOSK_BOARD_MAX

  echo "soak: $start board, $rounds rounds in $secs s: rss_kib $rss100 at round 100, $rss_end at" \
    "the end (growth $grew KiB; peak ${peak:-?}); fds $fds100 -> $fds_end;" \
    "records $records; board $entries entries"
  [ -n "$progress" ] && echo "soak:   rss_kib every $step rounds after round 100:$progress"

  bad=""
  [ "$records" -eq "$rounds" ] || bad="$bad; $records records in the results log, not $rounds"
  [ "$completed" -eq "$rounds" ] || bad="$bad; $completed completed records, not $rounds"
  [ "$entries" -eq "$want_entries" ] || bad="$bad; $entries board entries, not $want_entries"
  [ "$ours" -eq "$want_ours" ] || bad="$bad; $ours entries from this run, not $want_ours"
  [ "$next_id" -eq $((before + rounds + 1)) ] ||
    bad="$bad; next_id $next_id, not $((before + rounds + 1))"
  if [ "$start" = full ]; then
    [ "$grew" -lt "$limit_kib" ] ||
      bad="$bad; resident memory grew by $grew KiB from round 100 (limit: under $limit_kib)"
    [ "$fds_end" -le "$fds100" ] || bad="$bad; open descriptors grew from $fds100 to $fds_end"
  else
    board_kib=$(( (want_entries - (before + 100)) * entry_bytes / 1024 ))
    echo "soak:   of which the board's share by design (entries 101..$want_entries," \
      "$entry_bytes bytes each): ~$board_kib KiB; the rest: $((grew - board_kib)) KiB"
    [ "$fds_end" -le "$fds100" ] || echo "soak:   note: open descriptors grew from $fds100 to $fds_end"
  fi
  if [ -n "$bad" ]; then
    echo "soak: FAIL ($start board)${bad#;}" | sed 's/; /\n  /g' >&2
    return 1
  fi
}

status=0
run full || status=1
if [ "$empty" != 0 ]; then
  run empty || status=1
fi
[ "$status" = 0 ] && echo "soak: passed"
exit $status
