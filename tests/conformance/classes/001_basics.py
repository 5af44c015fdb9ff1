class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.norm2(), Point.norm2(p), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
Point.dims = 5
q = Point(0, 0)
print(q.dims, p.dims, type(p).__name__, Point.__name__, Point.__qualname__)
print(isinstance(p, Point), isinstance(p, object), [p, q])
