import gc
import weakref
gc.collect()
class N:
    pass
a = N()
b = N()
a.peer = b
b.peer = a
plain = [weakref.ref(a) for i in range(3)]
with_cb = [weakref.ref(a, lambda r: None) for i in range(3)]
proxies = [weakref.proxy(b) for i in range(2)]
print("a", weakref.getweakrefcount(a), "b", weakref.getweakrefcount(b))
print("plain shared", all(p is plain[0] for p in plain))
del with_cb[0]
print("after dropping one callback ref", weakref.getweakrefcount(a))
keeper = a
del a, b
print("reachable", gc.collect(), weakref.getweakrefcount(keeper))
del keeper
print("collected", gc.collect())
print("refs dead", [r() for r in plain + with_cb])
print("weakrefs of dead ref objects", weakref.getweakrefcount(plain[0]), weakref.getweakrefs(plain[0]))
print("non-weakrefable", weakref.getweakrefcount(1), weakref.getweakrefcount([]), weakref.getweakrefs("s"))
