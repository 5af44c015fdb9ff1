import gc
gc.collect()
class C:
    def __init__(self):
        self.x = 1
class D:
    pass
def measure():
    gc.collect()
    base = gc.get_count()
    c = C()
    mid = gc.get_count()
    d = D()
    end = gc.get_count()
    c2 = C()
    after = gc.get_count()
    print("C()", mid[0] - base[0])
    print("D()", end[0] - mid[0])
    print("second C()", after[0] - end[0])
measure()
