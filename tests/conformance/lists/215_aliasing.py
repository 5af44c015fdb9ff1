a = [1, 2]
a += a
print(a)
a *= 2
print(a)
a[:] = a
print(a)
a[1:3] = a
print(a, len(a))
a[::-1] = a
print(a)
grid = [[0] * 3] * 2
grid[0][1] = 5
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][1] = 5
print(grid2)
b = [1, 2, 3]
c = b
b = b + [4]
print(b, c)
c += [5]
print(c)
d = [[1]] * 3
d[0].append(2)
print(d)
e = list(range(5))
e.extend(e[::-1])
print(e)
f = [0, 1, 2, 3]
f[1:3] = f[::-1]
print(f)
g = [1]
g.append(g[:])
g.insert(0, g)
print(g)
h = []
h.extend(iter(h))
print(h)
k = [1, 2, 3]
k.extend(iter(k[:2]))
print(k)
