def f(a, b, /, c, d=4):
    return a
