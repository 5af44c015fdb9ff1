import gc
gc.collect()
def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]
class C:
    pass
lst = [1]
tup = tuple([1, 2])
inst = C()
dct = {"a": []}
names = ["lst", "tup", "inst", "dct"]
objs = [lst, tup, inst, dct]
def show(label):
    print(label, [(n, where(o)) for n, o in zip(names, objs)])
show("new")
gc.collect(0)
show("collect(0)")
dct["a"] = 1
gc.collect(0)
show("collect(0) again")
gc.collect(1)
show("collect(1)")
gc.collect(2)
show("collect(2)")
fresh = [inst]
gc.collect(1)
print("fresh after collect(1)", where(fresh), "inst", where(inst))
