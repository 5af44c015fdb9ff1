#!/usr/bin/env python3
"""Prints the one-character latin-1 strings whose interned object (what a literal or sys.intern gives) is not
the singleton chr() returns in this CPython. PyStr.FrozenInterned holds CPython 3.11.7's answer."""
found = []
for c in range(256):
    ns = {}
    exec(compile(f"x = {chr(c)!r}\nr = x is chr({c})\n", "<s>", "exec"), ns)
    if not ns["r"]:
        found.append(chr(c))
print("".join(found))
