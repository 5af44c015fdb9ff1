def f(m):
    return sum(v for row in m for v in row if v > 0)
