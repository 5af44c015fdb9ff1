def f(xs):
    while xs:
        try:
            xs.pop()
        except IndexError:
            break
