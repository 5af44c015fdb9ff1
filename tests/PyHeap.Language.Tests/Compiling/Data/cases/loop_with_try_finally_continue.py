def f(xs):
    for x in xs:
        try:
            continue
        finally:
            g()
