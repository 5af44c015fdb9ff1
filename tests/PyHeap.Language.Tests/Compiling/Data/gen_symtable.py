#!/usr/bin/env python3
"""Generates the expected symbol tables of symtable_cases/*.py with CPython 3.11's symtable module.

Each scope is printed as "scope TYPE NAME line=N nested=B" followed by its symbols sorted by name with the
resolved scope (1 LOCAL, 2 GLOBAL_EXPLICIT, 3 GLOBAL_IMPLICIT, 4 FREE, 5 CELL) and the DEF_* flag bits.
"""
import os
import symtable
import sys

assert sys.version_info[:2] == (3, 11)
HERE = os.path.dirname(os.path.abspath(__file__))


def dump(table, out):
    out.append("scope %s %s line=%d nested=%d" % (table.get_type(), table.get_name(), table.get_lineno(), table.is_nested()))
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        out.append("  %s scope=%d flags=%d" % (sym.get_name(), sym._Symbol__scope, sym._Symbol__flags & 0x3FF))
    for child in table.get_children():
        dump(child, out)


def main():
    cases = os.path.join(HERE, "symtable_cases")
    for name in sorted(os.listdir(cases)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(cases, name), encoding="utf-8") as f:
            source = f.read()
        out = []
        dump(symtable.symtable(source, "case.py", "exec"), out)
        with open(os.path.join(HERE, "symtable_expected", name[:-3] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
