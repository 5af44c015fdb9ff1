import sys
for x in [0, -1, 10**18, -10**18, 2**63, -2**63 - 1, 10**50, -(10**99)]:
    print(str(x), repr(x), len(str(x)))
print(len(str(10**4299)), len(str(-10**4299)), str(10**4299)[:10])
for x in [10**4300, 10**5000, -10**4300]:
    try:
        print(len(str(x)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(int('1' * 4301))
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(int('9' * 4300))), int('f' * 5000, 16) > 0, len(hex(10**5000)))
print(repr(True), repr(False), str(True), [True, False], (True,))
