"""The tour notebook executed on the pyheap kernel by nbclient, its saved outputs compared with a fresh run,
every view output checked for image/svg+xml (GitHub and nbviewer show that), then exported to HTML by
nbconvert and opened in headless Chromium: every view's SVG must render with a non-zero size and the page
must raise no script errors. Screenshots of the rendered page are kept under out/test-artefacts/.

Chromium is Debian's (`apt-get install chromium`; scripts/test.sh installs it). Without it the HTML check is
skipped, unless PYHEAP_REQUIRE_CHROMIUM=1 (CI sets it), where that is a failure."""
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

TOUR = os.path.join(fx.ROOT, "notebooks", "00-tour.ipynb")
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
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, kernel_name=fx.KERNEL_NAME, timeout=120, allow_errors=False).execute()
    return nb


def plain_outputs(nb):
    """Each code cell's text/plain and stream text, with addresses and timings masked (they legitimately vary)."""
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


class TourNotebookTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.saved = nbformat.read(TOUR, as_version=4)
        cls.fresh = execute(TOUR)

    def test_the_tour_executes_and_matches_its_saved_outputs(self):
        self.assertEqual(plain_outputs(self.saved), plain_outputs(self.fresh))

    def test_every_view_output_carries_svg(self):
        views = [o for c in self.fresh.cells if c.cell_type == "code" for o in c.outputs
                 if o["output_type"] == "display_data" and "text/html" in o.get("data", {}) and "<svg" in o["data"]["text/html"]]
        self.assertGreaterEqual(len(views), 5)
        for o in views:
            self.assertIn(VIEW_MIME, o["data"])
            self.assertTrue(o["data"][VIEW_MIME].startswith("<svg"))
            self.assertLess(len(json.dumps(o["data"])), 1024 * 1024, "a view output over 1 MB")

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
        page = os.path.join(work, "tour.html")
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
        shot = subprocess.run(flags + ["--window-size=1280,6000", f"--screenshot={os.path.join(ARTEFACTS, 'tour.png')}", "file://" + page],
                              capture_output=True, text=True, timeout=120)
        self.assertTrue(os.path.getsize(os.path.join(ARTEFACTS, "tour.png")) > 0, shot.stderr[-2000:])


if __name__ == "__main__":
    unittest.main(verbosity=2)
