import gc
import weakref
gc.collect()
class C:
    pass
def make():
    a = C()
    a.me = a
    a.r = weakref.ref(a, lambda r: print("inner callback"))
    return weakref.ref(a, lambda r: print("outer callback"))
outer = make()
print("collected", gc.collect())
print("outer dead", outer() is None)
