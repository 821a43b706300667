#!/bin/sh
# Runs one scripted end-to-end test: the real binary, headless, driven by a
# script; then the session record it wrote is checked ("#record PATTERN")
# and every screenshot the script took is read back and must be a real
# picture. Lines "#probe NAME.png ARGS" in the script add checks on a
# screenshot (e.g. its size). Usage: run_e2e.sh BINARY PNG_PROBE SCRIPT OUTDIR SOURCE_DIR
set -eu
bin=$1 probe=$2 script=$3 out=$4 src=$5
rm -rf "$out"
mkdir -p "$out"
cd "$out"
# Each test gets its own home, so one test's config never leaks into another.
export XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config" HOME="$out/home"
export SDL_VIDEODRIVER=dummy
# @EMPTY_DATA@: a data folder with the real assets and step kinds but none of
# the bundled scenarios, so a test sees only the scenarios it names.
mkdir -p "$out/empty-data"
ln -s "$src/assets" "$out/empty-data/assets"
ln -s "$src/plugins" "$out/empty-data/plugins"
args=$(sed -n 's/^#args //p' "$script" | sed -e "s|@SRC@|$src|g" -e "s|@EMPTY_DATA@|$out/empty-data|g")
# shellcheck disable=SC2086
"$bin" play --data "$src" --script "$script" $args
# "#then FILE": start the game again, in the same home, with the script FILE
# (beside this one): what a restart must keep (settings, a session to resume).
scripts=$script
for next in $(sed -n 's/^#then //p' "$script"); do
  next=$(dirname "$script")/$next
  # shellcheck disable=SC2086
  "$bin" play --data "$src" --script "$next" $args
  scripts="$scripts $next"
done
# shellcheck disable=SC2086
shots=$(sed -n 's/^ *screenshot  *//p' $scripts)
[ -n "$shots" ] || { echo "no screenshot taken"; exit 1; }
# "#record PATTERN": the results log's last record must match PATTERN
# (grep -E): what the session wrote, checked after the run.
log=$XDG_DATA_HOME/breachdrill/results.jsonl
# shellcheck disable=SC2086
sed -n 's/^#record //p' $scripts > "$out/record.patterns"
while IFS= read -r pat; do
  [ -f "$log" ] || { echo "no results log written"; exit 1; }
  tail -n 1 "$log" | grep -qE -- "$pat" || { echo "the last record does not match: $pat"; tail -n 1 "$log"; exit 1; }
done < "$out/record.patterns"
for f in $shots; do
  # shellcheck disable=SC2086
  extra=$(sed -n "s/^#probe $f //p" $scripts)
  # shellcheck disable=SC2086
  "$probe" "$f" $extra
done
