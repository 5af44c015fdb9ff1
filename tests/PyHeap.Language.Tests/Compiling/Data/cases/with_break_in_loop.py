def f(xs):
    for x in xs:
        with x:
            if x.done:
                break
