import gc
import weakref
gc.collect()
class Item:
    def __init__(self, name):
        self.name = name
d = weakref.WeakValueDictionary()
strong = []
for i in range(6):
    it = Item("i%d" % i)
    if i % 2 == 0:
        it.me = it
    else:
        strong.append(it)
    d[it.name] = it
del it
print("before collect", len(d), sorted(d.keys()))
print("collected", gc.collect())
print("after collect", len(d), sorted(d.keys()))
print("values", sorted(v.name for v in d.values()))
strong.pop()
print("after pop", sorted(d.keys()))
a = Item("pair-a")
b = Item("pair-b")
a.other = b
b.other = a
d["a"] = a
d["b"] = b
del a, b
print("pair present", "a" in d, "b" in d)
gc.collect()
print("pair gone", "a" in d, "b" in d, len(d))
