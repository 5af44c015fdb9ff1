"""Generates hash.jsonl: expected CPython 3.11 hashes. Run with PYTHONHASHSEED=0 python3 gen_hash.py."""
import json, os, random, struct, sys

assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"
assert sys.version_info[:2] == (3, 11)
rnd = random.Random(1234)
out = []

ints = [0, 1, -1, 2, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), -(2**61 - 1), 2**63 - 1, -(2**63), 2**63, 2**64, -(2**64),
        10**30, -(10**30), 2**200 + 12345, -(3**150)]
ints += [rnd.randrange(-2**64, 2**64) for _ in range(300)]
ints += [rnd.randrange(-2**300, 2**300) for _ in range(300)]
ints += [rnd.randrange(-1000, 1000) for _ in range(100)]
for i in ints:
    out.append({"k": "int", "v": str(i), "h": hash(i)})

floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e300, -1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), 0.1, 3.141592653589793, 2.0**61, 2.0**62, 1e16, 123456.789, -1e-5]
floats += [struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0] for _ in range(500)]
floats += [rnd.uniform(-1e6, 1e6) for _ in range(300)]
floats += [float(rnd.randrange(-10**6, 10**6)) for _ in range(100)]
for f in floats:
    if f != f:
        continue
    out.append({"k": "float", "v": struct.pack("<d", f).hex(), "h": hash(f)})

def rand_str():
    kind = rnd.randrange(5)
    n = rnd.randrange(0, 40)
    if kind == 0:
        return "".join(chr(rnd.randrange(32, 127)) for _ in range(n))
    if kind == 1:
        return "".join(chr(rnd.randrange(0, 256)) for _ in range(n))
    if kind == 2:
        return "".join(chr(rnd.randrange(0, 0xD800)) for _ in range(n))
    if kind == 3:
        return "".join(chr(rnd.choice([rnd.randrange(0, 256), rnd.randrange(0x10000, 0x110000)])) for _ in range(n))
    return "".join(chr(rnd.randrange(0, 0x110000)) for _ in range(n))  # may include lone surrogates

strs = ["", "a", "abc", "hello world", "ß", "é", "€", "\U0001F600", "a\U0001F600", "\ud800", "x" * 100, "\x00", "12345678", "1234567"]
strs += [rand_str() for _ in range(1000)]
for s in strs:
    out.append({"k": "str", "cp": [ord(c) for c in s], "h": hash(s)})

for _ in range(300):
    b = bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(0, 40)))
    out.append({"k": "bytes", "v": b.hex(), "h": hash(b)})
out.append({"k": "bytes", "v": "", "h": hash(b"")})

def rand_item():
    r = rnd.randrange(3)
    if r == 0:
        return rnd.randrange(-2**70, 2**70)
    if r == 1:
        return rand_str()
    return rnd.uniform(-100, 100)

tuples = [(), (1,), (1, 2), (-1,), ((),), (1, 2, 3)] + [tuple(rand_item() for _ in range(rnd.randrange(0, 8))) for _ in range(300)]
for t in tuples:
    out.append({"k": "tuple", "items": [hash(x) for x in t], "h": hash(t)})

sets = [frozenset(), frozenset([1]), frozenset([-1]), frozenset([frozenset()])]
sets += [frozenset(rand_item() for _ in range(rnd.randrange(0, 12))) for _ in range(300)]
for s in sets:
    out.append({"k": "frozenset", "items": [hash(x) for x in s], "h": hash(s)})

out.append({"k": "bool", "v": "True", "h": hash(True)})
out.append({"k": "bool", "v": "False", "h": hash(False)})

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hash.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
