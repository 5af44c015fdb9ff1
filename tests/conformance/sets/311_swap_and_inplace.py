a = {1, 2, 3, 4, 5, 6}
b = a
a &= {2, 4, 6, 8}
print(a, b is a)
a |= {10, 20}
a -= {2}
a ^= {4, 99}
print(a, b is a)
c = set(range(50))
c.intersection_update(range(3))
print(c)
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g)
f &= {1, 3}
print(f)
