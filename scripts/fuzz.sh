#!/usr/bin/env bash
# Runs one libFuzzer target for a long time (docs/fuzzing.md).
# Usage: scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options...]
#   TARGET: http_request, telegram_update, sse, config_loader, dotenv (or fuzz_<name>); "list" lists them
#   SECONDS: default $MOLTDESK_FUZZ_SECONDS, else 3600; 0 = until the first crash or Ctrl-C
# New interesting inputs are kept in build-fuzz/fuzz/work/<target>/ (reused by the next run), crashes
# land in build-fuzz/fuzz/artifacts/<target>/. Set MOLTDESK_FUZZ_JOBS=N to run N processes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
declare -A dicts=([fuzz_http_request]=http [fuzz_telegram_update]=json [fuzz_sse]=sse
                  [fuzz_config_loader]=json [fuzz_dotenv]=dotenv)

if [ $# -lt 1 ] || [ "$1" = list ] || [ "$1" = -h ] || [ "$1" = --help ]; then
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  echo "targets: ${!dicts[*]}" | sed 's/fuzz_//g'
  exit 0
fi
target="$1"; shift
case "$target" in fuzz_*) ;; *) target="fuzz_$target" ;; esac
if [ -z "${dicts[$target]+x}" ]; then
  echo "fuzz.sh: unknown target \"$target\"; targets: ${!dicts[*]}" >&2
  exit 2
fi
seconds="${MOLTDESK_FUZZ_SECONDS:-3600}"
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then
  seconds="$1"; shift
fi

"$root/scripts/setup-deps.sh" test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMOLTDESK_WERROR=ON \
  -DMOLTDESK_BUILD_TESTS=OFF -DMOLTDESK_BUILD_FUZZERS=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j"$(nproc)" --target "$target"

work="$build/fuzz/work/$target"
artifacts="$build/fuzz/artifacts/$target"
mkdir -p "$work" "$artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$root/fuzz/sanitizer/lsan.supp:${LSAN_OPTIONS:-}"
jobs=()
if [ -n "${MOLTDESK_FUZZ_JOBS:-}" ]; then
  jobs=(-jobs="$MOLTDESK_FUZZ_JOBS" -workers="$MOLTDESK_FUZZ_JOBS")
fi
echo "fuzzing $target for ${seconds}s; crashes go to $artifacts/"
cd "$artifacts" # -jobs writes its fuzz-N.log files into the current directory
exec "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -dict="$root/fuzz/dict/${dicts[$target]}.dict" -artifact_prefix="$artifacts/" "${jobs[@]}" "$@" \
  "$work" "$root/fuzz/corpus/$target"
