"""Generates format.jsonl: format(value, spec) for int/float/str as CPython 3.11 (result or exact error)."""
import json, os, random, struct, sys

assert sys.version_info[:2] == (3, 11)
rnd = random.Random(5)
out = []

def enc(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:" + struct.pack("<d", v).hex()
    return "s:" + v

def case(v, spec):
    try:
        r = "r:" + format(v, spec)
    except (ValueError, OverflowError) as e:
        r = "e:" + type(e).__name__ + ":" + str(e)
    out.append({"v": enc(v), "spec": spec, "r": r})

def rspec(types):
    s = ""
    if rnd.random() < 0.3:
        s += rnd.choice(["", "*", "0", "x", "€", " "]) + rnd.choice("<>=^")
    if rnd.random() < 0.3: s += rnd.choice("+- ")
    if rnd.random() < 0.1: s += "z"
    if rnd.random() < 0.2: s += "#"
    if rnd.random() < 0.2: s += "0"
    if rnd.random() < 0.5: s += str(rnd.randrange(0, 25))
    if rnd.random() < 0.25: s += rnd.choice(",_")
    if rnd.random() < 0.4: s += "." + str(rnd.choice([0, 1, 2, 3, 6, 10, 17, rnd.randrange(0, 30)]))
    if rnd.random() < 0.8: s += rnd.choice(types)
    return s

ints = [0, 1, -1, 7, -7, 255, -255, 1234567, -1234567, 10**20, -(10**20), 65, 0x1F600, 2**64]
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -2.5, 1234567.891, -1234567.891, 1e16, 1e-5, 1.5e300, 5e-324, float("inf"), float("-inf"), float("nan"), 0.1, 2/3, 123.456, 1e22, 9.995, -0.0001]
strs = ["", "a", "abc", "hello world", "é€", "\U0001F600x", "ab\tc"]
for _ in range(2500):
    v = rnd.choice(ints + [rnd.randrange(-10**rnd.randrange(1, 30), 10**rnd.randrange(1, 30))])
    case(v, rspec("bcdoxXn" * 3 + "eEfFgG%s"))
for _ in range(2500):
    v = rnd.choice(floats + [rnd.uniform(-1e6, 1e6), struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0], round(rnd.uniform(-100, 100), 3)])
    case(v, rspec("eEfFgGn%" * 3 + "dsc"))
for _ in range(800):
    case(rnd.choice(strs), rspec("s" * 5 + "d"))
fixed = [(1,'s'),(1,'.2'),(1,'+c'),(1,'#c'),(-1,'c'),(0x110000,'c'),(1,',,'),(1,',_'),(1,'_,'),(1,'__'),(1,',x'),(1,'_x'),(1,'_b'),(1,',b'),(1,'.'),(1,'10.2.3'),(1,'zd'),(1.5,'zd'),(1.5,'d'),('a','+'),('a',' '),('a','-'),('a','z'),('a','#'),('a','='),('a','d'),('a',','),('a','05'),(1,'05'),(1,'99999999999999999999'),(1,'.99999999999999999999f'),('a','.99999999999999999999'),(1,'xx'),(1,'<<<'), (1.5, ',n'), (1, ',n'),(1.5,'c'),(1,'_c'),(1,',c'),(1,',s'),(1.5,'_f'),(1.5,',%'),(1,'=^5'),(1,'z'),(1.0,'z'),(1.5, '#'),(1,'#'),(1,'=10'),('a','=10'),('ab','^5.1'),(1,'.2n'),(1, 'z,'), (1.0, '0=10'), (1, 'é'), (1, '1é'), (1234567, '020,'), (1234567, '020_x'), (-1234567, '020,'), (1234.5, '020,.2f'), (-0.0001, 'z.2f'), (-0.0, 'z'), (-0.0, 'z.1e'), (float('inf'), '010'), (float('nan'), '+010,'), (65, '^10c'), (65, '010c'), (2**70, 'e'), (10**400, 'f'), ('x', '\U0001F600^7'), (123, '\U0001F600=+9'), (1.5, '\x01<5')]
for v, s in fixed:
    case(v, s)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "format.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
print(len(out))
