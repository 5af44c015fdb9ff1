for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(), KeyError(1, 2), IndexError(3), Exception(None)]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError(1)
e.args = [1, 2]
print(e.args, str(e))
class MyErr(Exception):
    pass
print(repr(MyErr("x")), str(MyErr()), MyErr.__name__, MyErr.__mro__)
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
w = WithInit(5, "bad")
print(repr(w), str(w), w.args, w.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(n.args, str(n), repr(n))
class StrOverride(Exception):
    def __str__(self):
        return "custom"
print(str(StrOverride(1)), repr(StrOverride(1)))
try:
    Exception(x=1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    MyErr(y=1)
except TypeError as exc:
    print("TypeError:", exc)
