#!/usr/bin/env bash
# The main job: builds PyHeap, installs the `pyheap` Jupyter kernel for this user, and runs the tour notebook
# headless through Jupyter (nbconvert), saving the executed notebook and its HTML export. Also runs the
# example programs on the simulated heap next to CPython. With --open it starts Jupyter on notebooks/
# instead of running the tour.
set -euo pipefail
cd "$(dirname "$0")/.."
open=false
[ "${1:-}" = "--open" ] && open=true
dotnet build Kernel.sln -c Release 2>&1 | tail -2
pyheap="dotnet src/PyHeap.Cli/bin/Release/net10.0/pyheap.dll"
bash scripts/ensure-jupyter.sh
$pyheap install --user

if $open; then
  for app in "jupyter-lab" "jupyter-notebook"; do
    if command -v "$app" >/dev/null; then exec "$app" notebooks/; fi
  done
  echo "Neither JupyterLab nor Notebook is installed. Get one (Debian: apt-get install python3-notebook;" >&2
  echo "elsewhere: pip install jupyterlab), or open notebooks/ in VS Code and pick the 'PyHeap' kernel." >&2
  exit 1
fi

for example in examples/refcounts.py examples/cycles.py; do
  echo "== PyHeap: $example =="
  $pyheap run "$example"
  if command -v python3 >/dev/null; then
    echo "== CPython $(python3 -c 'import sys; print(sys.version.split()[0])'): $example =="
    python3 "$example"
  fi
done

out="${PYHEAP_OUT:-$PWD/out}"
mkdir -p "$out"
echo "== the tour notebook, executed by Jupyter on the pyheap kernel =="
jupyter nbconvert --to notebook --execute notebooks/00-tour.ipynb --ExecutePreprocessor.kernel_name=pyheap \
  --ExecutePreprocessor.timeout=120 --output-dir "$out" --output tour.executed 2>&1 | grep -v "^\[NbConvertApp\] Writing" || true
jupyter nbconvert --to html "$out/tour.executed.ipynb" --output-dir "$out" --output tour 2>&1 | grep -v "^\[NbConvertApp\] Writing" || true
[ -s "$out/tour.executed.ipynb" ] && [ -s "$out/tour.html" ] || { echo "the tour did not run" >&2; exit 1; }
echo "executed notebook: $out/tour.executed.ipynb"
echo "HTML export:       $out/tour.html"
