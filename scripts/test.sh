#!/usr/bin/env bash
# Runs every test: the xunit projects of Kernel.sln (unit tests, the conformance corpus in-process and
# through `pyheap run`), the check that the recorded CPython outputs still match python3, and the Jupyter
# kernel driven by real clients (Debian's jupyter_client, nbconvert, and Chromium for the rendering test;
# installed here when missing).
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
bash scripts/ensure-jupyter.sh || echo "warning: Jupyter's clients are missing; the kernel tests will fail"
# With Chromium here, the HTML rendering test must run (not skip).
bash scripts/ensure-chromium.sh && export PYHEAP_REQUIRE_CHROMIUM=1
dotnet build Kernel.sln -c Release 2>&1 | tail -3
dotnet test Kernel.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | paste -sd+ | bc)
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | paste -sd+ | bc)
if [ -x tests/conformance/check-cpython.sh ] && command -v python3 >/dev/null; then
  if bash tests/conformance/check-cpython.sh >/dev/null 2>&1; then
    passed=$((${passed:-0} + 1))
  else
    echo "tests/conformance/check-cpython.sh: recorded outputs no longer match python3"
    failed=$((${failed:-0} + 1))
    status=1
  fi
fi
# The kernel under real Jupyter clients (unittest prints "Ran N tests" and "OK" or "FAILED (failures=…)").
bash tests/jupyter/run.sh > "$log" 2>&1
jupyter_status=$?
ran=$(grep -Eo '^Ran [0-9]+ tests' "$log" | grep -Eo '[0-9]+' || echo 0)
bad=$(grep -Eo '(failures|errors)=[0-9]+' "$log" | grep -Eo '[0-9]+' | paste -sd+ | bc)
bad=${bad:-0}
if [ "$jupyter_status" -ne 0 ]; then
  grep -E '^(FAIL|ERROR):|Error|assert' "$log" | head -40
  [ "$bad" -eq 0 ] && bad=1
  status=1
fi
echo "tests/jupyter (real clients): $((ran - bad)) passed, $bad failed"
passed=$((${passed:-0} + ran - bad))
failed=$((${failed:-0} + bad))
rm -f "$log"
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
