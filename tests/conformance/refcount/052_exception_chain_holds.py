import sys
def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
try:
    f()
except ValueError as e:
    err = e
cause = err.__cause__
print(type(cause).__name__, sys.getrefcount(cause))
print(err.__context__ is cause, err.__suppress_context__)
err.__cause__ = None
print(sys.getrefcount(cause))
err.__context__ = None
print(sys.getrefcount(cause))
