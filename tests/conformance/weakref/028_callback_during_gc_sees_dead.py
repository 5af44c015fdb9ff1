import gc
import weakref
gc.collect()
class C:
    def __init__(self, name):
        self.name = name
seen = []
def cb(r):
    seen.append((r() is None, r is ra or r is rb))
a = C("a")
b = C("b")
a.other = b
b.other = a
ra = weakref.ref(a, cb)
rb = weakref.ref(b, cb)
del a, b
print("collected", gc.collect())
print("seen", seen)
