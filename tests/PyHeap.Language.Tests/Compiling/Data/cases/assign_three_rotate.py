def f(a, b, c):
    a, b, c = c, a, b
    return a
