# types.GenericAlias: list[int] and friends — repr, __origin__/__args__/__parameters__, calling it,
# equality and hashing, attribute forwarding, isinstance/issubclass refusal, subclassing list[int],
# the size and refcounts of an alias.
import sys

a = list[int]
print(a, dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int])
print(list[int, str], dict[str], list[[int, str]], list[...], list['Node'], list[None])
print(type(a), type(a).__name__, type(a).__module__, a.__class__)
print(a.__origin__, a.__args__, a.__parameters__, dict[str, int].__args__)
print(list[int]((1, 2)), dict[str, int](a=1), tuple[int, ...]('ab'))
print(a == list[int], a == list[str], a == list, a != dict[int], hash(a) == hash(list[int]), a is list[int])
print(list[int].append, list[int].__name__, list[int].__mro__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)


class IntList(list[int]):
    pass


print(IntList.__bases__, IntList.__orig_bases__, IntList([1, 2]))
print(a.__mro_entries__((a,)), a.__reduce__())
print(sys.getsizeof(a), sys.getsizeof(dict[str, int]))
b = dict[str, int]
print(sys.getrefcount(b), sys.getrefcount(b.__args__), b.__origin__ is dict)
aliases = [list[int] for _ in range(3)]
print(len(set(aliases)), aliases[0] is aliases[1])
del aliases
