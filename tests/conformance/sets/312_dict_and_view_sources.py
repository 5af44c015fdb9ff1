d = {'x': 1, 'y': 2, 'z': 3}
print(set(d), frozenset(d), set(d.items()), set(d.values()))
s = {0}
s.update(d)
print(s)
s.symmetric_difference_update({'x': 0, 'w': 0})
print(s)
print(s - set(d), s.difference(d), s.intersection(d))
print({'x', 'q'}.issubset(d), {'x'}.issubset(d), {'x', 'y', 'z', 'w'}.issuperset(d))
e = {i: None for i in range(40)}
print(set(e) == set(range(40)), len(set(e)))
print(set(dict.fromkeys(range(20, 0, -2))))
