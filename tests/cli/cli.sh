#!/bin/sh
# The command line's contract: bad usage is one line plus the usage, exit 2;
# --help and --version succeed; the installed layout finds its own data.
# Usage: cli.sh BINARY SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2 build=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pass=0 fail=0

expect() {  # expect NAME STATUS PATTERN -- ARGS...
  name=$1 want=$2 pattern=$3
  shift 4
  "$@" >"$out/stdout" 2>"$out/stderr"
  got=$?
  if [ "$got" -eq "$want" ] && { [ -z "$pattern" ] || grep -q -- "$pattern" "$out/stdout" "$out/stderr"; }; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: exit $got (wanted $want), output:"; cat "$out/stdout" "$out/stderr"
  fi
}

expect unknown-flag 2 "unknown option '--bogus'" -- "$bin" --bogus
expect unknown-flag-one-line 2 "see breachdrill --help" -- "$bin" --bogus
[ "$(wc -l < "$out/stderr")" -eq 1 ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL usage error is not one line"; }
expect unknown-command 2 "unknown command 'frobnicate'" -- "$bin" frobnicate
expect missing-data 2 "not found" -- "$bin" --data "$out/nowhere"
expect not-data 2 "no assets" -- "$bin" --data "$out"
expect missing-value 2 "--renderer needs a value" -- "$bin" play --renderer
expect bad-renderer 2 "unknown renderer 'vulkan'" -- "$bin" --renderer vulkan
expect bad-window 2 "bad window size" -- "$bin" --window 10x10
expect bad-lang 2 "unknown language" -- "$bin" --lang fr
expect missing-scenarios 2 "scenario folder" -- "$bin" --scenarios "$out/none"
expect help 0 "usage: breachdrill" -- "$bin" --help
expect version 0 "breachdrill " -- "$bin" --version
printf 'fly away\n' > "$out/bad.script"
expect bad-script 2 "bad.script:1: unknown command 'fly'" -- env SDL_VIDEODRIVER=dummy "$bin" --script "$out/bad.script"
printf 'expect screen list\n' > "$out/fail.script"
expect failed-expect 1 "fail.script:1: expected screen list, got title" -- env SDL_VIDEODRIVER=dummy "$bin" --script "$out/fail.script"

# Installed layout: bin/breachdrill finds share/breachdrill on its own.
if cmake --install "$build" --prefix "$out/prefix" >/dev/null 2>&1; then
  printf 'expect screen title\nscreenshot %s/installed.png\n' "$out" > "$out/ok.script"
  expect installed-data 0 "data: $out/prefix/share/breachdrill" -- "$out/prefix/bin/breachdrill" --version
  expect installed 0 "" -- env SDL_VIDEODRIVER=dummy "$out/prefix/bin/breachdrill" --script "$out/ok.script"
  [ -f "$out/prefix/share/breachdrill/assets/locale/ja.json" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL install lays out share/breachdrill"; }
else
  fail=$((fail + 1)); echo "FAIL cmake --install"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
