def f(x, y):
    if x not in y:
        return 1
    if not x:
        return 2
