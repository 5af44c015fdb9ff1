class A:
    x = 1
    @property
    def bad(self):
        raise AttributeError("nope")
a = A()
print(getattr(a, "x"), getattr(a, "y", "dflt"), getattr(a, "bad", "fallback"), hasattr(a, "bad"), hasattr(a, "x"))
setattr(a, "y", 5)
print(a.y, vars(a))
delattr(a, "y")
print(hasattr(a, "y"), vars(a))
print(callable(len), callable(A), callable(a), callable(1), callable(lambda: 0), callable(a.__init__))
class C:
    def __call__(self):
        return 1
print(callable(C()))
def check(f):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: getattr(1))
check(lambda: getattr(1, 2))
check(lambda: getattr(1, "zz"))
check(lambda: setattr(1, "x", 2))
check(lambda: hasattr(1))
check(lambda: delattr(a, "nothere"))
check(lambda: callable())
check(lambda: vars(1))
check(lambda: vars(1, 2))
