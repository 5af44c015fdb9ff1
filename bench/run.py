#!/usr/bin/env python3
"""PyHeap benchmarks: each program runs under python3 (CPython) and under `pyheap run`, side by side in
one invocation, several times; the table shows median wall times after subtracting each runtime's start-up
cost (the median time of an empty program) and the ratio PyHeap/CPython. Lower is better; 1.0 is parity."""
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


def timed(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr.decode()}")
    return statistics.median(times)


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
