import math
print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(100), len(str(math.factorial(1000))))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**20 - 1, 2**127]])
print([math.gcd(a, b) for a in [0, 12, -18, 2**70, 17] for b in [0, 8, -12, 6, 2**64]])
print(math.gcd(), math.gcd(5), math.gcd(12, 18, 27), math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print([math.comb(10, k) for k in range(0, 12)], math.comb(100, 50), math.comb(5, 0), math.comb(0, 0))
print([math.perm(6, k) for k in range(0, 8)], math.perm(5), math.perm(5, None), math.perm(30, 10))
for f, args in [(math.factorial, (-1,)), (math.factorial, (5.0,)), (math.factorial, ('5',)), (math.isqrt, (-1,)), (math.isqrt, (2.0,)),
                (math.comb, (-1, 2)), (math.comb, (5, -1)), (math.comb, (5,)), (math.perm, (5, -2)), (math.perm, (-5,)),
                (math.gcd, (1.0,)), (math.lcm, (1, 'a')), (math.comb, (5.0, 2)), (math.perm, ())]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.factorial(True), math.gcd(True, 4), math.isqrt(True))
