def f(a):
    b = 1
    def g():
        return a + b + c
    return g
