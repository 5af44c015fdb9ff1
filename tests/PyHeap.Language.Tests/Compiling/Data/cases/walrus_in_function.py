def f(xs):
    while (x := xs.pop()):
        print(x)
