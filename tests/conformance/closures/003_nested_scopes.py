x = "global"
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def outer2():
    x = "enclosing"
    def inner():
        global x
        return x
    return inner()
print(outer2())
def outer3():
    v = 1
    def inner():
        nonlocal v
        v = 2
    inner()
    return v
print(outer3())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
