import gc
import weakref
gc.collect()
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        partner = self.partner_ref()
        print(self.name, "__del__: partner via weakref", partner, "partner attr", self.partner.name)
        print("  own weakrefs", weakref.getweakrefcount(self))
a = Part("a")
b = Part("b")
a.partner = b
b.partner = a
a.partner_ref = weakref.ref(b)
b.partner_ref = weakref.ref(a)
del a, b
print("collected", gc.collect())
c = Part("c")
d = Part("d")
c.partner = d
d.partner = c
c.partner_ref = weakref.ref(d)
d.partner_ref = weakref.ref(c)
keep = c
del c, d
print("reachable pair", gc.collect())
del keep
print("collected", gc.collect())
