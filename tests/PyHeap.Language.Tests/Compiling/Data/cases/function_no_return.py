def f(x):
    x.append(1)
