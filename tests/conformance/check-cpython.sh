#!/usr/bin/env bash
# Verifies that the committed .out/.err/.exitcode files still match what python3
# (CPython 3.11) produces. Runs each program with the same convention as
# generate.sh (cwd = program directory, argv path = bare file name).
# Also checks: .py files have a .out; .err exists iff .exitcode exists;
# programs without .err produce empty stderr and exit 0.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-python3}"
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONINSPECT || true
ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
[[ "$ver" == "3.11" ]] || { echo "check-cpython.sh: need CPython 3.11, got $ver" >&2; exit 2; }

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail=0; n=0
while IFS= read -r rel; do
  n=$((n+1))
  dir="$(cd "$ROOT/$(dirname "$rel")" && pwd)"; base="$(basename "$rel" .py)"; name="${rel#./}"
  if [[ ! -f "$dir/$base.out" ]]; then echo "MISSING $name: no .out"; fail=1; continue; fi
  if [[ -f "$dir/$base.err" && ! -f "$dir/$base.exitcode" ]] || [[ ! -f "$dir/$base.err" && -f "$dir/$base.exitcode" ]]; then
    echo "BAD $name: .err and .exitcode must come together"; fail=1
  fi
  ( cd "$dir" && "$PY" "$base.py" >"$tmp/out" 2>"$tmp/err.raw" ); rc=$?
  sed "s#$dir/##g" "$tmp/err.raw" >"$tmp/err"
  if ! cmp -s "$tmp/out" "$dir/$base.out"; then echo "DIFF $name: stdout"; diff "$dir/$base.out" "$tmp/out" | head -5; fail=1; fi
  if [[ -f "$dir/$base.err" ]]; then
    cmp -s "$tmp/err" "$dir/$base.err" || { echo "DIFF $name: stderr"; diff "$dir/$base.err" "$tmp/err" | head -5; fail=1; }
    [[ "$rc" == "$(cat "$dir/$base.exitcode")" ]] || { echo "DIFF $name: exit code $rc"; fail=1; }
  else
    [[ -s "$tmp/err" ]] && { echo "DIFF $name: unexpected stderr"; head -3 "$tmp/err"; fail=1; }
    [[ $rc -eq 0 ]] || { echo "DIFF $name: exit code $rc"; fail=1; }
  fi
done < <(cd "$ROOT" && find . -mindepth 2 -name '*.py' | sort)
for o in $(cd "$ROOT" && find . -mindepth 2 \( -name '*.out' -o -name '*.err' -o -name '*.exitcode' \) | sort); do
  b="${o%.*}"; [[ -f "$ROOT/$b.py" ]] || { echo "ORPHAN ${o#./}"; fail=1; }
done
if [[ $fail -eq 0 ]]; then echo "OK: $n programs match CPython $ver"; else echo "FAILED"; fi
exit $fail
