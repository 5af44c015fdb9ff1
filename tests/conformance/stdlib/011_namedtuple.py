from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, repr(p), p.x, p.y, p[0], p[-1], p[:1], len(p))
x, y = p
print(x, y, list(p), 2 in p, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._make([3, 4]), p._asdict(), p._replace(x=10), p)
print(Point.__name__, Point.__doc__, p.count(1), p.index(2), p + (3,), Point(1, 2) < Point(1, 3))
P3 = namedtuple('P3', 'a, b c', defaults=[5])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3._fields)
R = namedtuple('R', ['ok', 'def', '_x', 'ok'], rename=True)
print(R._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
for t in [lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3),
          lambda: Point(1, x=3), lambda: Point._make([1]), lambda: p._replace(z=1),
          lambda: namedtuple('T', ['a', 'a']), lambda: namedtuple('T', ['_a']),
          lambda: namedtuple('T', ['class']), lambda: namedtuple('1T', 'a'),
          lambda: namedtuple('T', 'a', defaults=[1, 2]), lambda: setattr(p, 'x', 5)]:
    try:
        t()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
