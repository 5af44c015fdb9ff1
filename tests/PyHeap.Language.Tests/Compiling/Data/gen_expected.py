#!/usr/bin/env python3
"""Generates the expected normalized disassembly of every corpus case with CPython 3.11.

Run from anywhere:  python3 tests/PyHeap.Language.Tests/Compiling/Data/gen_expected.py
Each cases/NAME.py is compiled in exec mode (file name "case.py") and expected/NAME.txt receives the listing
in the format of PyHeap.Language.Compiling.Disassembler: jump targets and exception-table bounds are
instruction indices (CACHE and EXTENDED_ARG entries are skipped), constants use a canonical repr.
Cases named *.interactive.py are compiled with the PyHeap-specific interactive mode and are not generated here.
"""
import dis
import os
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected output must come from CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
HAVE_ARGUMENT = dis.HAVE_ARGUMENT
COMPARE_OPS = ["<", "<=", "==", "!=", ">", ">="]
BINARY_OPS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
NAME_OPS = {"LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "STORE_GLOBAL",
            "DELETE_GLOBAL", "IMPORT_NAME", "IMPORT_FROM", "LOAD_METHOD"}
LOCAL_OPS = {"LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE",
             "MAKE_CELL", "LOAD_CLASSDEREF"}
JUMP_OPS = set(dis.hasjrel) | set(dis.hasjabs)


def str_repr(s):
    out = ["'"]
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o > 0x7E:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append("'")
    return "".join(out)


def const_repr(c):
    if c is None:
        return "None"
    if c is Ellipsis:
        return "Ellipsis"
    if c is True or c is False:
        return repr(c)
    if isinstance(c, int):
        return str(c)
    if isinstance(c, float):
        return "float:%016x" % struct.unpack("<Q", struct.pack("<d", c))[0]
    if isinstance(c, str):
        return str_repr(c)
    if isinstance(c, bytes):
        return "b:" + c.hex()
    if isinstance(c, tuple):
        if len(c) == 1:
            return "(" + const_repr(c[0]) + ",)"
        return "(" + ", ".join(const_repr(x) for x in c) + ")"
    if isinstance(c, frozenset):
        return "frozenset({" + ", ".join(sorted(const_repr(x) for x in c)) + "})"
    if hasattr(c, "co_code"):
        return "<code " + c.co_name + ">"
    raise TypeError(type(c))


def tup(items):
    return "(" + ", ".join(items) + ")"


def fmt(code, out):
    raw = list(dis.get_instructions(code, adaptive=False))
    real = [i for i in raw if i.opname not in ("CACHE", "EXTENDED_ARG")]
    index_of = {}
    pending = []
    n = 0
    for i in raw:
        if i.opname == "CACHE":
            continue
        if i.opname == "EXTENDED_ARG":
            pending.append(i.offset)
            continue
        for off in pending:
            index_of[off] = n
        pending = []
        index_of[i.offset] = n
        n += 1

    def index_at_or_after(offset):
        for i in real:
            if i.offset >= offset:
                return index_of[i.offset]
        return len(real)

    localsplus = list(code.co_varnames) + [c for c in code.co_cellvars if c not in code.co_varnames] + list(code.co_freevars)
    out.append("code %s name=%s firstlineno=%d argcount=%d posonly=%d kwonly=%d flags=0x%x stacksize=%d" % (
        code.co_qualname, code.co_name, code.co_firstlineno, code.co_argcount, code.co_posonlyargcount,
        code.co_kwonlyargcount, code.co_flags, code.co_stacksize))
    out.append("  consts: " + tup(const_repr(c) for c in code.co_consts))
    out.append("  names: " + tup(code.co_names))
    out.append("  varnames: " + tup(code.co_varnames))
    out.append("  cellvars: " + tup(code.co_cellvars))
    out.append("  freevars: " + tup(code.co_freevars))
    for idx, i in enumerate(real):
        line = i.positions.lineno if i.positions and i.positions.lineno is not None else 0
        text = "  %4d %4d %s" % (idx, line, i.opname)
        if i.opcode >= HAVE_ARGUMENT:
            arg = i.arg
            repr_ = None
            if i.opcode in JUMP_OPS:
                arg = index_of[i.argval]
                repr_ = "to %d" % arg
            elif i.opname in ("LOAD_CONST", "KW_NAMES"):
                repr_ = const_repr(code.co_consts[arg])
            elif i.opname == "LOAD_GLOBAL":
                repr_ = ("NULL + " if arg & 1 else "") + code.co_names[arg >> 1]
            elif i.opname in NAME_OPS:
                repr_ = code.co_names[arg]
            elif i.opname in LOCAL_OPS:
                repr_ = localsplus[arg]
            elif i.opname == "COMPARE_OP":
                repr_ = COMPARE_OPS[arg]
            elif i.opname == "BINARY_OP":
                repr_ = BINARY_OPS[arg] if arg < 13 else BINARY_OPS[arg - 13] + "="
            text += " %d" % arg
            if repr_ is not None:
                text += " (%s)" % repr_
        out.append(text)
    table = dis._parse_exception_table(code)
    if table:
        out.append("  exceptiontable:")
        for e in table:
            start = index_of[e.start]
            end = index_at_or_after(e.end)
            out.append("    %d to %d -> %d [%d]%s" % (start, end - 1, index_of[e.target], e.depth, " lasti" if e.lasti else ""))
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            out.append("")
            fmt(c, out)


def main():
    cases = os.path.join(HERE, "cases")
    expected = os.path.join(HERE, "expected")
    os.makedirs(expected, exist_ok=True)
    count = 0
    for name in sorted(os.listdir(cases)):
        if not name.endswith(".py") or name.endswith(".interactive.py"):
            continue
        with open(os.path.join(cases, name), encoding="utf-8") as f:
            source = f.read()
        code = compile(source, "case.py", "exec", dont_inherit=True)
        out = []
        fmt(code, out)
        with open(os.path.join(expected, name[:-3] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")
        count += 1
    print("generated %d expected listings" % count)


if __name__ == "__main__":
    main()
