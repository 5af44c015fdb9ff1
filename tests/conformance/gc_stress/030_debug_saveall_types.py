import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class Obj:
    pass
class WithDel:
    def __del__(self):
        print("WithDel.__del__ still runs")
def gen(box):
    try:
        yield 1
    finally:
        print("generator finally runs")
def make():
    a = [1]
    a.append(a)
    o = Obj()
    o.me = o
    o.payload = {"k": [1, 2]}
    w = WithDel()
    w.me = w
    box = []
    g = gen(box)
    box.append(g)
    next(g)
    def f():
        return f
make()
n = gc.collect()
counts = {}
for obj in gc.garbage:
    name = type(obj).__name__
    counts[name] = counts.get(name, 0) + 1
print("collected", n, "garbage", len(gc.garbage))
print(sorted(counts.items()))
gc.set_debug(0)
gc.garbage.clear()
print("freed after clearing", gc.collect())
