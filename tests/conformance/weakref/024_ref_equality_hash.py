import weakref
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
a = V(1)
b = V(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print("equal referents", ra == rb, ra is rb)
print("hash", hash(ra) == hash(a))
saved_hash = hash(rb)
del a
print("one dead", ra == rb, ra == ra)
del b
print("both dead", ra == rb, hash(rb) == saved_hash)
c = V(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print(type(e).__name__, e)
