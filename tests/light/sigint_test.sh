#!/bin/bash
# SIGINT during a loop: the Light tier and python3.11 must print the same
# (a caught KeyboardInterrupt, then an uncaught one with its traceback) and
# end with status 130. Each interrupt is sent once the program says "ready".
# Usage: sigint_test.sh PYTIER_LIGHT
light=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$(dirname "$0")/sigint" || exit 2
run() {
  # A background job starts with SIGINT ignored; give the program the default.
  ( trap - INT; exec env -i LANG=C.UTF-8 "$@" spin.py ) >"$dir/out" 2>&1 &
  local pid=$! n
  for n in 1 2; do
    local want=$([ $n = 1 ] && echo ready || echo "ready again")
    for _ in $(seq 200); do grep -qx "$want" "$dir/out" && break; sleep 0.05; done
    sleep 0.2
    kill -INT $pid
  done
  wait $pid
  echo "exit $?" >>"$dir/out"
  cat "$dir/out"
}
run /usr/bin/python3.11 >"$dir/want"
run "$light" >"$dir/got"
diff "$dir/want" "$dir/got"
