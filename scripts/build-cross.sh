#!/usr/bin/env bash
# Cross-builds the Light tier alone: `scripts/build-cross.sh wasm` gives
# build-wasm/bin/pytier-light.wasm, `scripts/build-cross.sh aarch64` gives
# build-aarch64/bin/pytier-light. The top-level CMakeLists builds only the
# Light tier when cross-compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths relative to the checkout, so that ccache hits across clones in other directories.
export CCACHE_BASEDIR="$PWD"

case "${1:-}" in
  wasm) target=wasm32-wasi; dir=build-wasm ;;
  aarch64) target=aarch64; dir=build-aarch64 ;;
  *) echo "usage: scripts/build-cross.sh wasm|aarch64" >&2; exit 2 ;;
esac

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# The toolchain file counts only when the tree is first configured.
toolchain=()
[ -f "$dir/CMakeCache.txt" ] || toolchain=(-DCMAKE_TOOLCHAIN_FILE="cmake/toolchain-$target.cmake")
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${toolchain[@]}" "${launcher[@]}" >/dev/null
cmake --build "$dir" -j "${JOBS:-$(nproc)}" --target pytier-light

# What a release would ship: the binary without its symbol table.
binary="$dir/bin/pytier-light"
strip=aarch64-linux-gnu-strip
[ "$target" = wasm32-wasi ] && binary+=.wasm && strip=llvm-strip-19
if command -v "$strip" >/dev/null; then
  "$strip" -o "$binary.stripped" "$binary"
  echo "$binary: $(stat -c %s "$binary.stripped") bytes stripped"
  rm -f "$binary.stripped"
fi
