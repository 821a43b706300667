#!/bin/sh
# `breachdrill report` on tests/fixtures/report: the summary, the warnings,
# the CSV, the xAPI statements and the HTML page compared byte for byte
# with the golden files in tests/fixtures/report/golden; then the settings,
# the refusals and the exit statuses.
# Usage: report.sh BINARY SOURCE_DIR
# With UPDATE_GOLDEN=1 the golden files are written instead of compared:
# read the diff (git diff tests/fixtures/report/golden) before committing.
set -u
bin=$1 src=$2
fx=$src/tests/fixtures/report
golden=$fx/golden
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pass=0 fail=0
. "$src/tests/cli/expect.sh"

# same NAME GOLDEN FILE: FILE is byte for byte the golden one.
same() {
  if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    mkdir -p "$golden" && cp "$3" "$golden/$2"
    return
  fi
  if cmp -s "$golden/$2" "$3"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $1: differs from golden/$2:"
    diff "$golden/$2" "$3" | head -40
  fi
}

# The fixed set of records: relative names, so the golden files hold no
# machine's paths; an empty config, so no one's settings leak in.
echo '{}' > "$out/config.json"
cd "$fx" || exit 1
expect golden-run 0 "Sessions: 10" -- "$bin" report laptop.jsonl kiosk.jsonl --config "$out/config.json" \
  --csv "$out/sessions.csv" --xapi "$out/statements.json" --html "$out/report.html"
same summary summary.txt "$out/stdout"
same warnings warnings.txt "$out/stderr"
same csv sessions.csv "$out/sessions.csv"
same xapi statements.json "$out/statements.json"
same html report.html "$out/report.html"
check no-temp-left [ "$(ls "$out" | grep -c -v -E '^(config.json|stdout|stderr|sessions.csv|statements.json|report.html)$')" -eq 0 ]

# Each bad line named with its file and line; the exit status still 0.
check warned-each [ "$(wc -l < "$out/stderr")" -eq 4 ]
check warned-torn grep -q "^kiosk.jsonl:5: skipped: torn last line" "$out/stderr"

# The same log given twice: every session once.
expect twice 0 "Sessions: 7 \(7 repeated across logs, counted once\)" \
  -- "$bin" report laptop.jsonl laptop.jsonl --config "$out/config.json"

# Settings: from the config, and flags over the config.
printf '{"pass_mark": 60, "xapi_home_page": "https://lms.example.com",
 "xapi_activity_base": "https://training.example.com/xapi"}\n' > "$out/trainer.json"
expect config 0 "Passed: 5 of 8 completed \(pass mark 60\)" \
  -- "$bin" report laptop.jsonl kiosk.jsonl --config "$out/trainer.json" --xapi "$out/x.json"
check config-home-page grep -q '"homePage":"https://lms.example.com"' "$out/x.json"
check config-base grep -q '"id":"https://training.example.com/xapi/scenarios/usb-drop"' "$out/x.json"
expect flags 0 "Passed: 2 of 6 completed \(pass mark 100\)" \
  -- "$bin" report laptop.jsonl --config "$out/trainer.json" --pass-mark 100 \
     --home-page https://lms2.example.com --xapi "$out/x.json"
check flag-home-page grep -q '"homePage":"https://lms2.example.com"' "$out/x.json"
printf '{"pass_mark": 300}\n' > "$out/wrong.json"
expect config-bad-key 0 "wrong.json: \"pass_mark\" must be a whole number from 0 to 100" \
  "pass mark 80" -- "$bin" report laptop.jsonl --config "$out/wrong.json"

# An empty log is a report of nothing, not an error.
: > "$out/empty.jsonl"
expect empty 0 "Sessions: 0" "Completed: 0 of 0 sessions" -- "$bin" report "$out/empty.jsonl" \
  --config "$out/config.json" --html "$out/empty.html" --xapi "$out/empty.json" --csv "$out/empty.csv"
check empty-xapi [ "$(tr -d ' \n' < "$out/empty.json")" = "[]" ]
check empty-csv [ "$(wc -l < "$out/empty.csv")" -eq 1 ]

# Refusals: exit 2 with one line, and nothing written.
expect missing 2 "cannot read results log '$out/none.jsonl'" -- "$bin" report "$out/none.jsonl"
expect folder 2 "cannot read results log" -- "$bin" report "$out"
expect no-log 2 "no results log given" -- "$bin" report --csv "$out/a.csv"
expect bad-flag 2 "unknown option '--pdf'" -- "$bin" report laptop.jsonl --pdf x
expect no-value 2 "--csv needs a value" -- "$bin" report laptop.jsonl --csv
expect bad-mark 2 "bad pass mark '101'" -- "$bin" report laptop.jsonl --pass-mark 101
expect bad-home 2 "bad home page 'ftp://x'" -- "$bin" report laptop.jsonl --home-page ftp://x
expect missing-config 2 "cannot read config" -- "$bin" report laptop.jsonl --config "$out/nope.json"
check usage-one-line [ "$(wc -l < "$out/stderr")" -eq 1 ]
cp laptop.jsonl "$out/log.jsonl"
expect over-log 2 "is one of the results logs" -- "$bin" report "$out/log.jsonl" --csv "$out/log.jsonl"
check log-untouched cmp -s laptop.jsonl "$out/log.jsonl"
expect no-folder 2 "$out/no/such/folder" -- "$bin" report laptop.jsonl --config "$out/config.json" \
  --csv "$out/no/such/folder/a.csv"

# A new export follows the umask (names and employee IDs stay private
# under umask 077); an existing one keeps its mode.
(umask 077 && "$bin" report laptop.jsonl --config "$out/config.json" --csv "$out/private.csv" >/dev/null 2>&1)
check umask-new [ "$(stat -c %a "$out/private.csv")" = 600 ]
chmod 640 "$out/private.csv"
"$bin" report laptop.jsonl --config "$out/config.json" --csv "$out/private.csv" >/dev/null 2>&1
check mode-kept [ "$(stat -c %a "$out/private.csv")" = 640 ]

echo "report: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
