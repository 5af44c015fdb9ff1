def f(x):
    if x == 1:
        raise
    if x == 2:
        raise ValueError
    raise ValueError('bad') from None
