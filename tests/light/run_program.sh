#!/bin/sh
# Runs one program under the Light tier and under python3.11 (the reference)
# in a clean environment and compares stdout, stderr and the exit status.
# Both read PROGRAM.stdin when it exists, else nothing.
# Usage: run_program.sh PYTIER_LIGHT PROGRAM.py
light=$1
program=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$(dirname "$program")" || exit 2
name=$(basename "$program")
stdin=/dev/null
[ -f "${name%.py}.stdin" ] && stdin="${name%.py}.stdin"
env -i LANG=C.UTF-8 /usr/bin/python3.11 -B "$name" <"$stdin" >"$dir/want.out" 2>"$dir/want.err"
echo "exit $?" >>"$dir/want.out"
env -i LANG=C.UTF-8 "$light" "$name" <"$stdin" >"$dir/got.out" 2>"$dir/got.err"
echo "exit $?" >>"$dir/got.out"
status=0
if ! cmp -s "$dir/want.out" "$dir/got.out"; then
  echo "stdout or exit status differ:"
  diff "$dir/want.out" "$dir/got.out" | head -40
  status=1
fi
if ! cmp -s "$dir/want.err" "$dir/got.err"; then
  echo "stderr differs:"
  diff "$dir/want.err" "$dir/got.err" | head -40
  status=1
fi
exit $status
