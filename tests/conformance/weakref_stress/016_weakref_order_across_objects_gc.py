import gc
import weakref
gc.collect()
order = []
class N:
    def __init__(self, name):
        self.name = name
def cb(label):
    return lambda r: order.append(label)
nodes = [N(x) for x in "abc"]
for i in range(3):
    nodes[i].next = nodes[(i + 1) % 3]
refs = []
for n in nodes:
    refs.append(weakref.ref(n, cb(n.name + "1")))
for n in reversed(nodes):
    refs.append(weakref.ref(n, cb(n.name + "2")))
del n
nodes.clear()
print("collected", gc.collect())
print("order", order)
order.clear()
x = N("x")
y = N("y")
x.child = y
rx = weakref.ref(x, cb("x"))
ry = weakref.ref(y, cb("y"))
del y
del x
print("refcount chain", order)
