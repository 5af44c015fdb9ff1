def f(x):
    while x:
        x -= 1
        if x == 3:
            break
    else:
        return -1
    return x
