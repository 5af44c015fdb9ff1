t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t), t + (4,), t * 2, 2 in t)
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"), (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
print(t.index(2), t.count(3), (1, 1, 1).count(1))
a, b, c = t
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
print(((1, 2), (3,)), ((),), (None,), repr((1, "a")))
