t = (1, "two", 3.0, None, (4, 5), [6])
print(t, len(t), t[0], t[-1], t[4][1])
print(t[1:3], t[::2], t[::-1], t[10:], t[-100:2], t[:0])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x * 2 for x in range(3)))
print(tuple({"a": 1, "b": 2}), tuple(iter([7, 8])))
a = (1, 2, 3, 2, 1, 2)
print(a.count(2), a.count(5), a.index(2), a.index(2, 2), a.index(2, -2), a.index(1, 1, 5))
for args in [(7,), (3, 3), (1, 1, 4), (2, -1, -2)]:
    try:
        a.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.index(1, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.count()
except TypeError as e:
    print(type(e).__name__, e)
for idx in [6, -7, 2 ** 70]:
    try:
        a[idx]
    except IndexError as e:
        print(type(e).__name__, e)
for idx in ["a", 1.5, None]:
    try:
        a[idx]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(a.__getitem__(1), a.__getitem__(slice(0, 2)))
print(2 in a, 9 in a, 9 not in a, bool(()), bool((0,)))
