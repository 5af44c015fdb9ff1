d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 9), d.setdefault('d', 4), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3), ['w', 4]])
d.update(q=5)
print(d)
e = d.copy()
e['new'] = 0
print(d, e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print({}.fromkeys((1, 2)))
d.clear()
print(d, len(d))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, k2='v2'), dict())
print(dict(zip('ab', range(2))))
print({1: 'a'} | {2: 'b'}, {1: 'a', 2: 'b'} | {1: 'c'})
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
print(f)
print('a' in {'a': 1}, 'b' not in {'a': 1}, {'a': 1}.__contains__('a'))
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {1: 2} == {1: 2.0}, {} == {})
print(list(reversed({1: 1, 2: 2, 3: 3})), list(reversed({})))
print(list({'x': 1, 'y': 2}.__reversed__()))
