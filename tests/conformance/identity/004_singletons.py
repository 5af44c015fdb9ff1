x = None
print(x is None, None is None, type(None) is type(x))
print((1 == 1) is True, (1 == 2) is False, bool(5) is True, bool(0) is False)
print(not [] is True)
t = ()
u = tuple([])
v = tuple()
e1 = ()
e2 = ()
print(t is u, u is v, e1 is e2)
w = (1, 2)[2:]
print(w is e1, len(w))
