#!/usr/bin/env bash
# Set up, build, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

# The Light tier's cross builds, each when its toolchain and runner are
# installed; ctest then checks they behave exactly like the native build.
wasm="" aarch64=""
if command -v clang++-19 >/dev/null && [ -f /usr/lib/wasm32-wasi/libc++.a ] && command -v node >/dev/null; then
  scripts/build-cross.sh wasm
  wasm="$PWD/build-wasm/bin/pytier-light.wasm"
fi
if command -v aarch64-linux-gnu-g++ >/dev/null && command -v qemu-aarch64 >/dev/null; then
  scripts/build-cross.sh aarch64
  aarch64="$PWD/build-aarch64/bin/pytier-light"
fi

scripts/build.sh -DPYTIER_WASM_LIGHT="$wasm" -DPYTIER_AARCH64_LIGHT="$aarch64"
ctest --test-dir build --output-on-failure -j "$(nproc)"
