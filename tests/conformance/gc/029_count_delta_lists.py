import gc
gc.collect()
def measure():
    gc.collect()
    base = gc.get_count()
    a = []
    after1 = gc.get_count()
    b = [1, 2]
    c = [a, b]
    after3 = gc.get_count()
    print("base", base)
    print("one list", after1[0] - base[0])
    print("three lists", after3[0] - base[0])
measure()
