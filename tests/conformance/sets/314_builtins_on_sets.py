s = {5, 3, 9, 1}
print(sorted(s), len(s), min(s), max(s), sum(s), any(s), all(s), list(s), tuple(s))
print(sorted({'b', 'a', 'c'}, reverse=True))
print(set(), bool(set()), bool({0}), set([]) == set(), frozenset() == set())
print([x * 2 for x in {1, 2, 3}])
print({x % 3 for x in range(10)})
print(set(range(3)) == {0, 1, 2}, {1, 2} < {1, 2, 3}, {1, 2} <= [1, 2] if False else None)
print(isinstance(s, set), isinstance(frozenset(), frozenset), type(s).__name__)
print(s.__len__() if hasattr(s, '__len__') else len(s))
