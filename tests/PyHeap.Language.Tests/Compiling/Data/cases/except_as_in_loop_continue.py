def f(xs):
    for x in xs:
        try:
            g(x)
        except E as e:
            if e.skip:
                continue
            raise
