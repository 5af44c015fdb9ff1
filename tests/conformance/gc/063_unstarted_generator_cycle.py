import gc
gc.collect()
def gen(box):
    yield box
box = []
g = gen(box)
box.append(g)
del g, box
print("unstarted", gc.collect())
def gen2():
    yield 1
box = [gen2()]
box.append(box)
del box
print("list cycle holding a generator", gc.collect())
