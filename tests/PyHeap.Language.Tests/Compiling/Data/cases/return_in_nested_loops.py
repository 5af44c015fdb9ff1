def f(m):
    for row in m:
        for v in row:
            if v:
                return v
