#!/usr/bin/env bash
# Installs what is missing, builds Moltdesk and starts it (control panel + embedded gateway;
# headless when there is no display). Extra arguments go to moltdesk, e.g. --headless.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup-deps.sh" build
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOLTDESK_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build" -j"$(nproc)"
exec "$root/build/app/moltdesk" "$@"
