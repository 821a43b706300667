#!/bin/sh
# two_writers.sh — two processes write one file at the same time, K times
# each, and nothing may be lost:
#   append  both append records to one results log; every record must be
#           there exactly once, every line whole (crash.append2);
#   save    both save one file crash-safely (two game windows saving the
#           settings); every save must succeed and the file end whole, the
#           last save of one of them, no temp file left (crash.save2).
#
# Usage: sh tests/crash/two_writers.sh BIN_DIR append|save [K]   (K: 2000)
set -eu

bin="$1/crash_child"
mode="$2"
k="${3:-2000}"
[ -x "$bin" ] || { echo "two_writers.sh: no $bin" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/breachdrill-two.XXXXXX")
fail() { echo "two_writers.sh: $mode: $1; files kept in $work" >&2; exit 1; }
case "$mode" in
  append) file="$work/results.jsonl"; one="append $file 1 $k"; two="append $file 1000001 $k" ;;
  save)   file="$work/config.json"; one="save $file a $k"; two="save $file b $k" ;;
  *) rmdir "$work"; echo "usage: two_writers.sh BIN_DIR append|save [K]" >&2; exit 2 ;;
esac

start=$(date +%s)
# shellcheck disable=SC2086
"$bin" $one & a=$!
# shellcheck disable=SC2086
"$bin" $two & b=$!
ra=0; rb=0
wait "$a" || ra=$?
wait "$b" || rb=$?
[ "$ra" -eq 0 ] && [ "$rb" -eq 0 ] || fail "a writer failed ($ra, $rb)"
if [ "$mode" = append ]; then
  "$bin" verify-log "$file" $((2 * k)) || fail "the log is not whole"
else
  last=$(cat "$file")
  [ "$last" = "a $k" ] || [ "$last" = "b $k" ] || fail "the file holds '$last'"
  left=$(find "$work" -name 'config.json.tmp-*' | wc -l)
  [ "$left" -eq 0 ] || fail "$left temp files left"
fi
echo "two_writers.sh: $mode, 2 x $k in $(( $(date +%s) - start )) s"
rm -rf "$work"
