#!/usr/bin/env bash
# The main job: set up, build, compare every tier against python3.11, then
# benchmark, then cross-build the Light tier and report its sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
build/bin/pytier diff corpus/idioms || true
build/bin/pytier bench

strip -o build/bin/pytier-light.stripped build/bin/pytier-light
echo "build/bin/pytier-light: $(stat -c %s build/bin/pytier-light.stripped) bytes stripped"
rm build/bin/pytier-light.stripped
scripts/build-cross.sh wasm | tail -1
scripts/build-cross.sh aarch64 | tail -1
