def f(m):
    s = 0
    for row in m:
        for v in row:
            s += v
    return s
