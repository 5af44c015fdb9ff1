r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 1)), len(range(-10, 10, 7)))
print(range(10).index(4), range(0, 10, 2).count(4), range(1, 4) == range(1, 4), range(0) == range(5, 5))
print(range(10)[2:8:2], repr(range(0, 5)), reversed(range(3)).__class__.__name__)
print(list(range(10 ** 20, 10 ** 20 + 3)), range(10 ** 30)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
