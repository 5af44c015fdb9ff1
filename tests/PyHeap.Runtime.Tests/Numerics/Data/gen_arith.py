"""Generates arith.jsonl: int/float/math results (or exact exception type + message) from CPython 3.11."""
import json, math, os, random, struct, sys

assert sys.version_info[:2] == (3, 11)
sys.set_int_max_str_digits(0)  # only so huge results can be written out
rnd = random.Random(7)

def enc(v):
    if isinstance(v, bool):
        return "b:" + str(int(v))
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        if v != v:
            return "f:nan"
        return "f:" + struct.pack("<d", v).hex()
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    if isinstance(v, complex):
        return "complex"
    raise TypeError(v)

out = []
def case(op, fn, *args):
    if op == "float_pow" and args[0] < 0 and math.isfinite(args[0]) and math.isfinite(args[1]) and args[1] != math.floor(args[1]):
        out.append({"op": op, "a": [enc(a) for a in args], "r": "e:TypeError:complex numbers are not supported by PyHeap"})
        return
    try:
        r = enc(fn(*args))
    except Exception as e:
        r = "e:" + type(e).__name__ + ":" + str(e)
    if r == "complex":
        r = "e:TypeError:complex numbers are not supported by PyHeap"
    out.append({"op": op, "a": [enc(a) for a in args], "r": r})

def rint():
    k = rnd.randrange(6)
    if k == 0: return rnd.randrange(-10, 11)
    if k == 1: return rnd.randrange(-2**31, 2**31)
    if k == 2: return rnd.randrange(-2**63, 2**63)
    if k == 3: return rnd.choice([2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 2**53 + 1, 0, 1, -1])
    if k == 4: return rnd.randrange(-2**200, 2**200)
    return rnd.randrange(-2**600, 2**600)

def rfloat():
    k = rnd.randrange(7)
    if k == 0: return rnd.choice([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, float("inf"), float("-inf"), float("nan"), 1e308, 5e-324, 3.0, -3.0, 2.0, 10.0, 0.1])
    if k == 1: return rnd.uniform(-100, 100)
    if k == 2: return float(rnd.randrange(-1000, 1000))
    if k == 3: return struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0]
    if k == 4: return rnd.randrange(-10**6, 10**6) / 8
    if k == 5: return rnd.uniform(-1e20, 1e20)
    return round(rnd.uniform(-10, 10), rnd.randrange(1, 4)) + rnd.choice([0, 0.005, 0.5])

for _ in range(600):
    a, b = rint(), rint()
    if rnd.random() < 0.1: b = 0
    case("int_floordiv", lambda x, y: x // y, a, b)
    case("int_mod", lambda x, y: x % y, a, b)
    case("int_divmod", divmod, a, b)
    case("int_truediv", lambda x, y: x / y, a, b)
    case("int_and", lambda x, y: x & y, a, b)
    case("int_or", lambda x, y: x | y, a, b)
    case("int_xor", lambda x, y: x ^ y, a, b)
    case("int_add", lambda x, y: x + y, a, b)
    case("int_sub", lambda x, y: x - y, a, b)
    case("int_mul", lambda x, y: x * y, a, b)
    s = rnd.choice([0, 1, 5, 63, 64, 100, -1, rnd.randrange(0, 300)])
    case("int_lshift", lambda x, y: x << y, a, s)
    case("int_rshift", lambda x, y: x >> y, a, s)
    case("int_invert", lambda x: ~x, a)
    case("int_bit_length", lambda x: x.bit_length(), a)
    case("int_to_float", float, a)
    e = rnd.choice([0, 1, 2, 3, 10, 63, rnd.randrange(0, 40), -1, -2, -rnd.randrange(1, 30)])
    base = rnd.choice([a, rnd.randrange(-20, 21), 0, 1, -1, 2])
    case("int_pow", lambda x, y: x ** y, base, e)
    m = rnd.choice([rint(), rnd.randrange(-50, 51), 0, 1, -1, 97])
    case("int_modpow", pow, base, rnd.choice([e, rint() % 1000, -1]), m)
for _ in range(300):
    a = rnd.randrange(-2**3000, 2**3000) >> rnd.randrange(0, 3000)
    b = rnd.randrange(1, 2**3000) >> rnd.randrange(0, 3000)
    case("int_truediv", lambda x, y: x / y, a, b or 1)
    case("int_truediv", lambda x, y: x / y, a, -(b or 1))
    case("int_to_float", float, a)
case("int_to_float", float, 2**1024 - 1)
case("int_to_float", float, 2**1024 - 2**970)
case("int_to_float", float, 2**1024 - 2**971)
case("int_truediv", lambda x, y: x / y, 1, 2**1074)
case("int_truediv", lambda x, y: x / y, 1, 2**1075)
case("int_truediv", lambda x, y: x / y, 3, 2**1076)
case("int_truediv", lambda x, y: x / y, 0, -5)

for _ in range(600):
    x, y = rfloat(), rfloat()
    if rnd.random() < 0.05: y = 0.0
    case("float_floordiv", lambda a, b: a // b, x, y)
    case("float_mod", lambda a, b: a % b, x, y)
    case("float_divmod", divmod, x, y)
    case("float_truediv", lambda a, b: a / b, x, y)
    yy = rnd.choice([y, 2.0, 0.5, -1.0, 3.0, -3.0, 0.0, float(rnd.randrange(-5, 6)), rnd.uniform(-3, 3)])
    xx = rnd.choice([x, rnd.uniform(-10, 10), 10.0, -10.0, 0.0, -0.0])
    case("float_pow", lambda a, b: a ** b, xx, yy)
    case("math_pow", math.pow, xx, yy)
    case("float_round0", round, x)
    n = rnd.choice([0, 1, 2, 3, -1, -2, 5, 10, 17, 300, -300, 400, -400, rnd.randrange(-20, 20)])
    case("float_round", round, x, n)
    case("float_int", int, x)
    case("float_is_integer", float.is_integer, x)
    for fname in ["sqrt", "exp", "sin", "cos", "tan", "atan", "log", "log2", "log10", "floor", "ceil", "trunc", "fabs", "degrees", "radians", "asin", "acos", "sinh", "cosh", "tanh"]:
        if rnd.random() < 0.3:
            case("math_" + fname, getattr(math, fname), x)
    case("math_atan2", math.atan2, x, y)
    case("math_copysign", math.copysign, x, y)
    case("math_fmod", math.fmod, x, y)
    case("math_hypot", math.hypot, x, y)
    case("math_isclose", math.isclose, x, rnd.choice([y, x + 1e-10, x * (1 + 1e-8)]))
for _ in range(300):
    vals = tuple(rnd.choice([rfloat(), 1e16, 1.0, -1e16, 1e-16, 0.1]) for _ in range(rnd.randrange(0, 10)))
    case("math_fsum", lambda *v: math.fsum(v), *vals)
    vals2 = tuple(rnd.uniform(-1e5, 1e5) for _ in range(rnd.randrange(0, 6)))
    case("math_hypot_n", math.hypot, *vals2)
for n in list(range(-2, 30)) + [100, 500]:
    case("math_factorial", math.factorial, n)
for _ in range(200):
    n, k = rnd.randrange(-3, 60), rnd.randrange(-3, 60)
    case("math_comb", math.comb, n, k)
    case("math_perm", math.perm, n, k)
    a = rint()
    case("math_isqrt", math.isqrt, a)
    case("math_gcd", math.gcd, a, rint())
    case("math_log_int", math.log, abs(a) * rnd.choice([1, 2**2000, -1]))
case("math_log_int", math.log, 0)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "arith.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
print(len(out))
