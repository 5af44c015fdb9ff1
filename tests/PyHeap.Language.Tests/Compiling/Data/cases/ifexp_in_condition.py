def f(a, b, c):
    if (b if a else c):
        return 1
