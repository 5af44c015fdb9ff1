def f(xs):
    for x in xs:
        if x:
            break
    else:
        return 0
    return 1
