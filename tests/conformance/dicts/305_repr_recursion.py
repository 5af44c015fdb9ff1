d = {}
d['self'] = d
print(d)
a = {'a': {}}
a['a']['b'] = a
print(a)
e = {1: [1, 2]}
e[1].append(e)
print(e)
print(repr({'x': 'y', 1: 2.5, (): (1,)}))
k = {1: 2}
print(k.keys(), k.items())
l = [k.values()]
k[2] = l
print(k)
