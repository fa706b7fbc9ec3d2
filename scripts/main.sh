#!/usr/bin/env bash
# The main job: set up, build, compare every tier against python3.11, then benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
build/bin/pytier diff corpus/idioms || true
build/bin/pytier bench
