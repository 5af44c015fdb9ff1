import sys
class V:
    pass
v = V()
d = {}
d['a'] = v
print(sys.getrefcount(v))
d['a'] = v
print(sys.getrefcount(v))
print(d.get('a') is v, sys.getrefcount(v))
d.setdefault('b', v)
print(sys.getrefcount(v))
x = d.pop('b')
print(sys.getrefcount(v))
del x
e = d.copy()
print(sys.getrefcount(v))
f = dict(d)
g = {**d}
print(sys.getrefcount(v))
del e, f, g
print(sys.getrefcount(v))
item = d.popitem()
print(sys.getrefcount(v), item[0])
del item
print(sys.getrefcount(v))
k = V()
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
h = dict.fromkeys([1, 2, 3], v)
print(sys.getrefcount(v))
del h
print(sys.getrefcount(v))
