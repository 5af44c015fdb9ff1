#!/usr/bin/python3
"""Kernel latency, PyHeap against ipykernel, side by side in one run (run with /usr/bin/python3, which has
jupyter_client; the pyenv python3 on PATH does not):

* start-up: from KernelManager.start_kernel() to the first kernel_info_reply (the client asks again every
  0.1 s until one comes back, as wait_for_ready does about once a second);
* round trip: the median time from sending execute_request `x = 1` to its status idle, over 200 requests;
* interrupt: the median time from KernelManager.interrupt_kernel() (a control message for pyheap, SIGINT
  for ipykernel) during `while True: pass` to the cell's execute_reply, over 5 interrupts.

PyHeap runs the built pyheap.dll (env PYHEAP_DLL, default src/PyHeap.Cli/bin/Release/net10.0/pyheap.dll);
ipykernel is Debian's python3 kernel spec. Ratios are pyheap / ipykernel: lower is better, 1.0 is parity."""
import json
import os
import queue
import shutil
import statistics
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ROUNDS = int(os.environ.get("KERNEL_LATENCY_ROUNDS", "200"))
STARTS = int(os.environ.get("KERNEL_LATENCY_STARTS", "3"))


def install_pyheap_spec():
    dll = os.path.abspath(os.environ.get("PYHEAP_DLL") or os.path.join(ROOT, "src", "PyHeap.Cli", "bin", "Release", "net10.0", "pyheap.dll"))
    if not os.path.exists(dll):
        sys.exit(f"build first: dotnet build src/PyHeap.Cli -c Release (missing {dll}), or set PYHEAP_DLL")
    root = tempfile.mkdtemp(prefix="pyheap-bench-")
    spec = os.path.join(root, "kernels", "pyheap")
    os.makedirs(spec)
    with open(os.path.join(spec, "kernel.json"), "w") as f:
        json.dump({"argv": [shutil.which("dotnet") or "dotnet", dll, "jupyter", "--connection-file", "{connection_file}"],
                   "display_name": "PyHeap (bench)", "language": "python", "interrupt_mode": "message"}, f)
    os.environ["JUPYTER_PATH"] = root + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    return root


def wait_for(kc, msg_id, get, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        msg = get(timeout=max(0.001, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def start(kernel_name):
    """Starts a kernel; returns (km, kc, seconds from start_kernel() to the first kernel_info_reply)."""
    km = KernelManager(kernel_name=kernel_name)
    begin = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    while True:
        msg_id = kc.kernel_info()
        try:
            wait_for(kc, msg_id, kc.get_shell_msg, timeout=0.1)
            break
        except queue.Empty:
            if time.perf_counter() - begin > 60:
                raise SystemExit(f"{kernel_name}: no kernel_info_reply in 60 s")
    elapsed = time.perf_counter() - begin
    return km, kc, elapsed


def drain(kc):
    for get in (kc.get_iopub_msg, kc.get_shell_msg):
        while True:
            try:
                get(timeout=0.2)
            except queue.Empty:
                break


def round_trips(kc, rounds):
    times = []
    for _ in range(rounds):
        begin = time.perf_counter()
        msg_id = kc.execute("x = 1")
        while True:
            msg = kc.get_iopub_msg(timeout=30)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" \
                    and msg["content"]["execution_state"] == "idle":
                break
        times.append(time.perf_counter() - begin)
        wait_for(kc, msg_id, kc.get_shell_msg)
    return times


def interrupts(km, kc, count=5):
    times = []
    for _ in range(count):
        msg_id = kc.execute("while True:\n    pass")
        time.sleep(0.5)
        begin = time.perf_counter()
        km.interrupt_kernel()
        wait_for(kc, msg_id, kc.get_shell_msg)
        times.append(time.perf_counter() - begin)
        time.sleep(0.5)  # past the stop_on_error window
        drain(kc)
    return times


def measure(kernel_name):
    starts = []
    for i in range(STARTS):
        km, kc, elapsed = start(kernel_name)
        starts.append(elapsed)
        if i < STARTS - 1:
            kc.stop_channels()
            km.shutdown_kernel(now=False)
    drain(kc)
    round_trips(kc, 10)  # warm-up (JIT, first-use allocations)
    rtt = round_trips(kc, ROUNDS)
    stop = interrupts(km, kc)
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    return statistics.median(starts), statistics.median(rtt), statistics.median(stop)


def main():
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    spec_root = install_pyheap_spec()
    try:
        results = {name: measure(name) for name in ("pyheap", "python3")}
    finally:
        shutil.rmtree(spec_root, ignore_errors=True)
    (p_start, p_rtt, p_int), (i_start, i_rtt, i_int) = results["pyheap"], results["python3"]
    print(f"kernel latency ({STARTS} starts, median; {ROUNDS} execute round trips of `x = 1`, median)")
    print(f"{'':28}{'pyheap':>10}{'ipykernel':>12}{'ratio':>8}")
    print(f"{'start -> kernel_info_reply':28}{p_start * 1000:>8.0f}ms{i_start * 1000:>10.0f}ms{p_start / i_start:>8.2f}")
    print(f"{'execute round trip':28}{p_rtt * 1000:>8.2f}ms{i_rtt * 1000:>10.2f}ms{p_rtt / i_rtt:>8.2f}")
    print(f"{'interrupt -> execute_reply':28}{p_int * 1000:>8.2f}ms{i_int * 1000:>10.2f}ms{p_int / i_int:>8.2f}")


if __name__ == "__main__":
    main()
