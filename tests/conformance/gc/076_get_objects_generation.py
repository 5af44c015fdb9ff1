import gc
gc.collect()
def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]
gc.collect()
x = [1]
d = {"k": 1}
print("new list", where(x), "untracked dict", where(d))
gc.collect(0)
print("after collect(0)", where(x))
gc.collect(1)
print("after collect(1)", where(x))
gc.collect(1)
print("after another collect(1)", where(x))
y = []
gc.collect()
print("after full collect", where(x), where(y))
