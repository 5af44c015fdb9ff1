vals = [-2**70, -10**20, -12345, -7, -1, 1, 2, 3, 7, 10, 49, 12345, 2**53, 2**53 + 1, 10**20, 2**70, 3**50]
for a in vals + [0]:
    print(a, [a / b for b in vals])
print(1 / 3, 2 / 3, 10**30 / 3, (2**53 + 1) / 1, (2**54 + 3) / 2, 10**400 // 10**399 / 7)
print(10**400 / 10**399, 1 / 10**400, -1 / 10**400, (10**308 * 10) / 10)
for a, b in [(1, 0), (0, 0), (10**500, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [(10**400, 1), (1, 10**-1 if False else 1), (2**1100, 3)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
