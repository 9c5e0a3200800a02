#!/usr/bin/env bash
# Runs inside dbus-run-session: unlocks a throw-away GNOME Keyring, then runs ctest under Xvfb.
set -euo pipefail
build="$1"; shift
export HOME_FOR_TESTS="$(mktemp -d)"
# The keyring stores its files under XDG_DATA_HOME; keep them out of the user's real keyring.
export XDG_DATA_HOME="$HOME_FOR_TESTS/data" XDG_CONFIG_HOME="$HOME_FOR_TESTS/config" XDG_CACHE_HOME="$HOME_FOR_TESTS/cache"
export XDG_RUNTIME_DIR="$HOME_FOR_TESTS/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(echo -n pass | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
status=0
xvfb-run -a -s "-screen 0 1280x800x24" ctest --test-dir "$build" --output-on-failure -j2 "$@" || status=$?
rm -rf "$HOME_FOR_TESTS"
exit $status
