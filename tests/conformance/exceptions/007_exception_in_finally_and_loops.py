def f():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            print("ok", i)
        except ValueError as e:
            print("caught", e)
            continue
        finally:
            print("fin", i)
f()
def g():
    try:
        raise KeyError("first")
    finally:
        try:
            raise ValueError("second")
        except ValueError as e:
            print("inner", e, repr(e.__context__))
try:
    g()
except KeyError as e:
    print("outer", repr(e))
def h():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(h())
