def f(a, /, b, *args, c, d=1, **kw):
    return a, b, args, c, d, kw
