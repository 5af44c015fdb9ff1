def f(p):
    zeta = 1
    alpha = 2
    def g():
        return zeta + alpha + p
    return g
