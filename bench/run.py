#!/usr/bin/env python3
"""PyHeap benchmarks: each program runs under python3 (CPython) and under `pyheap run`, side by side in
one invocation, several times; the table shows median wall times after subtracting each runtime's start-up
cost (the median time of an empty program) and the ratio PyHeap/CPython. Lower is better; 1.0 is parity.
BENCH_CLOCK=cpu measures each run's CPU time (user + system, background threads included) instead of wall
time and takes the minimum: on a machine busy with other work wall times swing several-fold, CPU times far less."""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = ["for_loop", "small_lists", "append_ints", "fib", "dict_ints", "string_building", "gc_cycles", "alloc_churn"]


def pyheap_command():
    dll = os.path.join(ROOT, "src", "PyHeap.Cli", "bin", "Release", "net10.0", "pyheap.dll")
    if not os.path.exists(dll):
        sys.exit(f"build first: dotnet build Kernel.sln -c Release (missing {dll})")
    return ["dotnet", dll, "run"]


def run_once(cmd):
    """Runs cmd once; returns (wall seconds, CPU seconds of the process and its threads)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err.decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def timed(cmd, runs):
    cpu = os.environ.get("BENCH_CLOCK", "wall") == "cpu"
    times = [run_once(cmd)[1 if cpu else 0] for _ in range(runs)]
    # Other work only ever adds CPU time (cache misses, migrations), so the least disturbed run is the minimum.
    return min(times) if cpu else statistics.median(times)


def main():
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    only = sys.argv[1:] or PROGRAMS
    cpython = ["python3"]
    pyheap = pyheap_command()
    empty = os.path.join(HERE, "programs", "empty.py")
    base_c = timed(cpython + [empty], runs)
    base_p = timed(pyheap + [empty], runs)
    print(f"start-up: CPython {base_c * 1000:.0f} ms, PyHeap {base_p * 1000:.0f} ms (subtracted below)")
    print(f"{'benchmark':<18}{'CPython s':>11}{'PyHeap s':>11}{'ratio':>9}")
    for name in only:
        path = os.path.join(HERE, "programs", name + ".py")
        c = max(timed(cpython + [path], runs) - base_c, 1e-4)
        p = max(timed(pyheap + [path], runs) - base_p, 1e-4)
        print(f"{name:<18}{c:>11.3f}{p:>11.3f}{p / c:>9.2f}")


if __name__ == "__main__":
    main()
