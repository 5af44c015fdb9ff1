import math
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(0.5, -math.inf))
for args in [(0, -1), (-8, 1 / 3), (2, 10000), (10, 309)]:
    try:
        print(math.pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1))
for args in [(1, 0), (math.inf, 1)]:
    try:
        print(math.fmod(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(math.inf, -1), math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0, 0))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(10**300), math.isfinite(1e308), math.isfinite(math.nan))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=0.01), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {'rel_tol': -1}), ((1, 2), {'foo': 1})]:
    try:
        print(math.isclose(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(math.hypot(), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(-5), math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan), math.hypot(3.0, 4, 12))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(type(e).__name__, e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(10)))
for v in [[math.inf, -math.inf], [1e308, 1e308], [math.nan, 1]]:
    try:
        print(math.fsum(v))
    except Exception as e:
        print(type(e).__name__, e)
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2, 3]), math.prod([2, 3], start=10), math.prod([[1]], start=3) if False else 0, math.prod(['ab'], start=2))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-3), math.frexp(0.0), math.frexp(5e-324), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1.0, 2**70 - 2**70 + 3))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-0.0), math.expm1(1e-10), math.expm1(1), math.log1p(1e-10), math.log1p(1))
for f in [math.sqrt, math.exp, math.log]:
    for v in ['x', None, 10**400]:
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
