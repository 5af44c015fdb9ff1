def f(a):
    return lambda b, c=a: a + b + c
