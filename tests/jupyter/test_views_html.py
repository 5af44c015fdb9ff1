"""Every notebook in notebooks/ (the tour 00 and the tutorials 01, 02, …) executed on the pyheap kernel by
nbclient, its saved outputs compared with a fresh run, every view output checked for image/svg+xml (GitHub and
nbviewer show that), then exported to HTML by nbconvert and opened in headless Chromium: every view's SVG must
render with a non-zero size and the page must raise no script errors. A screenshot of each rendered notebook is
kept under out/test-artefacts/<notebook>.png.

One test class per notebook (NotebookTests_00_tour, NotebookTests_01_reference_counting, …), so `-k Notebook`
runs them all and `-k 02` one of them. A cell may raise only if it is tagged `raises-exception` (nbclient allows
exactly those); no other cell may have an error output.

Chromium is Debian's (`apt-get install chromium`; scripts/test.sh installs it). Without it the HTML check is
skipped, unless PYHEAP_REQUIRE_CHROMIUM=1 (CI sets it), where that is a failure."""
import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

import kernel_fixture as fx

NOTEBOOK_DIR = os.path.join(fx.ROOT, "notebooks")
NOTEBOOKS = sorted(glob.glob(os.path.join(NOTEBOOK_DIR, "[0-9][0-9]-*.ipynb")))
ARTEFACTS = os.path.join(fx.ROOT, "out", "test-artefacts")
VIEW_MIME = "image/svg+xml"

# Injected into the exported page only for the check: measures every SVG in an output area and records
# script errors, then writes the result into the DOM, which `chromium --dump-dom` prints.
PROBE = """
<script>
window.__pyheapErrors = [];
window.addEventListener('error', function (e) {
  if (e.message) window.__pyheapErrors.push(e.message);
}, true);
window.addEventListener('load', function () {
  var sizes = [];
  document.querySelectorAll('.jp-OutputArea-output svg, .output_subarea svg, .output svg').forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    sizes.push([Math.round(box.width), Math.round(box.height)]);
  });
  var pre = document.createElement('pre');
  pre.id = 'pyheap-probe';
  pre.textContent = JSON.stringify({sizes: sizes, errors: window.__pyheapErrors});
  document.body.appendChild(pre);
});
</script>
"""


def setUpModule():
    fx.install_spec()


def execute(path):
    """Runs the notebook on a fresh kernel; a cell error fails it unless the cell is tagged raises-exception."""
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, kernel_name=fx.KERNEL_NAME, timeout=120, allow_errors=False,
                   resources={"metadata": {"path": os.path.dirname(path)}}).execute()
    return nb


def plain_outputs(nb):
    """Each code cell's text/plain and stream text (stdout and stderr), masked where it legitimately varies
    between runs: addresses (`0x7f…`: PyHeap's simulated addresses are stable, but the masking keeps the
    comparison independent of the arena base) and `id() = N` (the same address in decimal). Nothing else
    varies — the views' text forms hold no timings — so the reference counts, sizes, collection counts and
    pymalloc tables are compared exactly."""
    result = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        parts = []
        for o in cell.get("outputs", []):
            if o["output_type"] == "stream":
                parts.append(o["text"])
            elif "data" in o and "text/plain" in o["data"]:
                parts.append(o["data"]["text/plain"])
        text = "".join(parts)
        text = re.sub(r"0x[0-9a-f]+", "0x…", text)
        text = re.sub(r"id\(\) = \d+", "id() = …", text)
        result.append(text)
    return result


def view_outputs(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if o["output_type"] == "display_data" and "text/html" in o.get("data", {}) and "<svg" in o["data"]["text/html"]]


class NotebookChecks:
    """The checks of one notebook; a subclass per notebook sets PATH (below)."""
    PATH = ""

    @classmethod
    def setUpClass(cls):
        cls.name = os.path.splitext(os.path.basename(cls.PATH))[0]
        cls.saved = nbformat.read(cls.PATH, as_version=4)
        cls.fresh = execute(cls.PATH)

    def test_executes_and_matches_its_saved_outputs(self):
        saved, fresh = plain_outputs(self.saved), plain_outputs(self.fresh)
        self.assertEqual(len(saved), len(fresh))
        for i, (a, b) in enumerate(zip(saved, fresh)):
            self.assertEqual(a, b, f"{self.name}: code cell {i} differs from its saved output (re-execute the notebook)")

    def test_no_errors_except_in_cells_tagged_raises_exception(self):
        for nb, which in ((self.saved, "saved"), (self.fresh, "fresh")):
            for i, cell in enumerate(nb.cells):
                if cell.cell_type != "code" or "raises-exception" in cell.metadata.get("tags", []):
                    continue
                errors = [o for o in cell.outputs if o["output_type"] == "error"]
                self.assertEqual(errors, [], f"{self.name} ({which}): cell {i} has an error output")
                self.assertFalse(any(o["output_type"] == "stream" and o["name"] == "stderr" and "Traceback" in o["text"]
                                     for o in cell.outputs), f"{self.name} ({which}): cell {i} printed a traceback")

    def test_saved_with_outputs(self):
        code = [c for c in self.saved.cells if c.cell_type == "code"]
        self.assertTrue(all(c.get("execution_count") for c in code), f"{self.name} is not saved executed")

    def test_every_view_output_carries_svg(self):
        views = view_outputs(self.fresh)
        self.assertGreaterEqual(len(views), 3 if self.name != "00-tour" else 5)
        for o in views:
            self.assertIn(VIEW_MIME, o["data"])
            self.assertTrue(o["data"][VIEW_MIME].startswith("<svg"))
            self.assertLess(len(json.dumps(o["data"])), 1024 * 1024, "a view output over 1 MB")
        for o in view_outputs(self.saved):
            self.assertIn(VIEW_MIME, o["data"], f"{self.name}: a saved view without image/svg+xml")

    def test_views_render_in_headless_chromium(self):
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            if os.environ.get("PYHEAP_REQUIRE_CHROMIUM") == "1":
                self.fail("chromium is required (PYHEAP_REQUIRE_CHROMIUM=1) but not installed")
            self.skipTest("chromium not installed (apt-get install chromium)")
        html, _ = HTMLExporter().from_notebook_node(self.fresh)
        html = html.replace("</head>", PROBE + "</head>", 1)
        work = tempfile.mkdtemp(prefix="pyheap-html-")
        self.addCleanup(shutil.rmtree, work, True)
        page = os.path.join(work, self.name + ".html")
        with open(page, "w") as f:
            f.write(html)
        flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={os.path.join(work, 'profile')}", "--virtual-time-budget=5000"]
        dom = subprocess.run(flags + ["--dump-dom", "file://" + page], capture_output=True, text=True, timeout=120)
        match = re.search(r'<pre id="pyheap-probe">(.*?)</pre>', dom.stdout, re.S)
        self.assertIsNotNone(match, dom.stderr[-2000:])
        probe = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
        views = sum(1 for c in self.fresh.cells if c.cell_type == "code" for o in c.outputs if VIEW_MIME in o.get("data", {}))
        self.assertGreaterEqual(len(probe["sizes"]), views, probe)
        for width, height in probe["sizes"]:
            self.assertGreater(width, 0)
            self.assertGreater(height, 0)
        self.assertEqual(probe["errors"], [])
        os.makedirs(ARTEFACTS, exist_ok=True)
        shot_path = os.path.join(ARTEFACTS, self.name + ".png")
        shot = subprocess.run(flags + ["--window-size=1280,8000", f"--screenshot={shot_path}", "file://" + page],
                              capture_output=True, text=True, timeout=120)
        self.assertTrue(os.path.exists(shot_path) and os.path.getsize(shot_path) > 0, shot.stderr[-2000:])


for _path in NOTEBOOKS:
    _stem = os.path.splitext(os.path.basename(_path))[0]
    _class = "NotebookTests_" + re.sub(r"\W", "_", _stem)
    globals()[_class] = type(_class, (NotebookChecks, unittest.TestCase), {"PATH": _path})


class NotebookSetTests(unittest.TestCase):
    def test_the_tutorials_are_there(self):
        names = [os.path.basename(p) for p in NOTEBOOKS]
        for expected in ("00-tour.ipynb", "01-reference-counting.ipynb", "02-cyclic-gc.ipynb", "03-pymalloc.ipynb",
                         "05-memory-pitfalls.ipynb"):
            self.assertIn(expected, names)


if __name__ == "__main__":
    unittest.main(verbosity=2)
