import gc
gc.collect()
def measure():
    gc.collect()
    base = gc.get_count()
    d = {}
    e = {"a": 1}
    mid = gc.get_count()
    f = {"l": []}
    end = gc.get_count()
    print("two untracked dicts (+ base tuple)", mid[0] - base[0])
    print("dict with list", end[0] - mid[0])
    print("tracked", gc.is_tracked(d), gc.is_tracked(e), gc.is_tracked(f))
measure()
