def f(o):
    global g
    del g
    del o.a, o[1]
