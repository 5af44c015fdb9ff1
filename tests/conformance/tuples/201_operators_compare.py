a = (1, 2)
b = (3,)
print(a + b, a * 2, 2 * a, a * 0, a * -3, () * 4, b * True)
c = a
c += b
print(a, c)
c *= 2
print(c)
ops = [
    ("(1,) + [1]", lambda: (1,) + [1]),
    ("(1,) + 1", lambda: (1,) + 1),
    ("(1,) * 1.5", lambda: (1,) * 1.5),
    ("(1,) * (2,)", lambda: (1,) * (2,)),
    ("(1,) * 2 ** 70", lambda: (1,) * 2 ** 70),
    ("(1,) - (1,)", lambda: (1,) - (1,)),
]
for text, fn in ops:
    try:
        fn()
    except Exception as e:
        print(text, "->", type(e).__name__, e)
print((1, 2) == (1, 2), (1, 2) != (1, 2.0), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () <= (), (1,) >= (1, 0))
print((1, (2, 3)) == (1, (2, 3)), ((1,),) < ((1, 0),), (1,) == [1], (1,) != [1])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) < [1]
except TypeError as e:
    print(type(e).__name__, e)
log = []
class E:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        log.append(("eq", self.n, other.n))
        return self.n == other.n
    def __lt__(self, other):
        log.append(("lt", self.n, other.n))
        return self.n < other.n
x, y = E(1), E(1)
print((x,) == (y, E(2)), log)
log.clear()
print([x] == [y, E(2)], log)
log.clear()
print((x, E(5)) < (y, E(3)), log)
log.clear()
print([x, E(5)] < [y, E(3)], log)
