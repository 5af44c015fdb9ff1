import sys
class V:
    pass
v = V()
d = {'k': v}
print(sys.getrefcount(v))
for x in d.values():
    print('values', sys.getrefcount(v))
del x
for k, x in d.items():
    print('items', sys.getrefcount(v))
del k, x
print(sys.getrefcount(v))
for pair in d.items():
    print('pair', sys.getrefcount(v), sys.getrefcount(pair))
del pair
print(sys.getrefcount(v))
w = V()
d2 = {1: v, 2: w}
for k, x in d2.items():
    print(k, sys.getrefcount(v), sys.getrefcount(w))
del k, x
print(sys.getrefcount(v), sys.getrefcount(w))
it = iter(d2.items())
a = next(it)
b = next(it)
print(a[0], b[0], sys.getrefcount(v), sys.getrefcount(w))
del a, b, it
print(sys.getrefcount(v), sys.getrefcount(w))
for k, x in reversed(d2.items()):
    print('rev', k, sys.getrefcount(v), sys.getrefcount(w))
del k, x
keys = d2.keys()
print(sys.getrefcount(d2))
del keys
print(sys.getrefcount(d2))
