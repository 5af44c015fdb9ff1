import math
for x in [1, 2, 8, 10, 100, 1000, 1024, 2**64, 10**50, 2**1000, 2**2000, 10**400, 0.5, 1e-300, 5e-324, 1e300]:
    print(x if x < 10**30 else 'big', math.log(x), math.log2(x), math.log10(x), math.log(x, 2), math.log(x, 10), math.log(x, 3))
for args in [(0,), (-1,), (0.0,), (-2**2000,), (10, 1), (10, 0), (1, 1), (10, -2), ()]:
    try:
        print(args, math.log(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(math.log(math.inf), math.log(math.nan), math.log2(2**1023), math.log10(10**308), math.log(True + 1))
