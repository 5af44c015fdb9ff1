"""`pyheap install` and `pyheap --version`, checked with Jupyter's own tools: the spec that install writes is
found by `jupyter kernelspec list` and starts a kernel that answers kernel_info."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

import kernel_fixture as fx


def pyheap(*args, env=None):
    dotnet = shutil.which("dotnet") or "dotnet"
    return subprocess.run([dotnet, fx.DLL, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120, env=env)


class CliTests(unittest.TestCase):
    def test_version(self):
        done = pyheap("--version")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertRegex(done.stdout.strip(), r"^\d+\.\d+\.\d+$")

    def test_install_prefix_is_found_by_jupyter_and_starts(self):
        prefix = tempfile.mkdtemp(prefix="pyheap-install-")
        self.addCleanup(shutil.rmtree, prefix, True)
        done = pyheap("install", "--prefix", prefix)
        self.assertEqual(done.returncode, 0, done.stderr)
        spec_dir = os.path.join(prefix, "share", "jupyter", "kernels", "pyheap")
        self.assertIn(spec_dir, done.stdout)
        with open(os.path.join(spec_dir, "kernel.json")) as f:
            spec = json.load(f)
        self.assertEqual(spec["argv"][-3:], ["jupyter", "--connection-file", "{connection_file}"])
        self.assertEqual(os.path.abspath(spec["argv"][1]), fx.DLL)
        self.assertEqual(spec["display_name"], "PyHeap (simulated CPython 3.11)")
        self.assertEqual((spec["language"], spec["interrupt_mode"], spec["metadata"]), ("python", "message", {}))
        for logo in ("logo-32x32.png", "logo-64x64.png"):
            with open(os.path.join(spec_dir, logo), "rb") as f:
                self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")
        ksm = KernelSpecManager(kernel_dirs=[os.path.dirname(spec_dir)])
        self.assertEqual(ksm.find_kernel_specs()["pyheap"], spec_dir)
        km = KernelManager(kernel_name="pyheap", kernel_spec_manager=ksm)
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            msg_id = kc.kernel_info()
            self.assertEqual(fx.get_reply(kc, msg_id)["content"]["implementation"], "pyheap")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    def test_install_user_honours_jupyter_data_dir(self):
        data = tempfile.mkdtemp(prefix="pyheap-data-")
        self.addCleanup(shutil.rmtree, data, True)
        env = dict(os.environ, JUPYTER_DATA_DIR=data)
        done = pyheap("install", "--user", env=env)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertTrue(os.path.exists(os.path.join(data, "kernels", "pyheap", "kernel.json")))
        listed = subprocess.run([shutil.which("jupyter", path="/usr/bin") or "jupyter", "kernelspec", "list", "--json"],
                                stdout=subprocess.PIPE, text=True, env=env, timeout=60)
        self.assertIn("pyheap", json.loads(listed.stdout)["kernelspecs"])

    def test_install_refuses_two_locations(self):
        done = pyheap("install", "--user", "--prefix", "/tmp/x")
        self.assertNotEqual(done.returncode, 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
