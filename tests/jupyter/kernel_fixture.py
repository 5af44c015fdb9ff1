"""Shared set-up for the real-client tests: points Jupyter at a temporary `pyheap` kernel spec that runs the
built pyheap.dll (env PYHEAP_DLL), and a few helpers for reading a request's reply and iopub messages."""
import json
import os
import queue
import shutil
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.path.abspath(os.environ.get("PYHEAP_DLL") or os.path.join(ROOT, "src", "PyHeap.Cli", "bin", "Release", "net10.0", "pyheap.dll"))
KERNEL_NAME = "pyheap"
TIMEOUT = 30

_spec_root = None


def install_spec():
    """Writes <tmp>/kernels/pyheap/kernel.json and puts <tmp> first on JUPYTER_PATH (idempotent)."""
    global _spec_root
    if _spec_root is not None:
        return _spec_root
    if not os.path.exists(DLL):
        raise RuntimeError(f"no built kernel at {DLL}: build src/PyHeap.Cli in Release or set PYHEAP_DLL")
    dotnet = shutil.which("dotnet") or "dotnet"
    _spec_root = tempfile.mkdtemp(prefix="pyheap-jupyter-")
    spec_dir = os.path.join(_spec_root, "kernels", KERNEL_NAME)
    os.makedirs(spec_dir)
    with open(os.path.join(spec_dir, "kernel.json"), "w") as f:
        json.dump({
            "argv": [dotnet, DLL, "jupyter", "--connection-file", "{connection_file}"],
            "display_name": "PyHeap (test)",
            "language": "python",
            "interrupt_mode": "message",
            "metadata": {},
        }, f)
    os.environ["JUPYTER_PATH"] = _spec_root + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return _spec_root


def remove_spec():
    global _spec_root
    if _spec_root is not None:
        shutil.rmtree(_spec_root, ignore_errors=True)
        _spec_root = None


def get_reply(kc, msg_id, timeout=TIMEOUT, channel="shell"):
    """The reply to msg_id on a channel, skipping replies to other requests."""
    deadline = time.monotonic() + timeout
    get = kc.get_shell_msg if channel == "shell" else kc.get_control_msg
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no {channel} reply to {msg_id} within {timeout} s")
        msg = get(timeout=left)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def iopub_until_idle(kc, msg_id, timeout=TIMEOUT):
    """Every iopub message whose parent is msg_id, up to and including status idle."""
    deadline = time.monotonic() + timeout
    msgs = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no status idle for {msg_id} within {timeout} s (got {[m['msg_type'] for m in msgs]})")
        msg = kc.get_iopub_msg(timeout=left)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        msgs.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return msgs


def drain_iopub(kc, wait=0.2):
    """Throws away iopub messages left over from earlier requests."""
    while True:
        try:
            kc.get_iopub_msg(timeout=wait)
        except queue.Empty:
            return
