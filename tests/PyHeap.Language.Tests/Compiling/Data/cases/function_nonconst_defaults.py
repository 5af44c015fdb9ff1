def f(a, b=x, c=[]):
    return a
