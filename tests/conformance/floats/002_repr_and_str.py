vals = [0.1, 1.0, 100.0, 1e22, 1e-5, 0.0001, 1.5e-7, 123456789012345678.0, 3.141592653589793, 2.0 ** 60, -0.5]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), float("  2.5 "), float("1e3"), float(3))
print(repr(1e16), repr(1e15), repr(0.1 * 3), str(2.0 ** -20))
print(float("-0"), float("1_0.5"), -1e-320)
