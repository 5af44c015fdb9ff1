a = 256
b = 255 + int("1")
print(a is b)
c = 257
d = 256 + int("1")
print(c is d, c == d)
e = -5
f = -4 - int("1")
print(e is f)
g = -6
h = -5 - int("1")
print(g is h, g == h)
x = int("100")
y = int("100")
print(x is y)
print(int("1000") is int("1000"))
