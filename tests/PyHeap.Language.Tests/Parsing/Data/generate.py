"""Regenerates the expected outputs of the parser corpora with CPython 3.11 (run: python3 generate.py).

snippets.py-list / positions.py-list / errors.py-list hold Python snippets separated by lines of '@@@@'.
Never edit the expected-*.txt files by hand.
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEPARATOR = "@@@@"

assert sys.version_info[:2] == (3, 11), "the corpus mirrors CPython 3.11"


def read_snippets(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        text = f.read()
    chunks, current = [], []
    for line in text.split("\n"):
        if line == SEPARATOR:
            chunks.append("\n".join(current))
            current = []
        else:
            current.append(line)
    if any(current):
        chunks.append("\n".join(current))
    return chunks


def write(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    write("expected-dumps.txt", [ast.dump(ast.parse(s)) for s in read_snippets("snippets.py-list")])
    write("expected-positions.txt",
          [ast.dump(ast.parse(s), include_attributes=True) for s in read_snippets("positions.py-list")])
    errors = []
    for s in read_snippets("errors.py-list"):
        try:
            compile(s, "<string>", "exec", ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            errors.append(f"{type(e).__name__}|{e.lineno}|{e.offset}|{e.msg}")
        else:
            raise SystemExit(f"snippet parses fine, not an error case: {s!r}")
    write("expected-errors.txt", errors)


main()
