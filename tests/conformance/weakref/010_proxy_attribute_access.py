import weakref
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
pt = Point(3, -4)
p = weakref.proxy(pt)
print(type(p).__name__)
print(p.x, p.y, p.norm1())
p.x = 10
print("set through proxy", pt.x)
del pt
try:
    p.x
except ReferenceError as e:
    print(type(e).__name__, e)
try:
    p.norm1()
except ReferenceError as e:
    print(type(e).__name__, e)
