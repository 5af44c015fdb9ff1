#!/usr/bin/env python3
"""Runs every tests/conformance program through `pyheap run` (one process each, with a timeout) and
compares stdout, stderr (when a .err is recorded) and the exit status with CPython's recorded output.
A developer tool: a crash or hang in one program cannot stop the others.

usage: scripts/conformance.py PYHEAP_DLL [category-or-file ...] [-v]"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "conformance"))


def programs(selectors):
    found = []
    for dirpath, _, files in os.walk(ROOT):
        for f in files:
            if f.endswith(".py") and os.path.exists(os.path.join(dirpath, f[:-3] + ".out")):
                rel = os.path.relpath(os.path.join(dirpath, f), ROOT)
                if not selectors or any(rel.startswith(s.rstrip("/")) for s in selectors):
                    found.append(rel)
    return sorted(found)


def run(dll, rel):
    path = os.path.join(ROOT, rel)
    folder, name = os.path.split(path)
    base = path[:-3]
    try:
        done = subprocess.run(["dotnet", dll, "run", "--audit", name], cwd=folder, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return rel, "timeout"
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace").replace(folder + "/", "")
    expected_out = open(base + ".out", encoding="utf-8").read()
    code = int(open(base + ".exitcode").read().strip()) if os.path.exists(base + ".exitcode") else 0
    problems = []
    if out != expected_out:
        e, a = expected_out.split("\n"), out.split("\n")
        for i in range(max(len(e), len(a))):
            el = e[i] if i < len(e) else "<missing>"
            al = a[i] if i < len(a) else "<missing>"
            if el != al:
                problems.append(f"stdout line {i + 1}: expected {el!r} got {al!r}")
                break
    if os.path.exists(base + ".err"):
        if err != open(base + ".err", encoding="utf-8").read():
            problems.append("stderr differs:\n" + err[-800:])
    elif err and "heap audit" not in err:
        problems.append("stderr: " + err[-800:])
    if "heap audit" in err:
        problems.append("audit: " + err[err.index("heap audit"):][:600])
    if done.returncode != code:
        problems.append(f"exit {done.returncode}, expected {code}")
    return rel, "\n    ".join(problems)


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    dll, selectors = args[0], args[1:]
    progs = programs(selectors)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda p: run(dll, p), progs))
    failed = [(p, why) for p, why in results if why]
    for p, why in failed:
        print(f"FAIL {p}" + (f"\n    {why}" if verbose else f"  {why.splitlines()[0][:150]}"))
    print(f"{len(progs) - len(failed)} passed, {len(failed)} failed")


if __name__ == "__main__":
    main()
