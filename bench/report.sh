#!/bin/sh
# `breachdrill report` on large merged logs: N sessions made from the
# records of tests/fixtures/report (new session UUIDs, 5,000 players), read
# alone and with each export, with `breachdrill --version` as the reference
# for starting the process, in the same run.
# Prints the median wall time (s) and peak RSS (KiB) of RUNS runs each, and
# each export's size.
# Usage: bench/report.sh [BUILD_DIR] [SESSIONS...]   (RUNS=3; 10000 100000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
[ $# -gt 0 ] && shift
bin=$build/bin/breachdrill
runs=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$here/timing.sh"

# make_log N FILE: N sessions, each a fixture record with a fresh UUID.
make_log() {
  python3 - "$1" "$2" "$here/../tests/fixtures/report/laptop.jsonl" <<'PY'
import json, random, sys, uuid
n, out, src = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(1)
recs = []
for line in open(src, encoding="utf-8"):
    try:
        r = json.loads(line)
    except ValueError:
        continue
    if r.get("v") == 1 and "steps" in r:
        recs.append(r)
with open(out, "w", encoding="utf-8") as f:
    for _ in range(n):
        r = dict(rng.choice(recs))
        r["session"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        r["player"] = "P%05d" % rng.randrange(5000)
        r.pop("employee_id", None)
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
PY
}

echo '{}' > "$tmp/config.json"
machine
timed "$bin" --version
printf '%-32s %8s s %8s KiB\n' "reference: --version" "$med_t" "$med_m"
for n in ${@:-10000 100000}; do
  make_log "$n" "$tmp/log.jsonl"
  printf '%s sessions, a %s KiB log\n' "$n" "$(($(stat -c %s "$tmp/log.jsonl") / 1024))"
  for what in summary --csv --xapi --html; do
    out=""
    [ "$what" = summary ] || out="$what $tmp/export"
    # shellcheck disable=SC2086  # $out is a flag and its value, or nothing
    timed "$bin" report "$tmp/log.jsonl" --config "$tmp/config.json" $out
    size=-
    [ -f "$tmp/export" ] && size="$(($(stat -c %s "$tmp/export") / 1024)) KiB" && rm -f "$tmp/export"
    printf '  %-30s %8s s %8s KiB  output %s\n' "$what" "$med_t" "$med_m" "$size"
  done
done
