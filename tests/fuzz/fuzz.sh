#!/bin/sh
# fuzz.sh — builds the libFuzzer targets (tests/fuzz/fuzz_*.c) with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, and runs each for
# SECONDS on a scratch copy of its seed corpus (the repository's corpus
# never grows), with its dictionary (TARGET.dict) and flags
# (TARGET.options) when there are some, and leak detection on. Prints one line per target: runs, executions per second, coverage,
# the corpus it ended with, crashes. An input that crashes, hangs, leaks,
# runs out of memory or breaks a property is copied to
# tests/fuzz/crashes/TARGET/; the script then exits 1, after every target
# has run.
#
# Usage: tests/fuzz/fuzz.sh SECONDS [TARGET...]
#   TARGET: results_log config leaderboard scenario script_input wrap_ja
#           (default: all). CI runs 10 s each, the long form 60 s.
# Environment: FUZZ_BUILD  build folder (default: build-fuzz in the project
#              root, which git ignores); FUZZ_JOBS  build jobs (default 2).
set -eu

usage() {
    echo "usage: $0 SECONDS [TARGET...]" >&2
    exit 2
}
[ $# -ge 1 ] || usage
secs=$1
shift
case $secs in '' | *[!0-9]*) usage ;; esac

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD:-$root/build-fuzz}
all="results_log config leaderboard scenario script_input wrap_ja"
# shellcheck disable=SC2086 # the list is split on purpose
[ $# -gt 0 ] || set -- $all
for t in "$@"; do
    case " $all " in *" $t "*) ;; *) echo "$0: unknown target '$t' (one of: $all)" >&2; exit 2 ;; esac
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/bd-fuzz-run.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM

# -O1 keeps the code close to the source for reports; no NDEBUG, so
# assert() stays on.
CC=clang cmake -S "$root" -B "$build" -DBD_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" >"$scratch/configure.log" 2>&1 ||
    { cat "$scratch/configure.log" >&2; exit 2; }
targets=
for t in "$@"; do targets="$targets fuzz_$t"; done
# shellcheck disable=SC2086
cmake --build "$build" -j "${FUZZ_JOBS:-2}" --target $targets >"$build/fuzz-build.log" 2>&1 ||
    { tail -n 40 "$build/fuzz-build.log" >&2; exit 2; }

logs=$build/fuzz-logs
mkdir -p "$logs"
# The targets' own scratch folders (tests/fuzz/fuzz_file.h): on /dev/shm
# when there is one, so the loaders' fsyncs cost nothing, and removed at
# exit even when a crash kept a target from removing its own.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    targets_tmp=$(mktemp -d /dev/shm/bd-fuzz-files.XXXXXX)
else
    targets_tmp=$scratch/files
    mkdir -p "$targets_tmp"
fi
trap 'rm -rf "$scratch" "$targets_tmp"' EXIT INT TERM

# Leaks count as crashes; the sanitizers stop at the first fault. The
# suppressions are the ctest ones (fontconfig's and SDL's process-wide
# caches), none of which these targets reach.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

failed=0
for t in "$@"; do
    work=$scratch/$t
    mkdir -p "$work/corpus" "$work/artifacts"
    # The seeds: corpus/NAME and the project's test files NAME.seeds lists.
    for f in "$here/corpus/$t/"*; do
        [ -f "$f" ] && cp "$f" "$work/corpus/"
    done
    if [ -f "$here/$t.seeds" ]; then
        grep -v '^#' "$here/$t.seeds" | while read -r f; do
            cp "$root/$f" "$work/corpus/$(echo "$f" | tr / _)"
        done
    fi
    flags=
    [ -f "$here/$t.dict" ] && flags="-dict=$here/$t.dict"
    # TARGET.options: more libFuzzer flags for that target, on one line.
    [ -f "$here/$t.options" ] && flags="$flags $(cat "$here/$t.options")"
    log=$logs/$t.log
    # -rss_limit_mb: a target's own use is tens of MiB; 2 GiB catches a
    # runaway allocation long before the machine swaps. -timeout: one input
    # taking 10 s is a hang (the scenario target's budget stops a loop in
    # milliseconds).
    rc=0
    # shellcheck disable=SC2086
    TMPDIR=$targets_tmp "$build/fuzz/fuzz_$t" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" $flags "$work/corpus" \
        >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1 || true)
    files=$(find "$work/corpus" -type f | wc -l)
    bytes=$(du -sk "$work/corpus" | cut -f1)
    crashes=0
    for a in "$work/artifacts/"*; do
        [ -f "$a" ] || continue
        mkdir -p "$here/crashes/$t"
        cp "$a" "$here/crashes/$t/"
        crashes=$((crashes + 1))
    done
    if [ "$rc" -ne 0 ] || [ "$crashes" -gt 0 ]; then
        failed=1
        [ "$crashes" -gt 0 ] || crashes="exit $rc, no input saved"
    fi
    printf '%-13s runs %s, exec/s %s, %s, corpus %s files (%s KiB), peak RSS %s MB, crashes %s\n' \
        "$t" "${runs:-?}" "${speed:-?}" "${cov:-cov ?}" "$files" "$bytes" "${rss:-?}" "$crashes"
done
[ "$failed" -eq 0 ] || echo "fuzz.sh: crashes copied to $here/crashes/ (logs in $logs)" >&2
exit "$failed"
