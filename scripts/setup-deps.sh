#!/usr/bin/env bash
# Installs the Debian 12 packages Moltdesk needs. Idempotent: only missing packages are installed.
# Usage: scripts/setup-deps.sh [build|test]   ("test" adds the keyring, D-Bus and X server the tests use,
# and clang with libFuzzer for the fuzzers)
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev libqt6sql6-sqlite
  qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libsodium-dev libssl-dev libhttp-parser-dev libmd4c-dev libsqlite3-dev python3
  libsecret-1-0 gnome-keyring dbus dbus-daemon dbus-session-bus-common dbus-x11 fonts-dejavu-core
)
test_pkgs=(xvfb xauth trayer procps)
# The fuzzers and the sanitizer build (docs/fuzzing.md): clang 14; libclang-rt-14-dev holds libFuzzer
# and the ASan/UBSan runtimes (only recommended by libclang-common-14-dev, and we install without
# recommends); llvm gives llvm-symbolizer, which turns sanitizer stack traces into file:line.
test_pkgs+=(clang libclang-rt-14-dev llvm)

pkgs=("${build_pkgs[@]}")
if [ "${1:-build}" = "test" ]; then
  pkgs+=("${test_pkgs[@]}")
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
