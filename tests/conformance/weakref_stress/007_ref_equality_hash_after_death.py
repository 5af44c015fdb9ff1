import weakref
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  __eq__ called")
        return isinstance(other, T) and self.v == other.v
    def __hash__(self):
        return 42
a = T(1)
b = T(1)
ra = weakref.ref(a)
ra2 = weakref.ref(a, lambda r: None)
rb = weakref.ref(b)
print("ra == ra2", ra == ra2, "ra is ra2", ra is ra2)
print("ra == rb", ra == rb)
print("hash", hash(ra), hash(rb))
del a
print("dead ra == ra2", ra == ra2, ra == ra, ra != ra2)
print("dead vs alive", ra == rb)
print("hash after death (cached)", hash(ra))
try:
    hash(ra2)
except TypeError as e:
    print("TypeError", e)
d = {rb: "b"}
print("lookup by new ref", d[weakref.ref(b)])
del b
print("dict still has key", len(d), list(d.values()))
