def f(o):
    return o.m(1, key=2)
