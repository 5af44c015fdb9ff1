"""Runs a tutorial notebook's code cells on real CPython 3.11 (the `python3` on PATH) the way IPython runs them,
and compares what each cell prints and returns with the outputs saved in the notebook (made by PyHeap).

Usage: python3 notebooks/src/cpython_check.py notebooks/01-reference-counting.ipynb [...]

How IPython is imitated: each cell is compiled on its own (its constants die with it); the last expression
statement is evaluated apart and shown through a displayhook that fills Out[n], _n, _, __, ___ as IPython's
does, so the notebook's own references are there in CPython too. Magic lines do not run: `%%trace` runs its
body, `%gc collect [GEN]` runs gc.collect(GEN), every other `%` line is dropped (views only read the heap).
Cells tagged `pyheap-only` (they use the pyheap module or show simulator-specific numbers such as
addresses or pool counts) are neither run nor compared. Addresses, ids and `at 0x…` are masked.
Exit status 1 when a cell differs."""
import ast
import builtins
import io
import json
import re
import sys

assert sys.version_info[:2] == (3, 11), "run this with CPython 3.11"


def mask(text):
    text = re.sub(r"0x[0-9a-f]+", "0x…", text)
    return re.sub(r"id\(\) = \d+", "id() = …", text)


def saved_text(cell):
    parts = []
    for o in cell.get("outputs", []):
        if o["output_type"] == "stream" and o["name"] == "stdout":
            parts.append("".join(o["text"]))
        elif o["output_type"] in ("execute_result", "display_data") and "text/plain" in o.get("data", {}):
            if "<svg" in "".join(o["data"].get("text/html", "")):
                continue        # a view: PyHeap only
            parts.append("".join(o["data"]["text/plain"]) + "\n")
        elif o["output_type"] == "error":
            parts.append(f"{o['ename']}: {o['evalue']}\n")
    return "".join(parts)


def translate(source):
    lines = source.split("\n")
    if lines and lines[0].startswith("%%"):
        lines = lines[1:]
    out = []
    for line in lines:
        stripped = line.strip()
        m = re.match(r"%gc\s+collect(?:\s+(\d))?\s*$", stripped)
        if m:
            out.append(line[:len(line) - len(line.lstrip())] + f"__import__('gc').collect({m.group(1) or ''}) and None")
        elif stripped.startswith("%"):
            out.append(line[:len(line) - len(line.lstrip())] + "pass")
        else:
            out.append(line)
    return "\n".join(out)


class Shell:
    def __init__(self):
        self.ns = {"__name__": "__main__", "__builtins__": builtins}
        self.out = {}
        self.ns.update(Out=self.out, _oh=self.out, In=[""], _="", __="", ___="", display=self.display)
        self.count = 0

    def display(self, *objs):
        for o in objs:
            print(repr(o))

    def hook(self, value):
        if value is None:
            return
        print(repr(value))
        self.out[self.count] = value
        self.ns["___"] = self.ns["__"]
        self.ns["__"] = self.ns["_"]
        self.ns["_"] = value
        self.ns[f"_{self.count}"] = value

    def run(self, source):
        self.count += 1
        self.ns["In"].append(source)
        tree = ast.parse(translate(source))
        last = None
        quiet = source.rstrip().endswith(";") or source.startswith("%%")   # a cell magic shows no result
        if tree.body and isinstance(tree.body[-1], ast.Expr) and not quiet:
            last = ast.Expression(tree.body.pop().value)
        buf = io.StringIO()
        old = sys.stdout
        sys.stdout = buf
        try:
            exec(compile(tree, f"<cell {self.count}>", "exec"), self.ns)
            if last is not None:
                self.hook(eval(compile(last, f"<cell {self.count}>", "eval"), self.ns))
        except Exception as e:
            print(f"{type(e).__name__}: {e}")
        finally:
            sys.stdout = old
        return buf.getvalue()


def check(path):
    nb = json.load(open(path))
    shell = Shell()
    failures = 0
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        if "pyheap-only" in cell.get("metadata", {}).get("tags", []):
            shell.count += 1
            shell.ns["In"].append(source)
            continue
        got = mask(shell.run(source))
        want = mask(saved_text(cell))
        if got != want:
            failures += 1
            print(f"--- {path} cell {i} differs\n{source}\n--- CPython 3.11:\n{got}--- PyHeap (saved):\n{want}")
    print(f"{path}: {'OK' if failures == 0 else f'{failures} cell(s) differ'}")
    return failures


if __name__ == "__main__":
    sys.exit(1 if sum(check(p) for p in sys.argv[1:]) else 0)
