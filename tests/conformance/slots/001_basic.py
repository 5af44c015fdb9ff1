class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
p.y = 5
print(p.y, P.__slots__, type(P.x).__name__)
del p.y
try:
    del p.y
except AttributeError as e:
    print(e)
