#!/usr/bin/env bash
# Installs what is missing, builds Moltdesk with -Werror and runs the whole test suite inside a
# private D-Bus session with an unlocked GNOME Keyring (the Secret Service QtKeychain talks to)
# and a virtual X server for the tests that need a display. Extra arguments go to ctest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-tests"
"$root/scripts/setup-deps.sh" test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMOLTDESK_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
exec dbus-run-session -- "$root/scripts/lib/in-test-session.sh" "$build" "$@"
