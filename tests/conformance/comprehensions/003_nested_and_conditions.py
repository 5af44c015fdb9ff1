words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words if len(w) > 3})
print(sorted({len(w) for w in words}))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [grid[i][i] for i in range(3)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
flat = [x for sub in [[1], [], [2, 3]] for x in sub]
print(flat)
print([[x, y] for x in "ab" if x != "z" for y in (1, 2) if y != 1])
