# X | Y on classes makes types.UnionType: repr, flattening and de-duplication, None, equality regardless
# of order, isinstance/issubclass with a union, unions with generic aliases, and errors.
import sys

u = int | str
print(u, type(u), type(u).__name__, u.__args__, u.__parameters__)
print(int | None, None | int, int | str | None, (int | str) | (bytes | int), int | int, int | list[int])
print(list[int] | None, dict[str, int] | list[int])
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (float, int | str)))
print({int | str: 'u'}[str | int])
try:
    int | 3
except TypeError as e:
    print(e)
try:
    'a' | int
except TypeError as e:
    print(e)
try:
    isinstance(3, int | list[int])
except TypeError as e:
    print(e)
print(sys.getsizeof(int | str))


class A:
    pass


print(A | None, (A | int).__args__)
