# subtype_dealloc order for subclasses of builtins: a base without tp_weaklist (float, list) has its weak
# references cleared (callbacks run) before the __dict__ is released; set and frozenset clear them in set_dealloc,
# after the subclass's slots and dict but before the keys.
import weakref, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del attr", self.n)
for base in (set, frozenset, float, list, tuple, int):
    C = type("C", (base,), {})
    s = C()
    s.a = D(base.__name__)
    w = weakref.ref(s, lambda r: print("callback")) if base not in (tuple, int) else None
    del s
    print("--")
class S(set):
    __slots__ = ("a", "__dict__")
s = S([D("key")])
s.a = D("slot")
s.b = D("dict")
w = weakref.ref(s, lambda r: print("callback"))
del s
