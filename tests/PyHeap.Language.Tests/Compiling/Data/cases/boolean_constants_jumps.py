def f(x):
    if x and True:
        return 1
    while False:
        pass
