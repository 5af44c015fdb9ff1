# weakref.ref can be subclassed with __slots__ (as Lib/weakref.py does for WeakMethod): one object, slots stored
# on the weak reference itself.
import weakref, sys, gc
class C:
    def m(self): return 1
c = C()
w = weakref.WeakMethod(c.m)
print(type(w).__name__, isinstance(w, weakref.ref), w() is not None, sys.getsizeof(w))
print(w == weakref.WeakMethod(c.m), hash(w) == hash(weakref.WeakMethod(c.m)))
class R(weakref.ref):
    __slots__ = ("tag",)
r = R(c)
r.tag = 5
print(r.tag, r() is c, type(r).__name__, weakref.getweakrefcount(c))
try:
    r.other = 1
except AttributeError as e:
    print("AttributeError", e)
del c
print(w(), r())
