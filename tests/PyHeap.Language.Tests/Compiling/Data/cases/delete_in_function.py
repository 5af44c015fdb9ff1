def f(a):
    b = 1
    del a, b
