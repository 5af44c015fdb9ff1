def f():
    try:
        return g()
    except ValueError:
        return None
