print(range(0) == range(5, 5), range(0) == range(3, 1), range(1, 2) == range(1, 5, 10), range(0, 10, 2) == range(0, 9, 2))
print(range(5) == range(5), range(5) != range(6), range(5) == [0, 1, 2, 3, 4], range(1) == range(1, 2))
r = range(3)
print(r == r, r != r)
try:
    range(1) < range(2)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(1, 2)) == hash(range(1, 5, 10)), hash(range(0, 10)) == hash(range(0, 10)))
print(hash(range(5, 10)) == hash(range(5, 10, 1)), hash(range(2, 20, 3)) == hash(range(2, 19, 3)))
d = {range(3): "a"}
print(d[range(0, 3, 1)])
it = iter(range(3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), next(it, "end"))
big = iter(range(2 ** 64, 2 ** 64 + 3))
print(type(big).__name__, big.__length_hint__(), list(big))
rv = reversed(range(1, 10, 3))
print(type(rv).__name__, list(rv), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
print(list(reversed(range(2 ** 64, 2 ** 64 + 3))), list(range(-3, 3))[::-1] == list(reversed(range(-3, 3))))
print(range(3).__reversed__().__length_hint__())
total = 0
for i in range(100000):
    total += i
print(total)
for i in range(5, 0, -2):
    print(i, end=" ")
print()
print(sum(range(10)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(2, 4))))
print(list(range(2 ** 63 - 2, 2 ** 63 + 1)), list(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
