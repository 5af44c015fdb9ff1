e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)
try:
    e.add_note(1)
except TypeError as exc:
    print("TypeError:", exc)
e2 = ValueError()
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as exc:
    print("TypeError:", exc)
try:
    raise KeyError("k")
except KeyError as k:
    tb = k.__traceback__
    print(type(tb).__name__)
    r = RuntimeError("r").with_traceback(tb)
    print(r.__traceback__ is tb)
    print(RuntimeError().with_traceback(None).__traceback__)
try:
    ValueError().with_traceback(1)
except TypeError as exc:
    print("TypeError:", exc)
x = ValueError()
print(x.__context__, x.__cause__, x.__suppress_context__, x.__traceback__)
x.__cause__ = KeyError()
print(repr(x.__cause__), x.__suppress_context__)
try:
    x.__cause__ = 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    x.__context__ = "a"
except TypeError as exc:
    print("TypeError:", exc)
