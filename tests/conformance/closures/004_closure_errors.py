def f():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(f())
def g():
    def inner():
        return free
    return inner
try:
    g()()
except NameError as e:
    print(type(e).__name__, e)
def h():
    x = 1
    def inner():
        x += 1
        return x
    try:
        inner()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
h()
