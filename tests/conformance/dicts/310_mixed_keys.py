d = {1: 'int', 'a': 'str', (1, 2): 'tuple', 2.5: 'float', frozenset([1]): 'fs'}
print(d)
print(d[1.0], d[True], d[(1, 2)], d[frozenset({1})])
d[True] = 'bool'
print(d)
e = {0: 'zero', False: 'false', 0.0: 'float'}
print(e)
print(list(d.keys())[2:4], list(d.values())[-2:])
del d[2.5]
d[2.5] = 'again'
print(list(d))
