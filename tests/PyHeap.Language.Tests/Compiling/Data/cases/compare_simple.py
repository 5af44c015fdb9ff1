a = x < y
b = x == y
c = x is None
d = x is not y
e = x in y
f = x not in y
