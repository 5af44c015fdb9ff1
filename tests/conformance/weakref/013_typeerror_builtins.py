import weakref
values = [1, 2 ** 80, 1.5, "s", b"b", (1, 2), [1], {"a": 1}, None, True]
for v in values:
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
for v in [set(), frozenset(), len]:
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.proxy([])
except TypeError as e:
    print(type(e).__name__, e)
