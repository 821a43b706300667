#!/bin/sh
# BreachDrill's two quick-start commands, for a fresh Debian 12 machine:
#   ./quickstart.sh play   installs what is missing, builds, starts the game
#   ./quickstart.sh test   installs what is missing, builds with sanitizers, runs every test,
#                          then the short proof (fuzzing, kill -9, soak: tests/proof/proof.sh)
#   ./quickstart.sh proof  the long proof (`make proof`): docs/reliability.md
# Run as root or as a user who may sudo (only the package install needs it).
# With CI=true warnings are errors. Extra arguments after `play` go to the game.
set -eu
cd "$(dirname "$0")"

# Debian 12 packages: compiler and build tools, the libraries (DESIGN.md says
# what each is for), the fonts, and what the tests use.
PACKAGES="build-essential cmake pkg-config libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev
  liblua5.4-dev libcjson-dev libfontconfig-dev libsodium-dev libsystemd-dev
  fonts-dejavu-core fonts-ipafont-gothic"
# The tests' own: clang and its runtime for the fuzz targets (libFuzzer),
# valgrind for the long proof.
TEST_PACKAGES="clang libclang-rt-14-dev"
PROOF_PACKAGES="clang libclang-rt-14-dev valgrind"

install_missing() {   # install_missing [EXTRA PACKAGES...]
  missing=""
  for p in $PACKAGES "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  echo "quickstart: installing$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

jobs=$(nproc 2>/dev/null || echo 2)
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON

cmd=${1:-play}
[ $# -gt 0 ] && shift
case "$cmd" in
  play)
    install_missing
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBD_WERROR=$werror >/dev/null
    cmake --build build -j "$jobs"
    exec build/bin/breachdrill play "$@"
    ;;
  test)
    # shellcheck disable=SC2086
    install_missing $TEST_PACKAGES
    # Tests run under AddressSanitizer and UndefinedBehaviorSanitizer, with
    # the failure-injection switch on (docs/reliability.md).
    cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DBD_SANITIZE=ON -DBD_FAULTS=ON \
      -DBD_WERROR=$werror >/dev/null
    cmake --build build-test -j "$jobs"
    ctest --test-dir build-test --output-on-failure -j "$jobs"
    tests/proof/proof.sh short
    ;;
  proof)
    # shellcheck disable=SC2086
    install_missing $PROOF_PACKAGES
    exec tests/proof/proof.sh long
    ;;
  *)
    echo "usage: ./quickstart.sh play|test|proof" >&2
    exit 2
    ;;
esac
