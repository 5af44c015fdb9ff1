import sys
vals = [0, 1, -1, 255, 2**29, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, 2**100, -2**30, -(2**60), 10**50, 10**100]
for v in vals:
    print(sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(False))
