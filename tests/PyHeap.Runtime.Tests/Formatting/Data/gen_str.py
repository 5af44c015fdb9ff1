"""Generates str.jsonl: str methods, repr/ascii of str and bytes as CPython 3.11 computes them."""
import json, os, random, sys

assert sys.version_info[:2] == (3, 11)
rnd = random.Random(11)
pool = list("abcXYZ  \t\n\r,.'\"\\_-+0123") + ["\x1c", "\x85", "\xa0", "\u2028", "\u3000", "ß", "Σ", "σ", "ς", "ﬁ", "İ", "é", "É", "ǅ", "²", "٣", "½", "\x00", "\x7f", "\u200b", "Ω", "ŉ", "\U0001F600", "\U00010400", "\ud800"]
bmp_pool = [c for c in pool if len(c.encode("utf-16-le", "surrogatepass")) == 2]
out = []

def rs(p=pool, n=12):
    return "".join(rnd.choice(p) for _ in range(rnd.randrange(0, n)))

def cps(s):
    return [ord(c) for c in s]

def case(op, args, fn):
    try:
        r = fn()
    except ValueError as e:
        r = "ValueError:" + str(e)
    if isinstance(r, tuple):
        r = list(r)
    if isinstance(r, list):
        r = {"l": [cps(x) for x in r]}
    elif isinstance(r, str):
        r = cps(r)
    out.append({"op": op, "a": [cps(a) if isinstance(a, str) else a for a in args], "r": r})

words = ["ab", "Σ", "a,b", "ΑΣ ΣΑ", "ΑΣ.", "hello world", "HELLO", "Hello World", "ǅemal", "ßtraße", "ﬁsh", "a\x1cb", " x\x85y ", "İstanbul", "ὈΔΥΣΣΕΎΣ", "Σ'Σ", "aΣ\u0301b", "123", "٣٤", "²", "½", "", " ", "A1", "_x1", "1x", "é"]
for _ in range(300):
    words.append(rs())
for s in words:
    for op in ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isspace", "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "repr", "ascii"]:
        if op == "repr":
            case(op, [s], lambda: repr(s))
        elif op == "ascii":
            case(op, [s], lambda: ascii(s))
        else:
            case(op, [s], lambda: getattr(s, op)())
    case("splitlines_keep", [s], lambda: s.splitlines(True))
for _ in range(700):
    s = rs(bmp_pool, 16)
    sub = rnd.choice(["", "a", "ab", " ", ",", "\t", s[1:3], s[:1]])
    st = rnd.choice([None, 0, 1, 3, -2, -100, 100])
    en = rnd.choice([None, 0, 2, 5, -1, -100, 100])
    k = rnd.choice([-1, 0, 1, 2, 5])
    w = rnd.choice([0, 5, 10, 15, 16])
    case("find", [s, sub, st, en], lambda: s.find(sub, st, en))
    case("rfind", [s, sub, st, en], lambda: s.rfind(sub, st, en))
    case("count", [s, sub, st, en], lambda: s.count(sub, st, en))
    case("index", [s, sub, st, en], lambda: s.index(sub, st, en))
    case("startswith", [s, sub, st, en], lambda: s.startswith(sub, st, en))
    case("endswith", [s, sub, st, en], lambda: s.endswith(sub, st, en))
    case("replace", [s, sub, "<>", k], lambda: s.replace(sub, "<>", k))
    case("split_sep", [s, sub, k], lambda: s.split(sub, k))
    case("rsplit_sep", [s, sub, k], lambda: s.rsplit(sub, k))
    case("split_ws", [s, k], lambda: s.split(None, k))
    case("rsplit_ws", [s, k], lambda: s.rsplit(None, k))
    case("strip_chars", [s, sub], lambda: s.strip(sub))
    case("lstrip_chars", [s, sub], lambda: s.lstrip(sub))
    case("rstrip_chars", [s, sub], lambda: s.rstrip(sub))
    case("partition", [s, sub], lambda: s.partition(sub))
    case("rpartition", [s, sub], lambda: s.rpartition(sub))
    case("center", [s, w], lambda: s.center(w, "*"))
    case("ljust", [s, w], lambda: s.ljust(w, "*"))
    case("rjust", [s, w], lambda: s.rjust(w, "*"))
    case("zfill", [s, w], lambda: s.zfill(w))
    case("expandtabs", [s, k + 2], lambda: s.expandtabs(k + 2))
for _ in range(400):
    b = bytes(rnd.choice([rnd.randrange(256), ord("'"), ord('"'), ord("a"), ord("\\"), 10, 9, 13]) for _ in range(rnd.randrange(0, 12)))
    out.append({"op": "bytes_repr", "a": [b.hex()], "r": cps(repr(b))})

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "str.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
print(len(out))
