def f(a, b, c, d):
    return (a and b) or (c and d)
