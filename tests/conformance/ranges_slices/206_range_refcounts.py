import sys
n = 10 ** 20
base = sys.getrefcount(n)
r = range(n)
print(sys.getrefcount(n) - base, r.stop is n)
r2 = range(5, n, 3)
print(sys.getrefcount(n) - base, r2.stop is n)
s = r2.stop
print(sys.getrefcount(n) - base)
del r, r2, s
print(sys.getrefcount(n) - base)
b = range(True)
print(type(b.stop).__name__, b.stop)
big = 2 ** 70
r3 = range(big, big + 3)
print(r3.start is big, sys.getrefcount(big))
it = iter(r3)
del r3
print(list(it), sys.getrefcount(big))
sl = slice(n, n)
print(sys.getrefcount(n) - base, sl.start is n)
del sl
print(sys.getrefcount(n) - base)
