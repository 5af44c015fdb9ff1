import gc
import weakref
gc.collect()
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
strong = {}
for i in range(5):
    strong[i] = V(i)
    d[i] = strong[i]
seen = []
for k in d.keys():
    seen.append(k)
    strong.pop(k + 1, None)
print("seen", seen)
print("len", len(d), sorted(d.keys()))
strong = {i: V(i) for i in range(5)}
for i in range(5):
    d[i] = strong[i]
seen = []
for k, v in d.items():
    seen.append(v.n)
    del v
    strong.clear()
print("items seen", seen)
print("len after", len(d))
