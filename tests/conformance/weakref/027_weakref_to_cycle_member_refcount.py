import gc
import weakref
gc.collect()
class C:
    pass
a = C()
a.me = a
r = weakref.ref(a, lambda x: print("callback"))
del a
print("cycle alive", r() is not None)
print("collect")
n = gc.collect()
print("collected", n, r() is None)
b = C()
r2 = weakref.ref(b, lambda x: print("callback b"))
b = None
print("refcount death, no collect needed", r2() is None)
