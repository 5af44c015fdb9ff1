# namedtuple classes are tuple subclasses (as Lib/collections builds them): __slots__ = (), fields are
# _tuplegetter descriptors, instances are tuples of the class with tuple's size and GC tracking.
import sys, gc, copy
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, isinstance(p, tuple), Point.__mro__, Point.__bases__, Point.__module__, Point.__qualname__)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), gc.is_tracked(p), sys.getrefcount(p), Point.__basicsize__)
print(Point.x, Point.y.__doc__, type(Point.x), Point.__doc__, Point.__new__.__doc__, Point._make.__doc__)
print(Point.__match_args__, Point._fields, Point._field_defaults, Point.__slots__, hasattr(p, "__dict__"))
print(list(Point.__dict__))
for bad in [lambda: setattr(p, "x", 5), lambda: setattr(p, "z", 5), lambda: delattr(p, "x")]:
    try:
        bad()
    except AttributeError as e:
        print("AttributeError", e)
print(p + (3,), type(p + (3,)).__name__, p * 2, p[::-1], tuple(p), type(tuple(p)).__name__, p[0], p[-1])
print(hash(p) == hash((1, 2)), p == (1, 2), (1, 2) == p, p < Point(1, 3), "%s-%s" % p, "{}/{}".format(*p))
print(copy.copy(p), copy.deepcopy(p), p.__getnewargs__(), Point._make(iter([5, 6])), p._asdict())
print(p._replace(y=20), type(p._replace(y=20)).__name__, sorted([Point(2, 0), Point(1, 9)]), max(p), sum(p))
x, y = p
print(x, y, [*p], dict(zip(p._fields, p)))
class Point3(Point):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return "P(%d, %d)" % self
q = Point3(3, 4)
print(q, repr(q), q.norm, q._replace(x=0), type(q._replace(x=0)).__name__, Point3._make([1, 1]))
class WithDict(Point):
    pass
w = WithDict(1, 2)
w.extra = "e"
print(w, w.__dict__, sys.getsizeof(w))
Single = namedtuple("Single", ["only"], defaults=[0])
print(Single(), Single(5), Single.__doc__, Single._field_defaults, sys.getsizeof(Single()))
Empty = namedtuple("Empty", "")
print(Empty(), len(Empty()), Empty._fields)
items = [object()]
print(sys.getrefcount(items[0]))
held = Single(items[0])
print(sys.getrefcount(items[0]), held.only is items[0])
del held
print(sys.getrefcount(items[0]))
try:
    Point.x.__get__(5)
except TypeError as e:
    print("TypeError", e)
print(Single.__new__.__defaults__, Point.__new__.__defaults__, Point.__new__.__name__, Point.__new__.__qualname__, Point._make.__qualname__, Point.__new__.__globals__["__name__"])
