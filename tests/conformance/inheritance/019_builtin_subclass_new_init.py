# __new__ and __init__ in subclasses of immutable builtins: the value is fixed in __new__ (type_call then runs
# __init__ with the same arguments); super().__new__ and Base.__new__(cls, ...); an __init__ returning a
# non-None value; __new__ returning another type skips __init__.
import sys
class Money(int):
    def __new__(cls, dollars, cents=0):
        print("new", cls.__name__, dollars, cents)
        return super().__new__(cls, dollars * 100 + cents)
    def __init__(self, dollars, cents=0):
        print("init", int(self))
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"
m = Money(3, cents=5)
print(m, repr(m), m + 1, type(m + 1).__name__)
class Cents(Money):
    pass
c = Cents(1)
print(type(c).__name__, c, isinstance(c, Money))
class Vec(tuple):
    def __new__(cls, *coords):
        return tuple.__new__(cls, coords)
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)
v = Vec(1, 2) + Vec(10, 20)
print(v, type(v).__name__, len(v), v[1])
class Odd(float):
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return super().__new__(cls, x)
    def __init__(self, x):
        print("init runs for", x)
print(Odd(2.0), Odd(-1.0))
class Bad(tuple):
    def __init__(self, *a):
        return 5
try:
    Bad([1])
except TypeError as e:
    print("TypeError", e)
class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
t = Tagged(b"xyz", tag="T")
print(t, t.tag, len(t))
class Counted(frozenset):
    made = 0
    def __new__(cls, items=()):
        cls.made += 1
        return super().__new__(cls, items)
print(sorted(Counted([3, 1])), Counted.made, Counted().__class__.__name__, Counted.made)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("abc")).__name__, Upper("x") + "y")
class Scaled(int):
    def __new__(cls, value, scale=10):
        return int.__new__(cls, value * scale)
print(Scaled(4), Scaled(4, scale=2), sys.getrefcount(Scaled(4)))
# tp_new_wrapper's safety check: object.__new__ cannot make an int/list/tuple subclass instance.
class L(list):
    pass
class Bare(tuple):
    def __new__(cls):
        return object.__new__(cls)
for f in (lambda: object.__new__(Money), lambda: object.__new__(L), lambda: Bare(), lambda: Money.__new__(Vec, 1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
