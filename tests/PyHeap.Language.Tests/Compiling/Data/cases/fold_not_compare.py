a = not x in y
b = not x is y
c = not x == y
d = not x is not y
