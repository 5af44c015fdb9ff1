for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 0.5, 2.5, 1e10, 1e300, float("inf"), float("-inf"), 3.14159, -2.0]:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.0**61) == hash(2**61))
print(hash(-1.0), hash(0.25), hash(1e-300))
print(hash(float(2**61 - 1)), hash(123.0) == 123)
