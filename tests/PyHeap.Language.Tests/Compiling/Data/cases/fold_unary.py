a = -1
b = -(1 + 2)
c = ~5
d = not 1
e = -2.5
f = +True
