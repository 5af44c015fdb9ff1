s = {5, 3, 1, 9, 7}
print(s)
print(set([100, 1, 50, 7, 8, 16, 33, 64]))
print({-1, -2, -3, 0, 1, 2})
print({10**6, 10**9, 10**12, 2**40, 2**61 - 1, 2**61, 2**62})
print({-(2**61), -(2**61) + 1, 2**64, 2**100, -(2**100)})
s = set()
for i in range(0, 200, 7):
    s.add(i)
print(s)
print(list(set(range(30, 0, -1))))
print(sorted(s) == list(range(0, 200, 7)))
