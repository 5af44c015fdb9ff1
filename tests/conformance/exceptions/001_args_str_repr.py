for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3),
          ZeroDivisionError("division by zero"), Exception(None), StopIteration(5), AssertionError("x")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError("x", "y")
e.args = ("replaced",)
print(str(e), repr(e))
