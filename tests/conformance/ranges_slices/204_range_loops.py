total = 0
for i in range(1000000):
    total += i
print(total)
count = 0
for i in range(10, -10, -3):
    count += 1
    last = i
print(count, last)
squares = [i * i for i in range(10)]
print(squares, sum(i for i in range(0, 100, 7)))
print([i for i in range(3, 0, -1)], [i for i in range(0)], [i for i in range(-2, 2)])
r = range(5)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
nested = [(i, j) for i in range(3) for j in range(i)]
print(nested)
acc = []
for i in range(2 ** 63 - 3, 2 ** 63 + 2):
    acc.append(i - 2 ** 63)
print(acc)
rv = []
for i in reversed(range(-2, 8, 3)):
    rv.append(i)
print(rv)
idx = range(100)[10:90:7]
print(idx, list(idx), len(idx), idx[2], idx[-1], 17 in idx, 18 in idx, idx.index(24))
print(range(0, -10, -2)[1:4], range(10)[-2:2:-3], range(3)[5:], range(7)[::-1][::-1])
