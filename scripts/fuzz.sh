#!/usr/bin/env bash
# Builds the store's libFuzzer targets (fuzz/) with clang in build-fuzz/ and runs each for
# N seconds (default 20), starting from the committed seed corpus. Exits non-zero when a
# target finds a crash; the reproducer is left in build-fuzz/artifacts/ — turn it into a
# regression test by copying it to fuzz/regressions/<target>/.
#
#   scripts/fuzz.sh [seconds]
set -euo pipefail

seconds="${1:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v clang++ >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "fuzz.sh: installing clang (libFuzzer)" >&2
    apt-get install -y -qq clang >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null && apt-get install -y -qq clang >/dev/null; }
  else
    echo "fuzz.sh: clang++ is required (apt-get install clang)" >&2
    exit 1
  fi
fi

generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
mkdir -p build-fuzz
log=build-fuzz/build.log
cmake -S fuzz -B build-fuzz "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$log" 2>&1 ||
  { cat "$log" >&2; exit 1; }
targets=(frame_scan event_payload open_store)
cmake --build build-fuzz -j2 --target "${targets[@]/#/fuzz_}" >>"$log" 2>&1 ||
  { tail -50 "$log" >&2; exit 1; }

mkdir -p build-fuzz/artifacts
status=0
for target in "${targets[@]}"; do
  corpus="build-fuzz/corpus/${target}"
  mkdir -p "$corpus"
  if [ -d "fuzz/corpus/${target}" ]; then cp -n "fuzz/corpus/${target}/"* "$corpus/" 2>/dev/null || true; fi
  echo "fuzz.sh: ${target} for ${seconds}s" >&2
  if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "./build-fuzz/fuzz_${target}" -max_total_time="${seconds}" -malloc_limit_mb=512 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/${target}-" \
    "$corpus" >"build-fuzz/${target}.log" 2>&1; then
    echo "fuzz.sh: ${target} FAILED (see build-fuzz/${target}.log and build-fuzz/artifacts/)" >&2
    tail -40 "build-fuzz/${target}.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "build-fuzz/${target}.log" | tail -1 >&2 || true
  fi
done
exit "$status"
