class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
class S(str):
    pass
print(A(), str(A()), repr(A()), [A()], f"{A()}", "%s %r" % (A(), A()))
print(B(), [B()], f"{B()!r}", (B(),), {"k": B()}, str(B()))
print(S("x"), repr(S("y")), type(S("z")).__name__)
class Num:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "Num[" + format(self.v, spec) + "]"
print(f"{Num(3.14159):.2f}", format(Num(5), "03d"))
