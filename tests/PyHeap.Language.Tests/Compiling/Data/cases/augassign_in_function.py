def f(x, y):
    x += y
    y.a -= 1
    y[0] /= 2
    return x
