# shellcheck shell=sh disable=SC2034  # its variables are for the scripts that source it
# Sourced (`. tests/proof/kiosk_round.sh`) by tests/proof/soak.sh and
# tests/proof/valgrind.sh: the one place that sets up a throw-away kiosk and
# writes the scripted input of N rounds from kiosk_round.script, with
# `repeat` blocks so a 10,000-round script is as small as a one-round one.
#
#   kiosk_home DIR SRC BIN   a home in DIR: the booth fixture, the game's
#                            assets and plugins, a kiosk config with a PIN
#   kiosk_script ROUNDS [STEP]   prints the script: 100 rounds (or all of
#                            them if fewer), `memory round-100` (or -N), the
#                            rest, `memory progress` after every STEP of
#                            them, and `memory end`
#   kiosk_full_board FILE    writes a full board (LEADERBOARD_MAX entries
#                            over the four days before today) to FILE
#   kiosk_run ARGS...        runs the kiosk in that home with the script
#                            $kiosk_dir/soak.script; ARGS go first (a
#                            wrapper such as valgrind)
# After kiosk_home: $kiosk_dir, $kiosk_results (the results log) and
# $kiosk_board (the board's file).

KIOSK_BOARD_MAX=10000   # LEADERBOARD_MAX in game/core/core.h

kiosk_home() {
  kiosk_dir=$1 kiosk_src=$2 kiosk_bin=$3
  mkdir -p "$kiosk_dir/scenarios" "$kiosk_dir/gamedata"
  # Made once: ln -s onto an existing link to a folder would put a new
  # link inside that folder, i.e. in the source tree.
  [ -e "$kiosk_dir/gamedata/assets" ] || ln -s "$kiosk_src/assets" "$kiosk_dir/gamedata/assets"
  [ -e "$kiosk_dir/gamedata/plugins" ] || ln -s "$kiosk_src/plugins" "$kiosk_dir/gamedata/plugins"
  cp "$kiosk_src/tests/fixtures/kiosk/booth.lua" "$kiosk_dir/scenarios/"
  export SDL_VIDEODRIVER=dummy XDG_DATA_HOME="$kiosk_dir/data" \
    XDG_CONFIG_HOME="$kiosk_dir/config" HOME="$kiosk_dir"
  kiosk_results=$XDG_DATA_HOME/breachdrill/kiosk-results.jsonl
  kiosk_board=$XDG_DATA_HOME/breachdrill/leaderboard.json
  echo 2468 | "$kiosk_bin" kiosk --set-pin --config "$kiosk_dir/kiosk.json" > /dev/null
}

kiosk_rounds() {   # kiosk_rounds N: a block of N rounds
  [ "$1" -gt 0 ] || return 0
  echo "repeat $1"
  grep -v '^#' "$kiosk_src/tests/proof/kiosk_round.script"
  echo "end"
}

kiosk_script() {
  ks_total=$1 ks_step=${2:-1000}
  ks_first=$ks_total
  [ "$ks_first" -gt 100 ] && ks_first=100
  kiosk_rounds "$ks_first"
  echo "memory round-$ks_first"
  ks_rest=$((ks_total - ks_first))
  if [ "$ks_rest" -ge "$ks_step" ]; then
    echo "repeat $((ks_rest / ks_step))"
    kiosk_rounds "$ks_step"
    echo "memory progress"
    echo "end"
  fi
  kiosk_rounds $((ks_rest % ks_step))
  echo "memory end"
  echo "quit"
}

kiosk_full_board() {
  mkdir -p "$(dirname "$1")"
  # One day's entries each, oldest first, with ids and times ascending as
  # the kiosk writes them; Latin and Japanese nicknames, scores spread.
  for d in 4 3 2 1; do
    day=$(date -d "-$d days" +%F)
    echo "$day $(date -d "$day 09:00" +%s)"
  done | awk -v max="$KIOSK_BOARD_MAX" '
    { day[NR] = $1; t0[NR] = $2 }
    END {
      printf "{\"v\":1,\"next_id\":%d,\"entries\":[", max + 1
      per = max / 4
      for (i = 1; i <= max; i++) {
        d = int((i - 1) / per) + 1
        nick = (i % 3 == 0) ? "来場者" i : "Visitor" i
        printf "%s{\"id\":%d,\"nickname\":\"%s\",\"scenario\":\"fixture-kiosk-booth\",", \
          (i > 1 ? "," : ""), i, nick
        printf "\"score\":%d,\"speed_bonus\":%d,\"when\":%d,\"day\":\"%s\",\"event\":\"\"}", \
          (i * 37) % 101, i % 21, t0[d] + ((i - 1) % per) * 10, day[d]
      }
      print "]}"
    }' > "$1"
}

kiosk_run() {
  "$@" "$kiosk_bin" kiosk --config "$kiosk_dir/kiosk.json" --data "$kiosk_dir/gamedata" \
    --scenarios "$kiosk_dir/scenarios" --window 1280x720 --script "$kiosk_dir/soak.script"
}
