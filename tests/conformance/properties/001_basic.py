class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        print("get c")
        return self._c
    @c.setter
    def c(self, v):
        print("set c", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("del c")
        del self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(20)
print(t.c, t.f)
t.c = 30
print(t.f)
try:
    t.c = -300
except ValueError as e:
    print(e)
del t.c
print(hasattr(t, "_c"))
try:
    t.f = 5
except AttributeError as e:
    print(e)
