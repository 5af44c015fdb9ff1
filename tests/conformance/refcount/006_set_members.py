import sys
class K:
    pass
k = K()
s = {k}
print(sys.getrefcount(k))
s.add(k)
print(sys.getrefcount(k))
f = frozenset(s)
print(sys.getrefcount(k))
s.discard(k)
print(sys.getrefcount(k))
s.add(k)
s2 = s.copy()
print(sys.getrefcount(k))
s.clear()
print(sys.getrefcount(k))
u = s2 | f
print(sys.getrefcount(k), len(u))
del u, f, s2
print(sys.getrefcount(k))
