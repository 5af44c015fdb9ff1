import gc
import weakref
gc.collect()
class S:
    __slots__ = ("name", "peer", "__weakref__")
    def __init__(self, name):
        self.name = name
class SD(S):
    __slots__ = ("extra",)
    def __del__(self):
        print("SD del", self.name, "peer", self.peer.name)
calls = []
a = S("a")
b = SD("b")
a.peer = b
b.peer = a
b.extra = [a, b]
ra = weakref.ref(a, lambda r: calls.append("a"))
rb = weakref.ref(b, lambda r: calls.append("b"))
print("weakrefs", weakref.getweakrefcount(a), weakref.getweakrefcount(b))
print("referents of b", sorted(type(r).__name__ for r in gc.get_referents(b)))
del a, b
print("collected", gc.collect())
print("callbacks", sorted(calls), ra(), rb())
class NoWeak:
    __slots__ = ("peer",)
n = NoWeak()
n.peer = n
try:
    weakref.ref(n)
except TypeError as e:
    print("TypeError", e)
del n
print("no-weakref slots cycle", gc.collect())
