"""Generates percent.jsonl: printf-style str % args results and errors from CPython 3.11."""
import json, os, random, struct, sys

assert sys.version_info[:2] == (3, 11)
rnd = random.Random(3)
out = []

def enc(v):
    if isinstance(v, bool): return {"t": "bool", "v": str(v)}
    if isinstance(v, int): return {"t": "int", "v": str(v)}
    if isinstance(v, float): return {"t": "float", "v": struct.pack("<d", v).hex()}
    if isinstance(v, str): return {"t": "str", "v": [ord(c) for c in v]}
    if v is None: return {"t": "NoneType"}
    raise TypeError(v)

def case(fmt, args):
    try:
        r = "r:" + (fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        r = "e:" + type(e).__name__ + ":" + (str(e) if not isinstance(e, KeyError) else repr(e.args[0]))
    if isinstance(args, tuple): a = {"tuple": [enc(x) for x in args]}
    elif isinstance(args, dict): a = {"dict": {k: enc(v) for k, v in args.items()}}
    else: a = {"single": enc(args)}
    out.append({"f": fmt, "a": a, "r": r})

vals = [0, 1, -1, 42, -42, 255, 10**20, -(10**20), True, False, 0.0, -0.0, 1.5, -2.5, 3.14159, 1e20, 1e-7, float("inf"), float("nan"), "abc", "", "é", "x'y", None, 65, 0x1F600]
for _ in range(4000):
    conv = rnd.choice("sradiuoxXeEfFgGc" * 3 + "%y")
    flags = "".join(rnd.sample("-+ #0", rnd.randrange(0, 3)))
    width = rnd.choice(["", "", "5", "12", "*", "1"])
    prec = rnd.choice(["", "", ".0", ".3", ".10", ".*"])
    spec = "%" + flags + width + prec + conv
    fmt = rnd.choice(["", "a", "<"]) + spec + rnd.choice(["", "b", ">"])
    args = []
    if width == "*": args.append(rnd.choice([5, -7, 0, 3, "x", 2.0]))
    if prec == ".*": args.append(rnd.choice([2, -1, 0, "y"]))
    args.append(rnd.choice(vals))
    if rnd.random() < 0.05: args.append(1)
    if rnd.random() < 0.05: args = args[:-1]
    case(fmt, tuple(args) if len(args) != 1 or rnd.random() < 0.5 else args[0])
fixed = [("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("%%", ()), ("%%", 5), ("abc", ()), ("abc", 5), ("%(a)s-%(b)r", {"a": 1, "b": "x"}), ("%(a)s", (1,)), ("%(a", {"a": 1}),
         ("%(a)s %s", {"a": 1}), ("%", ()), ("%5", (1,)), ("%y", (1,)), ("%d", "x"), ("%x", 1.5), ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%*d", ("x", 1)),
         ("%.*f", (2, 3.14159)), ("%-*d|", (-5, 3)), ("%05s", "ab"), ("%-05d|", 3), ("%+05d", 3), ("%#o", 8), ("%#X", 255), ("%#08x", 255), ("% d", 5), ("%+.3e", 12345.678),
         ("%#.0f", 2.0), ("%g", 1e-5), ("%G", 1e20), ("%10.4s|", "abcdefg"), ("%(x)s", {}), ("%d", 2.9), ("%d", -2.9), ("%i", True), ("%d", float("nan")), ("%d", float("inf")),
         ("%s", None), ("%r", "a'b"), ("%a", "é"), ("%.3d", -5), ("%#.5x", 255), ("%5c|", 65), ("%-5c|", "é"), ("%ld", 5), ("%(a)d %(a)x", {"a": 255})]
for f, a in fixed:
    case(f, a)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "percent.jsonl"), "w") as fh:
    for o in out:
        fh.write(json.dumps(o) + "\n")
print(len(out))
