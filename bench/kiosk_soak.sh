#!/bin/sh
# The kiosk over many rounds in one process, for the figures in
# docs/performance.md: a thin caller of tests/proof/soak.sh, which holds
# the round (tests/proof/kiosk_round.script), the memory marks, the limits
# and the checks. It plays ROUNDS rounds from a full board (held to the
# limits) and again from an empty one (reported, with the board's share by
# design), printing resident memory at round 100 and at the end, every
# STEP rounds between, open descriptors, and the time taken.
# Usage: [STEP=N] bench/kiosk_soak.sh BINARY [ROUNDS]   (ROUNDS: 10000)
set -eu
[ $# -ge 1 ] || { echo "usage: bench/kiosk_soak.sh BINARY [ROUNDS]" >&2; exit 2; }
exec sh "$(dirname "$0")/../tests/proof/soak.sh" "$1" "${2:-10000}"
