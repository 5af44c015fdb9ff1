# __slots__ in subclasses of builtins: int, tuple and bytes refuse nonempty __slots__ (even '__dict__' or
# '__weakref__'); __slots__ = () leaves no __dict__; float, set, list and dict take slots; bool cannot be
# subclassed.
import sys, gc
for base in (int, tuple, bytes):
    for slots in (("a",), ("__dict__",), ("__weakref__",)):
        try:
            type("X", (base,), {"__slots__": slots})
        except TypeError as e:
            print("TypeError", e)
class I(int):
    pass
try:
    class J(I):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
class J(I):
    __slots__ = ()
j = J(4)
j.still = "dict from I"
print(j.still, J.__basicsize__, sys.getsizeof(j))
class NoDict(int):
    __slots__ = ()
n = NoDict(3)
print(n, hasattr(n, "__dict__"), sys.getsizeof(n), NoDict.__basicsize__, gc.is_tracked(n))
try:
    n.x = 1
except AttributeError as e:
    print("AttributeError", e)
class NT(tuple):
    __slots__ = ()
nt = NT((1, 2))
print(nt, sys.getsizeof(nt), sys.getsizeof((1, 2)), NT.__basicsize__, hasattr(nt, "__dict__"))
class L(list):
    __slots__ = ("tag",)
l = L([1, 2])
l.tag = "t"
print(l, l.tag, sys.getsizeof(l), sys.getsizeof([1, 2]), L.__basicsize__, hasattr(l, "__dict__"))
class D(dict):
    __slots__ = ("factory", "__weakref__")
d = D(a=1)
d.factory = list
print(d, d.factory, sys.getsizeof(d), D.__basicsize__, hasattr(d, "__dict__"))
class S(str):
    __slots__ = ("meta",)
s = S("hey")
s.meta = 1
print(s, s.meta, S.__basicsize__, hasattr(s, "__dict__"))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    type("B", (bool,), {})
except TypeError as e:
    print("TypeError", e)
