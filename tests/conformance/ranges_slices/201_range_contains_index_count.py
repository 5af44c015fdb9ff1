r = range(0, 30, 3)
print(9 in r, 10 in r, 30 in r, -3 in r, 0 in r, 27 in r, True in range(2), 3.0 in r, 3.5 in r, "a" in r)
n = range(20, 0, -4)
print(20 in n, 0 in n, 4 in n, 12 in n, 13 in n, 24 in n)
print(r.index(9), r.index(27), n.index(4), r.index(True) if True in r else None, range(5).index(True))
print(r.count(9), r.count(10), r.count(3.0), r.count("a"), range(5).count(True), range(3).count(1.0))
print(r.index(6.0))
for args in [(10,), (3.5,), ("a",), (2 ** 70,)]:
    try:
        r.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    r.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.count()
except TypeError as e:
    print(type(e).__name__, e)
big = range(-2 ** 80, 2 ** 80, 2 ** 70)
print(0 in big, 2 ** 70 in big, 2 ** 70 + 1 in big, big.index(2 ** 75), len(big), big[5], big[-1])
class Eq:
    def __eq__(self, other):
        return other == 4
    __hash__ = None
print(Eq() in range(10), Eq() in range(5, 10), range(10).index(Eq()), range(10).count(Eq()))
