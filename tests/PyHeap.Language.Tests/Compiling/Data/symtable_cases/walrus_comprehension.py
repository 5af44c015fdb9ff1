def f(xs):
    ys = [y for x in xs if (y := x)]
    return y
