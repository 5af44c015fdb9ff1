import gc
import weakref
gc.collect()
class C:
    pass
a = C()
b = C()
a.b = b
b.a = a
ra = weakref.ref(a, lambda r: print("callback a"))
rb = weakref.ref(b, lambda r: print("callback b"))
ra2 = weakref.ref(a, lambda r: print("callback a second"))
del a, b
print("alive until collect", ra() is not None, rb() is not None)
print("collected", gc.collect())
print("dead", ra() is None, rb() is None)
