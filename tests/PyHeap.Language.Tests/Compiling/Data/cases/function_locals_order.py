def f(a):
    z = 1
    y = 2
    x = a
    return x + y + z
