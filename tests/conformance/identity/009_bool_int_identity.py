one = 1
print(True == 1, True is one, True == 1.0)
print(isinstance(True, int), type(True) is bool)
x = 1
y = True
print(x == y, hash(x) == hash(y))
d = {1: "int"}
d[True] = "bool"
print(d)
s = {0, False}
print(s, len(s))
