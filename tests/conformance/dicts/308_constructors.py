class M:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, key):
        return key * 2
print(dict(M()), dict(M(), r=1))
d = {}
d.update(M())
print(d)
print(dict([('a', 1), ('a', 2)]), dict([[1, 2]]), dict(((i, i * i) for i in range(4))))
print(dict({1: 2}, **{'x': 3}))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
e = {'k': 1}
print(dict(e) == e, dict(e) is e, e.copy() is e)
print(dict([]), dict(()), dict({}))
try:
    dict([('a',)])
except ValueError as ex:
    print(ex)
try:
    dict([1, 2])
except TypeError as ex:
    print(ex)
