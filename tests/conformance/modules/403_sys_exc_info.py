import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0], repr(sys.exception()))
    print(sys.exc_info()[0])
print(sys.exc_info(), sys.exception())
