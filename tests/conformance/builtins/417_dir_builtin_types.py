# dir() of the common builtin types and iterators lists CPython's names: slot wrappers, methods, __doc__,
# object's pickling and subclass hooks.
for T in [object, int, float, bool, str, list, tuple, dict, set, frozenset, range, slice, type(None)]:
    print(T.__name__, dir(T))
for o in [iter([]), iter(()), iter(range(3)), iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(""), iter(b""), reversed([])]:
    print(type(o).__name__, dir(o))
print(int.__doc__)
print(list.__doc__)
print(ValueError.__doc__, KeyError.__doc__)
print(type(iter([])).__doc__, type(None).__doc__)

class C:
    pass
class E(Exception):
    pass
print(C.__doc__, E.__doc__, C().__doc__)
