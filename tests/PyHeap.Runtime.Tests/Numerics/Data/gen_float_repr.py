"""Generates float_repr.jsonl: repr(x) and %-formats of many doubles as CPython 3.11 prints them."""
import json, os, random, struct, sys

assert sys.version_info[:2] == (3, 11)
rnd = random.Random(42)

def from_bits(b):
    return struct.unpack("<d", b.to_bytes(8, "little"))[0]

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 100.0, 1e16, 1e15, 9999999999999998.0, 1e17, 2e16 + 8, 1e-4, 1e-5, 1.5e-5,
        0.0001, 0.00012345, 123456789012345.6, 1234567890123456.7, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        float("inf"), float("-inf"), float("nan"), 2.675, 0.125, 0.375, 1e22, 1e23, 1/3, 2/3, 9.995, 0.5e-4, 123.456, 1e100]
vals += [10.0 ** k for k in range(-30, 31)]
vals += [-(10.0 ** k) for k in range(-30, 31)]
vals += [from_bits(rnd.getrandbits(64)) for _ in range(1500)]
vals += [rnd.uniform(-1e6, 1e6) for _ in range(500)]
vals += [round(rnd.uniform(-1000, 1000), rnd.randrange(0, 6)) for _ in range(500)]
vals += [rnd.randrange(1, 100000) / (10 ** rnd.randrange(0, 8)) for _ in range(500)]
vals += [float(rnd.randrange(-10**17, 10**17)) for _ in range(200)]
vals += [(k + 0.5) / 10 ** rnd.randrange(0, 4) for k in range(200)]

out = []
for v in vals:
    if v != v and struct.pack("<d", v) != struct.pack("<d", float("nan")):
        v = float("nan")
    fmts = []
    for _ in range(4):
        code = rnd.choice("eEfFgG")
        prec = rnd.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, rnd.randrange(0, 40)])
        if code in "fF" and abs(v) > 1e60 and prec > 10:
            prec = 2
        flags = rnd.choice(["", "+", "#", "+#"])
        spec = "%" + flags + "." + str(prec) + code
        fmts.append([code, prec, ("+" in flags) * 1 + ("#" in flags) * 4, spec % v])
    out.append({"v": struct.pack("<d", v).hex(), "repr": repr(v), "str": str(v), "fmt": fmts})

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "float_repr.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
