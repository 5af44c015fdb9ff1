import gc
import weakref
gc.collect()
class O:
    def __init__(self, n):
        self.n = n
a, b, c = O(1), O(2), O(3)
v = weakref.WeakValueDictionary({"a": a, "b": b})
v.setdefault("c", c)
print("setdefault existing", v.setdefault("a", c).n)
v2 = v.copy()
print("copy", sorted(v2.keys()), type(v2).__name__)
del b
print("after del b", sorted(v.keys()), sorted(v2.keys()))
print("pop", v.pop("a").n, "pop default", v.pop("zz", "dflt"))
try:
    v.pop("b")
except KeyError as e:
    print("KeyError", e)
print("popitem", v.popitem()[0], len(v))
k = weakref.WeakKeyDictionary({a: "A", c: "C"})
k2 = k.copy()
print("wkd copy", sorted(x.n for x in k2))
del c
gc.collect()
print("after del c", sorted(x.n for x in k), sorted(x.n for x in k2))
print("wkd setdefault", k.setdefault(a, "new"), k.pop(a), len(k))
print("get on dead default", v.get("c"), k.get(O(9), "missing"))
