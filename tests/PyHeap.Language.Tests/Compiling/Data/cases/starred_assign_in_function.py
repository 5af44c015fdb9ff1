def f(xs):
    first, *rest = xs
    return first, rest
