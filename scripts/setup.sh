#!/usr/bin/env bash
# Sets up everything libcoach needs on a fresh Debian machine, then builds and installs it.
# Idempotent: a second run installs nothing new and rebuilds only what changed.
#
#   scripts/setup.sh            system packages, .venv, C++ build + install, Python package
#
# Layout it produces (all ignored by git):
#   .venv/            Python virtual environment (cmake, ninja, build tools, pytest, ...)
#   build/release/    C++ build (library, tests, benchmarks, examples)
#   out/install/      installed C++ tree (headers, libcoach.a, CMake package config)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}"

log() { printf '\n== %s\n' "$*"; }

# --- System packages (Debian) ---------------------------------------------------------------
APT_PACKAGES=(
  build-essential pkg-config
  libboost-dev libboost-serialization-dev libspdlog-dev libsodium-dev
  libgtest-dev libgmock-dev libbenchmark-dev clang-format nlohmann-json3-dev
  chromium  # headless: renders the HTML reports in tests (screenshot, PDF, console errors)
)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
# Debian's own python3 needs python3-venv for `-m venv`; other Pythons (pyenv) bring it.
if ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then missing+=(python3-venv); fi
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing system packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- Python virtual environment ---------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  log "Creating .venv"
  python3 -m venv .venv
fi
# shellcheck disable=SC1091
source .venv/bin/activate
PY_TOOLS=(pip cmake ninja scikit-build-core pybind11 pybind11-stubgen pytest numpy pandas
          nbclient nbformat ipykernel matplotlib jsonschema ruff mypy tqdm icalendar)
if ! python -c "import pybind11, scikit_build_core, pytest, numpy, pandas, nbclient, nbformat, ipykernel, jsonschema, mypy, tqdm, matplotlib, icalendar" 2>/dev/null ||
   [ ! -x .venv/bin/cmake ] || [ ! -x .venv/bin/ninja ] || [ ! -x .venv/bin/pybind11-stubgen ]; then
  log "Installing Python tooling into .venv"
  python -m pip install -q --upgrade "${PY_TOOLS[@]}"
fi

# --- C++ build and install ----------------------------------------------------------------------
log "Building libcoach (C++)"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$ROOT/out/install" -DLIBCOACH_WARNINGS_AS_ERRORS=ON \
  -DLIBCOACH_BUILD_TESTS=ON -DLIBCOACH_BUILD_BENCH=ON -DLIBCOACH_BUILD_EXAMPLES=ON >/dev/null
cmake --build build/release
cmake --install build/release >/dev/null

# --- Python package -------------------------------------------------------------------------------
log "Installing the libcoach Python package into .venv"
python -m pip install -q --no-build-isolation .
python -c "import libcoach; print('libcoach', libcoach.__version__, 'ready')"
