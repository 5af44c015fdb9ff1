class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"))
c = C()
c.a = 1
c.extra = "ok"
print(c.extra, vars(c))
try:
    b.c = 3
except AttributeError as e:
    print(e)
class D:
    __slots__ = ("v", "__dict__")
d = D()
d.v = 1
d.other = 2
print(d.v, d.__dict__)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(e)
