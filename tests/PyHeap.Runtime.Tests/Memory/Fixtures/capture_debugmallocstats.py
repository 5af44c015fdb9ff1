"""Captures CPython's sys._debugmallocstats() report (written to stderr) into debugmallocstats_python311.txt.

DebugMallocStatsTests compares the *layout* of PyHeap's report with this capture (the numbers differ).
Re-run with a CPython 3.11 interpreter:  python3.11 capture_debugmallocstats.py
"""
import os
import sys
import tempfile

if sys.version_info[:2] != (3, 11):
    sys.exit(f"needs CPython 3.11, this is {sys.version.split()[0]}")

here = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryFile(mode="w+") as capture:
    saved = os.dup(2)
    sys.stderr.flush()
    os.dup2(capture.fileno(), 2)
    try:
        sys._debugmallocstats()
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
    capture.seek(0)
    report = capture.read()

with open(os.path.join(here, "debugmallocstats_python311.txt"), "w", newline="\n") as out:
    out.write(report)
print(f"captured {len(report.splitlines())} lines from {sys.version.split()[0]}")
