def f():
    import math
    from os import path
    return math.pi, path
