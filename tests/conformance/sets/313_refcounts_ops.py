import sys
class K:
    def __repr__(self):
        return 'K'
k = K()
a = {k, 1}
b = {k, 2}
print(sys.getrefcount(k))
u = a | b
i = a & b
x = a ^ b
m = a - b
print(sys.getrefcount(k), len(u), len(i), len(x), len(m))
del u, i, x, m
print(sys.getrefcount(k))
r = repr(a)
print(sys.getrefcount(k))
a.remove(k)
b.discard(k)
print(sys.getrefcount(k))
s = {k}
print(s.pop() is k)
print(sys.getrefcount(k))
