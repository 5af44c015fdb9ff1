import sys
for n in range(0, 30):
    d = {}
    for i in range(n):
        d['k%d' % i] = i
    e = {}
    for i in range(n):
        e[i] = i
    print(n, sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(d.copy()), sys.getsizeof(dict(e)))
print(sys.getsizeof(dict(a=1)), sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
d = {'a': 1}
d[1] = 2
print(sys.getsizeof(d))
x = 1
print(sys.getsizeof({'a': x, 'b': x, 'c': x, 'd': x, 'e': x, 'f': x}), sys.getsizeof({1: x, 2: x, 3: x, 4: x, 5: x, 6: x}))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}), sys.getsizeof({'a': x, 2: x, 'c': x, 'd': x, 'e': x, 'f': x}))
print(sys.getsizeof({i: i for i in range(10)}), sys.getsizeof({str(i): i for i in range(10)}))
print([sys.getsizeof(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 11)])
print([sys.getsizeof(dict.fromkeys(set(range(n)))) for n in (0, 1, 5, 6, 11, 21)])
print([sys.getsizeof(dict.fromkeys({str(i): 0 for i in range(n)})) for n in (0, 1, 5, 6, 11)])
d = {i: i for i in range(20)}
for i in range(15):
    del d[i]
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
d.clear()
print(sys.getsizeof(d))
d = {i: i for i in range(10)}
d.popitem()
d.popitem()
print(sys.getsizeof(d))
d[99] = 0
print(sys.getsizeof(d))
e = {}
e.update(a=1)
print(sys.getsizeof(e))
e = {}
e.update(a=1, b=2, c=3, d=4, e=5, f=6)
print(sys.getsizeof(e))
print(sys.getsizeof({}.keys()), sys.getsizeof(iter({})), sys.getsizeof(iter({}.items())))
print(sys.getsizeof({1: 1} | {2: 2}), sys.getsizeof({i: i for i in range(8)} | {}))
