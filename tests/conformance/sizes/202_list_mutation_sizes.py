import sys
g = sys.getsizeof
a = [1]
a.pop()
print(g(a))
a.extend((1, 2, 3))
print(g(a))
b = [1]
b.clear()
print(g(b))
b.extend((1, 2, 3))
print(g(b))
c = [1]
c.remove(1)
print(g(c))
c.extend((1, 2, 3))
print(g(c))
d = []
d.extend((1, 2, 3))
print(g(d))
d.extend((4,))
print(g(d))
d.extend(range(10))
print(g(d))
e = [1, 2]
e.__init__((1, 2, 3))
print(g(e))
f = list(range(20))
del f[2:18]
print(g(f))
f[1:1] = range(30)
print(g(f))
f[:] = []
print(g(f))
h = list(range(10))
h *= 3
print(g(h))
h *= 0
print(g(h))
i = list(range(16))
del i[::2]
print(g(i))
del i[::3]
print(g(i))
j = [0] * 8
j += range(100)
print(g(j))
j += [1]
print(g(j))
k = []
k += (1, 2, 3, 4, 5)
print(g(k))
m = [1, 2, 3]
m.sort()
m.reverse()
print(g(m))
n = [x for x in range(10)]
print(g(n))
n.extend(x for x in range(3))
print(g(n))
p = list(range(100))
while len(p) > 3:
    p.pop(0)
print(g(p))
