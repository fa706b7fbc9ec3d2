#!/bin/bash
# Parser conformance: `pytier ast` against CPython 3.11's ast.dump on every
# .py under /usr/lib/python3.11 (test suite included).
#   scripts/parse-conformance.sh PYTIER [EVERY_NTH] [ROOT]
# Files CPython parses must dump identically; files it rejects must fail with
# the same exception class and line. Exits 1 if any file differs.
set -u
pytier=${1:?usage: parse-conformance.sh PYTIER [EVERY_NTH] [ROOT]}
every=${2:-1}
root=${3:-/usr/lib/python3.11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

find "$root" -name '*.py' -type f | LC_ALL=C sort | awk -v n="$every" '(NR - 1) % n == 0' > "$work/files"

# One python3.11 process writes every expected result: "ok" + dump, or
# "error CLASS LINE".
env -i LANG=C.UTF-8 /usr/bin/python3.11 - "$work" <<'PY'
import ast, sys, warnings
warnings.simplefilter("ignore")
work = sys.argv[1]
files = open(work + "/files").read().split("\n")[:-1]
for i, f in enumerate(files):
    with open(f, "rb") as fh:
        src = fh.read()
    try:
        out = "ok\n" + ast.dump(ast.parse(src), include_attributes=True) + "\n"
    except SyntaxError as e:
        out = "error %s %s\n" % (type(e).__name__, e.lineno)
    except (ValueError, RecursionError, MemoryError) as e:
        out = "error %s\n" % type(e).__name__
    with open("%s/%d.want" % (work, i), "w", encoding="utf-8", errors="surrogateescape") as fh:
        fh.write(out)
PY

total=0 same=0 ok_total=0 ok_same=0
i=0
while IFS= read -r f; do
  want="$work/$i.want"
  got="$work/$i.got"
  if timeout 20 "$pytier" ast "$f" > "$work/out" 2> "$work/err"; then
    { echo ok; cat "$work/out"; } > "$got"
  else
    status=$?
    line=$(grep -o '^  File ".*", line [0-9]*' "$work/err" | head -1 | grep -o '[0-9]*$')
    cls=$(tail -1 "$work/err" | sed 's/:.*//')
    [ $status -ge 124 ] && cls="crash-$status"
    echo "error $cls $line" > "$got"
  fi
  # Errors without a location (bad encodings) print no line: CPython's
  # ast.parse gives them line 0 or 1.
  if grep -q '^error [A-Za-z]* $' "$got"; then
    sed -i "s/ \$/ $(head -1 "$want" | cut -d' ' -f3)/" "$got"
  fi
  total=$((total + 1))
  if head -1 "$want" | grep -q '^ok'; then ok_total=$((ok_total + 1)); fi
  if cmp -s "$want" "$got"; then
    same=$((same + 1))
    if head -1 "$want" | grep -q '^ok'; then ok_same=$((ok_same + 1)); fi
  else
    echo "DIFF $f"
  fi
  i=$((i + 1))
done < "$work/files"

pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b ? 100 * a / b : 100 }'; }
echo "identical: $same / $total files ($(pct $same $total)%)"
echo "parsed by CPython: $ok_same / $ok_total identical ($(pct $ok_same $ok_total)%)"
[ "$same" -eq "$total" ]
