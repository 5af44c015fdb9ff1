import sys
a = []
class C:
    def __init__(self):
        self._v = a
    @property
    def v(self):
        return self._v
c = C()
print(sys.getrefcount(a))
x = c.v
print(sys.getrefcount(a))
y = getattr(c, "_v")
print(sys.getrefcount(a))
z = getattr(c, "missing", a)
print(sys.getrefcount(a))
print(sys.getrefcount(c.v))
del x, y, z
print(sys.getrefcount(a))
