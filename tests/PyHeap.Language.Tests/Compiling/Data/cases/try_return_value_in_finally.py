def f(x):
    try:
        return x.a
    finally:
        x.close()
