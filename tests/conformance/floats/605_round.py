vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e300, 5e-324, 123456789.125, 0.0, -0.0]
for v in vals:
    print(v, round(v), [round(v, n) for n in [-3, -2, -1, 0, 1, 2, 3, 5, 10, 400]], round(v, None))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(round(v, 2), round(v, -2))
    try:
        print(round(v))
    except Exception as e:
        print(type(e).__name__, e)
print(round(1e300, -400), round(-1e300, -400), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print((2.5).__round__(), (2.5).__round__(0), (7.25).__round__(1), round(5.5, 2**70), round(5.5, -2**70))
try:
    print(round(1.7e308, -308))
except OverflowError as e:
    print(type(e).__name__, e)
