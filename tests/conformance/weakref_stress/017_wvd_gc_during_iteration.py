import gc
import weakref
gc.collect()
class V:
    def __init__(self, n):
        self.n = n
        self.me = self
d = weakref.WeakValueDictionary()
keep = []
for i in range(6):
    v = V(i)
    d[i] = v
    if i == 0:
        keep.append(v)
del v
seen = []
for k in d:
    seen.append(k)
    if k == 0:
        print("collected mid-iteration", gc.collect())
print("seen", seen)
print("len", len(d), list(d.keys()))
items = list(d.items())
print("items", [(k, v.n) for k, v in items])
del items
try:
    for k in d.data:
        del keep[:]
        gc.collect()
except RuntimeError as e:
    print("RuntimeError", e)
print("final", len(d))
