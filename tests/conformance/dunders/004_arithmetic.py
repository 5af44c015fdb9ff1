class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
print(v + v, v * 3, 3 * v, -v, bool(v), bool(Vec(0, 0)))
v += Vec(1, 1)
print(v)
try:
    v - v
except TypeError as e:
    print(e)
print("s" * v)
try:
    v * v
except TypeError as e:
    print(e)
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd"
print(1 + NI())
try:
    NI() + NI()
except TypeError as e:
    print(e)
