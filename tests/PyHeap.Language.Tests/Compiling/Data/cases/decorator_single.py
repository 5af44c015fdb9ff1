@deco
def f():
    pass
