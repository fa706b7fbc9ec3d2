#!/bin/bash
# Parser speed: the Light tier's parser against CPython 3.11's ast.parse over
# every .py under /usr/lib/python3.11, both timed inside one process after
# the files are read (best of 5 rounds), with peak memory.
#   scripts/parse-bench.sh BUILD_DIR [ROOT]
set -eu
build=${1:?usage: parse-bench.sh BUILD_DIR [ROOT]}
root=${2:-/usr/lib/python3.11}
cmake --build "$build" -j2 --target parse_bench > /dev/null
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$root" -name '*.py' -type f | LC_ALL=C sort > "$list"

ours=$(xargs -a "$list" -d '\n' "$build/bin/parse_bench")
theirs=$(env -i LANG=C.UTF-8 /usr/bin/python3.11 - "$list" <<'PY'
import ast, resource, sys, time, warnings
warnings.simplefilter("ignore")
sources = []
for path in open(sys.argv[1]).read().split("\n")[:-1]:
    with open(path, "rb") as f:
        sources.append(f.read())
best, parsed = 1e30, 0
for _ in range(5):
    t0 = time.perf_counter()
    parsed = 0
    for s in sources:
        try:
            ast.parse(s)
            parsed += 1
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    best = min(best, time.perf_counter() - t0)
print("files %d parsed %d bytes %d seconds %.4f peak_rss_kb %d" % (
    len(sources), parsed, sum(map(len, sources)), best,
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
PY
)
echo "pytier:  $ours"
echo "cpython: $theirs"
t1=$(echo "$ours" | awk '{print $8}')
t2=$(echo "$theirs" | awk '{print $8}')
awk -v a="$t1" -v b="$t2" 'BEGIN { printf "speedup: %.2fx faster than ast.parse\n", b / a }'
