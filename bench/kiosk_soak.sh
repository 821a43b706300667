#!/bin/sh
# The kiosk over many rounds in one process, headless on the virtual
# clock: every round played by touch from the attract screen to the board
# (tests/fixtures/kiosk/booth.lua), a nickname entered each time. Prints
# the peak resident memory for a short and a long run, and the open file
# descriptors sampled while the long one runs: neither should grow with the
# rounds. Two things do grow and are not leaks: the board, by one entry a
# round (about 200 bytes, and its file written from a cJSON tree) up to
# LEADERBOARD_MAX; and the parsed script itself, about 1 KB a round. With
# BOARD=0 every nickname is skipped, which leaves the script alone.
# Usage: [BOARD=0] bench/kiosk_soak.sh BINARY [SHORT_ROUNDS] [LONG_ROUNDS]
set -eu
bin=$1 short=${2:-100} long=${3:-2000} board=${BOARD:-1}
ok=nick.ok
[ "$board" = 0 ] && ok=nick.skip
src=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SDL_VIDEODRIVER=dummy XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config" HOME="$out"
mkdir -p "$out/scenarios" "$out/gamedata"
ln -s "$src/assets" "$out/gamedata/assets"
ln -s "$src/plugins" "$out/gamedata/plugins"
cp "$src/tests/fixtures/kiosk/booth.lua" "$out/scenarios/"
echo 2468 | "$bin" kiosk --set-pin --config "$out/kiosk.json" > /dev/null

rounds() {
  i=0
  while [ "$i" -lt "$1" ]; do
    sed "s/@nick.ok/@$ok/" <<'ROUND'
tap @attract.start
tap @play.item.1
tap @play.continue
tap @play.item.1
tap @play.continue
tap @result.continue
tap @nick.key.1
tap @nick.key.3
tap @nick.key.5
tap @nick.ok
expect screen board
tap @board.done
ROUND
    i=$((i + 1))
  done
  echo quit
}

run() {   # rounds -> peak RSS in KiB on stdout
  rm -rf "$out/data"
  rounds "$1" > "$out/soak.script"
  /usr/bin/time -f %M -o "$out/rss" "$bin" kiosk --config "$out/kiosk.json" --data "$out/gamedata" \
    --scenarios "$out/scenarios" --window 1280x720 --script "$out/soak.script" > "$out/log" 2>&1 &
  pid=$!
  fds=""
  while kill -0 "$pid" 2>/dev/null; do
    n=$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)
    [ "$n" -gt 0 ] && fds="$fds $n"
    sleep 1
  done
  wait "$pid" || { cat "$out/log"; echo "run of $1 rounds failed" >&2; exit 1; }
  entries=$(grep -o '"nickname"' "$out/data/breachdrill/leaderboard.json" 2>/dev/null | wc -l)
  [ "$entries" -eq "$(( $1 * board ))" ] || { echo "expected $1 board entries, got $entries" >&2; exit 1; }
  echo "rounds=$1 peak_rss_kib=$(tail -1 "$out/rss") fds_sampled:$fds" >&2
  tail -1 "$out/rss"
}

a=$(run "$short")
b=$(run "$long")
echo "peak RSS: $short rounds $a KiB, $long rounds $b KiB, growth $((b - a)) KiB"
