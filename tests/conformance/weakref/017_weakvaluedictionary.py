import gc
import weakref
gc.collect()
class Item:
    def __init__(self, name):
        self.name = name
a = Item("a")
b = Item("b")
d = weakref.WeakValueDictionary()
d["a"] = a
d["b"] = b
d["c"] = Item("c")
print("len", len(d), sorted(d.keys()))
print("get", d["a"].name, d.get("c"), d.get("zz", "default"))
del a
print("after del a", len(d), sorted(d.keys()), "a" in d)
try:
    d["a"]
except KeyError as e:
    print(type(e).__name__, e)
b.me = b
del b
print("cycle alive", len(d))
gc.collect()
print("after collect", len(d), list(d.items()))
