print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x: x ** 2 for x in range(4)}, {x % 4 for x in range(10)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print([c.upper() for c in "hey" if c != "e"], [x if x > 1 else -x for x in range(4)])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [v for row in m for v in row])
