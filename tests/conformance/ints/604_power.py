for base in [-3, -2, -1, 0, 1, 2, 3, 10, 2**32, -(2**33)]:
    print(base, [base ** e for e in range(0, 12)])
print(2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 64, 3 ** 39, 3 ** 40, 3 ** 41)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 7 ** -1, 1 ** -100, (-1) ** -101)
print(2 ** 1000 % 10**9, len(str(7 ** 500)))
for a, b in [(0, -1), (0, -5), (0, -2**70)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 200, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10**9 + 7))
print(pow(3, -1, 7), pow(5, -2, 13), pow(38, -1, 97), pow(2, 0, 1), pow(2, 5, -1), pow(0, 0, 5))
for args in [(2, 3, 0), (2, -1, 4), (2, 3.0, 5), (2.0, 3, 5), (2, 3, 5.0), (0, -1, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    print(pow(2**1100, -1))
except OverflowError as e:
    print(type(e).__name__, e)
