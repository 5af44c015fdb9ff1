"""Saves one picture per tutorial as PNG under docs/images/ (for the README's "Learn" section): the
image/svg+xml of a chosen view in each saved notebook, rendered by headless Chromium at its own size.
Run with Debian's /usr/bin/python3 after the notebooks are executed: /usr/bin/python3 notebooks/src/screenshots.py"""
import os
import re
import shutil
import subprocess
import tempfile

import nbformat

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# (notebook, the first line of the cell whose view is shown, PNG name)
PICTURES = [
    ("01-reference-counting.ipynb", "%refs a", "01-refs.png"),
    ("02-cyclic-gc.ipynb", "a, b, c = Node('a'), Node('b'), Node('c')", "02-gc-collect.png"),
    ("03-pymalloc.ipynb", "survivors = blobs[::300]", "03-pymalloc-fragmentation.png"),
    ("04-gil.ipynb", "%gil clear", "04-gil-threads.png"),
    ("05-memory-pitfalls.ipynb", "%graph gc.garbage --depth 2", "05-legacy-cycle.png"),
]


def main():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    out_dir = os.path.join(ROOT, "docs", "images")
    os.makedirs(out_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="pyheap-shots-")
    try:
        for notebook, first_line, png in PICTURES:
            nb = nbformat.read(os.path.join(ROOT, "notebooks", notebook), as_version=4)
            cell = next(c for c in nb.cells if c.cell_type == "code" and c.source.startswith(first_line))
            svg = next(o["data"]["image/svg+xml"] for o in cell.outputs if "image/svg+xml" in o.get("data", {}))
            width = int(float(re.search(r'width="([\d.]+)"', svg).group(1)))
            height = int(float(re.search(r'height="([\d.]+)"', svg).group(1)))
            page = os.path.join(work, png + ".html")
            with open(page, "w") as f:
                f.write(f"<html><body style='margin:0;background:#fff'>{svg}</body></html>")
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--user-data-dir={os.path.join(work, 'profile')}", f"--window-size={width},{height}",
                            f"--screenshot={os.path.join(out_dir, png)}", "file://" + page],
                           check=True, capture_output=True, timeout=120)
            print("wrote", os.path.join("docs", "images", png), f"{width}x{height}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
