def f(x, y, z):
    if x < y < z:
        return 1
    return 0
