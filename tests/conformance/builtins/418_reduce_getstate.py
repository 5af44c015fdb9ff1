# object.__reduce_ex__ / __reduce__ / __getstate__ (copyreg.__newobj__ for protocol 2+, copyreg._reduce_ex below
# it), __getnewargs__ of str/tuple/bytes, float.__getformat__, __subclasshook__ and __init_subclass__.
class C:
    pass
c = C()
print(c.__getstate__())
c.x = 1
print(c.__getstate__(), c.__getstate__() is c.__dict__)
r = c.__reduce_ex__(2)
print(r[0].__name__, r[0].__module__, r[1], r[2], r[3], r[4])
r = c.__reduce_ex__(1)
print(r[0].__name__, r[1], r[2])
print(c.__reduce__()[0].__name__)
print((5).__reduce_ex__(2)[1], (5).__reduce_ex__(4)[1:])
print([1, 2].__reduce_ex__(2)[1:3], list([1, 2].__reduce_ex__(2)[3]))
print(sorted({1: 2}.__reduce_ex__(2)[4]))
print("ab".__getnewargs__(), (1,).__getnewargs__(), b"x".__getnewargs__(), b"x".__bytes__())
t = (1, 2)
print(t.__getnewargs__()[0] is t)
print(float.__getformat__("double"), float.__getformat__("float"))
for arg in ["half", 1]:
    try:
        float.__getformat__(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(s.__getstate__())
print(object.__subclasshook__(), C.__subclasshook__(int))
print(C.__init_subclass__())
class K:
    def __reduce__(self):
        return (K, ())
print(K().__reduce_ex__(2) == (K, ()))
for f in [lambda: (1).__reduce__(), lambda: (1).__reduce_ex__(0), lambda: object().__reduce_ex__()]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
import copyreg
print(copyreg.__newobj__(C, ).__class__ is C, copyreg._slotnames(S))

# Types with their own __reduce__ / __sizeof__; str.maketrans is a staticmethod.
print(range(1, 5, 2).__reduce__(), range(3).__reduce__(1, 2), slice(1, None).__reduce__())
print({1, 2}.__reduce__(), frozenset({3}).__reduce__())
print((5).__sizeof__(), (2 ** 100).__sizeof__(), True.__sizeof__())
print(type(str.__dict__["maketrans"]).__name__, str.maketrans("ab", "xy"), "".maketrans({"a": "b"}))
for f in [lambda: (1).__sizeof__(1), lambda: slice(1).__reduce__(1), lambda: set().__reduce__(1), lambda: object().__dir__(1), lambda: range(3).__reduce__(x=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
