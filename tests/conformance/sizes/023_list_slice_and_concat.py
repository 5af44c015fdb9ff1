import sys
base = list(range(20))
for n in [0, 1, 3, 7, 15]:
    print(n, sys.getsizeof(base[:n]), sys.getsizeof(base[:n] + [1]), sys.getsizeof(base[:n] * 2))
print(sys.getsizeof(base[::2]), sys.getsizeof(base[::-1]))
