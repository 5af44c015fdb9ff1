# set and frozenset subclasses: set_new makes an empty set and set_init fills it (an __init__ that does not
# call it leaves the set empty); frozenset subclasses are filled in __new__; results of set algebra are
# exact sets; repr names the subclass.
import sys, gc, weakref
class Tags(set):
    pass
t = Tags(["b", "a"])
print(sorted(t), type(t).__name__, repr(Tags()), repr(Tags([1])), len(t), "a" in t, isinstance(t, set))
print(type(t | {"c"}).__name__, type(t & t).__name__, type(t.copy()).__name__, type(t - set()).__name__)
print(sys.getsizeof(t), sys.getsizeof(set(["b", "a"])), Tags.__basicsize__, gc.is_tracked(t), sys.getrefcount(t))
r = weakref.ref(t)
print(r() is t, weakref.getweakrefcount(t), hasattr(t, "__weakref__"))
t.owner = "me"
print(t.owner, t.__dict__)
t.add("z")
t |= {"y"}
print(sorted(t), type(t).__name__)
class Named(set):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name
n = Named([3, 1], name="n")
print(sorted(n), n.name)
class Lazy(set):
    def __init__(self, items):
        pass
print(Lazy([1, 2]), len(Lazy([1, 2])))
class Again(set):
    pass
a = Again([1, 2])
a.__init__([5])
print(a)
class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
f = Frozen(3, 1, 2)
print(sorted(f), repr(Frozen()), type(f).__name__, hash(f) == hash(frozenset({1, 2, 3})), {f: 1}[frozenset({1, 2, 3})])
print(sys.getsizeof(f), gc.is_tracked(f), type(f | {9}).__name__, type(f.copy()).__name__, f.copy() is f)
class FS(frozenset):
    pass
print(repr(FS([1])), frozenset.__new__(FS, [4]), set.__new__(Tags, [1, 2]))
for bad in [lambda: Tags([1], [2]), lambda: set.__new__(int), lambda: FS([1], x=1), lambda: hash(Tags())]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class Slots(set):
    __slots__ = ("a",)
s = Slots([1])
s.a = 2
print(s, s.a, sys.getsizeof(s), Slots.__basicsize__, hasattr(s, "__dict__"), weakref.ref(s)() is s)
