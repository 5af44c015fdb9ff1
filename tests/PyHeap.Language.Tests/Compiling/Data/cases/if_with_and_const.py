def f(x):
    if x and 0:
        return 1
    return 2
