import sys
class R:
    def __repr__(self):
        return "rc=%d" % sys.getrefcount(L)
L = [R()]
print(repr(L))
T = (R(), 1)
class RT:
    def __repr__(self):
        return "trc=%d" % sys.getrefcount(T2)
T2 = (RT(),)
print(repr(T2))
print(sys.getrefcount(L), sys.getrefcount(T2))
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:20], len(repr(deep)))
m = [1, 2]
n = [m, m]
print(n)
o = [m]
m.append(o)
print(m, o)
