#!/usr/bin/env bash
# Configures and builds the host tree into build/ (ccache, Ninja, Release).
# Arguments are passed on to cmake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths relative to the checkout, so that ccache hits across clones in other directories.
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@" >/dev/null
cmake --build build -j "$(nproc)"
