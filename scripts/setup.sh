#!/usr/bin/env bash
# Installs the Debian packages pytier needs, skipping those already present.
set -euo pipefail

packages=(
  # host build
  cmake ninja-build g++ ccache libgtest-dev
  # Full tier: static libpython and the reference interpreter
  python3.11 libpython3.11-dev libpython3.11-testsuite libexpat1-dev zlib1g-dev
  # Light tier: \N{...} names and character properties come from here
  unicode-data
  # wasm32-wasi cross build, run under Node's WASI
  clang-19 lld-19 wasi-libc libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 libclang-rt-19-dev-wasm32 nodejs
  # aarch64 cross build, run under qemu
  g++-aarch64-linux-gnu qemu-user
  # fuzzing the parser
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
