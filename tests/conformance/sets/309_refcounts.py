import sys
class K:
    pass
k = K()
print(sys.getrefcount(k))
s = {k}
print(sys.getrefcount(k))
t = set(s)
print(sys.getrefcount(k))
f = frozenset(t)
print(sys.getrefcount(k))
s.discard(k)
print(sys.getrefcount(k))
del t
print(sys.getrefcount(k))
u = {1} | f
print(sys.getrefcount(k))
u.clear()
print(sys.getrefcount(k))
for x in f:
    print(sys.getrefcount(k))
del x
print(sys.getrefcount(k))
v = {k}
print(v.pop() is k, sys.getrefcount(k))
