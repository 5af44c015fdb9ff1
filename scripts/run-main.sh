#!/usr/bin/env bash
# The main job: builds PyHeap (Release) and runs the example program on the simulated heap, next to
# CPython's own output for the same program.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Kernel.sln -c Release 2>&1 | tail -2
pyheap="dotnet src/PyHeap.Cli/bin/Release/net10.0/pyheap.dll"
echo "== PyHeap: examples/refcounts.py =="
$pyheap run examples/refcounts.py
if command -v python3 >/dev/null; then
  echo "== CPython $(python3 -c 'import sys; print(sys.version.split()[0])'): examples/refcounts.py =="
  python3 examples/refcounts.py
fi
