import gc
import weakref
gc.collect()
class Key:
    def __init__(self, n):
        self.n = n
k1 = Key(1)
k2 = Key(2)
d = weakref.WeakKeyDictionary()
d[k1] = "one"
d[k2] = "two"
print("len", len(d), d[k1], k2 in d)
print("values", sorted(d.values()))
del k1
print("after del k1", len(d), sorted(d.values()))
k2.me = k2
del k2
print("before collect", len(d))
gc.collect()
print("after collect", len(d), list(d.keys()))
try:
    d[5] = "x"
except TypeError as e:
    print(type(e).__name__, e)
