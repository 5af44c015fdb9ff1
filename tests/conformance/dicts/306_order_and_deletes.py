d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 2):
    del d[i]
print(d)
d[0] = 'zero'
d[3] = 'three'
print(d, list(d))
e = dict.fromkeys('hello world')
print(e)
f = {'b': 1, 'a': 2}
f['c'] = 3
del f['b']
f['b'] = 4
print(f)
g = {x: x for x in range(20)}
while len(g) > 15:
    g.popitem()
print(g)
g[100] = 1
print(list(g)[-3:])
h = {1: 'a', True: 'b', 1.0: 'c'}
print(h)
