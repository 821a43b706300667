#!/bin/sh
# The kiosk's command line: `kiosk --set-pin` writes a 0600 config whose
# hash opens the staff screen and keeps the file's other settings; a bad
# PIN writes nothing; `kiosk` without a PIN refuses to start (exit 2,
# naming the file); bad options exit 2; the kiosk runs headless from a
# script and its staff exit is status 0.
# Usage: kiosk.sh BINARY SOURCE_DIR
set -u
bin=$1 src=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" HOME="$out/home"
export SDL_VIDEODRIVER=dummy
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# expect NAME STATUS PATTERN -- ARGS...: the exit status, and PATTERN
# (grep -E, may be empty) in stdout or stderr.
expect() {
  name=$1 want=$2 pattern=$3
  shift 4
  "$@" <"$out/stdin" >"$out/stdout" 2>"$out/stderr"
  got=$?
  if [ "$got" -eq "$want" ] && { [ -z "$pattern" ] || grep -qE -- "$pattern" "$out/stdout" "$out/stderr"; }; then
    ok
  else
    bad "$name: exit $got (wanted $want), output:"; cat "$out/stdout" "$out/stderr"
  fi
}
stdin() { printf '%s\n' "$1" > "$out/stdin"; }
mode() { stat -c %a "$1" 2>/dev/null; }

default=$out/config/breachdrill/kiosk.json

# No PIN yet: the kiosk does not start, and says how to set one.
stdin ""
expect no-pin 2 "no staff PIN is set in $default; run .breachdrill kiosk --set-pin" -- "$bin" kiosk
[ "$(wc -l < "$out/stderr")" -eq 1 ] && ok || bad "no-pin: not one line"
expect no-pin-config 2 "no staff PIN is set in $out/other.json; run .breachdrill kiosk --set-pin --config $out/other.json" \
  -- "$bin" kiosk --config "$out/other.json"

# Bad usage: exit 2.
expect bad-option 2 "unknown option '--bogus'" -- "$bin" kiosk --bogus
expect no-fullscreen 2 "unknown option '--fullscreen'" -- "$bin" kiosk --fullscreen
expect set-pin-alone 2 "--set-pin takes no other option" -- "$bin" kiosk --set-pin --window 800x600
expect set-pin-play 2 "unknown option '--set-pin'" -- "$bin" play --set-pin
expect config-value 2 "--config needs a value" -- "$bin" kiosk --config

# A bad PIN writes nothing.
for pin in 12a 123 123456789 ""; do
  stdin "$pin"
  expect "bad-pin-$pin" 1 "4 to 8 digits|no PIN given" -- "$bin" kiosk --set-pin
  [ ! -e "$default" ] && ok || bad "bad-pin-$pin: wrote $default"
done
: > "$out/stdin"
expect no-input 1 "no PIN given" -- "$bin" kiosk --set-pin
[ ! -e "$default" ] && ok || bad "no-input: wrote $default"

# The PIN from standard input, into the default file, 0600; never printed.
stdin 2468
expect set-pin 0 "staff PIN is set \\(saved in $default\\)" -- "$bin" kiosk --set-pin
[ "$(mode "$default")" = 600 ] && ok || bad "set-pin: mode $(mode "$default"), not 600"
grep -q '"pin_hash":[[:space:]]*"\$argon2id\$' "$default" && ok || bad "set-pin: no Argon2id hash in $default"
grep -q 2468 "$out/stdout" "$out/stderr" "$default" && bad "set-pin: the PIN was printed or stored" || ok

# The file's other settings are kept.
cfg=$out/kiosk.json
printf '{"event": "Expo 2026", "leaderboard_size": 5, "idle_seconds": 60}\n' > "$cfg"
stdin 1357
expect set-pin-keeps 0 "saved in $cfg" -- "$bin" kiosk --set-pin --config "$cfg"
grep -q '"event":[[:space:]]*"Expo 2026"' "$cfg" && grep -q '"leaderboard_size":[[:space:]]*5' "$cfg" &&
  grep -q '"idle_seconds":[[:space:]]*60' "$cfg" && ok || { bad "set-pin-keeps: settings lost"; cat "$cfg"; }
[ "$(mode "$cfg")" = 600 ] && ok || bad "set-pin-keeps: mode $(mode "$cfg"), not 600"

# On a terminal: asked twice, not echoed; two different PINs save nothing.
if command -v script >/dev/null 2>&1; then
  tty=$out/tty.json
  (sleep 1; printf '8642\n8642\n') | script -qec "'$bin' kiosk --set-pin --config '$tty'" /dev/null > "$out/tty.out" 2>&1
  grep -q "The same PIN again" "$out/tty.out" && grep -q "saved in $tty" "$out/tty.out" && ok ||
    { bad "tty: not asked twice or not saved"; cat "$out/tty.out"; }
  grep -q 8642 "$out/tty.out" && bad "tty: the PIN was echoed" || ok
  (sleep 1; printf '8642\n8643\n') | script -qec "'$bin' kiosk --set-pin --config '$out/tty2.json'" /dev/null > "$out/tty.out" 2>&1
  grep -q "the two PINs differ" "$out/tty.out" && [ ! -e "$out/tty2.json" ] && ok ||
    { bad "tty: different PINs"; cat "$out/tty.out"; }
fi

# The hash opens the staff screen: the held corner, the PIN, then leave
# (exit 0); leave.script ends every kiosk run here that way. A wrong PIN
# leaves the pad up.
cat > "$out/leave.script" <<'EOF'
fingerdown 4 4
wait 3100
fingerup 4 4
expect screen pin
tap @pin.digit.2
tap @pin.digit.4
tap @pin.digit.6
tap @pin.digit.8
tap @pin.ok
expect screen staff
tap @staff.leave
EOF
{ echo "expect screen attract"; cat "$out/leave.script"; } > "$out/right.script"
: > "$out/stdin"
expect pin-opens 0 "" -- "$bin" kiosk --data "$src" --window 800x600 --script "$out/right.script"
sed -e 's/pin.digit.8/pin.digit.9/' -e 's/expect screen staff/expect screen pin/' -e '/staff.leave/d' \
  "$out/right.script" > "$out/wrong.script"
expect wrong-pin 0 "" -- "$bin" kiosk --data "$src" --window 800x600 --script "$out/wrong.script"

# A round started and left through the staff screen is recorded in the
# kiosk's own log, not the training one.
{ printf 'tap @attract.start\nexpect screen pick\ntap @pick.item.1\nexpect screen play\n'
  cat "$out/leave.script"; } > "$out/round.script"
expect round-left 0 "" -- "$bin" kiosk --data "$src" --window 800x600 --script "$out/round.script"
log=$out/data/breachdrill/kiosk-results.jsonl
grep -q '"mode":"kiosk".*"completed":false' "$log" 2>/dev/null && ok || bad "round-left: no kiosk record in $log"
[ ! -e "$out/data/breachdrill/results.jsonl" ] && ok || bad "round-left: wrote the training log"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
