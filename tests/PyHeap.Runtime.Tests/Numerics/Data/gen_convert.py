"""Generates convert.jsonl: int(str, base), float(str), str(int), hex/oct/bin as CPython 3.11 (default 4300-digit limit)."""
import json, os, random, struct, sys

assert sys.version_info[:2] == (3, 11)
rnd = random.Random(99)
out = []

def res(fn):
    try:
        v = fn()
        if isinstance(v, float):
            return "f:" + ("nan" if v != v and struct.pack("<d", v)[7] < 0x80 else "-nan" if v != v else struct.pack("<d", v).hex())
        if isinstance(v, int):
            return "i:" + hex(v)  # hex: no digit limit
        return "s:" + v
    except ValueError as e:
        return "e:ValueError:" + str(e)

int_texts = ["0", "-0", "+7", " 12 ", "\t-12\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0x_1f", "0_x1f", "0o17", "0b101", "0b", "0x", "01", "00", "0_0", "0_7", "0_",
             "", " ", "abc", "12é", "١٢٣", "12\u0663", "\u2003 12 \u3000", " 12 \x1c", "+-1", "- 1", "1e5", "z", "Z", "zz", "9" * 18, "9" * 19, "-" + "9" * 40,
             "1" * 4300, "1" * 4301, "-" + "1" * 4301, "1_" * 4300 + "1", "1" * 5000 + "x", "a" * 300, "12\U0001D7CE", "\x00", "1.5", "٣_٣"]
bases = [0, 2, 8, 10, 16, 36, 7, 1, 37]
for t in int_texts:
    for b in rnd.sample(bases, 4) + [10]:
        out.append({"op": "int", "s": [ord(c) for c in t], "base": b, "r": res(lambda: int(t, b))})
for _ in range(500):
    b = rnd.choice([2, 3, 8, 10, 16, 36, 5, 0])
    n = rnd.randrange(-2**rnd.randrange(1, 300), 2**rnd.randrange(1, 300))
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    def to_base(n, b):
        if n == 0: return "0"
        s = ""
        m = abs(n)
        while m:
            s = digits[m % b] + s
            m //= b
        return ("-" if n < 0 else "") + s
    tb = b or 10
    t = to_base(n, tb)
    if rnd.random() < 0.3: t = t.upper()
    if rnd.random() < 0.2 and len(t) > 3: t = t[:2] + "_" + t[2:]
    out.append({"op": "int", "s": [ord(c) for c in t], "base": b, "r": res(lambda: int(t, b))})

float_texts = ["x", "", " 1_000.5 ", "1__0", "_1", "1_.5", "1._5", "1e1_0", "-Infinity", "+nan", "-nan", "nan", "infinit", "1e400", "-1e400", "1e-400", ".5", "5.", ".", "1e", "1e+", " \u0663.5 ",
               "0x10", "a" * 300, "١٢٣é", "inF", " iNfInItY", "1.7976931348623157e308", "1.7976931348623159e308", "2.4703282292062328e-324", "2.4703282292062327e-324", "0.1", "-0.0",
               "\t3.14\n", "3.14\x1c", "1_2.3_4e5_6", "1e-5", "00012", "1" * 400, "0." + "0" * 400 + "1", "+.5e+3", "e5", "--1", "1 2"]
for _ in range(500):
    v = struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0]
    float_texts.append(repr(v))
    float_texts.append("%.*e" % (rnd.randrange(0, 25), v))
for t in float_texts:
    out.append({"op": "float", "s": [ord(c) for c in t], "r": res(lambda: float(t))})

ints = [0, 1, -1, 255, -255, 2**64, -(2**64), 10**4299, -(10**4299), 10**4300, -(10**4300), 10**5000, 2**14285, 2**14300]
ints += [rnd.randrange(-2**rnd.randrange(1, 2000), 2**rnd.randrange(1, 2000)) for _ in range(300)]
for n in ints:
    out.append({"op": "str", "i": hex(n), "r": res(lambda: str(n))})
    out.append({"op": "hex", "i": hex(n), "r": res(lambda: hex(n))})
    out.append({"op": "oct", "i": hex(n), "r": res(lambda: oct(n))})
    out.append({"op": "bin", "i": hex(n), "r": res(lambda: bin(n))})

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "convert.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
print(len(out))
