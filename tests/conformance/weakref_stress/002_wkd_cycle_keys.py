import gc
import weakref
gc.collect()
class K:
    def __init__(self, name):
        self.name = name
d = weakref.WeakKeyDictionary()
keep = []
for i in range(5):
    k = K("k%d" % i)
    k.me = k
    d[k] = [i]
    if i in (1, 3):
        keep.append(k)
del k
print("before", len(d))
print("collected", gc.collect())
print("after", len(d), sorted(k.name for k in d.keys()))
print("values", sorted(v[0] for v in d.values()))
print("lookup", d[keep[0]], keep[1] in d)
x = K("fresh")
d[x] = "v"
print("items", sorted((k.name, v if isinstance(v, str) else v[0]) for k, v in d.items()))
del x
print("after del fresh", len(d))
keep.clear()
gc.collect()
print("emptied", len(d), list(d.items()))
