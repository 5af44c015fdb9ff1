"""Generates format_string.jsonl: str.format templates rendered with tracing arguments by CPython 3.11, or the
ValueError they raise. Tracing objects render as <path|spec>, S(path) for !s, R(path) for !r and !a."""
import json, os, random, sys

assert sys.version_info[:2] == (3, 11)
rnd = random.Random(8)

class T:
    def __init__(self, path): self.path = path
    def __getattr__(self, name):
        if name.startswith("__"): raise AttributeError(name)
        return T(self.path + "." + name)
    def __getitem__(self, k): return T(self.path + "[" + repr(k) + "]")
    def __format__(self, spec): return "<" + self.path + "|" + spec + ">"
    def __str__(self): return "S(" + self.path + ")"
    def __repr__(self): return "R(" + self.path + ")"

args = [T("p%d" % i) for i in range(8)]
kwargs = {n: T("k:" + n) for n in ["a", "b", "name", "x_1"]}
out = []

def case(t):
    try:
        r = "r:" + t.format(*args, **kwargs)
    except ValueError as e:
        r = "e:" + str(e)
    except (IndexError, KeyError, AttributeError):
        return
    out.append({"t": t, "r": r})

def field(depth=0):
    name = rnd.choice(["", "", "0", "1", "a", "name", "x_1", "2", "0.attr", "a[0]", "a[key]", "1[2].x", "a.b.c", "0[", "a]", "0[]", "0.", "0[1]x", "0x1", "b[0x1]"])
    s = "{" + name
    if rnd.random() < 0.2:
        s += "!" + rnd.choice("rsaxr")
        if rnd.random() < 0.2: s += "x"
        s += "}"
        return s
    if rnd.random() < 0.4:
        s += ":" + rnd.choice(["", ">10", "x", "{}" if depth < 2 else "", "{" + rnd.choice(["", "1", "a"]) + "}", "{:{}}" , "a{{b"])
    return s + "}"

texts = ["", "a", "hello ", "{{", "}}", "{", "}", " x ", "{{}}", "é"]
for _ in range(3000):
    t = "".join(rnd.choice(texts) if rnd.random() < 0.5 else field() for _ in range(rnd.randrange(1, 5)))
    case(t)
for t in ["{0}{}", "{}{0}", "{:{}}", "{0:{1}}", "{:{:{}}}", "{0:{1:{2}}}", "{!}", "{!r", "{0!r:>5}", "{a.b[c][0].d}", "{0[}", "{0[a]b}", "{0!rx}", "{0!z}", "{0!\x01}", "{" , "}", "a{b", "{0:{", "{99999999999999999999}", "{0:}", "{0!s:}", "{[0]}", "{.a}"]:
    case(t)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "format_string.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
print(len(out))
