import sys
for e in range(0, 200, 7):
    x = 2 ** e
    print(e, sys.getsizeof(x), sys.getsizeof(-x), sys.getsizeof(x - 1))
for x in [0, 1, -1, True, False, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90 - 1, 2**90, 10**100, 10**1000]:
    print(sys.getsizeof(x), x.__sizeof__() if x.bit_length() < 200 else 0)
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(float('nan')), (1.5).__sizeof__())
