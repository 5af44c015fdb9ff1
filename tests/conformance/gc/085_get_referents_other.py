import gc
gc.collect()
class C:
    def m(self):
        pass
c = C()
bm = c.m
refs = gc.get_referents(bm)
print("bound method", [type(r).__name__ for r in refs], refs[1] is c)
def outer():
    val = ["v"]
    def inner():
        return val
    return inner
f = outer()
cell = f.__closure__[0]
print("cell", gc.get_referents(cell))
print("set", sorted(gc.get_referents({"a", "b"})))
print("frozenset", sorted(gc.get_referents(frozenset([1, 2]))))
