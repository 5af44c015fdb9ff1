a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(a is not c, b is not a)
d = a[:]
print(d is a, d == a)
t = (a, a)
print(t[0] is t[1], t[0] is a)
e = list(a)
print(e is a)
f = {"k": a}
print(f["k"] is a, f.get("k") is b)
