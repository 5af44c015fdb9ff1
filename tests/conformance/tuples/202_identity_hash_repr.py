t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, t * 1 is t, (t + ()) is t, (() + t) is t, tuple(t) is t, t[0:2] is t)
e1 = ()
e2 = tuple()
e3 = tuple([])
e4 = t[5:]
e5 = t * 0
print(e1 is e2, e2 is e3, e3 is e4, e4 is e5)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) == hash((2, 1)))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, 0)), hash(((1, 2), 3)), hash((1.5, True)))
print(hash(("a", "b")) == hash(("a", "b")))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
print(repr(()), repr((1,)), repr((1, 2)), str(("a", 'b"')), ((),), (((),),))
l = []
t2 = (l,)
l.append(t2)
print(t2, l)
d = {1: (2, 3)}
print(d, [(), (1,)])
it = iter(t)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed(t)), sorted((3, 1, 2)))
