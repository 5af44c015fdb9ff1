def f():
    a = 1
    b = 2
    def g():
        c = a
        def h():
            return b + c
        return h
    return g
