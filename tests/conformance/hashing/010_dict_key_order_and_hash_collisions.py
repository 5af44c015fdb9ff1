d = {}
for k in [-1, -2, 2**61 - 1, 0, 1.0, True]:
    d[k] = type(k).__name__
print(d)
print(hash(-1) == hash(-2))
print({-1, -2})
print(len({-1, -2}))
