import sys
g = sys.getsizeof
for n in [0, 1, 2, 3, 5, 8, 13, 21]:
    data = [(i * 7) % 5 for i in range(n)]
    before = g(data)
    data.sort()
    after_sort = g(data)
    data.sort(key=lambda x: -x, reverse=True)
    data.reverse()
    print(n, before, after_sort, g(data), g(sorted(data)), g(sorted(iter(data))), g(sorted(tuple(data))))
a = []
a.append(1)
a.sort()
print(g(a))
b = [1, 2, 3]
def key(x):
    b.append(x)
    return x
try:
    b.sort(key=key)
except ValueError:
    pass
print(g(b), b)
c = list(range(10))
c.__init__()
print(g(c))
c.__init__(range(3))
print(g(c))
print(g(list(range(10))[2:5]), g(list(range(10))[::3]), g(list(range(10))[5:2]))
