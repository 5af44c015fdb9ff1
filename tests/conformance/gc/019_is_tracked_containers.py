import gc
gc.collect()
class C:
    pass
class S:
    __slots__ = ()
class T:
    __slots__ = ("x",)
def f():
    pass
tests = [
    ("empty list", []),
    ("list of ints", [1, 2]),
    ("set", set()),
    ("set of ints", {1, 2}),
    ("frozenset", frozenset()),
    ("frozenset of ints", frozenset([1, 2])),
    ("instance", C()),
    ("slots ()", S()),
    ("slots x", T()),
    ("function", f),
    ("lambda", lambda: 0),
    ("class", C),
    ("builtin type", int),
]
for label, obj in tests:
    print(label, gc.is_tracked(obj))
