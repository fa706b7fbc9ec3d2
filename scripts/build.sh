#!/usr/bin/env bash
# Configures and builds the host tree into build/ (ccache, Ninja, Release).
# Arguments are passed on to cmake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@" >/dev/null
cmake --build build -j "$(nproc)"
