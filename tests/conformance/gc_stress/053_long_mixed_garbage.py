import gc
gc.collect()
totals = {}
count = [0]
def cb(phase, info):
    if phase == "stop":
        g = info["generation"]
        old = totals.get(g, (0, 0))
        totals[g] = (old[0] + 1, old[1] + info["collected"])
class Node:
    pass
def closure_cycle():
    def f():
        return f
    return None
gc.callbacks.append(cb)
for i in range(3000):
    k = i % 4
    if k == 0:
        a = []
        a.append(a)
    elif k == 1:
        n = Node()
        n.me = n
    elif k == 2:
        closure_cycle()
    else:
        d = {"i": i}
        d["d"] = d
gc.callbacks.remove(cb)
print(sorted(totals.items()))
del a, n, d
print("left", gc.collect())
