"""A committed notebook (tour-test.ipynb) executed on the pyheap kernel by `jupyter nbconvert --execute`, the
way a user or CI runs notebooks; the outputs it saves are checked cell by cell."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

import kernel_fixture as fx

HERE = os.path.dirname(os.path.abspath(__file__))


def setUpModule():
    fx.install_spec()


class NbconvertTests(unittest.TestCase):
    def test_execute_tour_notebook(self):
        out_dir = tempfile.mkdtemp(prefix="pyheap-nbconvert-")
        self.addCleanup(shutil.rmtree, out_dir, True)
        jupyter = shutil.which("jupyter", path="/usr/bin") or "jupyter"
        done = subprocess.run(
            [jupyter, "nbconvert", "--to", "notebook", "--execute", os.path.join(HERE, "tour-test.ipynb"),
             "--ExecutePreprocessor.kernel_name=pyheap", "--ExecutePreprocessor.timeout=120",
             "--output-dir", out_dir, "--output", "executed.ipynb"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
        self.assertEqual(done.returncode, 0, done.stderr[-3000:])
        with open(os.path.join(out_dir, "executed.ipynb")) as f:
            nb = json.load(f)
        self.assertEqual(nb["metadata"]["language_info"]["name"], "python")
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        self.assertEqual([c["execution_count"] for c in code], list(range(1, len(code) + 1)))

        def text(cell, name="stdout"):
            return "".join("".join(o["text"]) for o in cell["outputs"] if o["output_type"] == "stream" and o["name"] == name)

        def plain(output):
            value = output["data"]["text/plain"]
            return "".join(value) if isinstance(value, list) else value

        hello, length, shown, stderr, loop, error, audit = code
        self.assertEqual(text(hello), "hello from pyheap\n")
        self.assertEqual([(o["output_type"], plain(o)) for o in length["outputs"]], [("execute_result", "3")])
        self.assertEqual([(o["output_type"], plain(o)) for o in shown["outputs"]], [("display_data", "'shown'")])
        self.assertEqual(text(stderr, "stderr"), "to stderr\n")
        self.assertEqual(text(loop), "0\n1\n2\n")
        self.assertEqual([o["output_type"] for o in error["outputs"]], ["error"])
        self.assertEqual(error["outputs"][0]["ename"], "ZeroDivisionError")
        self.assertEqual([plain(o) for o in audit["outputs"]], ["[]"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
