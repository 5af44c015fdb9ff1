def f():
    try:
        g()
    except E:
        raise
