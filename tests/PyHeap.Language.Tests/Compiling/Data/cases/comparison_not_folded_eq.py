a = not (x == y)
b = not (x < y)
