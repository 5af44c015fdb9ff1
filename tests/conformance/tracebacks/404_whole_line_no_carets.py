def f():
    raise RuntimeError("whole line")

def g():
    f()

g()
