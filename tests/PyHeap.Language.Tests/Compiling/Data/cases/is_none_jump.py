def f(x):
    if x is None or x is not None:
        return 1
