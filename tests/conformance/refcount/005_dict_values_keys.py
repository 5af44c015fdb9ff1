import sys
class K:
    pass
k = K()
v = []
d = {}
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d["other"] = v
print(sys.getrefcount(v))
d2 = dict(d)
print(sys.getrefcount(k), sys.getrefcount(v))
del d[k]
print(sys.getrefcount(k), sys.getrefcount(v))
d2.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
d.pop("other")
print(sys.getrefcount(v))
