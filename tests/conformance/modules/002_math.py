import math
print(math.pi, math.e, math.inf, -math.inf, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.isfinite(1.0), math.copysign(3, -0.0))
print(round(math.sin(math.pi / 2), 10), math.cos(0), round(math.atan2(1, 1), 6), math.hypot(3, 4))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
