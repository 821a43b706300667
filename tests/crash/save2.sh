#!/bin/sh
# save2.sh — two processes save one file crash-safely K times each at the
# same time (two game windows saving the settings, say): every save of
# both must succeed, and the file must end whole, the last save of one of
# them, with no temp file left beside it.
#
# Usage: sh tests/crash/save2.sh BIN_DIR [K]   (K defaults to 2000)
set -eu

bin="$1/crash_child"
k="${2:-2000}"
[ -x "$bin" ] || { echo "save2.sh: no $bin" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/breachdrill-save2.XXXXXX")
file="$work/config.json"

start=$(date +%s)
"$bin" save "$file" a "$k" & a=$!
"$bin" save "$file" b "$k" & b=$!
ra=0; rb=0
wait "$a" || ra=$?
wait "$b" || rb=$?
fail() { echo "save2.sh: $1; files kept in $work" >&2; exit 1; }
[ "$ra" -eq 0 ] && [ "$rb" -eq 0 ] || fail "a saver failed ($ra, $rb)"
last=$(cat "$file")
[ "$last" = "a $k" ] || [ "$last" = "b $k" ] || fail "the file holds '$last'"
left=$(find "$work" -name 'config.json.tmp-*' | wc -l)
[ "$left" -eq 0 ] || fail "$left temp files left"
echo "save2.sh: 2 x $k saves in $(( $(date +%s) - start )) s"
rm -rf "$work"
