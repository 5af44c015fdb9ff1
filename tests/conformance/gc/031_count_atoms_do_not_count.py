import gc
gc.collect()
def measure():
    gc.collect()
    base = gc.get_count()
    n = 10 ** 30
    m = n * n + 1
    s = "abc" * 20
    t = s + "xyz"
    b = b"xy" * 5
    f = 1.5 * 3.25
    end = gc.get_count()
    print("delta", end[0] - base[0])
measure()
