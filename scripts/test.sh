#!/usr/bin/env bash
# Runs every test: the xunit projects of Kernel.sln (unit tests, the conformance corpus in-process and
# through `pyheap run`) and the check that the recorded CPython outputs still match python3.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
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
rm -f "$log"
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
