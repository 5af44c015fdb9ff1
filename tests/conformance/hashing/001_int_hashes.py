import sys
for v in [0, 1, -1, -2, 2, 100, -100, 2**61 - 1, 2**61, 2**61 + 1, 2**62, -(2**61), 2**64, 10**30, -(10**30), sys.maxsize, -sys.maxsize - 1]:
    print(v, hash(v))
print(hash(2**61 - 2) == 2**61 - 2, hash(-(2**61 - 1)))
print(hash(2**122), hash(-(2**122)))
