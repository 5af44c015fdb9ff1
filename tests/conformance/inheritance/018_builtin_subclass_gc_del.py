# Instances of subclasses of immutable builtins are GC-tracked (all heap types have GC in 3.11): a tuple or
# int subclass instance in a cycle through its __dict__ is collected; __del__ runs; refcounts of the items.
import sys, gc, weakref
gc.collect()
class T(tuple):
    def __del__(self):
        print("del T", len(self))
class I(int):
    def __del__(self):
        print("del I", int(self))
class F(float):
    pass
t = T([1, 2])
t.me = t
del t
print("collected", gc.collect())
i = I(300)
i.box = [i]
del i
print("collected", gc.collect())
f = F(1.5)
w = weakref.ref(f, lambda r: print("callback"))
f.cycle = {"f": f}
del f
print("before", w() is not None)
print("collected", gc.collect(), w())
x = I(7)
del x
class S(frozenset):
    pass
s = S([1, 2])
s.self = s
del s
print("collected", gc.collect())
payload = [1, 2, 3]
print(sys.getrefcount(payload))
holder = T([payload, payload])
print(sys.getrefcount(payload))
holder2 = I(1)
holder2.p = payload
print(sys.getrefcount(payload))
del holder, holder2
print(sys.getrefcount(payload))
print(gc.is_tracked(I(1)), gc.is_tracked(F(2.0)), gc.is_tracked(T()), gc.is_tracked(S()))
print([type(o).__name__ for o in gc.get_referents(T([payload]))])
