g = (x for x in xs)
s = sum(x * x for x in range(10))
