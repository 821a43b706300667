# Shared by the command-line tests: sourced after setting $out (a scratch
# folder) and pass=0 fail=0.
#
# expect NAME STATUS PATTERN... -- ARGS...: runs ARGS, then checks the exit
# status and that every pattern (grep -E) is found in stdout or stderr,
# which stay in $out/stdout and $out/stderr for further checks.
expect() {
  name=$1 want=$2
  shift 2
  patterns=""
  while [ "$1" != "--" ]; do patterns="$patterns
$1"; shift; done
  shift
  "$@" >"$out/stdout" 2>"$out/stderr"
  got=$?
  ok=1
  [ "$got" -eq "$want" ] || ok=0
  echo "$patterns" | while IFS= read -r p; do
    [ -z "$p" ] && continue
    grep -qE -- "$p" "$out/stdout" "$out/stderr" || { echo "  missing: $p"; exit 1; }
  done || ok=0
  if [ "$ok" -eq 1 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: exit $got (wanted $want), output:"; cat "$out/stdout" "$out/stderr"
  fi
}

# check NAME CONDITION...: counts a shell test.
check() {
  name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name"; fi
}
