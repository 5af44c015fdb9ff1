s = set()
for v in [2**61 - 1, 0.5, -1, -2, 10**20, 1e20, 3.25, 2**64, -2**64, 7, 7.0, True, 0, -0.0, 1.5, 2**61, 2**61 + 1.0]:
    s.add(v)
print(s)
print({1.5: 'a', 3: 'b', 2.5: 'c', -1: 'd', 2**70: 'e', -1.0: 'f'})
print(set(range(-10, 10)) | {0.5, 1.5, -0.5}, {i * 0.25 for i in range(-8, 9)})
print(sorted({2**k for k in range(0, 200, 3)} ^ {2.0**k for k in range(0, 100, 5)}))
d = {}
for i in range(-50, 50, 3):
    d[i] = i * 1.5
    d[i * 1.5] = i
print(d)
