"""Helpers for the notebook generators (run them with Debian's /usr/bin/python3, which has nbformat):
md(text) and code(source, *tags) make cells; save(path, cells) writes the notebook with PyHeap's kernelspec.
The notebook is then executed in place with the pyheap kernel (see notebooks/src/README.md)."""
import textwrap

import nbformat as nbf

KERNELSPEC = {"name": "pyheap", "display_name": "PyHeap (simulated CPython 3.11)", "language": "python"}
LANGUAGE_INFO = {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                 "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                 "pygments_lexer": "ipython3", "version": "3.11"}


def md(text):
    return nbf.v4.new_markdown_cell(textwrap.dedent(text).strip("\n"))


def code(source, *tags):
    cell = nbf.v4.new_code_cell(textwrap.dedent(source).strip("\n"))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def save(path, cells):
    nb = nbf.v4.new_notebook()
    nb.cells = cells
    nb.metadata["kernelspec"] = KERNELSPEC
    nb.metadata["language_info"] = LANGUAGE_INFO
    nbf.write(nb, path)
