import sys
d = dict.fromkeys(range(6), 0)
k = d.keys()
print(sys.getrefcount(d))
s = k & {1, 2, 99}
u = k | [7]
m = k - {0}
x = k ^ {0, 100}
print(s, u, m, x, sys.getrefcount(d))
del d[1]
print(k, len(k), 1 in k, 2 in k)
i = d.items()
print(i & {(2, 0), (3, 1)}, {(2, 0)} <= i, i >= {(2, 0)})
it = iter(k)
print(next(it), sys.getrefcount(d))
del it
print(sys.getrefcount(d))
d.clear()
print(k, i, list(reversed(k)))
