#!/bin/bash
# Every program under tests/syntax/bad/ must fail in `pytier ast` with exactly
# the stderr (message, line, caret range) and status of `python3.11 FILE`.
#   tests/syntax/bad_corpus.sh PYTIER [DIR]
set -u
pytier=$(realpath "${1:?usage: bad_corpus.sh PYTIER [DIR]}")
dir=${2:-$(dirname "$0")/bad}
dir=$(cd "$dir" && pwd)
pass=0 fail=0
for f in "$dir"/*.py; do
  want=$(cd "$dir" && env -i LANG=C.UTF-8 /usr/bin/python3.11 "$f" 2>&1 >/dev/null; echo "status $?")
  got=$(cd "$dir" && timeout 10 "$pytier" ast "$f" 2>&1 >/dev/null; echo "status $?")
  if [ "$want" == "$got" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $(basename "$f")"
    diff <(echo "$want") <(echo "$got") | sed 's/^/    /'
  fi
done
echo "bad corpus: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
