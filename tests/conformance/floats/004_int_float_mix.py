import math
print(1 + 2.0, 3 * 1.5, 2 ** 0.5 == math.sqrt(2), 10 // 3.0, 10 % 3.5)
print(int(2.5), int(-2.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7))
print(float(2 ** 53) == 2 ** 53, float(2 ** 53 + 1) == 2 ** 53 + 1, 2 ** 53 + 1 == 2.0 ** 53)
print((0.5).as_integer_ratio(), (2.5).is_integer(), (2.0).is_integer())
print(1e300 * 1e10 == float("inf"), math.isinf(1e300 * 1e10), math.isnan(float("nan")))
print(max(1, 1.0), min(1.0, 1), 1 == 1.0, hash(1) == hash(1.0))
