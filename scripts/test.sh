#!/usr/bin/env bash
# The whole test suite: set everything up, then run the C++ tests (ctest), the C++ tests
# again under AddressSanitizer + UndefinedBehaviorSanitizer, the consumer project against
# the installed tree, and the Python tests (pytest). Exits non-zero if anything fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}"
bash scripts/setup.sh
# shellcheck disable=SC1091
source .venv/bin/activate

printf '\n== C++ tests (ctest)\n'
ctest --test-dir build/release --output-on-failure -j2

printf '\n== Consumer project: find_package(libcoach) against the installed tree\n'
cmake -S tests/consumer -B build/consumer -G Ninja -DCMAKE_PREFIX_PATH="$ROOT/out/install" \
  >/dev/null
cmake --build build/consumer
./build/consumer/consumer

printf '\n== C++ tests under ASan + UBSan\n'
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLIBCOACH_SANITIZE=ON \
  -DLIBCOACH_BUILD_TESTS=ON -DLIBCOACH_BUILD_BENCH=OFF -DLIBCOACH_BUILD_EXAMPLES=OFF \
  -DLIBCOACH_INSTALL=OFF >/dev/null
cmake --build build/asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/asan --output-on-failure -j2

printf '\n== Fuzzing the store (libFuzzer, 20 s per target; scripts/fuzz.sh 600 for a long run)\n'
bash scripts/fuzz.sh 20

printf '\n== Python tests (pytest)\n'
# pytest exits 5 when it collected no tests: that is a broken suite, not a pass.
set +e
python -m pytest
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing the run" >&2
  exit 1
fi
exit "$status"
