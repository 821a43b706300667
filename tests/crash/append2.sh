#!/bin/sh
# append2.sh — two processes append K records each to one results log at
# the same time; every record must be there exactly once, every line whole.
#
# Usage: sh tests/crash/append2.sh BIN_DIR [K]   (K defaults to 2000)
set -eu

bin="$1/crash_child"
k="${2:-2000}"
[ -x "$bin" ] || { echo "append2.sh: no $bin" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/breachdrill-append2.XXXXXX")
log="$work/results.jsonl"

start=$(date +%s)
"$bin" append "$log" 1 "$k" & a=$!
"$bin" append "$log" 1000001 "$k" & b=$!
ra=0; rb=0
wait "$a" || ra=$?
wait "$b" || rb=$?
if [ "$ra" -ne 0 ] || [ "$rb" -ne 0 ]; then
  echo "append2.sh: an appender failed ($ra, $rb); log kept in $work" >&2
  exit 1
fi
"$bin" verify-log "$log" $((2 * k)) || { echo "append2.sh: FAILED; log kept in $work" >&2; exit 1; }
echo "append2.sh: 2 x $k records in $(( $(date +%s) - start )) s"
rm -rf "$work"
