#!/usr/bin/env bash
# Installs what is missing, builds Moltdesk with -Werror and runs the whole test suite inside a
# private D-Bus session with an unlocked GNOME Keyring (the Secret Service QtKeychain talks to)
# and a virtual X server for the tests that need a display; then builds the libFuzzer targets with
# clang (build-fuzz) and runs each for a short time (docs/fuzzing.md). Extra arguments go to ctest
# (the suite's, not the fuzzers'), after these options:
#   --sanitize  run the suite built with AddressSanitizer + UndefinedBehaviorSanitizer instead
#               (clang, build dir build-asan; slow, so not what CI runs)
#   --no-fuzz   skip the fuzzers
# MOLTDESK_FUZZ_SECONDS (default 20): how long each fuzz target runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sanitize=0
fuzz=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=1; shift ;;
    --no-fuzz) fuzz=0; shift ;;
    *) break ;;
  esac
done
fuzz_seconds="${MOLTDESK_FUZZ_SECONDS:-20}"

"$root/scripts/setup-deps.sh" test
if [ "$sanitize" = 1 ]; then
  build="$root/build-asan"
  # Warnings are the -Werror build's business; this one is about what happens at run time.
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMOLTDESK_SANITIZE=ON \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
  supp="$root/fuzz/sanitizer"
  # Qt is built without frame pointers: only the slow unwinder sees the Qt frames of an allocation,
  # which the leak suppressions match and which lead a leak report back to our code.
  export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:fast_unwind_on_malloc=0:malloc_context_size=20:${ASAN_OPTIONS:-}"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp:${UBSAN_OPTIONS:-}"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
else
  build="$root/build-tests"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMOLTDESK_WERROR=ON >/dev/null
fi
cmake --build "$build" -j"$(nproc)"
status=0
dbus-run-session -- "$root/scripts/lib/in-test-session.sh" "$build" "$@" || status=$?

if [ "$fuzz" = 1 ]; then
  fuzz_build="$root/build-fuzz"
  cmake -S "$root" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMOLTDESK_WERROR=ON \
    -DMOLTDESK_BUILD_TESTS=OFF -DMOLTDESK_BUILD_FUZZERS=ON -DMOLTDESK_FUZZ_SECONDS="$fuzz_seconds" \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
  cmake --build "$fuzz_build" -j"$(nproc)" --target fuzzers
  ctest --test-dir "$fuzz_build" -L fuzz --output-on-failure -j"$(nproc)" || status=$?
fi
exit $status
