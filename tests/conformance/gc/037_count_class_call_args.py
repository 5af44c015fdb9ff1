import gc
gc.collect()
class P:
    def __init__(self, a=0, b=0):
        self.a = a
        self.b = b
def measure():
    gc.collect()
    base = gc.get_count()
    p0 = P()
    c0 = gc.get_count()
    p1 = P(1, 2)
    c1 = gc.get_count()
    p2 = P(a=1, b=2)
    c2 = gc.get_count()
    p3 = P(1, b=2)
    c3 = gc.get_count()
    print("P()", c0[0] - base[0])
    print("P(1, 2)", c1[0] - c0[0])
    print("P(a=1, b=2)", c2[0] - c1[0])
    print("P(1, b=2)", c3[0] - c2[0])
measure()
