def f(x):
    return len(x) + g(x, y=1)
