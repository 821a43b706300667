#!/bin/sh
# The proof under load and abuse (docs/reliability.md): fuzzing, kill -9
# crashes, the kiosk soak and (long form) valgrind, each with its own
# limits, which live here and not in ctest.
#
#   tests/proof/proof.sh short   what CI runs: 10 s a fuzz target, 50 kills, 300 rounds
#   tests/proof/proof.sh long    `make proof`: 60 s a target, 500 kills, 10,000 rounds, valgrind
#
# FUZZ_S, KILLS and ROUNDS override the form's figures. BUILD (default
# build, the play build of quickstart.sh) is the optimised build the soak,
# the crash test and valgrind use: a sanitizer build's memory would say
# nothing about the game's. The fuzz targets build apart, with clang. Every
# part runs even when an earlier one failed; the exit status is 1 if any did,
# and the last lines say which.
set -eu
cd "$(dirname "$0")/../.."
form=${1:-long}
case "$form" in
  short) fuzz_s=10 kills=50 rounds=300 valgrind=0 ;;
  long)  fuzz_s=60 kills=500 rounds=10000 valgrind=1 ;;
  *) echo "usage: tests/proof/proof.sh short|long" >&2; exit 2 ;;
esac
fuzz_s=${FUZZ_S:-$fuzz_s} kills=${KILLS:-$kills} rounds=${ROUNDS:-$rounds}
build=${BUILD:-build}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBD_WERROR=$werror >/dev/null
cmake --build "$build" -j "$jobs" >/dev/null

summary=""
failed=0
part() {   # part NAME COMMAND... : runs one part, timing it
  name=$1
  shift
  echo "== proof: $name"
  start=$(date +%s)
  if "$@"; then verdict=passed; else verdict=FAILED; failed=1; fi
  summary="$summary
proof: $name: $verdict in $(( $(date +%s) - start )) s"
}

part "fuzz, $fuzz_s s a target" sh tests/fuzz/fuzz.sh "$fuzz_s"
part "kill -9, $kills kills" sh tests/crash/kill.sh "$build/tests" "$kills"
part "kiosk soak, $rounds rounds" sh tests/proof/soak.sh "$build/bin/breachdrill" "$rounds"
[ "$valgrind" = 1 ] && part "valgrind memcheck" sh tests/proof/valgrind.sh "$build/bin/breachdrill" 20

echo "$summary"
exit $failed
