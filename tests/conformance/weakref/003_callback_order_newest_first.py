import weakref
class C:
    pass
obj = C()
r1 = weakref.ref(obj, lambda r: print("callback 1"))
r2 = weakref.ref(obj, lambda r: print("callback 2"))
r3 = weakref.ref(obj, lambda r: print("callback 3"))
print("count", weakref.getweakrefcount(obj))
del obj
print("done")
