import gc
gc.collect()
class C:
    pass
def measure():
    gc.collect()
    base = gc.get_count()
    objs = [C(), C(), C(), C()]
    mid = gc.get_count()
    objs.clear()
    end = gc.get_count()
    print("created", mid[0] - base[0])
    print("after free", end[0] - base[0])
measure()
