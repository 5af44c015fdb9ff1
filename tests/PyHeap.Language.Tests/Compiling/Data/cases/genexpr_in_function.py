def f(xs, n):
    return list(x + n for x in xs if x)
