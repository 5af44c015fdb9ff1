def f():
    try:
        print("try")
        raise ValueError("v")
    except ValueError:
        print("except")
        return "from except"
    else:
        print("else")
    finally:
        print("finally")
print(f())
def g():
    try:
        print("try")
    except ValueError:
        print("except")
    else:
        print("else")
        return "from else"
    finally:
        print("finally")
print(g())
def h():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
h()
