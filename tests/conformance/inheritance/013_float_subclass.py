# float subclasses: a managed __dict__ and a __weakref__ slot (basicsize 32), never from the float free list;
# arithmetic gives exact floats; __new__ with extra arguments, keywords accepted when __init__ is overridden.
import sys, gc, weakref
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
m = Meters(2.5)
print(m, repr(m), str(m), type(m + 1).__name__, type(m * 2).__name__, type(-m).__name__, m == 2.5)
print(sys.getsizeof(m), sys.getsizeof(2.5), Meters.__basicsize__, gc.is_tracked(m), sys.getrefcount(m))
r = weakref.ref(m)
print(r() is m, m.__weakref__ is r, hash(m) == hash(2.5), m.is_integer(), m.hex(), round(m), float(m))
m.note = "len"
print(m.__dict__, sys.getsizeof(m))
class Temp(float):
    def __new__(cls, value, unit="C"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self
    def __init__(self, value, unit="C"):
        print("init", value, unit)
t = Temp(21.5, unit="F")
print(t, t.unit, Temp("3.25"), Temp(1).unit, type(t + t).__name__)
class Kw(float):
    def __init__(self, value, scale=1):
        self.scale = scale
k = Kw(2.0, scale=10)
print(k, k.scale)
try:
    Meters(1.0, x=2)
except TypeError as e:
    print("TypeError", e)
class Slotted(float):
    __slots__ = ("tag",)
s = Slotted(1.5)
s.tag = [1, 2]
print(s.tag, sys.getsizeof(s), Slotted.__basicsize__, hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError", e)
del s.tag
try:
    s.tag
except AttributeError as e:
    print("AttributeError", e)
print(float.__new__(Meters, "7"), Meters(), Meters(float("inf")), Meters("nan") != Meters("nan"))
