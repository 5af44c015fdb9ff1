import math
tests = [
    (math.sqrt, ()), (math.sqrt, (1, 2)), (math.pow, (1,)), (math.pow, (1, 2, 3)), (math.floor, ()), (math.hypot, ('a',)),
    (math.copysign, (1,)), (math.atan2, ('a', 1)), (math.ldexp, (1.0, 1.5)), (math.comb, (1, 2, 3)), (math.perm, (1, 2, 3)),
    (math.factorial, ()), (math.isnan, ('x',)), (math.fsum, (5,)), (math.prod, ()), (math.dist, ((1,),)), (math.trunc, (1, 2)),
]
for f, args in tests:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(math.sqrt(True), math.sqrt(4), math.exp(0), math.cos(0), math.fabs(-0.0), math.fabs(-2**60))
