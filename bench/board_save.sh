#!/bin/sh
# The board's file: mean and best time of leaderboard_save on a full board
# (10,000 entries, fsync included) and the rise in peak resident memory the
# saves cause. With OLD_FILE (a leaderboard_file.c from another version,
# e.g. `git show REV:game/core/leaderboard_file.c > old.c`), the same is
# measured with that writer linked in instead, and the two files written
# are compared byte for byte.
# Usage: bench/board_save.sh [BUILD_DIR] [OLD_FILE]   (RUNS=20 saves)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-build}" && pwd)
old=${2:-}
runs=${RUNS:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-std=c11 -O2 -D_DEFAULT_SOURCE -I$src/game"
libs="$build/libbd_core.a $(pkg-config --libs libcjson libsodium) -lm"
# shellcheck disable=SC2086
cc $flags "$src/bench/board_save.c" -o "$tmp/new" $libs
echo "current: $("$tmp/new" "$tmp/new.json" "$runs")"
if [ -n "$old" ]; then
  # shellcheck disable=SC2086
  cc $flags -c "$old" -o "$tmp/old.o"
  # shellcheck disable=SC2086
  cc $flags "$src/bench/board_save.c" "$tmp/old.o" -o "$tmp/old" $libs
  echo "$old: $("$tmp/old" "$tmp/old.json" "$runs")"
  cmp -s "$tmp/old.json" "$tmp/new.json" && echo "files: identical" || echo "files: DIFFER"
fi
echo "$(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
