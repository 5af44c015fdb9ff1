print({1, 'a', 2.5, (1, 2), True, -7})
print({0.5, 1.5, 2.5, -0.5, 1e10, 1e-10})
print({(i, i * 2) for i in range(8)})
print({str(i) for i in range(12)})
print({frozenset([i]) for i in range(5)})
s = {i * 8 for i in range(12)}
print(s)
s = set()
for i in [0, 32, 64, 96, 1, 33, 7, 39]:
    s.add(i)
print(s)
