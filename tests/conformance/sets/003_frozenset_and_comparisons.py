f = frozenset([1, 2, 3])
s = {1, 2, 3}
print(f == s, f <= s, s | f, f | s, {f: 1}[frozenset(s)])
try:
    f.add(4)
except AttributeError as e:
    print(e)
print({frozenset({1}), frozenset({1})}, len({frozenset(), frozenset()}))
print(sorted({5, 3, 9}), sorted({"b", "a"}), min({4, 2}), sum({1, 2, 3}))
print({x % 3 for x in range(10)}, set(range(3)) == {0, 1, 2})
print(repr(set()), repr(frozenset()), str({1}), type({1}).__name__, type({}).__name__)
