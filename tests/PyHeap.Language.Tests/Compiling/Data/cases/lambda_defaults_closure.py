def f(n):
    return lambda x, y=2: x * n + y
