import gc
gc.collect()
def measure(a, b):
    gc.collect()
    base = gc.get_count()
    t = (a, b)
    mid = gc.get_count()
    u = (a, b, a, b, a)
    end = gc.get_count()
    print("pair", mid[0] - base[0])
    print("5-tuple", end[0] - mid[0])
    print("tracked", gc.is_tracked(t), gc.is_tracked(u))
measure(1, 2)
