#!/usr/bin/env bash
# Regenerates <name>.out (and <name>.err + <name>.exitcode for programs that exit
# non-zero or write to stderr) for every tests/conformance/<category>/<name>.py.
# Convention: cwd = the program's directory, argv path = bare file name.
# Usage: generate.sh [category-or-file ...]   (default: everything)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-python3}"
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONINSPECT || true

ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ "$ver" != "3.11" ]]; then
  echo "generate.sh: need CPython 3.11, $PY is $ver" >&2; exit 2
fi

files=()
if [[ $# -eq 0 ]]; then
  while IFS= read -r f; do files+=("$f"); done < <(cd "$ROOT" && find . -mindepth 2 -name '*.py' | sort)
else
  for a in "$@"; do
    a="${a#./}"; a="${a#tests/conformance/}"
    if [[ -d "$ROOT/$a" ]]; then
      while IFS= read -r f; do files+=("$f"); done < <(cd "$ROOT" && find "./$a" -name '*.py' | sort)
    else
      files+=("./$a")
    fi
  done
fi

for rel in "${files[@]}"; do
  dir="$(cd "$ROOT/$(dirname "$rel")" && pwd)"; base="$(basename "$rel" .py)"
  set +e
  ( cd "$dir" && "$PY" "$base.py" >"$base.out" 2>"$base.err.tmp" )
  rc=$?
  set -e
  if [[ $rc -ne 0 || -s "$dir/$base.err.tmp" ]]; then
    # CPython 3.11 makes the script path absolute in tracebacks/warnings; strip the
    # directory so they read File "<name>.py" (machine independent).
    sed "s#$dir/##g" "$dir/$base.err.tmp" >"$dir/$base.err"; rm -f "$dir/$base.err.tmp"
    echo "$rc" >"$dir/$base.exitcode"
  else
    rm -f "$dir/$base.err.tmp" "$dir/$base.err" "$dir/$base.exitcode"
  fi
done
echo "generated ${#files[@]} program(s)"
