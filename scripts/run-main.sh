#!/usr/bin/env bash
# The main job: builds PyHeap (Release) and runs the example programs on the simulated heap, each next to
# CPython's own output for the same program.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Kernel.sln -c Release 2>&1 | tail -2
pyheap="dotnet src/PyHeap.Cli/bin/Release/net10.0/pyheap.dll"
for example in examples/refcounts.py examples/cycles.py; do
  echo "== PyHeap: $example =="
  $pyheap run "$example"
  if command -v python3 >/dev/null; then
    echo "== CPython $(python3 -c 'import sys; print(sys.version.split()[0])'): $example =="
    python3 "$example"
  fi
done
