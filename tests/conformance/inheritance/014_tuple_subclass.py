# tuple subclasses: __new__ sets the items (immutable), the instance is GC-tracked with a plain __dict__
# after the items (basicsize 32, no __weakref__); concatenation and slicing give exact tuples; tuple(t) copies.
import sys, gc, weakref
class Pair(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Pair({self[0]!r}, {self[1]!r})"
p = Pair(1, [2])
print(p, p.x, len(p), p[1], list(p), p == (1, [2]), isinstance(p, tuple), type(p).__mro__)
a, b = p
print(a, b, type(p + (3,)).__name__, type(p[:]).__name__, type(p * 1).__name__, tuple(p) is p, type(tuple(p)))
print(sys.getsizeof(p), sys.getsizeof((1, 2)), sys.getsizeof(Pair(1, 2)), gc.is_tracked(p), sys.getrefcount(p))
print(Pair.__basicsize__, Pair.__itemsize__, hash(Pair(1, 2)) == hash((1, 2)), p.count(1), p.index([2]))
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError", e)
p.label = "first"
print(p.label, p.__dict__, sys.getsizeof(p))
try:
    p[0] = 5
except TypeError as e:
    print("TypeError", e)
class T(tuple):
    pass
t = T([3, 1, 2])
e = T()
print(t, e, e is tuple(), len(e), sys.getsizeof(e), gc.is_tracked(e), T("ab"), sorted(t), max(t))
print(tuple.__new__(T, range(3)), type(tuple.__new__(T)).__name__)
gc.collect()
plain = (1, 2)
sub = T((1, 2))
gc.collect()
print(gc.is_tracked(plain), gc.is_tracked(sub))
try:
    T(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    T([1], key=2)
except TypeError as e:
    print("TypeError", e)
class Init(tuple):
    def __init__(self, items, scale=1):
        self.scale = scale
i = Init([1, 2], scale=3)
print(i, i.scale)
items = [object(), object()]
held = T(items)
print(sys.getrefcount(items[0]))
del held
print(sys.getrefcount(items[0]))
