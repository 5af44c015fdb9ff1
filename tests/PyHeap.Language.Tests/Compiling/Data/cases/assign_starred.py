a, *b, c = range(10)
*d, e = [1, 2]
