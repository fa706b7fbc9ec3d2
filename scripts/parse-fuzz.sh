#!/bin/bash
# Fuzzes the Light tier parser with libFuzzer (clang-14, AddressSanitizer)
# for a bounded time, seeded with the bad-input corpus and stdlib samples.
#   scripts/parse-fuzz.sh [SECONDS] [BUILD_DIR]
set -eu
seconds=${1:-60}
build=${2:-build-fuzz}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
flags="-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer -g"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPYTIER_LIGHT_ONLY=ON \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DCMAKE_CXX_FLAGS="$flags" > /dev/null
cmake --build "$build" -j2 --target pytier_light_syntax pytier_light_num pytier_light_unicode > /dev/null
clang++-14 -std=c++20 -O1 -g -fsanitize=fuzzer,address -fno-exceptions -Isrc fuzz/parse_fuzzer.cpp \
  "$build/src/light/syntax/libpytier_light_syntax.a" "$build/src/light/num/libpytier_light_num.a" \
  "$build/src/light/unicode/libpytier_light_unicode.a" -o "$build/parse_fuzzer"
corpus="$build/fuzz-corpus"
mkdir -p "$corpus"
cp tests/syntax/bad/*.py "$corpus/"
find /usr/lib/python3.11 -maxdepth 1 -name '*.py' -size -8k | head -100 | xargs -I{} cp {} "$corpus/"
"$build/parse_fuzzer" -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$build/" \
  -print_final_stats=1 "$corpus"
