#!/bin/sh
# Valgrind memcheck over the kiosk and two trainer commands: ROUNDS whole
# kiosk rounds headless (the soak's round, tests/proof/kiosk_round.script,
# from an empty board), `breachdrill validate` of a bundled scenario and
# `breachdrill report` of the report fixtures with every export. Fails on
# any memcheck error or any definite or indirect leak; the only
# suppressions (tests/proof/valgrind.supp) are for system libraries, each
# saying why. Use an optimised build with debug info (RelWithDebInfo): a
# sanitizer build cannot run under valgrind.
#
# Usage: tests/proof/valgrind.sh BINARY [ROUNDS]   (ROUNDS: 20 by default)
set -eu
[ $# -ge 1 ] || { echo "usage: tests/proof/valgrind.sh BINARY [ROUNDS]" >&2; exit 2; }
command -v valgrind > /dev/null || { echo "valgrind: not installed (apt-get install valgrind)" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
rounds=${2:-20}
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/proof/kiosk_round.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
kiosk_home "$tmp" "$src" "$bin"

# shellcheck disable=SC2317  # called through vg and kiosk_run
memcheck() {   # memcheck PROGRAM ARGS...: under memcheck, logging to $name.vg
  valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --error-exitcode=99 --num-callers=40 --suppressions="$src/tests/proof/valgrind.supp" \
    --log-file="$tmp/$name.vg" "$@"
}

vg() {   # vg NAME COMMAND...: COMMAND runs `memcheck PROGRAM...`; reports and checks it
  name=$1
  shift
  t0=$(date +%s)
  rc=0
  "$@" > "$tmp/$name.out" 2>&1 || rc=$?
  summary=$(grep 'ERROR SUMMARY' "$tmp/$name.vg" | tail -1 | sed 's/^==[0-9]*== //')
  lost=$(grep -E 'definitely lost:|indirectly lost:' "$tmp/$name.vg" | sed 's/^==[0-9]*== *//' |
    tr '\n' ' ')
  echo "valgrind: $name: exit $rc in $(( $(date +%s) - t0 )) s; $summary; ${lost:-no leaks}"
  if [ "$rc" -ne 0 ]; then
    # The command's own failure (not memcheck's 99) is shown too.
    [ "$rc" -ne 99 ] && tail -5 "$tmp/$name.out"
    sed -n '/Invalid \|uninitialised\|are definitely lost\|are indirectly lost\|Mismatched\|overlap\|Syscall param/,/^==[0-9]*== $/p' \
      "$tmp/$name.vg" | head -80
    return 1
  fi
}

status=0
kiosk_script "$rounds" > "$tmp/soak.script"
vg "kiosk-$rounds-rounds" kiosk_run memcheck || status=1
if [ "$status" = 0 ]; then
  n=$(wc -l < "$kiosk_results")
  [ "$n" -eq "$rounds" ] || { echo "valgrind: FAIL: $n records, not $rounds" >&2; status=1; }
fi
vg validate memcheck "$bin" validate "$src/scenarios/jaxa-2023.lua" || status=1
vg report memcheck "$bin" report "$src/tests/fixtures/report/laptop.jsonl" \
  "$src/tests/fixtures/report/kiosk.jsonl" --csv "$tmp/r.csv" --xapi "$tmp/r.json" \
  --html "$tmp/r.html" || status=1
[ "$status" = 0 ] && echo "valgrind: passed"
exit $status
