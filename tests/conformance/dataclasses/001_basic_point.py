# A plain dataclass: generated __init__/__repr__/__eq__, their qualified names, the class docstring,
# __match_args__, __hash__ set to None by eq=True, and the fields() metadata.
from dataclasses import dataclass, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(Point(3))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__name__, Point.__init__.__module__)
print(Point.__doc__)
print(Point.__match_args__)
print(Point.__hash__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print([f.default for f in fields(Point)][1], fields(Point)[0].init, fields(Point)[0].repr, fields(Point)[0].compare)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(sorted(Point.__dataclass_fields__))
print(Point.__dataclass_params__)
print(p.__dict__)
p.x = 10
print(p, Point.__annotations__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


q = Plain(1)
print(q == Plain(1), Plain.__hash__ is object.__hash__, '__repr__' in Plain.__dict__, '__eq__' in Plain.__dict__)
