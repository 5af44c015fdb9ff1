#!/usr/bin/env bash
# Runs the real-client Jupyter tests (test_*.py here) with Debian's python3, which has jupyter_client,
# nbclient and nbconvert; the pyenv python3 on PATH does not. The kernel under test is the built pyheap.dll:
# PYHEAP_DLL, or src/PyHeap.Cli/bin/Release/net10.0/pyheap.dll by default (build it first).
# Exits non-zero when a test fails. Extra arguments go to unittest (e.g. -k interrupt).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PYDEVD_DISABLE_FILE_VALIDATION=1
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ left in the work tree
# The kernels' input history goes to a file of this run, not the user's ~/.local/share/pyheap.
export PYHEAP_HISTORY_FILE="${PYHEAP_HISTORY_FILE:-$(mktemp -d)/history.jsonl}"
cd "$here"
exec /usr/bin/python3 -m unittest discover -v -s "$here" -p 'test_*.py' "$@"
