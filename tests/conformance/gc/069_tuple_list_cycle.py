import gc
gc.collect()
def make():
    box = []
    t = (box, "label", 1)
    box.append(t)
make()
print("tuple+list", gc.collect())
def make2():
    box = []
    t = ((box,),)
    box.append(t)
make2()
print("nested tuples+list", gc.collect())
